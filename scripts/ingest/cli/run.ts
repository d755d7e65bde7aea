/**
 * One ingest run, without writing: load registries and sources, run the pipeline on each source,
 * build the exports (which the site's content collections read). Returns the vfiles (with their messages) and the outputs.
 */
import type { VFile } from 'vfile';

import { DepartmentIndex } from '../department-index.ts';
import { createPipeline } from '../index.ts';
import { report } from '../messages.ts';
import { buildExports } from '../to-exports.ts';
import type { Exports } from '../to-exports.ts';
import type { PolicyModel } from '../to-model.ts';
import { linkLineage } from '../lineage/link.ts';
import { metaField } from '../lineage/validity.ts';
import { asOfDate } from './as-of.ts';
import { IngestCache } from './cache.ts';
import { applyAcknowledgments } from './acknowledge.ts';
import { headOf } from './document-head.ts';
import { MAX_DOCUMENT_UNITS } from './limits.ts';
import { loadRegistry, loadSources, loadThesaurus } from './load.ts';
import { knownIds, loadNotes } from './load-notes.ts';
import { outputsOf } from './outputs.ts';
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
    sidecar ? [{ id, title: metaField(sidecar.title)!.value, docNumber: metaField(sidecar.docNumber)?.value }] : [],
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
    const province = registry.provinces.find((entry) => entry.id === metaField(source.sidecar!.province)!.value);
    if (!province) {
      report(
        source.sidecarFile!,
        'sidecar:invalid',
        `Unexpected province \`${metaField(source.sidecar.province)!.value}\`, expected an id of registry/provinces.yml`,
        { line: 1, column: 1 },
      );
      continue;
    }
    const cached = cache?.get(source.id, source.hash, source.file);
    // A model cached by a lenient run still carries its warnings: a frail run leaves it out as well.
    if (cached && fails(source.file)) excluded.push(source.id);
    else if (cached) models.push(cached);
    if (cached) continue;
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
    outputs: outputsOf(exports, notes.notes, registry),
    cached: cache?.hits ?? 0,
    parsed: models.length - (cache?.hits ?? 0),
  };
}
