/**
 * Id helpers shared by ingest, site and the search page: ids are URL-safe ASCII, the Chinese title is
 * the label. No zod here (the schemas are id-schemas.ts): the search page's script imports these, and
 * schemas built at module level would carry zod into it.
 */

/** Site-relative path of a document page (no base). */
export const documentPath = (documentId: string) => `/documents/${documentId}/`;

/** The part of a unit id after its document's: `2-8` of `shanxi-2015-plan/2-8`; its anchor on the document page. */
export const localId = (unitId: string): string => unitId.slice(unitId.indexOf('/') + 1);

/**
 * Site-relative address of a unit (no base): its anchored block on its document's page,
 * `/documents/shanxi-2015-plan/#2-8`, which opens on the unit inside its document. Units have no page
 * of their own: at a thousand documents, 24,000 unit pages were most of the site's files and bytes
 * and repeated what the document page shows. The address is stable: it changes only if the document's
 * id or the unit's numbering does.
 */
export const unitPath = (unitId: string) => `${documentPath(unitId.slice(0, unitId.indexOf('/')))}#${localId(unitId)}`;

/** `/measures/<document>/<unit>/`: the unit pages earlier builds wrote; the 404 page forwards them to unitPath. */
export const LEGACY_UNIT_PATH = /\/measures\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/u;

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `十八` → 18, `二十三` → 23, `一百零五` → 105; undefined when not a Chinese numeral. */
export function chineseNumeralValue(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CHINESE_DIGITS[char]!;
    }
  }
  return total + current;
}

/** 18 → `十八`, 23 → `二十三`, 105 → `一百零五` (1…999). */
export function toChineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value]!;
  if (value < 20) return `十${value % 10 ? digits[value % 10] : ''}`;
  if (value < 100) return `${digits[Math.floor(value / 10)]}十${value % 10 ? digits[value % 10] : ''}`;
  const rest = value % 100;
  const hundreds = `${digits[Math.floor(value / 100)]}百`;
  if (rest === 0) return hundreds;
  return rest < 10 ? `${hundreds}零${digits[rest]}` : `${hundreds}${rest < 20 ? '一' : ''}${toChineseNumeral(rest)}`;
}
