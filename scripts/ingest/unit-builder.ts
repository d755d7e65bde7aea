/**
 * The unit builder of structure: takes the lines in order, with their roles, labels and place in the
 * frame, and opens, continues or closes units (the open units are ./unit-stack.ts). Numbered lines
 * nest by level; unnumbered lines join the open unit unless it is closed; an attachment, a forwarded
 * document, a box or a duty paragraph opens a part of its own (./unit-parts.ts, ./unit-boxes.ts); numbering is checked
 * as it goes (gaps and repeats are reported).
 */
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import { NumberingCheck } from './check-numbering.ts';
import {
  attachmentLine,
  attachmentListStart,
  explanationLine,
  boxLine,
  endsWithResponsibility,
  isDeadlineField,
  isDutiesField,
  isPersonsField,
  isTaskRow,
  isMembersField,
} from './line-shapes.ts';
import { isClosingFormula } from './closing-shapes.ts';
import type { Label } from './labels.ts';
import { splitClosing } from './split-closing.ts';
import { TableGroups } from './table-groups.ts';
import { newUnit } from './tree.ts';
import type { LineNode, UnitNode } from './tree.ts';
import { assignKinds, SIGNATURE_ROLES } from './unit-kind.ts';
import { UnitParts } from './unit-parts.ts';
import { levelOf, type Open, type Place } from './unit-stack.ts';

/** Whether a standard's appendix binds, under its label (`附录A` / `（规范性）`): no part of its title. */
const APPENDIX_NATURE = /^\((?:规范性|资料性|参考性)(?:附录)?\)$/u;

export class UnitBuilder extends UnitParts {
  /** A date has signed the text (in the plan's part): what follows is its attachments. */
  private signed = false;

  private readonly numbering: NumberingCheck;
  private readonly tableGroups = new TableGroups();

  /** `publishedTitles`: the other documents the notice publishes with the plan (UnitParts.publishedAt). */
  constructor(file: VFile, publishedTitles: readonly string[] = []) {
    super();
    this.numbering = new NumberingCheck(file);
    this.publishedTitles = publishedTitles;
  }

