/**
 * After adding: the ingest over the whole corpus (the added document is read as any other), the
 * messages of the added document only, and a short summary of what the pipeline read from it.
 */
import { relative } from 'node:path';
import { reporter } from 'vfile-reporter';
import { documentPath } from '../../src/model/index.ts';
import { runIngest } from '../ingest/cli/run.ts';
import type { RunOptions } from '../ingest/cli/run.ts';
import { writeAtomically } from '../ingest/cli/write.ts';
import type { Placed } from './write.ts';

export interface IngestReport {
  /** vfile-reporter's rendering of the added document's messages (text and sidecar). */
  messages: string;
  errors: number;
  warnings: number;
  /** Site path of the document page. */
  page: string;
  /** Units, measures, departments resolved/unresolved, targets — or why there is no model. */
  summary: string;
  /** Whether the generated data was rewritten (only when the whole corpus has no errors). */
  generated: boolean;
  /** Whether the pipeline produced the document. */
  documented: boolean;
}

export function ingestAdded(id: string, placed: Placed, options: RunOptions & { out?: string }): IngestReport {
  const result = runIngest(options);
  const mine = new Set([relative(options.cwd, placed.text), relative(options.cwd, placed.sidecar)]);
  const files = result.files.filter((file) => mine.has(file.path));
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  const warnings = messages.filter((message) => message.fatal === false).length;
  const corpusErrors = result.files.some((file) => file.messages.some((message) => message.fatal === true));
  const generated = Boolean(options.out && result.exports && !corpusErrors);
  if (generated) writeAtomically(options.out!, result.outputs);
  const model = result.models.find((entry) => entry.document.id === id);
  let summary = 'the ingest produced no document (see the errors above)';
  if (model) {
    const departments = new Set(model.units.flatMap((unit) => unit.departments.map((entry) => entry.id)));
    const unresolved = new Set(
      messages.filter((message) => message.ruleId === 'extract-departments:unknown').map((message) => message.reason),
    );
    const targets = model.units.reduce((sum, unit) => sum + unit.targets.length, 0);
    summary =
      `${model.units.length} units, ${model.units.filter((unit) => unit.kind === 'measure').length} measures, ` +
      `${departments.size} departments resolved, ${unresolved.size} unresolved, ${targets} targets`;
  }
  return {
    messages: reporter(files, { quiet: false }),
    errors,
    warnings,
    page: documentPath(id),
    summary,
    generated,
    documented: model !== undefined,
  };
}
