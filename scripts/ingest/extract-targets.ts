/**
 * extract-targets: quantitative targets, one per clause that states a value:
 * `基本药物抽验合格率达到98％` (comparator before), `培育省级服务名牌企业20个以上` (after),
 * `省优良工程350项` (metric then value), `培育30户服务行业龙头企业` (verb, value, object).
 * The year comes from `到2015年` in the clause, earlier in the unit, or in an enclosing unit.
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import type { ExtractedTarget, PolicyRoot, UnitNode } from './tree.ts';
import { lineOffsets } from './tree.ts';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT = '(?:%|‰|个百分点|个|项|家|户|所|座|条|批|件|种|名|人|万人|万元|亿元|万吨|万|亿|元|分)';
const VALUE = String.raw`${NUMBER}\s*${UNIT}?(?:\s*[、和]\s*${NUMBER}\s*${UNIT}?)*`;
const VERBS =
  '达到|超过|不低于|不少于|保持在|稳定在|提高到|提高至|提升到|提升至|控制在|降低到|降至|下降到|增加到|增长到|突破';
const AFTER = '以上|以内|以下|左右';

const WITH_VERB = new RegExp(String.raw`(${VERBS})\s*(${VALUE})(${AFTER})?`, 'u');
const WITH_AFTER = new RegExp(String.raw`(${NUMBER}\s*${UNIT})(${AFTER})`, 'u');
const AT_END = new RegExp(String.raw`(${NUMBER}\s*${UNIT})$`, 'u');
const VERB_VALUE_OBJECT = new RegExp(
  String.raw`^(培育|创建|建成|建设|新增|争创|打造|制定|制修订|完成|认定)(${NUMBER}\s*${UNIT})(.+)$`,
  'u',
);
const CLAUSES = /[^,。;:]+/gu;
const YEAR = /到(\d{4})年/gu;
const LEADING_NOISE = /^(?:到\d{4}年|全省|全区|全市|其中|同时|分别)+/u;

export const extractTargets: Plugin<[], PolicyRoot> = function () {
  return (tree) => {
    const units = tree.children as UnitNode[];
    const byId = new Map(units.map((unit) => [unit.localId, unit]));
    for (const unit of units) {
      const offsets = lineOffsets(unit);
      const foldedUnit = fold(unit.children.map((line) => line.value).join('\n'));
      unit.children.forEach((line, lineIndex) => {
        const folded = foldedUnit.slice(offsets[lineIndex]!, offsets[lineIndex]! + line.value.length);
        for (const clause of folded.matchAll(CLAUSES)) {
          const target = readClause(clause[0], line.value.slice(clause.index, clause.index + clause[0].length));
          if (!target) continue;
          const before = offsets[lineIndex]! + clause.index;
          target.year = yearFor(unit, byId, foldedUnit.slice(0, before + clause[0].length));
          target.area = areaFor(unit, byId);
          target.line = line.position.start.line;
          (unit.data.targets ??= []).push(target);
          (unit.data.highlights ??= []).push({ start: before, end: before + clause[0].length, kind: 'target' });
        }
      });
    }
  };
};

/** Read one clause (folded and raw, same length); undefined when it states no target. */
export function readClause(folded: string, raw: string): ExtractedTarget | undefined {
  const trimmed = folded.trimStart();
  const skip = folded.length - trimmed.length;
  const slice = (start: number, end: number) => raw.slice(skip + start, skip + end).trim();
  const metricBefore = (end: number) => {
    const text = slice(0, end);
    return text.replace(LEADING_NOISE, '').replace(/分别$/u, '').trim();
  };
  let match = WITH_VERB.exec(trimmed);
  if (match) {
    const valueStart = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    const value = slice(valueStart, valueStart + match[2]!.length);
    return build(metricBefore(match.index), value, match[3] ? `${match[1]}…${match[3]}` : match[1]!, raw);
  }
  match = VERB_VALUE_OBJECT.exec(trimmed);
  if (match) {
    const value = slice(match[1]!.length, match[1]!.length + match[2]!.length);
    return build(`${match[1]}${slice(match[1]!.length + match[2]!.length, trimmed.length)}`, value, '=', raw);
  }
  match = WITH_AFTER.exec(trimmed);
  if (match) {
    return build(metricBefore(match.index), slice(match.index, match.index + match[1]!.length), match[2]!, raw);
  }
  match = AT_END.exec(trimmed);
  if (match && match.index > 0) {
    return build(metricBefore(match.index), slice(match.index, match.index + match[1]!.length), '=', raw);
  }
  return undefined;
}

function build(metric: string, value: string, comparator: string, raw: string): ExtractedTarget | undefined {
  if (!metric || /^\d/.test(metric)) return undefined;
  const number = Number(/\d+(?:\.\d+)?/.exec(fold(value))?.[0]);
  return { metric, value, number: Number.isFinite(number) ? number : undefined, comparator, text: raw.trim(), line: 0 };
}

/** The last `到YYYY年` before the clause, in the unit or else in its enclosing units. */
function yearFor(unit: UnitNode, byId: Map<string, UnitNode>, textBefore: string): number | undefined {
  const own = [...textBefore.matchAll(YEAR)].at(-1);
  if (own) return Number(own[1]);
  for (
    let parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    parent;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined
  ) {
    const found = [...fold(parent.children.map((line) => line.value).join('\n')).matchAll(YEAR)].at(-1);
    if (found) return Number(found[1]);
  }
  return undefined;
}

/** The field a goal's target belongs to: the nearest short goal title (`建筑工程`, `产品质量`). */
function areaFor(unit: UnitNode, byId: Map<string, UnitNode>): string | undefined {
  for (let node: UnitNode | undefined = unit; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    if (node.kind !== 'goal' && node.kind !== 'project') return undefined;
    if (node.title.length <= 8 && node.numbering.length > 0 && node.children.length > 0 && node.parentId)
      return node.title;
  }
  return undefined;
}