  add(line: LineNode, folded: string, label: Label | undefined, place: Place): void {
    if (place === 'header' || place === 'title' || place === 'appended') return this.addFrameLine(line, place);
    const part = place === 'notice' ? 'notice' : 'plan';
    if (part !== this.part) {
      this.part = part;
      this.stack = [];
      this.current = undefined;
    }
    if (line.role === 'forwarded') return this.addForwarded(line, folded);
    if (SIGNATURE_ROLES.has(line.role!) && line.role !== 'addressee') return this.addSignature(line);
    if (this.continuesAttachmentList(folded, label)) {
      this.current!.children.push(line);
      return;
    }
    // A list of attachments (`附件：1．…`) ends the plan's text above it, as a closing formula does: a
    // paragraph of its own, not the last task's words. A notice's list stays in the notice.
    if (this.part === 'plan' && attachmentListStart(folded) !== undefined && this.current && !this.current.signature) {
      this.closed = true;
      this.stack = [];
    }
    if (line.role === 'contents' && this.current?.children[0]!.role === 'contents') {
      this.current.children.push(line);
      return;
    }
    // The title of another document the notice publishes with the plan (`印发《A》和《B》的通知`): its part.
    const published = !label && this.part === 'plan' ? this.publishedAt(folded) : undefined;
    if (published) return this.addAttachment(line, { label: published, title: line.value.trim() });
    if (label) return this.addNumbered(line, folded, label);
    this.endNotes();
    const box = this.part === 'plan' ? boxLine(folded) : undefined;
    if (box) return this.addBox(line, box);
    const attachment =
      this.part === 'plan' ? asWritten(attachmentLine(folded) ?? explanationLine(folded), line.value) : undefined;
    // After a numbered body, or below the signature of one without numbers (a 通报's name list).
    if (attachment && (this.signed || this.units.some((unit) => unit.numbering.length)))
      return this.addAttachment(line, attachment);
    if (this.isPartTitle(folded)) {
      this.current!.children.push(line);
      // A standard's appendix says under its label whether it binds (`（规范性）`, `（资料性）`); its title follows.
      if (!APPENDIX_NATURE.test(folded)) this.current!.partTitle ||= line.value.trim();
      return;
    }
    // A task's responsibility line, or its deadline, persons or duties line after it, belongs to the task.
    const field =
      line.role === 'responsibility' ||
      ((isDeadlineField(folded) || isPersonsField(folded) || isDutiesField(folded)) &&
        this.current?.children[0]!.label);
    if (field && this.current && !this.current.signature) {
      this.current.children.push(line);
      // A body's members (`成员单位：…`) are a field of what it is, not the end of a task: the part's
      // text goes on (`工作专班办公室设在…` / `工作专班下设3个工作组：` / `（一）综合协调组…`).
      this.closed = !isMembersField(folded);
      return;
    }
    if (this.isAttachedDuty(folded)) return this.addAttachedDuty(line);
    // A row of a task table without numbers (`开展…（牵头单位：…；完成时限：…）`): a task of its own; not
    // the text under a numbered title (`（六）严厉打击违法犯罪行为` / `对…案件，…（牵头单位：…）`).
    if (this.attachment && this.current && !this.current.signature && !this.awaitsText() && isTaskRow(folded))
      return this.addRow(line, this.attachment);
    const rowPart = this.partOfRow(folded);
    if (rowPart) return this.addPartRow(line, rowPart);
    // An attachment without numbered items (a list of members or contacts, a form) is one unit of text.
    if (this.current && this.current === this.attachment) {
      this.current.children.push(line);
      return;
    }
    if (this.isDutyParagraph(folded)) return this.addDuty(line);
    if (this.isQuestion(folded)) return this.addQuestion(line);
    if (this.isMinutesParagraph(folded)) return this.addMinutesParagraph(line);
    if (this.isMinutesLeadIn(folded)) {
      this.current!.children.push(line);
      return;
    }
    // A closing formula ends the numbered text, unless it is the text of the item just titled
    // (`4.1 预案实施` / `本预案自印发之日起施行。`).
    const formula =
      this.part === 'plan' &&
      isClosingFormula(folded) &&
      this.units.some((unit) => unit.numbering.length) &&
      !this.awaitsText();
    if (this.current && !this.closed && !formula && !this.current.signature) {
      this.current.children.push(line);
      this.closed = endsWithResponsibility(folded) || this.isParagraphUnit(this.current);
      return;
    }
    if (formula) this.stack = [];
    else if (this.part === 'plan') this.leaveBox(folded);
    const parent = this.parentForUnnumbered();
    const localId = this.ids.nextUnnumbered(parent ? `${parent.unit.localId}-` : this.prefix());
    const kind: UnitKind =
      this.part === 'notice' ? 'notice' : this.units.length === 0 || this.onlyPreface() ? 'preamble' : 'closing';
    const unit = newUnit(kind, localId, parent ? [...parent.unit.numbering] : [], '', parent?.unit);
    this.open(unit, [line]);
    this.closed =
      endsWithResponsibility(folded) ||
      line.role === 'responsibility' ||
      (this.isParagraphUnit(unit) && line.role !== 'addressee');
  }

  finish(): UnitNode[] {
    splitClosing(this.units, () => this.ids.nextUnnumbered(''));
    assignKinds(this.units);
    return this.units;
  }

  /** Header fields, title lines and a second document's lines each make one unit of their kind. */
  private addFrameLine(line: LineNode, place: 'header' | 'title' | 'appended'): void {
    if (this.current?.localId === place) {
      this.current.children.push(line);
    } else {
      this.part = 'plan';
      this.stack = [];
      this.open(newUnit(place, place, [], '', undefined), [line]);
    }
    this.closed = true;
  }

