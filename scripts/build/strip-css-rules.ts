/**
 * Drops from a stylesheet every selector that matches `unused`, every rule left without one, and
 * @media blocks left empty. vite.config.ts uses it on maplibre-gl.css: the map never adds the
 * geolocate, fullscreen, terrain or globe controls, a compass, a logo or markers, and their icons
 * (inline SVG) were ~3 KB of the first view's gzip. maplibre's stylesheet is flat (rules, and @media
 * blocks holding rules) and has no commas inside a selector, so a comma splits a selector list.
 */
export function stripCssRules(css: string, unused: RegExp): string {
  const kept = css.replace(/([^{}]*)\{([^{}]*)\}/g, (rule, selector: string, body: string) => {
    const selectors = selector.split(',');
    const left = selectors.filter((s) => !unused.test(s));
    if (left.length === selectors.length) return rule;
    return left.length === 0 ? '' : `${left.join(',')}{${body}}`;
  });
  return kept.replace(/@media[^{}]*\{\s*\}/g, '');
}
