/**
 * One ingest run, without writing: load registries and sources, run the pipeline on each source,
 * build the exports (which the site's content collections read). Returns the vfiles (with their messages) and the outputs.
 */
import type { VFile } from 'vfile';

import type { MetaField, MetaValueInput, Province, Sidecar } from '../../../src/model/index.ts';
import { DepartmentIndex } from '../department-index.ts';
import { createPipeline } from '../index.ts';
import { report } from '../messages.ts';
import { buildExports } from '../to-exports.ts';
import type { Exports } from '../to-exports.ts';
import type { DocumentHead, PolicyModel } from '../to-model.ts';
import { linkLineage } from '../lineage/link.ts';
import { asOfDate } from './as-of.ts';
import { IngestCache } from './cache.ts';
import { applyAcknowledgments } from './acknowledge.ts';
import { MAX_DOCUMENT_UNITS } from './limits.ts';
import { THESAURUS_TITLE, thesaurusJsonLd } from '../../../src/model/thesaurus-export.ts';
import { loadRegistry, loadSources, loadThesaurus } from './load.ts';
import { documentPages } from './document-mdx.ts';
import { knownIds, loadNotes } from './load-notes.ts';
import type { NoteEntry } from '../../../src/model/index.ts';
import type { Outputs } from './write.ts';

export interface RunOptions {
  /** Folder of `<id>.txt` + `<id>.yml`. */
  sources: string;
  /** Folder of departments.yml, themes.yml, provinces.yml. */
  registry: string;
  /** Folder of the editors' notes (`<slug>.mdx`), checked against this run; none: no notes. */
  notes?: string;
  /** Paths in messages and `source.file` are relative to this folder. */
  cwd: string;
  /** Folder of the incremental cache; none: parse every source. */
  cache?: string;
  /** Date statuses are computed for; default: asOfDate() (SOURCE_DATE_EPOCH or a fixed date). */
  asOf?: string;
  /** Warnings exclude a document too (the build's `--frail`); errors always do. */
  frail?: boolean;
}

export interface RunResult {
  files: VFile[];
  /** Sources taken from the cache, and sources parsed. */
  cached: number;
  parsed: number;
  models: PolicyModel[];
  /** Ids of documents left out of the outputs because of their errors (or warnings, when frail). */
  excluded: string[];
  exports?: Exports;
  outputs: Outputs;
}

const field = (value: MetaValueInput | undefined): MetaField | undefined =>
  value === undefined
    ? undefined
    : typeof value === 'string'
      ? { value, inferred: false }
      : { value: value.value, inferred: true, basis: value.basis };

