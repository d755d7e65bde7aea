/** robots.txt: allow everything, point at the sitemap under the base. */
import type { APIRoute } from 'astro';
import { href } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(href('/sitemap-index.xml'), site).href : href('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
