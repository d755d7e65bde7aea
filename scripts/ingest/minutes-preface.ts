/**
 * Minutes open with what the meeting heard, found and asked of all before the decisions they number
 * (`会议听取了…`, `会议认为，…`, `会议强调，…` / `一要…`, `二要…`, then `会议议定以下事项：` / `一、…`).
 * Those paragraphs are no preamble: each has the kind its opening words give (part-kinds.ts
 * kindOfMinutes: context, or a requirement), and a paragraph after one of them without such words has
 * its kind, up to the lead-in of the decisions. Their figures are the meeting's findings, not targets.
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import { kindOfMinutes } from './part-kinds.ts';
import type { UnitNode } from './tree.ts';
import { itemTitle } from './unit-title.ts';

export function minutesPreface(units: readonly UnitNode[]): void {
  let said: UnitKind | undefined;
  for (const unit of units) {
    if (unit.kind !== 'preamble') continue;
    const first = unit.children[0]!;
    const kind = kindOfMinutes(fold(first.value));
    // The lead-in of the decisions (`会议议定以下事项：`) introduces them; a decision is read as one.
    if (kind === 'measure' || /[:：]$/u.test(unit.children.at(-1)!.value.trim())) {
      said = undefined;
      continue;
    }
    said = kind ?? said;
    if (!said) continue;
    unit.kind = said;
    unit.title = itemTitle(first.value, said);
  }
}
