/**
 * The province: named at the start of the issuer (`河北省人民政府办公厅`), else in the title; else
 * inferred from the names the text uses, with the same scoring the ingest checks it with
 * (inferProvince in scripts/ingest/check-metadata.ts).
 */
import { fold } from '../../../src/model/fold.ts';
import type { Province } from '../../../src/model/index.ts';
import { inferProvince } from '../../ingest/check-metadata.ts';

/** The names of a province as they open an issuer or occur in a title (never a one-character 简称). */
const namesOf = (province: Province) => [province.name, ...province.shortNames.filter((name) => name.length >= 2)];

/** The province whose name opens `issuer`. */
export function provinceOfIssuer(issuer: string, provinces: Province[]): Province | undefined {
  const text = fold(issuer);
  return provinces.find((province) => namesOf(province).some((name) => text.startsWith(fold(name))));
}

/** The province named in `title`, when exactly one is. */
export function provinceInTitle(title: string, provinces: Province[]): Province | undefined {
  const text = fold(title);
  const named = provinces.filter((province) => namesOf(province).some((name) => text.includes(fold(name))));
  return named.length === 1 ? named[0] : undefined;
}

/** The province the text points to, with the evidence in Chinese for the basis. */
export function provinceOfText(
  text: string,
  provinces: Province[],
): { province: Province; evidence: string } | undefined {
  const best = inferProvince(fold(text), provinces);
  const province = best && provinces.find((entry) => entry.id === best.id);
  return province && { province, evidence: best.evidence.join('、') };
}

/** A province given by a person: its id (`hebei`), full name (`河北省`) or a short name (`河北`). */
export function findProvince(value: string, provinces: Province[]): Province | undefined {
  const text = fold(value.trim());
  return provinces.find(
    (province) => province.id === text.toLowerCase() || namesOf(province).some((name) => fold(name) === text),
  );
}
