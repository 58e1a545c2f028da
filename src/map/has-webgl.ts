/**
 * Whether the browser can draw the interactive map: maplibre 6 needs WebGL2. Locked-down school
 * and office machines often switch WebGL off; the page then shows a still map instead.
 */
export function hasWebGL(doc: Document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
