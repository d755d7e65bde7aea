/**
 * The ingest pipeline: the one list of plugins, in order. Pure: no file system here (the CLI,
 * scripts/ingest.ts, reads and writes); every plugin gets what it needs through its options.
 */
import { unified } from 'unified';
import { standingTypes } from '../../src/model/document.ts';
import type { Province, Sidecar, Theme } from '../../src/model/index.ts';
import { assignThemes } from './assign-themes.ts';
import { checkCharacters } from './check-characters.ts';
import { checkMetadata } from './check-metadata.ts';
import { datedRequirements } from './dated-requirements.ts';
import type { DepartmentIndex } from './department-index.ts';
import { extractCitations } from './extract-citations.ts';
import type { CorpusEntry } from './extract-citations.ts';
import { extractDeadlines } from './extract-deadlines.ts';
import { extractDepartments } from './extract-departments.ts';
import { type ExtractTargetsOptions, extractTargets } from './extract-targets.ts';
import { periodEnd } from './lineage/validity.ts';
import { parseText } from './parse-text.ts';
import { splitInlineItems } from './split-inline-items.ts';
import { structure } from './structure.ts';
import { toModel } from './to-model.ts';
import type { DocumentHead } from './to-model.ts';

export interface PipelineOptions {
  head: DocumentHead;
  sidecar: Sidecar;
  departments: DepartmentIndex;
  themes: Theme[];
  provinces: Province[];
  corpus: CorpusEntry[];
}

export function createPipeline(options: PipelineOptions) {
  const issued = Number(/^\d{4}/.exec(options.head.date.value)?.[0]) || undefined;
  // Deadlines written without a year are of the period's first year, unless the document was issued
  // later: a period that ended before it is the year it reviews (`关于2024年…检查发现问题整改的通知` of
  // March 2025), and one that began before it (a 2021—2035 plan approved in 2024) is under way; either
  // way its deadlines are of the year it was issued, as none is before the document.
  const start = Number(/^\d{4}/.exec(options.head.period.value)?.[0]) || undefined;
  const year = start !== undefined && issued !== undefined ? Math.max(start, issued) : (start ?? issued);
  return (
    unified()
      .use(parseText)
      .use(checkCharacters)
      .use(splitInlineItems)
      .use(structure, { title: options.head.title.value })
      .use(checkMetadata, { sidecar: options.sidecar, provinces: options.provinces })
      .use(extractDepartments, {
        index: options.departments,
        issuer: options.head.issuer.value,
        year: Number(/^\d{4}/.exec(options.head.date.value)?.[0]) || undefined,
        statesOwnDuties: options.head.type === '职责',
      })
      .use(extractCitations, {
        corpus: options.corpus,
        self: { id: options.head.id, title: options.head.title.value, docNumber: options.head.docNumber?.value },
      })
      // Deadlines first: a target without a year of its own is for its task's deadline.
      .use(extractDeadlines, { year, issued: options.head.date.value })
      .use(datedRequirements)
      .use(extractTargets, {
        ...reviewed(options.head.period.value, options.head.date.value, options.head.type),
        standing: standingTypes.has(options.head.type),
        interpreting: options.head.type === '解读',
        ...(issued !== undefined ? { issued } : {}),
      })
      .use(assignThemes, { themes: options.themes })
      .use(toModel, { head: options.head })
  );
}

/**
 * What a document's goals are measured against: its period, unless that ended before it was issued
 * (a 通报 or 总结 of the year before), when its figures are that year's results and only what it
 * sets as a goal in so many words is a target. A paper that reports (a 通报, a 总结, a 报告) reviews
 * whatever its period: `督查组实地查看项目186个` is what was done.
 */
function reviewed(period: string, date: string, type: string): ExtractTargetsOptions {
  const issued = Number(date.slice(0, 4));
  const end = periodEnd(period);
  if (end !== undefined && end < issued) return { period: String(issued), reviewing: true };
  return REPORTING_TYPES.has(type) ? { period, reviewing: true } : { period };
}

/** Types of papers that report what was done. */
const REPORTING_TYPES = new Set(['通报', '总结', '报告']);
