/** `npm run score:layouts`: ingest every layout fixture and print its scores, with the differences. */
import { formatTable } from './score-table.ts';
import { layoutIds, runLayout } from './run-layouts.ts';

const runs = await Promise.all(layoutIds().map((id) => runLayout(id)));
console.log(formatTable(runs, process.argv.includes('--problems')));
