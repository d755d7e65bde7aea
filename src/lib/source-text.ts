/**
 * Raw source texts for the source pages: decoded to a string (so `/sources/<id>.txt` is always
 * served as UTF-8) and split into the same numbered lines the ingest counts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** UTF-8 (BOM stripped), UTF-16 with a BOM, else GB18030: the encodings the ingest accepts. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Lines as an editor numbers them (line 1 is index 0); CRLF, CR and LF all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Read `content/sources/<id>.txt` (relative to the project root the build runs in). */
export function readSource(documentId: string, root: string = process.cwd()): string {
  return decodeText(readFileSync(resolve(root, 'content/sources', `${documentId}.txt`)));
}
