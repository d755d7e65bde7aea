/**
 * The parts the unit builder (./unit-builder.ts) opens beside the numbered units: an attachment after
 * the body (and the list of attachments a notice closes with) and the rows of its task table, a
 * document forwarded below the notice, a paragraph of a member's duties, and one of minutes; boxes
 * (专栏) and tables under their caption are ./unit-boxes.ts. Each is a unit whose lines after it are
 * its own, so that its items neither continue nor restart the body's numbering.
 */
import { attachmentListStart, isMasthead, isTaskRow, looksLikeAddressee, QUESTION, shapeOf } from './line-shapes.ts';
import { fold } from '../../src/model/fold.ts';
import { newUnit } from './tree.ts';
import type { LineNode, UnitNode } from './tree.ts';
import { kindOfMinutes } from './part-kinds.ts';
import { dutySubjectLength } from './duty-subject.ts';
import { addressedToBodies, titledByDivision } from './unit-kind.ts';
import type { Label } from './labels.ts';
import { UnitBoxes } from './unit-boxes.ts';
import { taskReferences } from './task-references.ts';

/** The title of a part that is a table (`考核评分表`, `重点任务分工表`, `任务清单`, `评分细则`). */
const TABLE_TITLE = /^[^。，,；;]{0,30}(?:表|清单|细则|一览)$/u;

export class UnitParts extends UnitBoxes {
  /** The label of the last attachment line (`附件`, `附件2`). */
  protected attachmentLabel = '附件';
  /** The number the next line of a list of attachments would have (`附件：1．…` then `2．…`). */
  private attachmentListNext: number | undefined;
  /** The rows of task tables in a part's text (addPartRow), with their part. */
  private readonly rowParts = new Map<UnitNode, UnitNode>();
  /** The minutes paragraphs opened (addMinutesParagraph). */
  private readonly minutes = new Set<UnitNode>();
  /** The attachment opened last, while no numbered line has followed it: it takes the lines after it. */
  protected attachment: UnitNode | undefined;
  /** The part of a forwarded document whose head (line-roles.ts forwardedHeads) is being read. */
  private forwardedHead: UnitNode | undefined;

  /**
   * Whether the open unit is a numbered title alone, its text still to come: no sentence ends it, nor
   * a quoted one (`（四）将第四十三条修改为：“…处二百元以上二千元以下罚款。”`).
   */
  protected awaitsText(): boolean {
    const only = this.current?.children.length === 1 ? this.current.children[0]! : undefined;
    return only?.label !== undefined && !/[。；;:：][”’」』]*$/u.test(only.value.trim());
  }

  /**
   * A paragraph addressed to bodies by name and a colon (`市发展改革委：负责…`), after a sentence's end
   * or a title, in a numbered part: as a part lists its members' duties (`四、成员单位职责`), one duty.
   * After such a paragraph, so is one that opens with bodies and their verb (`各县（市、区）人民政府
   * 负责本行政区域内…`), and the sentence that gives the members not named their share
   * (`其他成员单位按照各自职责…`): neither is part of the last member's duties.
   */
  protected isDutyParagraph(folded: string): boolean {
    const last = this.current?.children.at(-1);
    if (this.part !== 'plan' || !last || this.current!.signature || this.current === this.attachment) return false;
    const parent = this.stack.at(-1);
    const afterDuty = this.current!.kind === 'duty' && this.current!.children[0]!.label === undefined;
    const named =
      addressedToBodies(folded) ||
      (/[:：]$/u.test(last.value) || this.current!.kind === 'duty' ? titledByDivision(folded) : false) ||
      opensWithTasks(folded) ||
      (afterDuty && (OTHER_MEMBERS.test(folded) || !!dutySubjectLength(folded)));
    if (!parent?.label || !named) return false;
    // After a sentence's end, or a lead-in's colon (`指挥部下设以下工作组：`), a paragraph begins.
    return /[。；;！!？?:：]$/u.test(last.value) || this.awaitsText();
  }

