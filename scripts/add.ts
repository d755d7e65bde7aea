/**
 * Adds a received document to the corpus:
 *
 *   npm run add -- <file> [--dry-run] [--force] [--id X] [--title X] [--issuer X] [--date X]
 *                  [--doc-number X] [--type X] [--period X] [--province X] [--sources DIR] [--originals DIR]
 *
 * <file> is a .txt (any encoding the ingest reads), a saved web page (.html/.htm), a .docx or a
 * .pdf with a text layer. Writes content/originals/<id>.<ext> (the file as received),
 * content/sources/<id>.txt and a drafted content/sources/<id>.yml, then runs the ingest and prints
 * the added document's messages. --dry-run prints the text summary and the draft, writing nothing.
 * Exit code 1 when the file cannot be taken, a required value is missing, or the added document
 * has errors. See docs/adding-documents.md.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addDocument } from './add/add-document.ts';
import { DraftError, FlagError } from './add/draft.ts';
import { ExtractError } from './add/extract.ts';
import { AddError } from './add/write.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    id: { type: 'string' },
    title: { type: 'string' },
    issuer: { type: 'string' },
    date: { type: 'string' },
    'doc-number': { type: 'string' },
    type: { type: 'string' },
    period: { type: 'string' },
    province: { type: 'string' },
    sources: { type: 'string', default: 'content/sources' },
    originals: { type: 'string', default: 'content/originals' },
    registry: { type: 'string', default: 'content/registry' },
    out: { type: 'string', default: 'content/generated' },
    cache: { type: 'string', default: '.cache/ingest' },
  },
});

if (positionals.length !== 1) {
  console.error('usage: npm run add -- <file> [--dry-run] [--id X] [--title X] … (see docs/adding-documents.md)');
  process.exit(1);
}

const cwd = process.cwd();
const overrides = Object.fromEntries(
  (
    [
      ['id', values.id],
      ['title', values.title],
      ['issuer', values.issuer],
      ['date', values.date],
      ['docNumber', values['doc-number']],
      ['type', values.type],
      ['period', values.period],
      ['province', values.province],
    ] as const
  ).filter(([, value]) => value !== undefined && value.trim() !== ''),
);

try {
  const result = await addDocument({
    file: resolve(positionals[0]!),
    sources: resolve(values.sources),
    originals: resolve(values.originals),
    registry: resolve(values.registry),
    out: resolve(values.out),
    cache: resolve(values.cache),
    cwd,
    overrides,
    dryRun: values['dry-run'],
    force: values.force,
  });
  const { extracted, draft } = result;
  const lines = extracted.text.split(/\r\n|\r|\n/u).filter((line) => line.trim());
  console.log(`Extracted (${extracted.format}): ${lines.length} non-blank lines, ${extracted.text.length} characters.`);
  for (const note of extracted.notes) console.log(`  ${note}`);
  if (values['dry-run']) {
    console.log('\nFirst lines:');
    for (const line of lines.slice(0, 12)) console.log(`  ${line}`);
    console.log(`\nProposed id: ${draft.id}\n\nDraft sidecar (${values.sources}/${draft.id}.yml):\n${draft.yaml}`);
    console.log('Dry run: nothing written.');
    process.exit(0);
  }
  const { placed, ingest } = result;
  console.log(`\nAdded ${draft.id}:`);
  for (const path of [placed!.original, placed!.text, placed!.sidecar]) console.log(`  wrote ${relative(cwd, path)}`);
  for (const entry of draft.missing) console.log(`  ${entry}`);
  console.log(`\n${ingest!.messages}`);
  console.log(`\nPage: ${ingest!.page}`);
  console.log(`Read: ${ingest!.summary}.`);
  if (!ingest!.generated)
    console.log(`${values.out} not rewritten: the corpus has errors (run \`npm run ingest\` after fixing them).`);
  process.exit(ingest!.errors > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof DraftError) {
    console.error(`add: cannot draft the sidecar of ${positionals[0]}; nothing was written.`);
    for (const entry of error.missing) console.error(`  ${entry}`);
    console.error(`Pass ${error.flags.map((flag) => `${flag} X`).join(' ')} (try --dry-run first).`);
  } else if (error instanceof ExtractError || error instanceof AddError || error instanceof FlagError) {
    console.error(`add: ${error.message}`);
  } else {
    throw error;
  }
  process.exit(1);
}
