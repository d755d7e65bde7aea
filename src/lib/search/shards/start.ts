/**
 * The start file of the search index (format.ts StartFile), in its two layouts:
 * - sharded (build.ts): labels, aliases, folding and each unit's facet codes; the texts and the gram
 *   index in files of their own, fetched per query;
 * - single file (singleFile), while the corpus is small: the same, plus every unit's text, and no
 *   other file. The page downloads it once and answers every later query from memory.
 */
import type { BundleUnit, SearchBundle } from '../bundle.ts';
import { metaOf } from '../lexicon.ts';
import { SHARDS_VERSION, type StartFile, type UnitText } from './format.ts';
import { codeChar, packLists } from './string-codes.ts';

/** What the page shows of a unit (and checks a match against). */
export function unitText(unit: BundleUnit): UnitText {
  return {
    id: unit.id,
    n: unit.number,
    t: unit.title,
    x: unit.text,
    d: unit.depts,
    ...(unit.others && { o: unit.others }),
  };
}

/** The start file of a bundle, with its layout: gram shards and text packs, or every text inline. */
export function startFile(
  bundle: SearchBundle,
  layout: { shards: number; textRuns: string } | { texts: UnitText[] },
): StartFile {
  const docRuns: number[] = [];
  for (const unit of bundle.units) {
    if (docRuns.length > 0 && docRuns[docRuns.length - 2] === unit.doc) docRuns[docRuns.length - 1]!++;
    else docRuns.push(unit.doc, 1);
  }
  return {
    version: SHARDS_VERSION,
    units: bundle.units.length,
    shards: 'shards' in layout ? layout.shards : 0,
    meta: metaOf(bundle),
    docRuns,
    kinds: bundle.units.map((u) => codeChar(u.kind)).join(''),
    themes: packLists(bundle.units.map((u) => [...u.themes].sort((a, b) => a - b))),
    depts: packLists(bundle.units.map((u) => [...u.depts].sort((a, b) => a - b))),
    textRuns: 'textRuns' in layout ? layout.textRuns : '',
    ...otherNames(bundle.units),
    ...('texts' in layout ? { texts: layout.texts } : {}),
  };
}

/** Each name a unit gives that the registry does not know, with the units giving it, by name. */
function otherNames(units: readonly BundleUnit[]): Pick<StartFile, 'others'> {
  const byName = new Map<string, number[]>();
  units.forEach((unit, u) => {
    for (const name of unit.others ?? []) {
      const naming = byName.get(name);
      if (naming) naming.push(u);
      else byName.set(name, [u]);
    }
  });
  const others = [...byName.keys()].sort().map((name) => ({ name, units: byName.get(name)! }));
  return others.length > 0 ? { others } : {};
}

/** The single-file layout: the start file with every unit's text. */
export function singleFile(bundle: SearchBundle): StartFile {
  return startFile(bundle, { texts: bundle.units.map(unitText) });
}
