// A static server for the page benchmark that compresses like a real host: text responses
// (HTML, CSS, JS, JSON, SVG, XML, plain text) are sent gzip -9 when the browser accepts gzip;
// binary files (fonts, images, the already-gzipped search bundle, Pagefind chunks) as they are.
// Served at `/` (the benchmark builds with the default base). Directory → index.html, unknown → 404.html.

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { contentType } from '../../serve.ts';

export interface CompressingServer {
  /** Ends in `/`. */
  url: string;
  close: () => Promise<void>;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)/u;

export function isCompressible(type: string): boolean {
  return COMPRESSIBLE.test(type);
}

export const gzip9 = (body: Uint8Array): Buffer => gzipSync(body, { level: 9 });
/** Brotli at its best setting, as a host with brotli would serve a static file (for comparison only). */
export const brotli11 = (body: Uint8Array): number =>
  brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function startCompressingServer(rootDir: string): Promise<CompressingServer> {
  const root = realpathSync(rootDir);
  const cache = new Map<string, Buffer>();
  const isFile = (file: string): boolean => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, pathname);
    let status = 200;
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    try {
      if (statSync(file).isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = path.join(file, 'index.html');
      }
    } catch {
      /* not found below */
    }
    if (!isFile(file)) {
      status = 404;
      file = path.join(root, '404.html');
      if (!isFile(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404\n');
        return;
      }
    }
    const type = contentType(file);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const raw = readFileSync(file);
    let body: Buffer = raw;
    if (isCompressible(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz = cache.get(file);
      if (!gz) {
        gz = gzip9(raw);
        cache.set(file, gz);
      }
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