export function runIngest(options: RunOptions): RunResult {
  const { registry, files: registryFiles } = loadRegistry(options.registry, options.cwd);
  const { sources, files: otherFiles } = loadSources(options.sources, options.cwd);
  const files: VFile[] = [
    ...registryFiles,
    ...otherFiles,
    ...sources.flatMap((source) => (source.sidecarFile ? [source.file, source.sidecarFile] : [source.file])),
  ];
  if (!registry) return { files, models: [], excluded: [], outputs: new Map(), cached: 0, parsed: 0 };
  const thesaurus = loadThesaurus(options.registry, options.cwd, new Set(registry.themes.map((theme) => theme.id)));
  files.splice(registryFiles.length, 0, ...thesaurus.files);
  const index = new DepartmentIndex(registry.departments, registry.provinces);
  for (const conflict of index.conflicts) {
    report(
      registryFiles[0]!,
      'ingest:registry',
      `Unexpected alias \`${conflict.alias}\` of both \`${conflict.first}\` and \`${conflict.second}\`, expected each alias to name one department`,
    );
  }
  const corpus = sources.flatMap(({ id, sidecar }) =>
    sidecar ? [{ id, title: field(sidecar.title)!.value, docNumber: field(sidecar.docNumber)?.value }] : [],
  );
  const cache = options.cache
    ? new IngestCache(
        options.cache,
        JSON.stringify([registryFiles.map((file) => String(file.value)), corpus]),
        options.cwd,
      )
    : undefined;
  cache?.prune(sources.map((source) => source.id));
  const models: PolicyModel[] = [];
  const excluded: string[] = [];
  const fails = (file: VFile) =>
    file.messages.some((message) => message.fatal === true || (options.frail && message.fatal === false));
  for (const source of sources) {
    if (!source.readable || !source.sidecar) {
      excluded.push(source.id);
      continue;
    }
    const province = registry.provinces.find((entry) => entry.id === field(source.sidecar!.province)!.value);
    if (!province) {
      report(
        source.sidecarFile!,
        'sidecar:invalid',
        `Unexpected province \`${field(source.sidecar.province)!.value}\`, expected an id of registry/provinces.yml`,
        { line: 1, column: 1 },
      );
      continue;
    }
    const cached = cache?.get(source.id, source.hash, source.file);
    if (cached) {
      models.push(cached);
      continue;
    }
    const parsedFrom = source.file.messages.length;
    const head = headOf(source.id, source.file.path, source.sidecar, province);
    const pipeline = createPipeline({
      head,
      sidecar: source.sidecar,
      departments: index,
      themes: registry.themes,
      provinces: registry.provinces,
      corpus,
    });
    const tree = pipeline.parse(source.file);
    const model = pipeline.stringify(pipeline.runSync(tree, source.file), source.file);
    if (model.units.length > MAX_DOCUMENT_UNITS)
      report(
        source.file,
        'ingest:too-large',
        `Unexpected document of ${model.units.length} units, expected at most ${MAX_DOCUMENT_UNITS} (split it, see scripts/ingest/cli/limits.ts)`,
        { line: 1, column: 1 },
      );
    model.document.acknowledged = applyAcknowledgments(source, parsedFrom);
    if (fails(source.file) || (source.sidecarFile && fails(source.sidecarFile))) {
      excluded.push(source.id);
      continue;
    }
    models.push(model);
    if (!source.file.messages.some((message) => message.fatal)) cache?.set(source.id, source.hash, source.file, model);
  }
  // Discarded cache entries are reported as files of their own (their sources' files are cached with their messages).
  if (cache) files.push(...cache.discarded);
  const lineages = linkLineage(
    models,
    new Map(
      sources.flatMap((source) =>
        source.sidecar
          ? [
              [
                source.id,
                {
                  sidecar: source.sidecar,
                  place:
                    source.sidecarFile && source.locateInSidecar
                      ? { file: source.sidecarFile, locate: source.locateInSidecar }
                      : undefined,
                },
              ] as const,
            ]
          : [],
      ),
    ),
    options.asOf ?? asOfDate(),
  );
  const exports = buildExports(models, registry.departments, registry.themes, lineages, thesaurus.concepts);
  const notes = options.notes
    ? loadNotes(options.notes, options.cwd, knownIds(exports, registry.provinces))
    : { files: [], notes: [] };
  files.push(...notes.files);
  return {
    files,
    models,
    excluded,
    exports,
    outputs: outputsOf(exports, notes.notes),
    cached: cache?.hits ?? 0,
    parsed: models.length - (cache?.hits ?? 0),
  };
}

function headOf(id: string, path: string, sidecar: Sidecar, province: Province): DocumentHead {
  return {
    id,
    title: field(sidecar.title)!,
    issuer: field(sidecar.issuer)!,
    provinceId: province.id,
    province: province.name,
    date: field(sidecar.date)!,
    docNumber: field(sidecar.docNumber),
    type: sidecar.type,
    period: field(sidecar.period)!,
    source: path.split('\\').join('/'),
    acknowledged: [],
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file, by path relative to content/generated. */
function outputsOf(exports: Exports, notes: NoteEntry[]): Outputs {
  const outputs: Outputs = new Map();
  outputs.set('data/documents.json', json(exports.documents));
  outputs.set('data/measures.json', json(exports.measures));
  outputs.set('data/departments.json', json(exports.departments));
  outputs.set('data/themes.json', json(exports.themes));
  outputs.set('data/targets.json', json(exports.targets));
  outputs.set('data/cited.json', json(exports.cited));
  outputs.set('data/thesaurus.json', json(exports.thesaurus));
  outputs.set('data/thesaurus.jsonld', json(thesaurusJsonLd(exports.thesaurus, THESAURUS_TITLE)));
  for (const [path, page] of documentPages(exports.documents, exports.measures)) outputs.set(path, page);
  // What each note cites, for the site's lists of notes (解读); not an open-data export.
  outputs.set('notes.json', json(notes));
  return outputs;
}
