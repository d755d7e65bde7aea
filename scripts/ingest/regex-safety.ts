/**
 * A static check for regular expressions that backtrack catastrophically (exponential time on a
 * short input that almost matches, e.g. `(质+)+X` on 36 × 质): the registry's `patterns` are checked
 * when it is loaded, before any name is matched against them.
 *
 * Two shapes are refused inside a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1):
 *   - a nested repetition: `(质+)+`, `(.*)*`, `(?:a{2,})*` (star height above one);
 *   - an alternation whose branches can start with the same character: `(a|a)*`, `(?:a|ab)+`.
 * The check is conservative: a character class, `.` or an escape like `\d` counts as overlapping
 * everything. Optional parts (`?`) and repetitions side by side (`.+(?:中心)?支行`) are polynomial at
 * worst on the short names tested, and accepted.
 */

type Node =
  | { type: 'char'; value: string }
  | { type: 'any' }
  | { type: 'group'; alternatives: Node[][] }
  | { type: 'repeat'; body: Node; min: number; max: number };

/** Why the pattern is unsafe, or undefined when it is safe (or not parseable here: RegExp reports that). */
export function unsafeReason(pattern: string): string | undefined {
  let ast: Node[][];
  try {
    ast = new Parser(pattern).alternatives();
  } catch {
    return undefined;
  }
  return check({ type: 'group', alternatives: ast }, false);
}

function check(node: Node, insideRepeat: boolean): string | undefined {
  switch (node.type) {
    case 'repeat': {
      const repeats = node.max > 1;
      if (repeats && insideRepeat) return 'a repetition inside a repetition';
      if (repeats && node.body.type === 'group' && overlapping(node.body.alternatives))
        return 'a repeated alternation whose branches can match the same text';
      return check(node.body, insideRepeat || repeats);
    }
    case 'group': {
      if (insideRepeat && overlapping(node.alternatives))
        return 'a repeated alternation whose branches can match the same text';
      for (const alternative of node.alternatives)
        for (const child of alternative) {
          const reason = check(child, insideRepeat);
          if (reason) return reason;
        }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `any` stands for "every character". */
type FirstSet = Set<string> | 'any';

function overlapping(alternatives: Node[][]): boolean {
  const seen: FirstSet[] = [];
  for (const alternative of alternatives) {
    const first = firstOf(alternative);
    if (first !== 'any' && first.size === 0) continue;
    for (const other of seen)
      if (first === 'any' || other === 'any' || [...first].some((char) => other.has(char))) return true;
    seen.push(first);
  }
  return false;
}

function firstOf(sequence: Node[]): FirstSet {
  const result = new Set<string>();
  for (const node of sequence) {
    const { first, nullable } = firstOfNode(node);
    if (first === 'any') return 'any';
    for (const char of first) result.add(char);
    if (!nullable) break;
  }
  return result;
}

function firstOfNode(node: Node): { first: FirstSet; nullable: boolean } {
  switch (node.type) {
    case 'char':
      return { first: new Set([node.value]), nullable: false };
    case 'any':
      return { first: 'any', nullable: false };
    case 'repeat':
      return { first: firstOfNode(node.body).first, nullable: node.min === 0 || firstOfNode(node.body).nullable };
    case 'group': {
      const first = new Set<string>();
      let nullable = false;
      for (const alternative of node.alternatives) {
        const set = firstOf(alternative);
        if (set === 'any') return { first: 'any', nullable: true };
        for (const char of set) first.add(char);
        if (alternative.every((child) => firstOfNode(child).nullable)) nullable = true;
      }
      return { first, nullable };
    }
  }
}

/** A small parser of JavaScript regex syntax, enough for the shapes above. */
class Parser {
  private index = 0;
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  alternatives(): Node[][] {
    const alternatives: Node[][] = [[]];
    while (this.index < this.source.length) {
      const char = this.source[this.index]!;
      if (char === ')') break;
      this.index += 1;
      if (char === '|') {
        alternatives.push([]);
        continue;
      }
      const atom = this.atom(char);
      if (atom) alternatives.at(-1)!.push(this.quantified(atom));
    }
    return alternatives;
  }

  /** An atom starting with `char` (already consumed); undefined for anchors. */
  private atom(char: string): Node | undefined {
    if (char === '^' || char === '$') return undefined;
    if (char === '.') return { type: 'any' };
    if (char === '[') {
      while (this.index < this.source.length && this.source[this.index] !== ']')
        this.index += this.source[this.index] === '\\' ? 2 : 1;
      this.index += 1;
      return { type: 'any' };
    }
    if (char === '\\') {
      const escaped = this.source[this.index++] ?? '';
      if (/[bB]/u.test(escaped)) return undefined;
      // \d \w \s \p{…} \u… and back references: treated as any character.
      return /[A-Za-z0-9]/u.test(escaped) ? { type: 'any' } : { type: 'char', value: escaped };
    }
    if (char === '(') {
      const lookaround = /^\?<?[=!]/u.exec(this.source.slice(this.index));
      const prefix = /^\?(?::|<[^>]+>)/u.exec(this.source.slice(this.index));
      this.index += (lookaround ?? prefix)?.[0].length ?? 0;
      const alternatives = this.alternatives();
      if (this.source[this.index] !== ')') throw new Error('unterminated group');
      this.index += 1;
      return lookaround ? undefined : { type: 'group', alternatives };
    }
    // A code point, not a UTF-16 unit: patterns are compiled with the `u` flag.
    const codePoint = String.fromCodePoint(this.source.codePointAt(this.index - 1)!);
    this.index += codePoint.length - 1;
    return { type: 'char', value: codePoint };
  }

  private quantified(atom: Node): Node {
    const rest = this.source.slice(this.index);
    const match = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/u.exec(rest);
    if (!match) return atom;
    this.index += match[0].length;
    const [, symbol, low, comma, high] = match;
    if (symbol === '*') return { type: 'repeat', body: atom, min: 0, max: Infinity };
    if (symbol === '+') return { type: 'repeat', body: atom, min: 1, max: Infinity };
    if (symbol === '?') return { type: 'repeat', body: atom, min: 0, max: 1 };
    const min = Number(low);
    const max = comma ? (high ? Number(high) : Infinity) : min;
    return { type: 'repeat', body: atom, min, max };
  }
}
