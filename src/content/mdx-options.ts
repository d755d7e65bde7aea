/**
 * How the site reads MDX, for the notes (@astrojs/mdx, astro.config.mjs) and the generated document
 * pages (src/content/mdx-component.ts) alike: the text is prose shown as written, not typography,
 * so no smart quotes and no GFM (autolinks, tables, strikethrough).
 */
export const MDX_OPTIONS = { gfm: false, smartypants: false } as const;
