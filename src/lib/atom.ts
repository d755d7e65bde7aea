/**
 * An Atom feed (RFC 4287) of the editors' notes. Links are absolute when the site URL is configured
 * and site-relative otherwise (no made-up host); entry ids are tag URIs, stable whatever the host.
 */
import type { NoteEntry } from '../model/index.ts';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

export interface FeedOptions {
  title: string;
  /** Address of the feed and of the notes page, already with base (and host, when known). */
  self: string;
  alternate: string;
  /** Address of one note's page. */
  link: (id: string) => string;
}

/** `2026-12-02` → the instant Atom wants: midnight, China Standard Time. */
const instant = (date: string) => `${date}T00:00:00+08:00`;

export function notesFeed(notes: readonly NoteEntry[], options: FeedOptions): string {
  const updated = notes.reduce((latest, note) => (note.date > latest ? note.date : latest), '1970-01-01');
  const entries = notes.map((note) =>
    [
      '  <entry>',
      `    <id>tag:policy-kb,${note.date}:notes/${escape(note.id)}</id>`,
      `    <title>${escape(note.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(options.link(note.id))}"/>`,
      `    <updated>${instant(note.date)}</updated>`,
      `    <author><name>${escape(note.author)}</name></author>`,
      `    <summary>${escape(note.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>tag:policy-kb,2026:notes</id>`,
    `  <title>${escape(options.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(options.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(options.alternate)}"/>`,
    `  <updated>${instant(updated)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