  /** Issuer and date lines: part of an open notice, else a signature block of their own. */
  private addSignature(line: LineNode): void {
    if (this.part === 'plan' && line.role === 'date') this.signed = true;
    if ((this.current?.kind === 'notice' || this.current?.signature) && !this.closed) {
      this.current.children.push(line);
      return;
    }
    const localId = this.ids.nextUnnumbered(this.prefix());
    this.stack = [];
    const unit = newUnit(this.part === 'notice' ? 'notice' : 'closing', localId, [], '', undefined);
    // A notice that opens with its 文号 (under a masthead, `豫政办〔2022〕36号`) starts there; a 文号
    // anywhere else signs what it follows.
    unit.signature = !(this.part === 'notice' && !this.current && line.role === 'doc-number');
    this.open(unit, [line]);
  }

  private addNumbered(line: LineNode, folded: string, label: Label): void {
    const level = this.tableGroups.levelOf(label, levelOf(label, folded), folded, this.stack, (open) =>
      fold(open.unit.children[0]!.value)
        .slice(open.label ? (open.unit.children[0]!.labelEnd ?? 0) : 0)
        .trim(),
    );
    this.leaveBox(folded, level, label.value);
    /** The last unit this line closes: its previous sibling, when at its level. */
    let closed: Open | undefined;
    if (label.role === 'bullet') {
      while (this.stack.at(-1)?.label?.role === 'bullet') this.stack.pop();
    } else {
      while ((this.stack.at(-1)?.level ?? -1) >= level) closed = this.stack.pop();
    }
    const parent = this.stack.at(-1);
    // The attachment's first task gives it its label: its tasks are cited `附件1.`, not `1.`.
    if (parent?.unit.partTitle !== undefined && parent.unit.numbering.length === 0)
      parent.unit.numbering = [this.attachmentLabel];
    const parentKey = parent ? `${parent.unit.localId}-` : this.prefix();
    let segment: string;
    if (label.role === 'bullet') {
      segment = this.ids.nextBullet(parentKey);
    } else {
      const sibling = closed?.level === level && closed.label?.role === label.role ? closed : undefined;
      const before = sibling ?? parent;
      this.numbering.check(line, label, parentKey, parent?.label?.role, () =>
        (before?.unit.children ?? []).map((child) => child.value).join('\n'),
      );
      segment = String(label.value);
    }
    const numbering = [...(parent?.unit.numbering ?? []), line.label!];
    const unit = newUnit('measure', this.ids.unique(`${parentKey}${segment}`), numbering, '', parent?.unit);
    unit.title = folded.slice(label.length); // refined in assignKinds, from the raw text
    this.open(unit, [line]);
    this.stack.push({ unit, level, label });
    // The last of an article's list of items parted by `；` ends the list with its `。`: a paragraph after
    // it is the article's next paragraph (its second 款: `第九条 …：（一）…；（二）…。` / `所在地乡镇人民
    // 政府…`), not more of the item; so in a decimal outline's clause (`5.2.1 …：（1）…；（2）…。`).
    const inClause = parent?.label?.role === 'article' || /^\d+(?:\.\d+)+/u.test(parent?.unit.children[0]!.label ?? '');
    const lastOfList =
      inClause &&
      closed?.level === level &&
      /[;；]$/u.test(fold(closed.unit.children.at(-1)!.value).trim()) &&
      /。$/u.test(folded.trim());
    this.closed = label.role === 'bullet' || endsWithResponsibility(folded) || lastOfList;
  }
}

/**
 * An attachment's or an explanation's title as written (`（修正本）`, not the folded `(修正本)`): the
 * end of its line, as long as the folded title (folding keeps every character's place).
 */
function asWritten(
  attachment: { label: string; title: string } | undefined,
  written: string,
): { label: string; title: string } | undefined {
  if (!attachment?.title) return attachment;
  const line = written.trim();
  return { ...attachment, title: line.slice(line.length - attachment.title.length) };
}
