/**
 * Drafts the sidecar of a received text: reads its frame (title, notice wrapper, issuer, date,
 * 文号) and proposes type, period, province and id. Every value is stated (with the line it is
 * written on) or inferred (with a Chinese basis); flags given by a person override any of them.
 * A required value the text does not give is built from what the body says (draft/fallback.ts) and
 * marked inferred with a basis asking for a check; only a text with no province at all stops the
 * draft with a DraftError naming the flag to pass.
 */
import { parse } from 'yaml';
import { documentTypes, sidecarSchema } from '../../src/model/index.ts';
import type { Province, Sidecar } from '../../src/model/index.ts';
import { draftDate, draftDocNumber, draftIssuer, draftPeriod, draftTitle } from './draft/fields.ts';
import { readAdoption, readOrderMasthead } from './draft/adoption.ts';
import { readIssueNote } from './draft/issue-note.ts';
import type { FieldContext } from './draft/fields.ts';
import { DraftError, FlagError } from './draft/errors.ts';
import { readHeader } from './draft/header.ts';
import { isValidId, proposeId } from './draft/id.ts';
import { readLines } from './draft/lines.ts';
import { MANUAL_BASIS } from './draft/manual.ts';
import { fallbackDate, fallbackIssuer, fallbackTitle, fallbackType } from './draft/fallback.ts';
import { findProvince, provinceInTitle, provinceOfIssuer, provinceOfText } from './draft/province.ts';
import { readStandardCover } from './draft/standard-cover.ts';
import { readTitle } from './draft/title.ts';
import { isDocumentType, typeOfTitle } from './draft/type.ts';
import { readValidity } from './draft/validity.ts';
import { sidecarYaml } from './draft/yaml.ts';
import type { Drafted, DraftedFields } from './draft/yaml.ts';

export { DraftError, FlagError } from './draft/errors.ts';

export interface DraftOptions {
  provinces: Province[];
  /** Ids already in the sources folder: the proposed id avoids them. */
  existingIds: string[];
  /** Values given by a person: id, title, issuer, date, docNumber, type, period, province. */
  overrides?: Partial<Record<string, string>>;
  /** Provenance note for the sidecar's `note`. */
  note?: string;
}

export interface Draft {
  id: string;
  sidecar: Sidecar;
  yaml: string;
  /** Plain notes of what was not found in the text (`未找到文号：…`). */
  missing: string[];
}

export function draftSidecar(text: string, options: DraftOptions): Draft {
  const lines = readLines(text);
  const header = readHeader(lines);
  const overrides = options.overrides ?? {};
  const context: FieldContext = {
    lines,
    header,
    titles: readTitle(lines, header.title),
    adoption: readAdoption(lines),
    order: readOrderMasthead(lines),
    cover: readStandardCover(lines),
    issueNote: readIssueNote(lines),
    provinces: options.provinces,
    overrides,
    missing: [],
    needed: [],
  };
  const evidence = provinceOfText(text, options.provinces);
  const textProvince = evidence && !evidence.weak ? evidence.province : undefined;
  const title = draftTitle(context) ?? (!overrides.title ? fallbackTitle(lines, textProvince) : undefined);
  const docNumber = draftDocNumber(context);
  const issuer =
    draftIssuer(context, docNumber) ??
    (textProvince && !overrides.issuer ? fallbackIssuer(textProvince, title?.value, lines) : undefined);
  const date = draftDate(context, docNumber, title) ?? (!overrides.date ? fallbackDate(lines) : undefined);
  const type = title && draftType(title, overrides, context, lines);
  const province = draftProvince(text, issuer, title, options.provinces, context);
  if (!title || !issuer || !date || !type || !province) throw new DraftError(context.missing, context.needed);
  // What a fallback filled is no longer needed from a person; the notes of what was missing stay.
  context.needed.length = 0;
  const period = draftPeriod(context, title, date);

  const id = overrides.id ?? proposeId(province.value, date.value.slice(0, 4), type.value, options.existingIds);
  if (!isValidId(id))
    throw new FlagError(`--id \`${id}\`: expected lower-case ASCII words joined by "-", e.g. hebei-2023-scheme`);
  const validity = readValidity(lines, date, context.cover);
  const fields: DraftedFields = {
    title,
    issuer,
    province,
    date,
    docNumber,
    type,
    period,
    ...validity,
    note: options.note,
  };
  const yaml = sidecarYaml(fields, context.missing);
  // Read back what was written: the YAML itself must be a valid sidecar for the ingest's loader.
  const sidecar = sidecarSchema.parse(parse(yaml));
  return { id, sidecar, yaml, missing: context.missing };
}

