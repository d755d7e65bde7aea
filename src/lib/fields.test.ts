import { describe, expect, it } from 'vitest';
import { citedDocumentSchema, documentSchema, targetSchema, unitSchema } from '../model/index.ts';
import { readFileSync } from 'node:fs';
import {
  citedFields,
  dataFiles,
  departmentFields,
  documentFields,
  measureFields,
  targetFields,
  themeFields,
  thesaurusFields,
} from './fields.ts';

const names = (fields: Array<{ name: string }>) => fields.map((field) => field.name);

describe('field descriptions', () => {
  it('describe exactly the fields of the model schemas', () => {
    expect(names(measureFields).sort()).toEqual(Object.keys(unitSchema.shape).sort());
    expect(names(documentFields).sort()).toEqual(Object.keys(documentSchema.shape).sort());
    expect(names(targetFields).sort()).toEqual(Object.keys(targetSchema.shape).sort());
    expect(names(citedFields).sort()).toEqual(Object.keys(citedDocumentSchema.shape).sort());
  });
  it('describe exactly the fields the exports of registry data have (the generated corpus)', () => {
    const keys = (dataset: string) =>
      [
        ...new Set(
          (JSON.parse(readFileSync(`content/generated/data/${dataset}.json`, 'utf8')) as object[]).flatMap((record) =>
            Object.keys(record),
          ),
        ),
      ].sort();
    expect(names(departmentFields).sort()).toEqual(keys('departments'));
    expect(names(themeFields).sort()).toEqual(keys('themes'));
    expect(names(thesaurusFields).sort()).toEqual(keys('thesaurus'));
  });
  it('gives every field a description of its own, in Chinese, as the data page shows it', () => {
    for (const { dataset, fields } of dataFiles) {
      const descriptions = fields.map((field) => field.description);
      expect(new Set(descriptions).size, dataset).toBe(descriptions.length);
      for (const field of fields)
        expect(field.description, `${dataset}.${field.name}`).toMatch(/\p{Script=Han}{2}.*[。）]$/u);
    }
  });
});