  /**
   * A paragraph of an attachment that lists bodies' duties (`附件1` / `指挥部成员单位职责` / `省公安厅：
   * 负责…`), one that opens with a body and its duty, or the members not named after such a paragraph
   * (`其他成员单位按照各自职责…`): a duty of its own under the attachment, as under a numbered part. Under
   * any other title (a table of working groups `add` wrote as `市公安局：负责…；组别：…`), a body, a colon and
   * its duty's verb: not a list of contacts (`省市场监管局：王某，电话…`).
   */
  protected isAttachedDuty(folded: string): boolean {
    const attachment = this.attachment;
    const current = this.current;
    if (!attachment || !current || current.signature) return false;
    const afterDuty = current.kind === 'duty' && current.parentId === attachment.localId;
    if (current !== attachment && !afterDuty) return false;
    const subject = dutySubjectLength(folded);
    if (!DUTIES_TITLE.test(fold(attachment.partTitle ?? '')))
      return subject !== undefined && DUTY_AFTER_COLON.test(folded.slice(subject));
    return subject !== undefined || (afterDuty && OTHER_MEMBERS.test(folded));
  }

  protected addAttachedDuty(line: LineNode): void {
    const attachment = this.attachment!;
    // Its duties are cited `附件1`, as its numbered tasks would be.
    if (attachment.numbering.length === 0) attachment.numbering = [this.attachmentLabel];
    this.stack = [{ unit: attachment, level: -1 }];
    this.openParagraph(line, 'duty', attachment);
  }

  /**
   * A question of questions and answers (`问：评价周期如何确定？`, then `答：…`), in a numbered part
   * (`五、热点问题解答`): a unit of its own under the part, its answer the lines after it, so that each
   * answer is found and cited by itself, not as one block of the part.
   */
  protected isQuestion(folded: string): boolean {
    if (this.part !== 'plan' || this.current?.signature || this.current === this.attachment) return false;
    return this.stack.at(-1)?.label !== undefined && QUESTION.test(folded);
  }

  protected addQuestion(line: LineNode): void {
    this.openParagraph(line, 'context', this.stack.at(-1)!.unit);
  }

  /** A duty paragraph: a unit under the numbered part it is listed in, beside the duties before it. */
  protected addDuty(line: LineNode): void {
    this.openParagraph(line, 'duty', this.stack.at(-1)!.unit);
  }

  /** A paragraph of its own under a numbered part, numbered as the part. */
  private openParagraph(line: LineNode, kind: UnitNode['kind'], parent: UnitNode): UnitNode {
    const unit = newUnit(kind, this.ids.nextUnnumbered(`${parent.localId}-`), [...parent.numbering], '', parent);
    this.open(unit, [line]);
    return unit;
  }

  /**
   * A paragraph of minutes that says what the meeting did (`会议听取了…`, `会议指出，…`, `会议要求，…`,
   * `会议决定：一是请…`), inside a numbered topic: a unit of its own under the topic, its kind read from
   * those words (part-kinds.ts kindOfMinutes), so that what the meeting heard is not read as its tasks.
   * A lead-in (`会议决定：`) is not one: it stays with the text before it.
   */
  protected isMinutesParagraph(folded: string): boolean {
    if (this.part !== 'plan' || !this.current || this.current.signature || this.current === this.attachment)
      return false;
    return this.stack.length > 0 && kindOfMinutes(folded) !== undefined && !/:\s*$/u.test(folded);
  }

  /** Whether `folded` is a minutes lead-in (`会议决定：`) after a minutes paragraph, whose last line it is. */
  protected isMinutesLeadIn(folded: string): boolean {
    return this.current !== undefined && this.minutes.has(this.current) && kindOfMinutes(folded) !== undefined;
  }

  /** A minutes paragraph: a unit under the topic (the outermost numbered part open), closed after its line. */
  protected addMinutesParagraph(line: LineNode): void {
    const topic = this.stack[0]!;
    this.stack = [topic];
    this.minutes.add(this.openParagraph(line, 'context', topic.unit));
    this.closed = true;
  }

