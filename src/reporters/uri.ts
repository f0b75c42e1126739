/**
 * A repo-relative path as a URI path, percent-encoded per RFC 3986: each segment keeps only
 * unreserved characters, so `#`, `?`, `%`, spaces and brackets stay part of the file name (and a
 * markdown link's parentheses stay balanced). `/` still separates segments.
 */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}
