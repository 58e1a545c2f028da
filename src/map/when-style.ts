/**
 * Runs `add` (which adds sources or layers) now if the map's style can take them, else once it can.
 * Not `isStyleLoaded()`: that is also false while any source is still loading (say, a layer added a
 * moment ago), and the `load` event it would wait for fires only once, so a layer made late was
 * never added. maplibre refuses an addition to an unfinished style before changing anything.
 */
import type { Map as MlMap } from 'maplibre-gl';

export function whenStyleReady(map: MlMap, add: () => void): () => void {
  try {
    add();
    return () => {};
  } catch (e) {
    if (!(e instanceof Error && /not done loading/i.test(e.message))) throw e;
    map.once('style.load', add);
    return () => map.off('style.load', add);
  }
}
