/**
 * What the start file knows of every unit (format.ts StartFile): its document, province, status,
 * kind, themes and departments. The sharded engine answers filters, filter counts and department
 * aliases from these alone, without fetching anything.
 */
import type { Group } from '../filter-groups.ts';
import type { StartFile } from './format.ts';
import { unpackCodes, unpackLists } from './string-codes.ts';
import { union } from './sets.ts';

export class UnitFacets {
  /** Per unit: document, kind, themes, departments (sorted). */
  readonly docOf: Int32Array;
  readonly kindOf: Uint16Array;
  /** Per document: its province, its status (−1: none). */
  readonly provinceOf: Int32Array;
  readonly statusOf: Int32Array;
  readonly themesOf: number[][];
  readonly deptsOf: number[][];
  private readonly units: number;
  private readonly deptUnits = new Map<number, number[]>();

  constructor(start: StartFile) {
    const n = start.units;
    this.units = n;
    this.docOf = new Int32Array(n);
    let u = 0;
    for (let i = 0; i + 1 < start.docRuns.length; i += 2) {
      this.docOf.fill(start.docRuns[i]!, u, u + start.docRuns[i + 1]!);
      u += start.docRuns[i + 1]!;
    }
    if (u !== n) throw new Error(`search index: ${u} units in docRuns, expected ${n}`);
    this.kindOf = Uint16Array.from(unpackCodes(start.kinds));
    this.provinceOf = Int32Array.from(start.meta.documents, (d) => d.province);
    this.statusOf = Int32Array.from(start.meta.documents, (d) => d.status ?? -1);
    this.themesOf = unpackLists(start.themes, n);
    this.deptsOf = unpackLists(start.depts, n);
  }

  /** Units for which any of the departments is responsible, sorted. */
  unitsOfDepartments(depts: readonly number[]): number[] {
    let out: number[] = [];
    for (const d of depts) {
      let units = this.deptUnits.get(d);
      if (!units) {
        units = [];
        for (let u = 0; u < this.units; u++) if (this.deptsOf[u]!.includes(d)) units.push(u);
        this.deptUnits.set(d, units);
      }
      out = union(out, units);
    }
    return out;
  }

  /** Adds one unit to the counts of a group (no allocation: this runs for every matching unit). */
  count(group: Group, unit: number, counts: number[]): void {
    switch (group) {
      case 'status': {
        const s = this.statusOf[this.docOf[unit]!]!;
        if (s >= 0) counts[s]!++;
        return;
      }
      case 'province': {
        const p = this.provinceOf[this.docOf[unit]!]!;
        if (p >= 0) counts[p]!++;
        return;
      }
      case 'doc':
        counts[this.docOf[unit]!]!++;
        return;
      case 'kind':
        counts[this.kindOf[unit]!]!++;
        return;
      case 'dept':
        for (const d of this.deptsOf[unit]!) counts[d]!++;
        return;
      case 'theme':
        for (const t of this.themesOf[unit]!) counts[t]!++;
        return;
    }
  }

  /** The values a unit has in a group. */
  values(group: Group, unit: number): readonly number[] {
    switch (group) {
      case 'status':
        return [this.statusOf[this.docOf[unit]!]!];
      case 'province':
        return [this.provinceOf[this.docOf[unit]!]!];
      case 'dept':
        return this.deptsOf[unit]!;
      case 'theme':
        return this.themesOf[unit]!;
      case 'doc':
        return [this.docOf[unit]!];
      case 'kind':
        return [this.kindOf[unit]!];
    }
  }
}
