/**
 * `node scripts/quality/reproducible.ts --save FILE` records a hash of every file in dist/;
 * `--compare FILE` fails if a second build differs (a file added, removed or changed), naming them.
 * Two builds of the same sources must be byte-identical; no exceptions are needed so far.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export function manifest(dist: string): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const name of (readdirSync(dist, { recursive: true }) as string[]).sort()) {
    const path = join(dist, name);
    if (statSync(path).isFile())
      entries.push([name.split('\\').join('/'), createHash('sha256').update(readFileSync(path)).digest('hex')]);
  }
  return Object.fromEntries(entries);
}

export function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.flatMap((name) => {
    if (!(name in before)) return [`added ${name}`];
    if (!(name in after)) return [`removed ${name}`];
    return before[name] === after[name] ? [] : [`changed ${name}`];
  });
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, save: { type: 'string' }, compare: { type: 'string' } },
  });
  const current = manifest(values.dist);
  if (values.save) {
    writeFileSync(values.save, JSON.stringify(current, null, 1));
    console.log(`reproducible: recorded ${Object.keys(current).length} files of ${values.dist}`);
  } else if (values.compare) {
    const changed = differences(JSON.parse(readFileSync(values.compare, 'utf8')), current);
    for (const line of changed.slice(0, 40)) console.error(line);
    console.log(`reproducible: ${Object.keys(current).length} files, ${changed.length} differ from the first build`);
    process.exit(changed.length ? 1 : 0);
  }
}
