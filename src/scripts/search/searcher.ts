/**
 * The search page's index: where it starts (search/engine.json, scripts/search-index.ts) and the
 * index engine (src/lib/search/shards/engine.ts) that answers every query from its start file
 * (search/shards/start.json.gz, gzip decompressed in the browser): while the corpus is small it holds
 * every text and answers every query in memory; else only the gram shards of each query and the texts
 * of the units shown are fetched, by range requests into the index's volumes (index-files.ts).
 */
import type { Labelled } from '../../lib/search/bundle.ts';
import type { Group } from '../../lib/search/filter-groups.ts';
import type { EngineManifest, StartFile } from '../../lib/search/shards/format.ts';
import type { ShardFetch } from '../../lib/search/shards/gram-index.ts';
import { mergedReader } from '../../lib/search/shards/merged-reads.ts';
import { QUERY_LIMITS } from '../../lib/search/query.ts';
import { readDirectory } from '../../lib/search/shards/volumes.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { SearchView } from '../../lib/search/view.ts';
import { loadGz, loadJsonGz, rangeReader, recordFetch } from './index-files.ts';

/**
 * Results per page, and added by “more”: a large index fetches the texts of the
 * results it shows, and ten keeps a new query's files (and its time, about 5 ms a request in a
 * browser) low at thousands of documents.
 */
const PAGE = 10;

/** Where the build's index starts (search/engine.json, scripts/search-index.ts). */
async function loadManifest(base: string): Promise<EngineManifest> {
  const response = await fetch(`${base}search/engine.json`);
  if (response.status === 404) throw new Error('search/engine.json: missing (run scripts/search-index.ts)');
  if (!response.ok) throw new Error(`search/engine.json: ${response.status}`);
  return (await response.json()) as EngineManifest;
}

export interface Searcher {
  engine: EngineManifest['engine'];
  /** Results shown at once, and added by “more”. */
  page: number;
  labels: (group: Group) => Labelled[];
  /** The exact search's folding (width, traditional → simplified), for the prose block's query. */
  fold: (text: string) => string;
  /** The date documents' statuses are as of (`` when unknown). */
  asOf: string;
  search: (state: SearchState) => SearchView | Promise<SearchView>;
}

/** The index of the site under `base` (its base path), ready for the first query. */
export async function loadSearcher(base: string): Promise<Searcher> {
  const manifest = await loadManifest(base);
  // The directory of the volumes comes with the start file (both are needed before the first query).
  const [start, directory, { ShardEngine }] = await Promise.all([
    loadJsonGz<StartFile>(`${base}${manifest.file}`),
    manifest.directory ? loadGz(`${base}${manifest.directory}`).then(readDirectory) : undefined,
    import('../../lib/search/shards/engine.ts'),
  ]);
  // The volumes sit next to the start file (search/shards/).
  const dir = `${base}${manifest.file.replace(/[^/]*$/u, '')}`;
  // Records asked for together are read by merged requests, QUERY_LIMITS.inFlight open at once; so
  // the engine asks for all it needs at each step (it would otherwise hold back all but that many).
  const records: ShardFetch = directory
    ? recordFetch(directory, mergedReader(rangeReader(dir), { inFlight: QUERY_LIMITS.inFlight }))
    : (name) => Promise.reject(new Error(`search index: ${name} asked of a single-file index`));
  const engine = new ShardEngine(start, records, { prefetch: PAGE, inFlight: Infinity });
  return {
    engine: 'shards',
    page: PAGE,
    labels: (g) => engine.lexicon.labels(g),
    fold: (text) => engine.lexicon.fold(text),
    asOf: start.meta.asOf,
    search: (state) => engine.search(state.q, state.filters, state.sort),
  };
}
