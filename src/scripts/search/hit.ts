/**
 * One search result as the page shows it: number and title linking to the unit's address (its
 * block on its document page; no text fragment, which would jump to the first match on the page,
 * perhaps another unit's), province, document, kind, the document's status
 * badge (the look of StatusBadge.astro), the excerpt with every match marked, how a related result
 * was reached, and the departments (those reached through the query marked).
 */
import { excerpt } from '../../lib/search/highlight.ts';
import { isStatus } from '../../lib/search/status.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { ShownHit } from '../../lib/search/view.ts';
import { statusClasses } from '../../lib/status-tone.ts';
import { joinBase } from '../../lib/url.ts';
import { unitPath } from '../../model/ids.ts';
import { el } from './dom.ts';

/** The list item of a result; `base`: the site's base path; `asOf`: the date statuses are as of (tooltip). */
export function renderHit(hit: ShownHit, base: string, asOf: string): HTMLLIElement {
  const href = joinBase(base, unitPath(hit.id));
  const title = el(
    'a',
    { href },
    ...(hit.number ? [el('span', { class: 'num' }, hit.number)] : []),
    el('bdi', {}, hit.title),
  );
  const meta = el(
    'p',
    { class: 'search-hit-meta small muted' },
    `${hit.province} · `,
    el('a', { href: `${base}documents/${hit.docId}/` }, `《${hit.docName}》`),
    ` · ${hit.kind}`,
  );
  if (isStatus(hit.status)) {
    const badge = el('span', { class: statusClasses(hit.status), 'data-status': hit.status }, hit.status);
    if (asOf) badge.title = S.statusAsOf(asOf);
    meta.append(' ', badge);
  }
  const text = el('p', { class: 'search-hit-excerpt' });
  for (const segment of excerpt(hit.text, hit.ranges))
    text.append(segment.mark ? el('mark', {}, segment.text) : segment.text);
  const item = el(
    'li',
    { class: 'search-hit', 'data-unit': hit.id },
    el('h2', { class: 'search-hit-title' }, title),
    meta,
    text,
  );
  if (hit.via) item.append(el('p', { class: 'search-hit-via small', 'data-via': '' }, S.via(hit.via)));
  if (hit.depts.length > 0) {
    const depts = el('p', { class: 'search-hit-depts small' }, S.departments);
    hit.depts.forEach((d, i) => {
      if (i > 0) depts.append('、');
      depts.append(d.alias ? el('mark', {}, d.name) : d.name);
    });
    item.append(depts);
  }
  return item;
}
