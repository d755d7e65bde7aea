/**
 * Units of the issuing body that its own document names without it: a department's divisions, local
 * bureaus and institutions (`质量发展处牵头`, `各县区局`, `厅公路局`), a township's offices (`经发办`,
 * `社会事务办`). They act for the issuer, and are filed under it with an info message; only names the
 * registry does not know are asked about (resolve-departments.ts).
 */
import { endsAsName } from './name-lists.ts';
import { fold } from '../../src/model/fold.ts';
import type { DepartmentIndex, Resolution } from './department-index.ts';
import { DIVISION, OWN_BUREAUS, TOWNSHIP_GOVERNMENTS, TOWNSHIP_OFFICE } from './unregistered-names.ts';

/** The issuer's body a unit named `written` belongs to, and the message that says so; undefined for none. */
export function issuersUnit(
  written: string,
  issuer: string | undefined,
  index: DepartmentIndex,
  /** Who `issuer` is: the document's issuer, or the body whose divisions a part lists (a 三定规定's). */
  whose: 'issuer' | 'lister' = 'issuer',
): { body: Resolution; message: string } | undefined {
  if (!issuer) return undefined;
  // In a body's list of its divisions, any body's name is one (`应急指挥中心（风险监测和综合减灾科）`).
  const listed = whose === 'lister' && endsAsName(fold(written).replace(/\([^()]*\)$/u, '')) ? DIVISION : undefined;
  const shape = index.namesProvince(written)
    ? undefined
    : ([DIVISION, OWN_BUREAUS].find((pattern) => pattern.test(fold(written))) ?? listed);
  // Only a bureau has bureaus inside it (`执法稽查局`): a government's office does not (`前海管理局`), but
  // a department names its own by its kind (`厅公路局` in a 交通运输厅's plan).
  const ending = issuer.trim().at(-1) ?? '';
  const own =
    shape === DIVISION &&
    /局$/u.test(written) &&
    ending !== '局' &&
    !(/[厅委]/u.test(ending) && written.startsWith(ending))
      ? undefined
      : shape;
  const body = own ? index.resolve(fold(issuer)) : undefined;
  if (body?.department.kind === 'department') {
    const found =
      own === DIVISION
        ? `division \`${written}\` named without its body, expected a department; read as a division`
        : `local bureaus or institutions \`${written}\` named without their body, expected a department; read as those`;
    const of =
      whose === 'issuer'
        ? `the issuer ${issuer} (${body.department.name})`
        : `${issuer} (${body.department.name}), whose divisions its part lists`;
    return { body, message: `Unexpected ${found} of ${of}` };
  }
  // A township's own document names its offices: of a joint issuer (`中共云溪镇委员会 云溪镇人民政府`), any body.
  const township = TOWNSHIP_OFFICE.test(fold(written))
    ? issuer
        .split(/[\s、,，]+/u)
        .map((name) => index.resolve(fold(name)))
        .find((name) => name?.department.id === TOWNSHIP_GOVERNMENTS)
    : undefined;
  return township
    ? {
        body: township,
        message: `Unexpected office \`${written}\` named without its township, expected a department; read as an office of the issuer ${issuer}`,
      }
    : undefined;
}
