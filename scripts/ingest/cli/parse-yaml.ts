/**
 * Parse a YAML input file (registry or sidecar) against its zod schema. Every problem becomes a
 * positioned message on the file, never a throw: syntax errors, alias bombs, schema mismatches, and
 * keys the schema does not know (zod would drop them silently, losing the value).
 */
import type { VFile } from 'vfile';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Position } from 'unist';
import type { z } from 'zod';
import { editDistance } from '../department-index.ts';
import { report } from '../messages.ts';
import type { RuleId } from '../rules.ts';

/**
 * Alias expansions allowed when converting to JS. The inputs are hand-written lists that never need
 * aliases; the bound stops a "billion laughs" file from exhausting memory (yaml's own default).
 */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml<T> {
  /** The data, when the file is valid YAML and matches the schema. */
  value?: T;
  /** Position of the node at a path (e.g. `[3, 'id']`), for later checks of the data. */
  locate(path: Array<string | number>): Position | undefined;
}

export function parseYaml<T>(file: VFile, schema: z.ZodType<T>, rule: RuleId): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(String(file.value), { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  const span = (node: unknown): Position | undefined => {
    const range = (node as { range?: [number, number] } | null | undefined)?.range;
    return range ? { start: at(range[0]), end: at(range[1]) } : undefined;
  };
  const locate = (path: Array<string | number>) => span(document.getIn(path, true));
  for (const error of document.errors)
    report(file, rule, `Unexpected YAML: ${error.message.split('\n')[0]}, expected valid YAML`, at(error.pos[0]));
  if (document.errors.length) return { locate };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    report(
      file,
      rule,
      `Unexpected YAML: ${(error as Error).message}, expected at most ${MAX_ALIAS_COUNT} alias expansions`,
      span(firstAlias(document)) ?? { line: 1, column: 1 },
    );
    return { locate };
  }
  reportUnknownKeys(file, schema, document.contents);
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, locate };
  for (const issue of result.error.issues) {
    const place = locate(issue.path as Array<string | number>) ?? { line: 1, column: 1 };
    report(file, rule, `Unexpected value at \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`, place);
  }
  return { locate };

  function reportUnknownKeys(target: VFile, shape: z.ZodType, node: unknown): void {
    for (const { key, node: keyNode, known } of unknownKeys(shape, node)) {
      const near = nearest(key, known);
      report(
        target,
        'ingest:unknown-key',
        near
          ? `Unexpected key \`${key}\` (its value is ignored), expected a known key: did you mean \`${near}\`?`
          : `Unexpected key \`${key}\` (its value is ignored), expected one of ${known.map((name) => `\`${name}\``).join(', ')}`,
        span(keyNode) ?? { line: 1, column: 1 },
      );
    }
  }
}

function firstAlias(document: Document): YamlNode | undefined {
  let found: YamlNode | undefined;
  visit(document, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

interface UnknownKey {
  key: string;
  node: unknown;
  known: string[];
}

/**
 * Keys of YAML maps that the schema's objects do not declare, found by walking the schema and the
 * YAML tree together. The known keys come from the schema itself, so a key added to it is known here.
 */
export function unknownKeys(schema: z.ZodType, node: unknown, found: UnknownKey[] = []): UnknownKey[] {
  const def = (schema as unknown as { def: SchemaDef }).def;
  if (isAlias(node)) return found;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      return unknownKeys(def.innerType!, node, found);
    case 'array':
      if (isSeq(node)) for (const item of node.items) unknownKeys(def.element!, item, found);
      return found;
    case 'union': {
      // A union of a plain value and one object form (metaValueSchema): check maps against the object.
      const objects = def.options!.filter((option) => (option as unknown as { def: SchemaDef }).def.type === 'object');
      if (isMap(node) && objects.length === 1) unknownKeys(objects[0]!, node, found);
      return found;
    }
    case 'object': {
      if (!isMap(node)) return found;
      const shape = def.shape!;
      const known = Object.keys(shape);
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (Object.hasOwn(shape, key)) unknownKeys(shape[key]!, pair.value, found);
        else found.push({ key, node: pair.key, known });
      }
      return found;
    }
    default:
      return found;
  }
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
}

/** The known key a typo most likely meant: same letters ignoring case, or at most two edits away. */
function nearest(key: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.min(2, Math.floor(key.length / 2)) ? best.name : undefined;
}
