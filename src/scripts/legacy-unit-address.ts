/**
 * On the 404 page: a link to a unit page of an earlier build (`measures/<document>/<unit>/`) is
 * forwarded to the unit's address on its document page, so links shared before units moved there
 * still open on the unit. Static hosts serve 404.html for every missing path, so this needs no
 * server rule; without JavaScript the page still offers search and browsing.
 */
import { LEGACY_UNIT_PATH, unitPath } from '../model/ids.ts';
import { href } from '../lib/url.ts';

const match = LEGACY_UNIT_PATH.exec(decodeURIComponent(location.pathname));
if (match) location.replace(href(unitPath(`${match[1]}/${match[2]}`)));
