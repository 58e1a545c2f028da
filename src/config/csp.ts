/**
 * The Content-Security-Policy of the built pages, in one place: vite.config.ts writes it into
 * index.html as a <meta http-equiv>, and the README gives the same policy as an HTTP header for
 * hosts that can set one (a header can also say which pages may frame the map: `frame-ancestors`,
 * which browsers ignore in a <meta>). No inline script or eval; styles only from the app's own
 * files (set from script through the CSSOM, never as style attributes); maplibre's worker is a
 * same-origin file; Trusted Types guard every injection sink (config/trusted-types.ts).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['default'],
};

/** The policy for the <meta> element. */
export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The policy as an HTTP header. `frameAncestors`: who may embed the map, e.g. "'self'
 * https://news.example" (the newsroom's own origins), or "'none'" for a page never framed.
 */
export function cspHeader(frameAncestors: string): string {
  return `${cspMeta()}; frame-ancestors ${frameAncestors}`;
}
