/** How many bytes a page costs on the wire: gzip -9 as hosts that precompress send it, brotli 11 for comparison. */
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';

export const gzip9 = (body: Uint8Array): Buffer => gzipSync(body, { level: 9 });
/** Brotli at its best setting, as a host with brotli would serve a static file (for comparison only). */
export const brotli11 = (body: Uint8Array): number =>
  brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
