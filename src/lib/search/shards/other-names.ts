/**
 * The bodies units name that the registry does not know (a company a 督办 notice tasks, a name not
 * yet in the registry), from the start file: a term found in such a name, as written, reaches the
 * units naming it, as a department's name reaches its units (engine.ts SearchEngine.matchUnit).
 */
import type { CharFolder } from '../normalize.ts';
import type { StartFile } from './format.ts';
import { union } from './sets.ts';

export class OtherNames {
  private readonly names: ReadonlyArray<{ folded: string; units: readonly number[] }>;

  constructor(start: StartFile, fold: CharFolder) {
    this.names = (start.others ?? []).map(({ name, units }) => ({ folded: fold(name), units }));
  }

  /** The units naming a body whose name holds the folded term, ascending. */
  unitsOf(folded: string): number[] {
    let units: number[] = [];
    for (const name of this.names) if (name.folded.includes(folded)) units = union(units, name.units);
    return units;
  }
}
