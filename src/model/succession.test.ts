import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { departmentsFileSchema } from './registry.ts';
import type { DepartmentHistory } from './succession.ts';
import { historyProblems, successionCycles } from './succession.ts';

const REGISTRY = fileURLToPath(new URL('../../content/registry/departments.yml', import.meta.url));
const registry = departmentsFileSchema.parse(parse(readFileSync(REGISTRY, 'utf8')));

const body = (id: string, extra: Partial<DepartmentHistory> = {}): DepartmentHistory => ({
  id,
  name: id,
  aliases: [id],
  ...extra,
});

describe('historyProblems', () => {
  it('accepts a chain of successions and former names that are aliases', () => {
    const departments = [
      body('a', { dissolved: 2018, succeededBy: [{ id: 'b', year: 2018 }] }),
      body('b', { established: 2018, aliases: ['b', '旧名'], formerNames: [{ name: '旧名', until: 2010 }] }),
    ];
    expect(historyProblems(departments)).toEqual([]);
  });

  it('reports an unknown successor at its place', () => {
    expect(historyProblems([body('a', { succeededBy: [{ id: 'nowhere', year: 2018 }] })])).toEqual([
      {
        path: [0, 'succeededBy', 0, 'id'],
        message: 'unknown successor `nowhere`, expected the id of a department of this file',
      },
    ]);
  });

  it('reports a cycle once, from its first department', () => {
    const departments = [
      body('a', { succeededBy: [{ id: 'b', year: 2009 }] }),
      body('b', { succeededBy: [{ id: 'c', year: 2013 }] }),
      body('c', { succeededBy: [{ id: 'a', year: 2018 }] }),
      body('d', { succeededBy: [{ id: 'a', year: 2004 }] }),
    ];
    expect(successionCycles(departments)).toEqual([['a', 'b', 'c', 'a']]);
    expect(historyProblems(departments).map((problem) => problem.message)).toEqual([
      'succession cycle a → b → c → a, expected successors to lead away from a department',
    ]);
  });

  it('reports a department succeeding itself', () => {
    expect(successionCycles([body('a', { succeededBy: [{ id: 'a', year: 2018 }] })])).toEqual([['a', 'a']]);
  });

  it('reports a former name missing from the aliases, and dissolution before establishment', () => {
    const problems = historyProblems([
      body('a', { established: 2018, dissolved: 2009, formerNames: [{ name: '旧名', until: 2009 }] }),
    ]);
    expect(problems.map((problem) => problem.path)).toEqual([
      [0, 'dissolved'],
      [0, 'formerNames', 0, 'name'],
    ]);
  });

  it('makes departmentsFileSchema reject an inconsistent file', () => {
    const result = departmentsFileSchema.safeParse([
      { id: 'a', name: '甲', kind: 'department', aliases: ['甲'], succeededBy: [{ id: 'b', year: 2018 }] },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[0, 'succeededBy', 0, 'id']]);
  });
});

describe('the registry of content/registry/departments.yml', () => {
  it('has only known successors, no succession cycle and former names among the aliases', () => {
    expect(historyProblems(registry)).toEqual([]);
    expect(successionCycles(registry)).toEqual([]);
  });

  it('names the successors of the bodies the 2018 reorganisation merged', () => {
    const successors = (id: string) =>
      registry.find((department) => department.id === id)?.succeededBy?.map((s) => s.id);
    expect(successors('quality-supervision')).toEqual(['market-regulation']);
    expect(successors('industry-commerce')).toEqual(['market-regulation']);
    expect(successors('food-drug')).toEqual(['market-regulation', 'drug-administration']);
    expect(successors('economy-trade')).toEqual(['commerce', 'state-assets', 'industry-information']);
    expect(successors('health')).toEqual(['health-commission']);
    expect(successors('banking-regulation')).toEqual(['banking-insurance-regulation']);
    expect(successors('banking-insurance-regulation')).toEqual(['financial-regulation']);
  });

  it('keeps the successors of dissolved bodies in existence after the handover', () => {
    const byId = new Map(registry.map((department) => [department.id, department]));
    for (const department of registry) {
      for (const successor of department.succeededBy ?? []) {
        const next = byId.get(successor.id)!;
        expect(next.established ?? 0, `${department.id} → ${next.id}`).toBeLessThanOrEqual(successor.year);
        expect(next.dissolved ?? Infinity, `${department.id} → ${next.id}`).toBeGreaterThan(successor.year);
      }
    }
  });
});