  /**
   * An attachment line after the body (`附件：重点任务分工表`) starts a part of its own, outside every
   * numbered unit: the numbered lines after it (the attachment's tasks) are its children, numbered
   * from its label (`附件1.`); with nothing numbered after it, it is a closing line as before.
   */
  protected addAttachment(line: LineNode, attachment: { label: string; title: string }): void {
    const unit = newUnit('closing', this.ids.nextUnnumbered(''), [], '', undefined);
    unit.partTitle = attachment.title;
    this.open(unit, [line]);
    this.attachment = unit;
    this.stack = [{ unit, level: -1 }];
    this.attachmentLabel = attachment.label;
    this.closed = true;
  }

  /**
   * The titles of the documents the notice publishes besides the plan (`关于印发《A》和《B》的通知`: B),
   * compact (folded, without spaces), in order.
   */
  protected publishedTitles: readonly string[] = [];
  /** The last line was an entry of a list of attachments. */
  private afterListEntry = false;

  /**
   * The label of the part a line opens as the title of another document the notice publishes (`文件2`
   * for the second, as an attachment's is `附件2`), or undefined. A title over two lines is matched by its first, its second joining it.
   */
  protected publishedAt(folded: string): string | undefined {
    const compact = folded.replace(/\s+/gu, '');
    if (compact.length < MIN_PUBLISHED_TITLE) return undefined;
    const at = this.publishedTitles.findIndex((title) => title.startsWith(compact));
    return at < 0 ? undefined : `文件${at + 2}`;
  }

  /**
   * The head of a document forwarded below the notice (`澜州市人民政府办公室文件` / 文号 / title /
   * addressees): a part of its own, as an attachment is, titled by its issuer and title, whose
   * numbered lines are its own (`转发件|一`), not a repeat of the notice's.
   */
  protected addForwarded(line: LineNode, folded: string): void {
    const head = this.current !== undefined && this.current === this.forwardedHead ? this.current : undefined;
    if (!head) {
      // Copied without its masthead, the head opens with its title.
      this.addAttachment(line, { label: FORWARDED_LABEL, title: isMasthead(folded) ? '' : line.value.trim() });
      this.forwardedHead = this.current;
      return;
    }
    head.children.push(line);
    if (!isMasthead(folded) && shapeOf(folded) !== 'doc-number' && !looksLikeAddressee(folded))
      head.partTitle += line.value.trim();
  }

  /**
   * A row of a task table that has no 序号 column, as the table's lines are written (`开展…（牵头单位：…）`):
   * one unit under the attachment, the tasks of which it lists, or under its group; nothing after it joins it.
   */
  protected addRow(line: LineNode, attachment: UnitNode): void {
    // Under the group its rows are headed by (`一、优化服务布局` / `1. …` / a row going on under its
    // merged 序号), when the table has groups; else under the attachment.
    const at = this.stack.findIndex(
      (open) => open.unit.parentId === attachment.localId && open.label?.role === 'chapter',
    );
    this.stack = at >= 0 ? this.stack.slice(0, at + 1) : [{ unit: attachment, level: -1 }];
    const parent = this.stack.at(-1)!.unit;
    this.open(newUnit('closing', this.ids.nextUnnumbered(`${parent.localId}-`), [...parent.numbering], '', parent), [
      line,
    ]);
    this.closed = true;
  }

