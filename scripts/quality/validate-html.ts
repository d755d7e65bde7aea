/**
 * `node scripts/quality/validate-html.ts [--dist dist]`: every HTML page of the build is valid HTML
 * by html-validate with the project's .htmlvalidate.json (html-validate:recommended plus justified
 * adjustments, each explained there). Prints each error as `page:line:col rule message` and a count
 * per rule; exit 1 on any error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConfigData, HtmlValidate, type Message, StaticConfigLoader } from 'html-validate';
import { htmlFiles } from './check-links.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface HtmlError {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** The project's configuration, read from .htmlvalidate.json (comments there are `$comment` keys). */
export function projectConfig(): ConfigData {
  const {
    $schema: _schema,
    $comment: _comment,
    ...config
  } = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData & {
    $schema?: string;
    $comment?: unknown;
  };
  return { ...config, root: true };
}

export async function validateHtml(
  pages: Array<{ page: string; html: string }>,
  config: ConfigData = projectConfig(),
): Promise<HtmlError[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const errors: HtmlError[] = [];
  for (const { page, html } of pages) {
    const report = await validator.validateString(html, page);
    for (const result of report.results) {
      for (const message of result.messages as Message[]) {
        if (message.severity < 2) continue;
        errors.push({
          page,
          line: message.line,
          column: message.column,
          rule: message.ruleId,
          message: message.message,
        });
      }
    }
  }
  return errors;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const pages = htmlFiles(values.dist).map((page) => ({ page, html: readFileSync(join(values.dist, page), 'utf8') }));
  const errors = await validateHtml(pages);
  for (const error of errors.slice(0, 50)) {
    console.error(`${error.page}:${error.line}:${error.column} ${error.rule} ${error.message}`);
  }
  const perRule = new Map<string, number>();
  for (const error of errors) perRule.set(error.rule, (perRule.get(error.rule) ?? 0) + 1);
  if (errors.length) console.error([...perRule].map(([rule, count]) => `  ${rule}: ${count}`).join('\n'));
  console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
  process.exit(errors.length ? 1 : 0);
}
