import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from './ingest/rules.ts';
import { withCatalogue } from './message-catalogue.ts';

const page = readFileSync(new URL('../docs/messages.md', import.meta.url), 'utf8');

it('the message catalogue matches scripts/ingest/rules.ts', () => {
  expect(withCatalogue(page)).toBe(page);
});

it('every rule has a heading in the catalogue (the url of its messages)', () => {
  for (const rule of rules) expect(page).toContain(`### \`${rule.id}\``);
});
