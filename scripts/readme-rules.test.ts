import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from './ingest/messages.ts';
import { withCatalogue } from './readme-rules.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('the README message catalogue matches scripts/ingest/messages.ts', () => {
  expect(withCatalogue(readme)).toBe(readme);
});

it('every rule has a README anchor (the url of its messages)', () => {
  for (const rule of rules) expect(readme).toContain(`#### \`${rule.id}\``);
});
