/**
 * How the site reads MDX, for the notes (@astrojs/mdx, astro.config.mjs) and the generated document
 * pages (src/content/mdx-component.ts) alike: the text is prose shown as written, not typography,
 * so no smart quotes and no GFM (autolinks, tables, strikethrough); and no code to highlight, so
 * no syntax highlighter (Shiki and its WebAssembly engine are not even loaded).
 */
export const MDX_OPTIONS = { gfm: false, smartypants: false, syntaxHighlight: false } as const;
