import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sidecarSchema } from '../../../src/model/index.ts';
import { parseYaml } from './parse-yaml.ts';

const SIDECAR = `title: 测试方案
issuer: { value: x, inferred: true, basis: fixture }
province: shanxi
date: '2015'
type: 实施方案
period: '2015'
`;

const messages = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);

describe('parseYaml: unknown keys', () => {
  it('knows every key of the schema it is given, including keys added later', () => {
    // A key another part of the project may add: the known keys come from the schema, not a list.
    const extended = sidecarSchema.extend({ acknowledge: z.array(z.string()).default([]) });
    const file = new VFile({ path: 'x.yml', value: `${SIDECAR}acknowledge: [sidecar:unstated]\n` });
    expect(parseYaml(file, extended, 'sidecar:invalid').value?.acknowledge).toEqual(['sidecar:unstated']);
    expect(messages(file)).toEqual([]);
    const typo = new VFile({ path: 'x.yml', value: `${SIDECAR}acknowlege: [sidecar:unstated]\n` });
    parseYaml(typo, extended, 'sidecar:invalid');
    expect(messages(typo)).toEqual([
      '7:1 Unexpected key `acknowlege` (its value is ignored), expected a known key: did you mean `acknowledge`?',
    ]);
  });

  it('checks the object form of a metadata value and the entries of a list', () => {
    const file = new VFile({
      path: 'x.yml',
      value: SIDECAR.replace('basis: fixture', 'basis: fixture, bassis: typo'),
    });
    parseYaml(file, sidecarSchema, 'sidecar:invalid');
    expect(messages(file)).toEqual([
      '2:53 Unexpected key `bassis` (its value is ignored), expected a known key: did you mean `basis`?',
    ]);
    const list = new VFile({ path: 'l.yml', value: '- id: a\n  name: x\n  order: 1\n  keyword: [y]\n' });
    parseYaml(
      list,
      z.array(
        z.object({ id: z.string(), name: z.string(), order: z.number(), keywords: z.array(z.string()).default([]) }),
      ),
      'ingest:registry',
    );
    expect(messages(list)).toEqual([
      '4:3 Unexpected key `keyword` (its value is ignored), expected a known key: did you mean `keywords`?',
    ]);
  });
});
