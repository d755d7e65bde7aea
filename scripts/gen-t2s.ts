/**
 * Generates src/model/t2s.json, the traditional → simplified single-character table used by
 * src/model/fold.ts (width and script folding for matching and search).
 *
 *   node scripts/gen-t2s.ts           write the table, print its size
 *   node scripts/gen-t2s.ts --check   exit 1 if the committed table is not what this script makes
 *
 * Source data: the character dictionaries shipped in the opencc-js devDependency (OpenCC's own
 * data). A mapping `t → s` is kept only when
 *   - s is a GB2312 hanzi (enumerated by decoding every byte pair 0xB0A1–0xF7FE as GB18030), and
 *   - t is a single BMP code unit (not a surrogate) different from s,
 * so that fold() stays a same-length, code-unit-for-code-unit mapping.
 *
 * Sources, in priority order (the first one to map a character wins):
 *   1. TSCharacters            traditional → simplified (OpenCC's t2s character table)
 *   2. STCharacters, reversed  simplified → traditional pairs TSCharacters does not cover
 *   3. TWVariantsRev           Taiwan variant → OpenCC traditional, then through 1 (為 → 爲 → 为)
 *   4. HKVariantsRev           Hong Kong variant → OpenCC traditional, then through 1 (衞 → 衛 → 卫)
 *   5. CJK_Compatibility_Ideographs  U+F900–U+FAFF → unified, then through 1 (U+F902 車 → 车), so
 *      fold() agrees with the NFKC step of normalizeQuery() on these code points.
 * For the variant sources (3–5), a source character that is itself a GB2312 hanzi is skipped:
 * it is an ordinary simplified character (TWVariantsRev would otherwise turn 么 into 幺, breaking
 * 什么). Japanese shinjitai are deliberately not included (芸 → 艺 would be wrong in Chinese).
 *
 * Finally the table is made idempotent (no value is also a key, so fold(fold(x)) === fold(x)) and
 * written with keys sorted by code point, one entry per line: same input, same bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../src/model/t2s.json', import.meta.url));

type Pair = readonly [string, string];

/** Loads one opencc-js dictionary (`"a b|c d"` format) as [source, target] pairs. */
async function loadDict(name: string): Promise<Pair[]> {
  // The package exports `./*` → `./dist/esm-lib/*.js`; a computed specifier keeps tsc from
  // asking for type declarations the package does not ship for its dictionaries.
  const specifier = `opencc-js/dict/${name}`;
  const mod = (await import(specifier)) as { default: unknown };
  if (typeof mod.default !== 'string') throw new Error(`opencc-js/dict/${name}: unexpected format`);
  return mod.default.split('|').map((entry) => {
    const [from, to, ...rest] = entry.split(' ');
    if (from === undefined || to === undefined || rest.length > 0) {
      throw new Error(`opencc-js/dict/${name}: unexpected entry ${JSON.stringify(entry)}`);
    }
    return [from, to] as const;
  });
}

/** All GB2312 hanzi: byte pairs 0xB0A1–0xF7FE decoded as GB18030, Han script only. */
function gb2312Hanzi(): Set<string> {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const set = new Set<string>();
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      // 0xD7FA–0xD7FE are unassigned in GB2312 and decode to private-use code points.
      if (/^\p{Script=Han}$/u.test(ch)) set.add(ch);
    }
  }
  return set;
}

function isSingleBmpUnit(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c < 0xd800 || c > 0xdfff;
}

export async function buildTable(): Promise<Map<string, string>> {
  const gb = gb2312Hanzi();
  if (gb.size !== 6763) throw new Error(`expected 6763 GB2312 hanzi, got ${gb.size} (is ICU complete?)`);

  const ts = new Map(await loadDict('TSCharacters'));
  const table = new Map<string, string>();
  const add = (t: string, s: string, skipGbSource: boolean): void => {
    if (table.has(t) || t === s || !isSingleBmpUnit(t) || !gb.has(s)) return;
    if (skipGbSource && gb.has(t)) return;
    table.set(t, s);
  };

  for (const [t, s] of ts) add(t, s, false);
  for (const [s, t] of await loadDict('STCharacters')) add(t, s, false);
  for (const name of ['TWVariantsRev', 'HKVariantsRev', 'CJK_Compatibility_Ideographs']) {
    for (const [variant, standard] of await loadDict(name)) add(variant, ts.get(standard) ?? standard, true);
  }

  // Idempotence: drop any entry whose value is itself a key (none expected; checked, not assumed).
  for (const [t, s] of table) if (table.has(s)) table.delete(t);

  const sorted = [...table].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
  return new Map(sorted);
}

export function serialize(table: ReadonlyMap<string, string>): string {
  const lines = [...table].map(([t, s]) => `  ${JSON.stringify(t)}: ${JSON.stringify(s)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

async function main(): Promise<void> {
  const table = await buildTable();
  const text = serialize(table);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (process.argv.includes('--check')) {
    const current = await readFile(OUT, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`src/model/t2s.json is out of date: run node scripts/gen-t2s.ts`);
      process.exitCode = 1;
      return;
    }
    console.log(`src/model/t2s.json is up to date: ${table.size} entries, ${bytes} bytes`);
    return;
  }
  await writeFile(OUT, text);
  console.log(`wrote src/model/t2s.json: ${table.size} entries, ${bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
