/**
 * Reading inputs for the CLI: registries and sources with their sidecars, as vfiles carrying
 * positioned messages. The only module of the ingest that reads the file system.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  departmentsFileSchema,
  provincesFileSchema,
  sidecarSchema,
  slugSchema,
  themesFileSchema,
} from '../../../src/model/index.ts';
import type { Registry, Sidecar } from '../../../src/model/index.ts';
import { decodeSource } from '../decode.ts';
import { report } from '../messages.ts';
import type { RuleId } from '../messages.ts';

/** Parse a YAML file against a schema; problems become positioned messages on `file`. */
export function parseYaml<T>(file: VFile, schema: z.ZodType<T>, rule: RuleId): T | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(String(file.value), { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  for (const error of document.errors)
    report(file, rule, `Unexpected YAML: ${error.message.split('\n')[0]}, expected valid YAML`, at(error.pos[0]));
  if (document.errors.length) return undefined;
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const node = document.getIn(issue.path as Array<string | number>, true) as { range?: [number, number] } | undefined;
    const place = node?.range ? { start: at(node.range[0]), end: at(node.range[1]) } : { line: 1, column: 1 };
    report(file, rule, `Unexpected value at \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`, place);
  }
  return undefined;
}

export interface LoadedRegistry {
  registry?: Registry;
  files: VFile[];
}

export function loadRegistry(directory: string, cwd: string): LoadedRegistry {
  const read = (name: string) =>
    new VFile({ path: relative(cwd, join(directory, name)), value: readFileSync(join(directory, name), 'utf8') });
  const departmentsFile = read('departments.yml');
  const themesFile = read('themes.yml');
  const provincesFile = read('provinces.yml');
  const departments = parseYaml(departmentsFile, departmentsFileSchema, 'ingest:registry');
  const themes = parseYaml(themesFile, themesFileSchema, 'ingest:registry');
  const provinces = parseYaml(provincesFile, provincesFileSchema, 'ingest:registry');
  const files = [departmentsFile, themesFile, provincesFile];
  if (!departments || !themes || !provinces) return { files };
  return { registry: { departments, themes, provinces }, files };
}

export interface LoadedSource {
  id: string;
  file: VFile;
  sidecarFile?: VFile;
  sidecar?: Sidecar;
  /** Hash of the raw bytes and the sidecar, for the incremental cache. */
  hash: string;
  readable: boolean;
}

/** Every `<id>.txt` of the folder with its sidecar, in id order. */
export function loadSources(directory: string, cwd: string): LoadedSource[] {
  const names = readdirSync(directory)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort();
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  return names.map((name) => {
    const id = basename(name, name.slice(name.lastIndexOf('.')));
    const path = join(directory, name);
    const bytes = readFileSync(path);
    const decoded = decodeSource(bytes);
    const file = new VFile({ path: relative(cwd, path), value: decoded.ok ? decoded.text : '' });
    let readable = decoded.ok;
    if (!decoded.ok)
      report(file, 'ingest:unreadable', `Unexpected content: the file ${decoded.reason}`, { line: 1, column: 1 });
    if (!slugSchema.safeParse(id).success) {
      report(
        file,
        'ingest:invalid-id',
        `Unexpected file name \`${name}\`, expected a URL-safe id such as \`henan-2015-plan.txt\``,
        { line: 1, column: 1 },
      );
      readable = false;
    }
    const key = id.toLowerCase();
    if (byId.has(key)) {
      report(
        file,
        'ingest:duplicate-document',
        `Unexpected second source with id \`${id}\`, expected ids to be unique (first: ${byId.get(key)})`,
        { line: 1, column: 1 },
      );
      readable = false;
    }
    byId.set(key, name);
    const textKey = createHash('sha256')
      .update(decoded.ok ? decoded.text.replace(/\s/gu, '') : bytes)
      .digest('hex');
    if (decoded.ok && decoded.text.trim() && byText.has(textKey)) {
      report(
        file,
        'ingest:duplicate-document',
        `Unexpected copy of \`${byText.get(textKey)}\`, expected each document once`,
        { line: 1, column: 1 },
      );
      readable = false;
    }
    byText.set(textKey, name);
    const sidecarPath = join(directory, `${id}.yml`);
    let sidecarFile: VFile | undefined;
    let sidecar: Sidecar | undefined;
    if (!existsSync(sidecarPath)) {
      report(
        file,
        'sidecar:missing',
        `Unexpected source without metadata, expected a sidecar \`${relative(cwd, sidecarPath)}\``,
        { line: 1, column: 1 },
      );
    } else {
      sidecarFile = new VFile({ path: relative(cwd, sidecarPath), value: readFileSync(sidecarPath, 'utf8') });
      sidecar = parseYaml(sidecarFile, sidecarSchema, 'sidecar:invalid');
    }
    const hash = createHash('sha256')
      .update(bytes)
      .update('\0')
      .update(String(sidecarFile?.value ?? ''))
      .digest('hex');
    return { id, file, sidecarFile, sidecar, hash, readable };
  });
}
