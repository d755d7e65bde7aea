/**
 * A task table whose rows follow the body's tasks neither by title nor by number (20 rows for 18
 * items, rows that split or merge tasks): a row still repeats what its task says
 * (`（三）加快地震监测预警能力建设。完成国家地震烈度速报与预警工程云南子项目…` and the row `完成国家地震烈度速报与
 * 预警工程云南子项目…`). A body task left without departments takes those of the row whose words its text
 * holds most, where it holds no other task's as much: by runs of GRAM characters both write. A task
 * set out in several sentences takes every row that repeats one of them (`（四）…开展重点商品专项整治…开展
 * 网购商品质量抽查。加强进出口商品检验监管…` and rows 9, 10 and 11).
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitNode } from './tree.ts';

/** The run of characters two texts must share to count: longer than a common phrase (`专项整治`, `体系建设`). */
const GRAM = 6;
/** The runs a row must share with its task: a phrase of GRAM + MIN_SHARED - 1 characters at least. */
const MIN_SHARED = 3;

/** A row's fields of who does it. */
const FIELDS = /[(（]\s*(?:牵头|责任|主办|主责|负责|实施)(?:单位|部门|处室|主体)\s*:/u;

/** A text's words: folded, without spaces or punctuation. */
const words = (text: string): string => fold(text).replace(/[\s\p{P}\p{S}]/gu, '');

function grams(text: string): string[] {
  return Array.from({ length: Math.max(0, text.length - GRAM + 1) }, (_, at) => text.slice(at, at + GRAM));
}

/**
 * Gives each of `tasks` (body tasks without departments) the rows of `rows` (a table's rows with
 * departments) whose one best match it is: a row for each of its sentences, or one for the task.
 */
export function linkByContent(
  tasks: readonly UnitNode[],
  rows: readonly UnitNode[],
  link: (task: UnitNode, rows: UnitNode[]) => void,
): void {
  // A table's row says who does it in its fields (`（牵头单位：…；配合单位：…）`); a body's duties under its
  // name (`省文化和旅游厅：负责配合…`, an emergency plan's members) are no rows of tasks.
  const tableRows = rows.filter(
    (row) => row.children[0]!.label && FIELDS.test(fold(row.children.map((line) => line.value).join(''))),
  );
  if (tasks.length === 0 || tableRows.length === 0) return;
  const taskGrams = tasks.map((task) => new Set(grams(words(task.children.map((line) => line.value).join('')))));
  // A row's own words, before its bracket of departments.
  const rowGrams = tableRows.map((row) => [...new Set(grams(words(row.children[0]!.value.split(/[（(]/u)[0]!)))]);
  const linked = new Map<number, UnitNode[]>();
  tableRows.forEach((row, r) => {
    const scores = taskGrams.map((set) => rowGrams[r]!.filter((gram) => set.has(gram)).length);
    const top = Math.max(...scores);
    if (top < MIN_SHARED || scores.filter((score) => score === top).length > 1) return;
    const t = scores.indexOf(top);
    linked.set(t, [...(linked.get(t) ?? []), row]);
  });
  for (const [t, found] of linked) link(tasks[t]!, found);
}
