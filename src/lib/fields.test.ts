import { describe, expect, it } from 'vitest';
import {
  citedDocumentSchema,
  departmentSchema,
  documentSchema,
  targetSchema,
  themeSchema,
  unitSchema,
} from '../model/index.ts';
import { citedFields, departmentFields, documentFields, measureFields, targetFields, themeFields } from './fields.ts';

const names = (fields: Array<{ name: string }>) => fields.map((field) => field.name);

describe('field descriptions', () => {
  it('describe exactly the fields of the model schemas', () => {
    expect(names(measureFields).sort()).toEqual(Object.keys(unitSchema.shape).sort());
    expect(names(documentFields).sort()).toEqual(Object.keys(documentSchema.shape).sort());
    expect(names(targetFields).sort()).toEqual(Object.keys(targetSchema.shape).sort());
    expect(names(citedFields).sort()).toEqual(Object.keys(citedDocumentSchema.shape).sort());
  });
  it('describe registry fields that exist, plus the export-only lists', () => {
    const department = [...Object.keys(departmentSchema.shape), 'localNames', 'measures', 'lead', 'predecessors'];
    for (const name of names(departmentFields)) expect(department).toContain(name);
    const theme = [...Object.keys(themeSchema.shape), 'primary', 'measures'];
    for (const name of names(themeFields)) expect(theme).toContain(name);
  });
  it('gives every field a description', () => {
    for (const field of [...measureFields, ...documentFields, ...targetFields, ...departmentFields, ...themeFields]) {
      expect(field.description.length).toBeGreaterThan(3);
    }
  });
});
