/**
 * Checks of the registries beyond their schemas, with positions: an id defined twice (the second
 * entry would silently replace the first wherever entries are looked up by id), and department
 * patterns that are not regular expressions or that backtrack catastrophically. Returns the registry
 * without the refused patterns, so the run can go on and report everything else.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { fold } from '../../../src/model/fold.ts';
import type { Department, Province, Registry, Theme } from '../../../src/model/index.ts';
import { report } from '../messages.ts';
import { BIDI, INVISIBLE, describeCharacter, escapeInvisible } from '../invisible-characters.ts';
import { unsafeReason } from '../regex-safety.ts';

interface Checked<T> {
  file: VFile;
  value: T[];
  locate(path: Array<string | number>): Position | undefined;
}

export function checkRegistry(input: {
  departments: Checked<Department>;
  themes: Checked<Theme>;
  provinces: Checked<Province>;
}): Registry {
  checkDuplicateIds(input.departments);
  checkDuplicateIds(input.themes);
  checkDuplicateIds(input.provinces);
  checkInvisible(input.departments);
  return {
    departments: checkPatterns(input.departments),
    themes: input.themes.value,
    provinces: input.provinces.value,
  };
}

function checkDuplicateIds({ file, value, locate }: Checked<{ id: string }>): void {
  const first = new Map<string, number>();
  value.forEach((entry, index) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) {
      first.set(entry.id, index);
      return;
    }
    const line = locate([earlier, 'id'])?.start.line;
    report(
      file,
      'ingest:registry-duplicate-id',
      `Unexpected second entry with id \`${entry.id}\`, expected each id once (first on line ${line})`,
      locate([index, 'id']),
    );
  });
}

/**
 * Names and aliases with a character that shows as nothing: names in the text are matched without
 * such characters, so an alias containing one could never match while looking right.
 */
function checkInvisible({ file, value, locate }: Checked<Department>): void {
  value.forEach((department, index) => {
    const names: Array<[string, Array<string | number>]> = [
      [department.name, [index, 'name']],
      ...department.aliases.map((alias, position): [string, Array<string | number>] => [
        alias,
        [index, 'aliases', position],
      ]),
      ...department.misspellings.map((name, position): [string, Array<string | number>] => [
        name,
        [index, 'misspellings', position],
      ]),
    ];
    for (const [name, path] of names) {
      const char = new RegExp(`${INVISIBLE.source}|${BIDI.source}`, 'u').exec(name)?.[0];
      if (char)
        report(
          file,
          'ingest:registry',
          `Unexpected ${describeCharacter(char)} in \`${escapeInvisible(name)}\`, expected visible characters only`,
          locate(path),
        );
    }
  });
}

/** The departments without their refused patterns. */
function checkPatterns({ file, value, locate }: Checked<Department>): Department[] {
  return value.map((department, index) => {
    const patterns = department.patterns.filter((pattern, position) => {
      const place = locate([index, 'patterns', position]);
      try {
        // Compiled exactly as DepartmentIndex compiles it.
        new RegExp(`^(?:${fold(pattern)})$`, 'u');
      } catch (error) {
        const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /u, '');
        report(
          file,
          'ingest:registry-pattern',
          `Unexpected pattern \`${pattern}\` (${reason}), expected a JavaScript regular expression`,
          place,
        );
        return false;
      }
      const unsafe = unsafeReason(pattern);
      if (unsafe) {
        report(
          file,
          'ingest:registry-pattern',
          `Unexpected pattern \`${pattern}\` with ${unsafe}, expected a pattern without catastrophic backtracking`,
          place,
        );
        return false;
      }
      return true;
    });
    return patterns.length === department.patterns.length ? department : { ...department, patterns };
  });
}
