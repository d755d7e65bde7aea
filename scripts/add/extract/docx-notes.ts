/**
 * A .docx's footnotes and endnotes as mammoth renders them: a marker in the text (`“渝快办”[1]平台`,
 * a link in <sup>) and the notes in a list at the end, each ending with a link back (`↑`). The marker
 * in the text would become part of a title or a target's metric (`“渝快办”[1]平台实名注册用户`); the
 * notes are the document's words. So the markers go, and each note is written at the end as a line
 * of its own, numbered as Word numbered it (`注1：“渝快办”是…`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';

const NOTE_ID = /^(?:footnote|endnote)-(\d+)$/u;
const NOTE_LINK = /^#(?:footnote|endnote)-\d+$/u;
const BACK_LINK = /^#(?:footnote|endnote)-ref-\d+$/u;

/** `tree` without the notes' markers, its notes as paragraphs at its end; how many notes. */
export function withNotesAtEnd(tree: Root): number {
  const notes: Array<{ number: string; text: string }> = [];
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      if (isMarker(child)) return [];
      const id = NOTE_ID.exec(String(child.properties.id ?? ''));
      if (child.tagName === 'li' && id) {
        dropBackLinks(child);
        notes.push({ number: id[1]!, text: toText(child).trim() });
        return [];
      }
      visit(child);
      return [child];
    });
  };
  visit(tree);
  for (const note of notes)
    tree.children.push({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: `注${note.number}：${note.text}` }],
    });
  return notes.length;
}

/** A note's marker: a link to the note, alone in its <sup> or by itself. */
function isMarker(node: Element): boolean {
  const link = (element: Element) => element.tagName === 'a' && NOTE_LINK.test(String(element.properties.href ?? ''));
  if (link(node)) return true;
  return (
    node.tagName === 'sup' &&
    node.children.length > 0 &&
    node.children.every((child) => child.type === 'element' && link(child))
  );
}

function dropBackLinks(node: Element): void {
  node.children = node.children.filter(
    (child) =>
      !(child.type === 'element' && child.tagName === 'a' && BACK_LINK.test(String(child.properties.href ?? ''))),
  );
  for (const child of node.children) if (child.type === 'element') dropBackLinks(child);
}
