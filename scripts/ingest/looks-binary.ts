/**
 * Whether decoded text is really a binary file that happened to decode: NUL characters, or more
 * control characters (and, read as GB18030, private-use code points) than text ever has. Checked
 * after decoding so the share is counted in characters, whatever the encoding.
 */

/** Share of control characters (other than \t \n \r \f) above which text counts as binary. */
const MAX_CONTROL_RATIO = 0.05;

function isSuspicious(c: number, privateUseIsSuspicious: boolean): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
  if (c >= 0x7f && c <= 0x9f) return true; // DEL and C1 controls
  if (privateUseIsSuspicious && c >= 0xe000 && c <= 0xf8ff) return true;
  return c === 0xfffd;
}

/** Counts control characters (and, for GB18030, private-use code points) in decoded text. */
function suspiciousShare(text: string, privateUseIsSuspicious: boolean): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSuspicious(text.charCodeAt(i), privateUseIsSuspicious)) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { count, first };
}

/** Why `text` looks binary, or null when it reads as text. */
export function looksBinary(text: string, privateUseIsSuspicious: boolean): string | null {
  if (text.length === 0) return null;
  const nul = text.indexOf('\0');
  if (nul >= 0) return `contains NUL characters (first at character ${nul}), expected a text file`;
  const { count, first } = suspiciousShare(text, privateUseIsSuspicious);
  if (count > 0 && count / text.length > MAX_CONTROL_RATIO) {
    const what = privateUseIsSuspicious ? 'control or private-use characters' : 'control characters';
    const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
    return (
      `contains too many ${what} (${count} of ${text.length} characters, first U+${code} at character ${first}), ` +
      `expected a text file`
    );
  }
  return null;
}
