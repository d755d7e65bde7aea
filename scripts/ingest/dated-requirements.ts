/**
 * dated-requirements: a requirement that gives a body a task by a date is a task. A notice's
 * `二、工作要求` often holds its real work (`（一）各县（市、区）市场监管局要于2025年5月31日前完成辖区内
 * 在用电梯的排查`) beside general asks (`（二）加强组织领导`): the heading makes both requirements, but
 * an official looking for what is due, and from whom, must find the first among the measures.
 *
 * A numbered item among requirements becomes a measure when it names a body and sets a deadline that
 * falls once (a recurring one, `每月5日前报送`, is how the work is reported, still a requirement).
 * Runs after the deadlines are read.
 */
import type { Plugin } from 'unified';
import { kindOfHeading } from './part-kinds.ts';
import type { PolicyRoot } from './tree.ts';
import { readUnits } from './tree.ts';

export const datedRequirements: Plugin<[], PolicyRoot> = function () {
  return (tree) => {
    for (const unit of readUnits(tree)) {
      // A part of requirements with text but no items (`三、保障措施` / its paragraphs) stays one.
      if (unit.kind !== 'requirement' || !unit.children[0]!.label || kindOfHeading(unit.title)) continue;
      const named = (unit.data.departments ?? []).some((department) => department.role !== 'cooperating');
      const once = (unit.data.deadlines ?? []).some((deadline) => !deadline.recurring);
      if (!named || !once) continue;
      unit.kind = 'measure';
    }
  };
};
