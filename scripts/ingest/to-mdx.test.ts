import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { runIngest } from './cli/run.ts';
import { unitToMdx } from './to-mdx.ts';

const hostile = new URL('./fixtures/to-mdx-hostile-text/', import.meta.url).pathname;
const registry = new URL('../../content/registry/', import.meta.url).pathname;

describe('to-mdx', () => {
  const { exports } = runIngest({ sources: `${hostile}sources`, registry, cwd: hostile });
  const units = exports!.measures;

  it('renders MDX syntax in a source as literal text and runs nothing', async () => {
    for (const unit of units) {
      const mdx = unitToMdx(unit);
      const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
      const code = String(await compile(body));
      // The only import is the JSX runtime; no export but the default component; no expressions.
      expect(code.match(/^import .*$/gm)).toHaveLength(1);
      expect(code).toMatch(/^import \{[^}]*\} from "react\/jsx-runtime";$/m);
      expect(code.match(/^export .*$/gm)).toEqual(['export default function MDXContent(props = {}) {']);
      expect(code).not.toMatch(/props\.x(?![^"]*")/);
      for (const line of unit.text.split('\n')) {
        // Each line survives, character for character, as string children.
        const strings = [...code.matchAll(/"((?:[^"\\]|\\.)*)"/g)]
          .map((match) => JSON.parse(`"${match[1]}"`) as string)
          .join('');
        expect(strings.replace(/\s/g, '')).toContain(line.replace(/\s/g, '').slice(0, 20));
      }
    }
  });

  it('keeps `import` and `export` at a line start from being read as ESM', () => {
    const mdx = units.map(unitToMdx).join('\n');
    expect(mdx).toContain('&#x69;mport fs from');
    expect(mdx).toContain('&#x65;xport const pwned');
    expect(mdx).toContain('\\{alert(1)}');
    expect(mdx).toContain('\\<script>');
  });

  it('is byte-identical across runs', () => {
    const again = runIngest({ sources: `${hostile}sources`, registry, cwd: hostile });
    expect([...again.outputs]).toEqual([
      ...runIngest({ sources: `${hostile}sources`, registry, cwd: hostile }).outputs,
    ]);
  });
});
