/**
 * Sending one file of the site as a static host does: gzip-compressed to clients that accept it
 * when compression is on and the type is text (each compressed body kept, so a file is compressed
 * once), else as it is, with a single byte range when one is asked for (scripts/serve/range.ts).
 */
import { createReadStream, readFileSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { contentType, isCompressible } from './content-types.ts';
import { answerRange } from './range.ts';

export type SendFile = (req: IncomingMessage, res: ServerResponse, file: string, status: number, stats: Stats) => void;

/**
 * A sender of files; `gzip` as the server's option (a number: at that level, else 6), `extraHeaders`
 * the headers every response carries.
 */
export function fileSender(gzip: boolean | number, extraHeaders: () => Record<string, string>): SendFile {
  const gzipLevel = typeof gzip === 'number' ? gzip : 6;
  const compressed = new Map<string, Buffer>();
  return (req, res, file, status, stats) => {
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
}