  /**
   * The part a row of a task table set in its text belongs to, after the paragraph that introduces it
   * (`二、考核内容和分值` / `…见下表。` / `属地管理责任（20分）：…（责任单位：…；分值：6）`), or the part of the
   * row before it; undefined for any other line. A task's own text under its title (`（一）加强监管` /
   * `开展…（责任单位：…）`) is none: its part has no paragraph of its own yet.
   */
  protected partOfRow(folded: string): UnitNode | undefined {
    const current = this.current;
    if (this.part !== 'plan' || this.attachment || !current || current.signature || !isTaskRow(folded))
      return undefined;
    const part = this.rowParts.get(current);
    if (part) return part;
    const lines = current.children;
    const introduced =
      lines[0]!.label !== undefined && lines.length >= 2 && /[。:：]$/u.test(lines.at(-1)!.value.trim());
    // A heading that names the table itself (`五、考核评分表`, `三、重点任务清单`) introduces its rows too.
    const tableHeading =
      lines.length === 1 &&
      lines[0]!.label !== undefined &&
      TABLE_TITLE.test(fold(lines[0]!.value.slice(lines[0]!.labelEnd ?? 0)).trim());
    return (introduced || tableHeading) && this.stack.at(-1)?.unit === current ? current : undefined;
  }

  /** A row of a task table in a part's text: a task of its own under the part; nothing after it joins it. */
  protected addPartRow(line: LineNode, part: UnitNode): void {
    const unit = newUnit('measure', this.ids.nextUnnumbered(`${part.localId}-`), [...part.numbering], '', part);
    unit.partRow = true;
    this.open(unit, [line]);
    this.rowParts.set(unit, part);
    this.closed = true;
  }

  /**
   * A list of attachments over several lines (`附件：1．…方案` then `2．…分工`) is one paragraph of
   * its own: its later numbers are no items of their own, whether aligned under the first title
   * (`2．…` set in by full-width spaces, read as text) or at the line's start (read as a label).
   */
  protected continuesAttachmentList(folded: string, label: Label | undefined): boolean {
    const first = attachmentListStart(folded);
    const expected = this.attachmentListNext;
    const afterEntry = this.afterListEntry;
    this.afterListEntry = first !== undefined;
    // A title's end a wrap brought to a line of its own, right after its entry (`附件：1.…考核评` / `分表` /
    // `2.…`), goes on with it.
    if (
      first === undefined &&
      afterEntry &&
      !label &&
      this.current &&
      !this.current.signature &&
      WRAPPED_END.test(folded.trim())
    )
      return true;
    this.attachmentListNext = first === undefined ? undefined : first + 1;
    const number = label ? (label.role === 'subitem' ? label.value : undefined) : ALIGNED_NUMBER.exec(folded)?.[1];
    if (first !== undefined || expected === undefined || !this.current || Number(number) !== expected) return false;
    this.attachmentListNext = expected + 1;
    this.afterListEntry = true;
    return true;
  }
}

/** The end of an attachment's title wrapped to a line of its own: a few characters, no sentence's marks. */
const WRAPPED_END = /^(?!附)[^\s,，。;；:：、]{1,12}$/u;

/** A number set in from the margin, as a list of attachments aligns its later titles (`2．…` after full-width spaces). */
const ALIGNED_NUMBER = /^\s+(\d{1,2})\s*[.、]/u;

/** How a forwarded document's items are cited: `转发件一`, as an attachment's are `附件1.`. */
const FORWARDED_LABEL = '转发件';
/** The shortest first line of a published document's title that is matched as one. */
const MIN_PUBLISHED_TITLE = 8;
/** An attachment's title that says it lists bodies' duties: `成员单位职责`, `部门职责分工`, `工作职责`. */
const DUTIES_TITLE = /职责(?:分工)?$|职责清单$/u;
/** A duty after its body's colon: `：负责…`, `：承担…`. */
const DUTY_AFTER_COLON = /^:\s*(?:负责|承担|牵头|主要负责|具体负责)/u;
/** The members a list of duties has not named (`其他成员单位`, `其余有关部门`, `各成员单位`). */
const OTHER_MEMBERS = /^(?:其他|其余|各)(?:成员|有关|相关)?(?:部门|单位)/u;
/**
 * A paragraph that gives tasks by their numbers, opening with them (`第（一）项：A牵头，B配合。`,
 * `第（六）、（七）项分别由A、B牵头`): a duty of its own, as a body's duty paragraph is, not the text
 * of the part that lists them.
 */
const opensWithTasks = (folded: string): boolean => /^第/u.test(folded) && taskReferences(folded)[0]?.start === 0;
