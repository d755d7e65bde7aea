/**
 * Word's automatic numbering written into the text. A paragraph Word numbers itself (its own
 * `w:numPr`, or its style's) shows `一、` or `（三）` on the page but holds none of it in its text,
 * and mammoth renders it as a bare list item: without its number the ingest cannot place the task
 * in the plan. So before mammoth reads the file, each numbered paragraph gets its label as text, as
 * Word would draw it (mammoth still renders it as a list item, which the lines do not show).
 *
 * Counting follows Word: one counter per list definition (w:abstractNum) and level, starting at
 * the level's `w:start` (or a `w:startOverride` of the list); a paragraph resets the counters of
 * the levels below its own. The label is the level's `w:lvlText` (`%1、`, `（%1）`, `%1.%2`) with
 * each `%n` written in its level's format (`chineseCounting` 一二三, `decimal`, `decimalEnclosedCircle`
 * ①…); a bullet level's text is written as it is. A label Word follows with a tab or a space
 * (`w:suff`) is followed by a space, unless it ends in a Chinese mark (`一、`, `（一）`).
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { toChineseNumeral } from '../../../src/model/ids.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

interface Lists {
  /** w:num id → its list definition and the start overrides of its levels. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** w:abstractNum id → its levels. */
  levels: Map<string, Map<number, Level>>;
  /** Paragraph style id → the numbering it gives its paragraphs. */
  styles: Map<string, { numId: string; level: number }>;
}

/** The .docx with its numbered paragraphs' labels as text; `notes` says how many, when any. */
export async function withNumbersAsText(bytes: Uint8Array, notes: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const documentFile = zip.file('word/document.xml');
  const numberingFile = zip.file('word/numbering.xml');
  if (!documentFile || !numberingFile) return bytes;
  const parser = new DOMParser();
  const lists = readLists(
    parser.parseFromString(await numberingFile.async('string'), 'text/xml'),
    zip.file('word/styles.xml') &&
      parser.parseFromString(await zip.file('word/styles.xml')!.async('string'), 'text/xml'),
  );
  const document = parser.parseFromString(await documentFile.async('string'), 'text/xml');
  const written = writeLabels(document, lists);
  if (!written) return bytes;
  notes.push(`Word 自动编号：${written} 个段落的编号写入正文。`);
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: 'uint8array' });
}

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );
const child = (element: Element | undefined, name: string): Element | undefined =>
  element && children(element, name)[0];
const value = (element: Element | undefined): string | undefined =>
  element?.getAttributeNS(W, 'val') || element?.getAttribute('w:val') || undefined;
const attribute = (element: Element, name: string): string =>
  element.getAttributeNS(W, name) || element.getAttribute(`w:${name}`) || '';

function readLists(numbering: Document, styles: Document | undefined | null): Lists {
  const levels = new Map<string, Map<number, Level>>();
  for (const abstract of Array.from(numbering.getElementsByTagNameNS(W, 'abstractNum'))) {
    const byLevel = new Map<number, Level>();
    for (const level of children(abstract, 'lvl'))
      byLevel.set(Number(attribute(level, 'ilvl') || 0), {
        start: Number(value(child(level, 'start')) ?? 1),
        format: value(child(level, 'numFmt')) ?? 'decimal',
        text: value(child(level, 'lvlText')) ?? '',
        suffix: value(child(level, 'suff')) ?? 'tab',
      });
    levels.set(attribute(abstract, 'abstractNumId'), byLevel);
  }
  const nums: Lists['nums'] = new Map();
  for (const num of Array.from(numbering.getElementsByTagNameNS(W, 'num'))) {
    const starts = new Map<number, number>();
    for (const override of children(num, 'lvlOverride')) {
      const start = value(child(override, 'startOverride'));
      if (start !== undefined) starts.set(Number(attribute(override, 'ilvl') || 0), Number(start));
    }
    nums.set(attribute(num, 'numId'), { abstract: value(child(num, 'abstractNumId')) ?? '', starts });
  }
  const byStyle: Lists['styles'] = new Map();
  for (const style of styles ? Array.from(styles.getElementsByTagNameNS(W, 'style')) : []) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    const numId = value(child(numPr, 'numId'));
    if (numId) byStyle.set(attribute(style, 'styleId'), { numId, level: Number(value(child(numPr, 'ilvl')) ?? 0) });
  }
  return { nums, levels, styles: byStyle };
}

/** Writes every numbered paragraph's label into its text; returns how many it wrote. */
function writeLabels(document: Document, lists: Lists): number {
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  let written = 0;
  for (const paragraph of Array.from(document.getElementsByTagNameNS(W, 'p'))) {
    const properties = child(paragraph, 'pPr');
    const numPr = child(properties, 'numPr');
    const styled = lists.styles.get(value(child(properties, 'pStyle')) ?? '');
    const numId = value(child(numPr, 'numId')) ?? styled?.numId;
    // numId 0 is Word's way of saying "not numbered" over a style that numbers.
    if (!numId || numId === '0') continue;
    const level = Number(value(child(numPr, 'ilvl')) ?? styled?.level ?? 0);
    const num = lists.nums.get(numId);
    const levels = num && lists.levels.get(num.abstract);
    const format = levels?.get(level);
    if (!num || !levels || !format) continue;
    const count = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, count);
    const startOf = (at: number) => num.starts.get(at) ?? levels.get(at)?.start ?? 1;
    // A list (w:num) that overrides a level's start restarts it where it is first used.
    const restarts = !started.has(`${numId}:${level}`) && num.starts.has(level);
    count[level] = count[level] === undefined || restarts ? startOf(level) : count[level]! + 1;
    started.add(`${numId}:${level}`);
    // The levels below this one count afresh under it.
    count.length = level + 1;
    const label = format.text.replace(/%([1-9])/gu, (_, n: string) => {
      const at = Number(n) - 1;
      return formatNumber(count[at] ?? startOf(at), levels.get(at)?.format ?? 'decimal');
    });
    if (!label) continue;
    const run = document.createElementNS(W, 'w:r');
    const text = run.appendChild(document.createElementNS(W, 'w:t'));
    text.setAttribute('xml:space', 'preserve');
    // A label ending in a Chinese mark (`一、`, `（一）`) needs no space before the text.
    const spaced = format.suffix !== 'nothing' && /[\x21-\x7e]$/u.test(label);
    text.appendChild(document.createTextNode(spaced ? `${label} ` : label));
    paragraph.insertBefore(run, properties ? properties.nextSibling : paragraph.firstChild);
    written++;
  }
  return written;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾'];

/** A counter in a level's number format, as Word draws it. */
export function formatNumber(count: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return toChineseNumeral(count);
    case 'chineseLegalSimplified':
      return count <= 10 ? LEGAL[count]! : String(count);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[count - 1] ?? String(count);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(count).replace(/\d/gu, (digit) => String.fromCodePoint(0xff10 + Number(digit)));
    case 'lowerLetter':
      return String.fromCodePoint(0x60 + (((count - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCodePoint(0x40 + (((count - 1) % 26) + 1));
    case 'none':
      return '';
    default:
      return String(count);
  }
}
