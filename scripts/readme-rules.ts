/**
 * Keep the README's message catalogue in step with scripts/ingest/messages.ts: rewrites the part
 * between `<!-- rules:start -->` and `<!-- rules:end -->`. `--check` only compares (used by tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from './ingest/messages.ts';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function catalogue(): string {
  const sections = rules.map(
    (rule) => `#### \`${rule.id}\`\n\n**${rule.severity}**: ${rule.description} *Fix:* ${rule.fix}\n`,
  );
  return `${START}\n\n${sections.join('\n')}\n${END}`;
}

export function withCatalogue(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return readme.slice(0, start) + catalogue() + readme.slice(end + END.length);
}

if (import.meta.filename === process.argv[1]) {
  const path = new URL('../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const updated = withCatalogue(readme);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md message catalogue is out of date: run `node scripts/readme-rules.ts`.');
      process.exit(1);
    }
  } else {
    writeFileSync(path, updated);
  }
}
