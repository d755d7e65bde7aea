/**
 * Finds where bytes stop being UTF-8, so that decoding can name the offending byte and its offset
 * (the fatal TextDecoder only says that decoding failed, not where).
 */

/**
 * Finds the first ill-formed UTF-8 sequence (Unicode Table 3-7). Returns null when the bytes are
 * valid UTF-8, else the offset and value of the byte where decoding fails (`truncated` when the
 * input ends inside a sequence).
 */
export function findInvalidUtf8(bytes: Uint8Array): { offset: number; byte: number; truncated: boolean } | null {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return { offset: i, byte: b, truncated: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { offset: i, byte: b, truncated: true };
      const c = bytes[i + k] as number;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return { offset: i + k, byte: c, truncated: false };
    }
    i += need + 1;
  }
  return null;
}
