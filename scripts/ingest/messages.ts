/**
 * Reporting a message of the rule catalogue (./rules.ts) on a file: its severity as vfile marks it,
 * its position, and the link to its entry in docs/messages.md.
 */
import type { VFile } from 'vfile';
import type { Node, Point, Position } from 'unist';
import { type Rule, type RuleId, rules } from './rules.ts';

const severityOf = new Map<string, Rule['severity']>(rules.map((rule) => [rule.id, rule.severity]));

type Place = Node | Position | Point | undefined;

/**
 * Report `reason` under `ruleId` at `place`. Errors are marked `fatal: true`, warnings `false`, infos `undefined` (vfile's
 * convention, which vfile-reporter prints); nothing throws, so one run reports every problem.
 */
export function report(file: VFile, ruleId: RuleId, reason: string, place?: Place): void {
  // The whole `plugin:rule` id is the rule id, as printed by vfile-reporter and read in the catalogue.
  const message = file.message(reason, { place: toPlace(place), ruleId });
  const severity = severityOf.get(ruleId);
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.url = `docs/messages.md#${ruleId.replace(':', '')}`;
}

function toPlace(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return (place as Node).position;
  return place as Position | Point;
}

/** A position covering `start`…`end` (0-based offsets) inside one line node. */
export function spanInLine(line: { position: Position }, start: number, end: number): Position {
  const { line: row, column, offset = 0 } = line.position.start;
  return {
    start: { line: row, column: column + start, offset: offset + start },
    end: { line: row, column: column + end, offset: offset + end },
  };
}
