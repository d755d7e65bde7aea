import { describe, expect, it } from 'vitest';
import type { NoteEntry } from '../model/index.ts';
import { notesFeed } from './atom.ts';
import { sampleCorpus } from './fixtures.ts';
import { chosenProvinces, newestFirst, noteConcerns, notesCiting } from './notes.ts';

const note = (id: string, date: string, extra: Partial<NoteEntry> = {}): NoteEntry => ({
  id,
  title: `${id} 标题`,
  author: '编辑部',
  date,
  summary: `${id} <摘要> & 说明`,
  documents: [],
  measures: [],
  departments: [],
  themes: [],
  ...extra,
});

const notes = newestFirst([
  note('b-older', '2026-01-01', { measures: ['shanxi-plan/1-1'] }),
  note('a-newer', '2026-02-01', { departments: ['qs'] }),
  note('c-newer', '2026-02-01', { measures: ['shanxi-plan/1-1'], documents: ['shanxi-plan'] }),
]);

describe('notes', () => {
  it('lists the newest first, a day’s notes by id, and the notes citing a subject', () => {
    expect(notes.map((n) => n.id)).toEqual(['a-newer', 'c-newer', 'b-older']);
    expect(notesCiting(notes, 'measures', 'shanxi-plan/1-1').map((n) => n.id)).toEqual(['c-newer', 'b-older']);
    expect(notesCiting(notes, 'themes', 'brand')).toEqual([]);
  });

  it('chooses the given provinces, or all of them', () => {
    expect(chosenProvinces('jilin  henan')('henan')).toBe(true);
    expect(chosenProvinces('jilin henan')('shanxi')).toBe(false);
    expect(chosenProvinces(undefined)('shanxi')).toBe(true);
  });

  it('links what a note concerns and refuses an id the data does not have', () => {
    const corpus = sampleCorpus();
    expect(noteConcerns(corpus, notes[1]!).map((link) => link.path)).toEqual([
      '/documents/shanxi-plan/',
      '/documents/shanxi-plan/#1-1',
    ]);
    expect(() => noteConcerns(corpus, note('x', '2026-01-01', { themes: ['nope'] }))).toThrow(/theme nope/);
  });

  it('writes an Atom feed, newest first, its text escaped', () => {
    const feed = notesFeed(notes, {
      title: '解读',
      self: '/notes/feed.xml',
      alternate: '/notes/',
      link: (id) => `/notes/${id}/`,
    });
    expect(feed).toContain('<updated>2026-02-01T00:00:00+08:00</updated>\n  <entry>');
    expect(feed.match(/<id>tag:policy-kb,[^<]+<\/id>/g)).toEqual([
      '<id>tag:policy-kb,2026:notes</id>',
      '<id>tag:policy-kb,2026-02-01:notes/a-newer</id>',
      '<id>tag:policy-kb,2026-02-01:notes/c-newer</id>',
      '<id>tag:policy-kb,2026-01-01:notes/b-older</id>',
    ]);
    expect(feed).toContain('<summary>a-newer &lt;摘要&gt; &amp; 说明</summary>');
  });
});
