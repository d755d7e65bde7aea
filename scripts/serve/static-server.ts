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

import { createReadStream, readFileSync, realpathSync, statSync, existsSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { normaliseBase } from '../../src/lib/url.ts';
import { contentType, isCompressible } from './content-types.ts';
import { parseHeadersFile } from './headers-file.ts';
import { answerRange } from './range.ts';

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
  const gzipLevel = typeof gzip === 'number' ? gzip : 6;
  const compressed = new Map<string, Buffer>();

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

  const sendFile = (req: IncomingMessage, res: ServerResponse, file: string, status: number, stats: Stats): void => {
    const type = contentType(file);
    if (gzip !== false && isCompressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = compressed.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: gzipLevel });
        compressed.set(file, body);
      }
      res.writeHead(status, {
        ...extraHeaders(),
        'Content-Type': type,
        'Content-Length': body.length,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    // Ranges of files sent as they are (the search index's volumes are read by range request).
    const range = status === 200 ? answerRange(req.headers.range, stats.size) : { kind: 'whole' as const };
    if (range.kind === 'unsatisfiable') {
      res.writeHead(416, { ...extraHeaders(), 'Content-Range': `bytes */${stats.size}`, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const part = range.kind === 'part' ? range : undefined;
    res.writeHead(part ? 206 : status, {
      ...extraHeaders(),
      'Content-Type': type,
      'Content-Length': part ? part.end - part.start + 1 : stats.size,
      'Accept-Ranges': 'bytes',
      ...(part ? { 'Content-Range': `bytes ${part.start}-${part.end}/${stats.size}` } : {}),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file, part ? { start: part.start, end: part.end } : {});
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

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
    // Only the path and query of the request are read (`new URL("//")` would take `//x` for a host).
    const raw = req.url ?? '/';
    const end = raw.search(/[?#]/);
    const rawPath = end < 0 ? raw : raw.slice(0, end);
    const search = end < 0 || raw[end] === '#' ? '' : raw.slice(end).replace(/#.*$/s, '');
    // A backslash would also start a host (`/\\x` is `//x` to URL); no file name here has one.
    if (!rawPath.startsWith('/') || rawPath.includes('\\')) {
      sendText(res, 400, '400 Bad Request\n');
      return;
    }
    // `//`, `/a//b` → `/`, `/a/b`, as hosts that merge slashes do (and relative links then resolve).
    if (rawPath.includes('//')) {
      const merged = new URL(rawPath.replace(/\/{2,}/g, '/'), 'http://localhost');
      res.writeHead(301, { ...extraHeaders(), Location: `${merged.pathname}${search}` });
      res.end();
      return;
    }
    const url = new URL(`${rawPath}${search}`, 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      sendText(res, 400, '400 Bad Request\n');
      return;
    }
    if (pathname.includes('\0') || pathname.includes('\\')) {
      sendText(res, 400, '400 Bad Request\n');
      return;
    }
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
