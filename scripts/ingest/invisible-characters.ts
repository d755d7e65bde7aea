/**
 * Characters that show as nothing: invisible ones (zero-width space, joiners, soft hyphen, word
 * joiner, a byte order mark inside the text) and bidirectional controls. They make a name look
 * identical to an alias while differing from it, so matching ignores them and messages show them
 * escaped (`省质监\u200b局`).
 */

/** Invisible format characters: U+00AD, U+200B–U+200D, U+2060, U+FEFF. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Bidirectional controls: U+200E/U+200F marks, U+202A–U+202E embeddings/overrides, U+2066–U+2069 isolates. */
export const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

const IGNORED = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

const NAMES: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero width space',
  '\u200C': 'zero width non-joiner',
  '\u200D': 'zero width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte order mark',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/** The text without invisible characters and bidi controls (for matching only: lengths change). */
export function stripInvisible(text: string): string {
  return text.replace(IGNORED, '');
}

/** The text with each invisible character or bidi control written as `\uXXXX`, for messages. */
export function escapeInvisible(text: string): string {
  return text.replace(IGNORED, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `U+200B (zero width space)`. */
export function describeCharacter(char: string): string {
  const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} (${NAMES[char] ?? 'format character'})`;
}
