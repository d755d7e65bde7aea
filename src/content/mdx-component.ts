/**
 * `mdxComponent(source)`: an MDX page compiled when it is rendered, as a component the page renders
 * like the `Content` of Astro's own MDX modules (`<Content components={…} />`). The compiler is the
 * one @astrojs/mdx uses (Sätteri), with the site's MDX options (./mdx-options.ts), and the output is
 * Astro's JSX, rendered by @astrojs/mdx's `astro:jsx` renderer: the same HTML as a bundled module.
 *
 * Compiling per page keeps the pages out of the server bundle (./mdx-frontmatter.ts says why). The
 * compiled code only calls the JSX runtime and the components it is given, and the MDX it compiles
 * is the ingest's serialisation, in which no source text can become code.
 */
import v8 from 'node:v8';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { type EvaluateOptions, evaluate } from 'satteri';
import { MDX_OPTIONS } from './mdx-options.ts';

/**
 * The property by which Astro picks a component's renderer without asking each one (what the
 * `__astro_tag_component__(Content, 'astro:jsx')` line of @astrojs/mdx's compiled modules sets).
 */
const RENDERER = Symbol.for('astro:renderer');

// V8 keeps the source of every function made by `new Function` in its compilation cache, for the
// case that the same source is compiled again, which a page never is: about 110 KB a page, 1 GB at
// 10,000 documents, for the rest of the build. Measured with and without (docs/performance.md).
// Sätteri's tree functions (mdxToHast…) are no way round: their native memory is never freed.
v8.setFlagsFromString('--no-compilation-cache');

type Components = Record<string, unknown>;
export type MdxComponent = (props?: { components?: Components }) => unknown;

export async function mdxComponent(source: string): Promise<MdxComponent> {
  // Astro's runtime has one jsx() for elements with one child or many.
  const astroJsx = jsx as EvaluateOptions['jsx'];
  const compiled = await evaluate(source, {
    Fragment,
    jsx: astroJsx,
    jsxs: astroJsx,
    features: { gfm: MDX_OPTIONS.gfm, smartPunctuation: MDX_OPTIONS.smartypants },
    elementAttributeNameCase: 'html',
  });
  const MDXContent = compiled.default as (props: { components: Components }) => unknown;
  const Content: MdxComponent = (props = {}) =>
    MDXContent({ ...props, components: { Fragment, ...props.components } });
  Object.defineProperty(Content, RENDERER, { value: 'astro:jsx' });
  return Content;
}
