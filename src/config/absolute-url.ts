/**
 * Resolves a bundled asset URL against the page, so it still works when handed to maplibre's
 * worker or FontFace loader and when the app is served from a sub-path. Outside a browser
 * (unit tests) the URL is returned as it is.
 */
export function absoluteUrl(url: string): string {
  return typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
}
