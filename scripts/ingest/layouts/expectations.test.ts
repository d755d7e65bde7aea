/**
 * The hand-written expectations themselves: each parses, gives every header field but docNumber, and
 * covers every non-blank line of its prepared text exactly once (the ingest's coverage rule), with
 * units in order. This checks the fixtures, not the pipeline.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.ts';
import { layoutIds, layoutsRoot } from './run-layouts.ts';

describe('layout expectations', () => {
  for (const id of layoutIds()) {
    it(id, async () => {
      const { text, expected } = await prepare(join(layoutsRoot, id));
      const lines = text.split(/\r\n|\r|\n/u);
      const held = new Map<number, number>();
      let previous = 0;
      for (const unit of expected.units) {
        expect(unit.startLine, `L${unit.startLine} after L${previous}`).toBeGreaterThan(previous);
        expect(unit.endLine).toBeGreaterThanOrEqual(unit.startLine);
        previous = unit.endLine;
        for (let line = unit.startLine; line <= unit.endLine; line++)
          if (lines[line - 1]?.trim()) held.set(line, (held.get(line) ?? 0) + 1);
        expect(lines[unit.startLine - 1]?.trim(), `L${unit.startLine} is blank`).toBeTruthy();
        expect(lines[unit.endLine - 1]?.trim(), `L${unit.endLine} is blank`).toBeTruthy();
      }
      const uncovered = lines.flatMap((line, index) => (line.trim() && held.get(index + 1) !== 1 ? [index + 1] : []));
      expect(uncovered, 'non-blank lines outside every unit').toEqual([]);
      for (const field of ['title', 'issuer', 'date', 'province', 'period'] as const)
        expect(expected.header[field], field).toBeTruthy();
      expect(lines.length).toBeGreaterThanOrEqual(30);
    });
  }
});
