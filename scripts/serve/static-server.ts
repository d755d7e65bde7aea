// The static file server for the built site, with no dependencies: the e2e tests, the benchmarks
// and `npm run serve` use it. It behaves like the static hosts we deploy to:
//
// - the site lives under a base path (BASE_PATH, e.g. `/policy-kb/`); everything else is a 404
// - a directory answers with its index.html (`/a` redirects to `/a/` first, so relative URLs work)
// - unknown paths answer with dist/404.html and status 404; `//` in a path redirects to one `/`;
//   a path that cannot be decoded is a 400: no request path gets a 500
// - with CSP_HEADERS=1, headers from the `/*` block of dist/_headers (Netlify/Cloudflare style)
//   are sent with every response, so the Content-Security-Policy can be tested for real
// - a file sent as it is answers a single byte `Range` (206), as every static host does
//   (scripts/serve/range.ts); compressed bodies are always sent whole, as nginx does
// - with GZIP=1 (or `gzip: true`, or a level such as `gzip: 9`), text files (html, css, js, json, svg,
//   xml, txt, csv, md) are sent gzip-compressed to clients that accept it, like nginx `gzip on`,
//   Netlify or Cloudflare (the page benchmark uses level 9, as hosts that precompress do); off by
//   default (the bytes then are the files' own). Compressed bodies are kept, so a file is compressed once.
//
//   startServer({ root, base, port, host, headersFile, gzip }); the command line is scripts/serve.ts.

import { readFileSync, realpathSync, statSync, existsSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { normaliseBase } from '../../src/lib/url.ts';
import { parseHeadersFile } from './headers-file.ts';
import { readRequestPath } from './request-path.ts';
import { fileSender } from './send-file.ts';

export interface ServerOptions {
  /** Directory to serve; default `dist`. */
  root?: string;
  /** Base path the site is served under; default `/`. `policy-kb` and `/policy-kb` also work. */
  base?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Send the `/*` headers of `<root>/_headers`; default: env CSP_HEADERS === "1". */
  headersFile?: boolean;
  /** Gzip text files for clients that accept it (a number: at that level, else 6); default: env GZIP === "1". */
  gzip?: boolean | number;
}

export interface RunningServer {
  /** Site URL including the base, always ending in `/`, e.g. `http://127.0.0.1:4329/policy-kb/`. */
  url: string;
  close: () => Promise<void>;
}

/** Files a static host keeps to itself. */
const PRIVATE_FILES = new Set(['_headers', '_redirects']);

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const root = realpathSync(path.resolve(options.root ?? 'dist'));
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a directory`);
  const base = normaliseBase(options.base);
  const host = options.host ?? '127.0.0.1';
  const useHeadersFile = options.headersFile ?? process.env.CSP_HEADERS === '1';
  const gzip = options.gzip ?? process.env.GZIP === '1';

  /** Inside root, after following symlinks? */
  const inside = (file: string): boolean => {
    const relative = path.relative(root, file);
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  };

  const extraHeaders = (): Record<string, string> => {
    if (!useHeadersFile) return {};
    const file = path.join(root, '_headers');
    return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {};
  };

  const sendFile = fileSender(gzip, extraHeaders);

  const sendText = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { ...extraHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(text);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse): void => {
    const page = path.join(root, '404.html');
    const stats = statOrUndefined(page);
    if (stats?.isFile()) sendFile(req, res, page, 404, stats);
    else sendText(res, 404, '404 Not Found\n');
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, '405 Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const request = readRequestPath(req.url ?? '/');
    if (request.kind === 'bad-request') {
      sendText(res, 400, '400 Bad Request\n');
      return;
    }
    if (request.kind === 'redirect') {
      res.writeHead(301, { ...extraHeaders(), Location: request.location });
      res.end();
      return;
    }
    const { pathname, url } = request;
    // `/policy-kb` → `/policy-kb/`
    if (`${pathname}/` === base) {
      res.writeHead(301, { ...extraHeaders(), Location: `${base}${url.search}` });
      res.end();
      return;
    }
    if (!pathname.startsWith(base)) {
      notFound(req, res);
      return;
    }

    const relative = pathname.slice(base.length);
    const segments = relative.split('/');
    if (segments.some((s) => s === '..' || s === '.') || PRIVATE_FILES.has(segments.join('/'))) {
      notFound(req, res);
      return;
    }
    let file = path.join(root, ...segments);
    if (!inside(file)) {
      notFound(req, res);
      return;
    }

    let stats = statOrUndefined(file);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...extraHeaders(), Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      file = path.join(file, 'index.html');
      stats = statOrUndefined(file);
    } else if (!stats && !pathname.endsWith('/') && path.extname(file) === '') {
      // Astro's `build.format: "file"` writes `/about` as about.html.
      file = `${file}.html`;
      stats = statOrUndefined(file);
    }
    if (!stats?.isFile()) {
      notFound(req, res);
      return;
    }
    // No escaping the root through a symlink.
    if (!inside(realpathSync(file))) {
      notFound(req, res);
      return;
    }
    sendFile(req, res, file, 200, stats);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      process.stderr.write(`serve: ${req.method} ${req.url}: ${String(error)}\n`);
      if (!res.headersSent) sendText(res, 500, '500 Internal Server Error\n');
      else res.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}${base}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
