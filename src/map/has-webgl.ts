/**
 * Whether the browser can draw the interactive map: maplibre 6 needs WebGL2. Locked-down school
 * and office machines often switch WebGL off; the page then shows a still map instead.
 * No probe of its own: a WebGL context costs the GPU's set-up each time it is made (the longest
 * wait of a first view on a software renderer), so the map's own context is the test.
 */
import { GPUInitializationError } from 'maplibre-gl';

/** What `make` (which creates a maplibre map) returns, or null where the browser gives it no WebGL2 context. */
export function withWebGL<T>(make: () => T): T | null {
  try {
    return make();
  } catch (e) {
    if (e instanceof GPUInitializationError) return null;
    throw e;
  }
}
