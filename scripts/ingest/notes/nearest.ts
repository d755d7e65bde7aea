/** The nearest valid id for a message about an unknown one. */
import { editDistance } from '../../../src/model/department-names.ts';

/** The candidate fewest edits away from `value` (the first of equals); undefined without candidates. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}
