/**
 * The path of a request, read as static hosts read it before looking for a file: only the path and
 * query of the request line count, `//` is merged into one `/` by a redirect (so relative links
 * resolve), and a path that cannot be decoded, or that decodes to a NUL or a backslash, is a bad
 * request rather than an error.
 */

/** What a request's path asks for; for a `path`, `pathname` is decoded and `url` holds the path and query. */
export type RequestPath =
  { kind: 'bad-request' } | { kind: 'redirect'; location: string } | { kind: 'path'; pathname: string; url: URL };

export function readRequestPath(raw: string): RequestPath {
  // Only the path and query of the request are read (`new URL("//")` would take `//x` for a host).
  const end = raw.search(/[?#]/);
  const rawPath = end < 0 ? raw : raw.slice(0, end);
  const search = end < 0 || raw[end] === '#' ? '' : raw.slice(end).replace(/#.*$/s, '');
  // A backslash would also start a host (`/\\x` is `//x` to URL); no file name here has one.
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return { kind: 'bad-request' };
  // `//`, `/a//b` → `/`, `/a/b`, as hosts that merge slashes do (and relative links then resolve).
  if (rawPath.includes('//')) {
    const merged = new URL(rawPath.replace(/\/{2,}/g, '/'), 'http://localhost');
    return { kind: 'redirect', location: `${merged.pathname}${search}` };
  }
  const url = new URL(`${rawPath}${search}`, 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'bad-request' };
  return { kind: 'path', pathname, url };
}
