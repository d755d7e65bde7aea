/** The Atom feed of the editors' notes, newest first (src/lib/atom.ts). */
import type { APIRoute } from 'astro';
import { notesFeed } from '../../lib/atom.ts';
import { loadNotes } from '../../lib/load.ts';
import { href, paths } from '../../lib/url.ts';
import { ui } from '../../ui-strings.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => (site ? new URL(href(path), site).href : href(path));
  const body = notesFeed(await loadNotes(), {
    title: `${ui.siteName} · ${ui.notesTitle}`,
    self: url(paths.notesFeed()),
    alternate: url(paths.notes()),
    link: (id) => url(paths.note(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
