/**
 * Reads a hand-written `expected.txt` of a layout fixture: header fields, then one line per unit
 * (`L25-26 measure 二|（一） | 省市场监管局* 省财政厅=?`) with its targets indented under it.
 * A malformed line throws with its line number, so a typo in an expectation never passes silently.
 */

export interface ExpectedDepartment {
  raw: string;
  lead: boolean;
  /** False when the author marked the name `=?` (unknown to the registry). */
  known: boolean;
}

export interface ExpectedTarget {
  metric: string;
  comparator: string;
  value: string;
  year: number;
}

export interface ExpectedUnit {
  startLine: number;
  endLine: number;
  kind: string;
  /** Labels outermost first; undefined when the line gives none (unnumbered units are not checked). */
  numbering?: string[];
  departments: ExpectedDepartment[];
  targets: ExpectedTarget[];
  /** Line of expected.txt, for messages. */
  line: number;
}

export const headerFields = ['title', 'issuer', 'date', 'docNumber', 'province', 'period'] as const;
export type HeaderField = (typeof headerFields)[number];

export interface Expected {
  header: Partial<Record<HeaderField, string>>;
  units: ExpectedUnit[];
}

const unitLine = /^L(\d+)(?:-(\d+))?\s+(\S+)(?:\s+(\S+))?$/u;
const targetLine = /^\s+target\s+(.+?)\s+\|\s+(\S+)\s+\|\s+(\S+)\s+\|\s+(\d{4})\s*$/u;
const headerLine = /^(\w+):\s*(.+?)\s*$/u;

export function parseExpected(text: string, name = 'expected.txt'): Expected {
  const expected: Expected = { header: {}, units: [] };
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$|^#.*$/u, '');
    const where = `${name}:${index + 1}`;
    if (!line.trim()) return;
    const target = targetLine.exec(line);
    if (target) {
      const unit = expected.units.at(-1);
      if (!unit) throw new Error(`${where}: Unexpected target before any unit, expected it under a unit line`);
      unit.targets.push({ metric: target[1]!, comparator: target[2]!, value: target[3]!, year: Number(target[4]) });
      return;
    }
    if (/^L\d/u.test(line)) {
      const [head, ...rest] = line.split(' | ');
      const match = unitLine.exec(head!.trim());
      if (!match || rest.length > 1)
        throw new Error(
          `${where}: Unexpected \`${line}\`, expected \`L<from>[-<to>] <kind> [<numbering>] [| <departments>]\``,
        );
      const startLine = Number(match[1]);
      expected.units.push({
        startLine,
        endLine: match[2] ? Number(match[2]) : startLine,
        kind: match[3]!,
        numbering: match[4]?.split('|'),
        departments: rest.length ? parseDepartments(rest[0]!) : [],
        targets: [],
        line: index + 1,
      });
      return;
    }
    const field = headerLine.exec(line);
    if (field && (headerFields as readonly string[]).includes(field[1]!)) {
      expected.header[field[1] as HeaderField] = field[2]!;
      return;
    }
    throw new Error(`${where}: Unexpected \`${line}\`, expected a header field, a unit line or a target line`);
  });
  return expected;
}

function parseDepartments(list: string): ExpectedDepartment[] {
  return list
    .trim()
    .split(/\s+/u)
    .map((token) => {
      const known = !token.endsWith('=?');
      const name = known ? token : token.slice(0, -2);
      const lead = name.endsWith('*');
      return { raw: lead ? name.slice(0, -1) : name, lead, known };
    });
}