function draftType(
  title: Drafted,
  overrides: Partial<Record<string, string>>,
  context: FieldContext,
  lines: ReturnType<typeof readLines>,
) {
  if (overrides.type) {
    if (!isDocumentType(overrides.type))
      throw new FlagError(`--type \`${overrides.type}\`: expected one of ${documentTypes.join('、')}`);
    return { value: overrides.type, comment: 'given with --type' };
  }
  if (context.cover)
    return { value: '标准' as const, lines: context.cover.code.lines, comment: 'the code on its cover' };
  const type = typeOfTitle(title.value);
  if (type) return { value: type, lines: title.stated ? title.lines : undefined, comment: 'the end of the title' };
  const fallback = fallbackType(title.value, lines);
  context.missing.push(
    `未能从标题判断文种：标题“${title.value}”不以 ${documentTypes.join('、')} 之一结尾；已按正文推定为 ${fallback}。`,
  );
  return { value: fallback, comment: 'what the body calls itself' };
}

function draftProvince(
  text: string,
  issuer: Drafted | undefined,
  title: Drafted | undefined,
  provinces: Province[],
  context: FieldContext,
): Drafted | undefined {
  const { overrides } = context;
  const byIssuer = issuer && provinceOfIssuer(issuer.value, provinces);
  const byTitle = title && provinceInTitle(title.value, provinces);
  if (overrides.province) {
    const province = findProvince(overrides.province, provinces);
    if (!province)
      throw new FlagError(
        `--province \`${overrides.province}\`: expected an id or name of content/registry/provinces.yml`,
      );
    const source = [issuer, title].find(
      (field, index) => field?.stated && (index === 0 ? byIssuer : byTitle)?.id === province.id,
    );
    return source?.stated
      ? { value: province.id, stated: true, lines: source.lines }
      : { value: province.id, stated: false, basis: MANUAL_BASIS };
  }
  const named = [
    { field: issuer, province: byIssuer, what: '发文机关', word: 'issuer' },
    { field: title, province: byTitle, what: '标题', word: 'title' },
  ].filter((entry) => entry.field && entry.province);
  const stated = named.find((entry) => entry.field!.stated);
  if (stated?.field?.stated)
    return {
      value: stated.province!.id,
      stated: true,
      lines: stated.field.lines,
      comment: `named by the ${stated.word}`,
    };
  const given = named[0];
  const field = given?.field;
  if (given && field && !field.stated) {
    const basis =
      field.basis === MANUAL_BASIS
        ? `取自${MANUAL_BASIS}的${given.what}“${field.value}”`
        : `取自推定的${given.what}“${field.value}”（${field.basis}）`;
    return { value: given.province!.id, stated: false, basis };
  }
  const found = provinceOfText(text, provinces);
  if (found?.weak) {
    context.missing.push(`未找到省份：发文机关和标题都未写明省份，文中只有一处地名（${found.evidence}），不足以推定。`);
    context.needed.push('--province');
    return undefined;
  }
  if (found) {
    context.missing.push(`未找到省份：发文机关和标题都未写明省份；已据文中名称推定为 ${found.province.name}。`);
    return {
      value: found.province.id,
      stated: false,
      basis: `原文发文机关和标题未载明省份，据文中地名、机构名和文号前缀推定（${found.evidence}）`,
    };
  }
  context.missing.push('未找到省份：发文机关、标题和正文中都没有省份名称、地名或文号前缀。');
  context.needed.push('--province');
  return undefined;
}
