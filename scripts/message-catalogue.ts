/**
 * Keep the message catalogue (docs/messages.md) in step with scripts/ingest/rules.ts: rewrites the
 * part between `<!-- rules:start -->` and `<!-- rules:end -->`. `--check` only compares (the `types`
 * test step).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from './ingest/rules.ts';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function catalogue(): string {
  const sections = rules.map(
    (rule) => `### \`${rule.id}\`\n\n**${rule.severity}**: ${rule.description} *Fix:* ${rule.fix}\n`,
  );
  return `${START}\n\n${sections.join('\n')}\n${END}`;
}

export function withCatalogue(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/messages.md lacks the ${START} … ${END} markers`);
  return page.slice(0, start) + catalogue() + page.slice(end + END.length);
}

if (import.meta.filename === process.argv[1]) {
  const path = new URL('../docs/messages.md', import.meta.url);
  const page = readFileSync(path, 'utf8');
  const updated = withCatalogue(page);
  if (process.argv.includes('--check')) {
    if (updated !== page) {
      console.error('docs/messages.md is out of date: run `node scripts/message-catalogue.ts`.');
      process.exit(1);
    }
  } else {
    writeFileSync(path, updated);
  }
}
