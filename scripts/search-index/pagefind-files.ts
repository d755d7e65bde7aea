/**
 * Reading back what Pagefind 1.6 wrote: the words of an index, and the fragment of a page.
 *
 * The prose index in parts (prose-parts.ts) needs both: the words every part must know, and the id of
 * each part's vocabulary record, which the search page leaves out of its results. Pagefind has no
 * API for either, so its files are read: each is gzip, the marker `pagefind_dcd`, then the payload;
 * a word chunk (`index/*.pf_index`) is CBOR, `[[ [word, pages, variants], … ]]` (pagefind
 * src/index/index_words.rs, minicbor's array encoding), a fragment (`fragment/*.pf_fragment`) is
 * JSON with the page's `url`. The version is pinned (PAGEFIND_VERSION); a file in another shape
 * stops the build here rather than giving a part a wrong vocabulary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const MARKER = Buffer.from('pagefind_dcd');

/** A Pagefind file's payload (gunzipped, its marker checked and removed). */
export function payload(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (!data.subarray(0, MARKER.length).equals(MARKER)) {
    throw new Error(`${file}: Unexpected start \`${data.subarray(0, 12).toString('latin1')}\`, expected pagefind_dcd`);
  }
  return data.subarray(MARKER.length);
}

/**
 * The words of one word chunk: CBOR, an array (the chunk) of one array (its words) of arrays whose
 * first item is the word as text. Only what leads to the words is interpreted; the rest is skipped
 * by its length, so a change in the pages' encoding does not matter, a change in the shape does.
 */
export function chunkWords(data: Uint8Array, file = 'chunk'): string[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const words: string[] = [];
  let at = 0;
  /** Where the item being read starts (messages point at it). */
  let item = 0;
  const fail = (found: string, expected: string): never => {
    throw new Error(`${file}: byte ${item}: Unexpected ${found}, expected ${expected} (in a Pagefind word chunk)`);
  };
  /** Reads an item's head: its major type and its argument (a length or a value). */
  const head = (): { major: number; value: number } => {
    item = at;
    if (at >= data.length) fail('end of data', 'a CBOR item');
    const initial = data[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { major, value: info };
    const size =
      info === 24
        ? 1
        : info === 25
          ? 2
          : info === 26
            ? 4
            : info === 27
              ? 8
              : fail(`additional info ${info}`, 'a definite length');
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + data[at++]!;
    return { major, value };
  };
  const skip = (): void => {
    const { major, value } = head();
    if (major === 2 || major === 3) at += value;
    else if (major === 4) for (let i = 0; i < value; i++) skip();
    else if (major === 5) for (let i = 0; i < 2 * value; i++) skip();
    else if (major === 6) skip();
  };
  const array = (what: string): number => {
    const { major, value } = head();
    return major === 4 ? value : fail(`CBOR major type ${major}`, `an array (${what})`);
  };
  if (array('the chunk') !== 1) fail('a chunk of several fields', 'one field, its words');
  const count = array('the words');
  for (let w = 0; w < count; w++) {
    const fields = array('a word');
    const { major, value } = head();
    if (major !== 3) fail(`CBOR major type ${major}`, 'the word as text');
    words.push(decoder.decode(data.subarray(at, at + value)));
    at += value;
    for (let f = 1; f < fields; f++) skip();
  }
  return words;
}

/** Every word of the index Pagefind wrote into `dir` (its `index/` chunks). */
export function indexWords(dir: string): Set<string> {
  const words = new Set<string>();
  const chunks = path.join(dir, 'index');
  for (const name of readdirSync(chunks).sort()) {
    const file = path.join(chunks, name);
    for (const word of chunkWords(payload(file), file)) words.add(word);
  }
  return words;
}

/** The ids (`zh-cn_…`, as search results carry them) of the fragments in `dir` whose page is `url`. */
export function fragmentIds(dir: string, url: string): string[] {
  const fragments = path.join(dir, 'fragment');
  return readdirSync(fragments)
    .filter(
      (name) => (JSON.parse(payload(path.join(fragments, name)).toString('utf8')) as { url?: string }).url === url,
    )
    .map((name) => name.replace(/\.pf_fragment$/u, ''))
    .sort();
}
