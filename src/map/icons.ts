/**
 * The marker images for maplibre: each shape of style/markers.ts drawn on a canvas, for every event
 * type and claimant group of the dataset and each location role, and the two-sided ring. Drawn when
 * maplibre first asks for one (its missing-image resolver), not all at start: a first view shows a
 * few of the combinations, and a large dataset drawn by the GPU layer none.
 */
import { context2d } from './canvas-2d.ts';
import type { Map as MlMap } from 'maplibre-gl';
import type { Dataset } from '../data/dataset.ts';
import { groupColours, partyColours } from '../style/group-colours.ts';
import { BOTH_SIDES_IMAGE, drawBothSides, drawMarker, markerImage } from '../style/markers.ts';
import type { Theme } from '../style/theme.ts';

const SIZE = 22;
const RATIO = 2;
const BOTH_SIZE = 36;

export function addMarkerImages(map: MlMap, theme: Theme, dataset: Pick<Dataset, 'categories' | 'meta'>): void {
  const colours = groupColours(dataset.categories.groups, theme);
  const draws = new Map<string, [size: number, draw: (c: CanvasRenderingContext2D) => void]>();
  // Event types take the shapes in the dataset's order (markers.ts shapeOf).
  dataset.categories.eventTypes.forEach((type, shape) => {
    for (const [side, colour] of colours) {
      draws.set(markerImage(type.id, side, false), [SIZE, (c) => drawMarker(c, theme, shape, colour, SIZE / 2 - 2)]);
      draws.set(markerImage(type.id, side, true), [SIZE, (c) => drawMarker(c, theme, shape, colour, SIZE / 2 - 2, true)]);
    }
  });
  const parties = partyColours(dataset.meta.parties, colours, theme.markerNeutral);
  draws.set(BOTH_SIDES_IMAGE, [BOTH_SIZE, (c) => drawBothSides(c, parties, BOTH_SIZE / 2 - 3)]);
  let c: CanvasRenderingContext2D | null = null;
  // Async: a throw (no 2D canvas) then fails this image alone, not the whole request it came in.
  map.setMissingStyleImageResolver(async (name) => {
    const made = draws.get(name);
    if (!made || map.hasImage(name)) return;
    const [size, draw] = made;
    c ??= context2d(document.createElement('canvas'), { willReadFrequently: true });
    c.canvas.width = c.canvas.height = size * RATIO;
    c.setTransform(RATIO, 0, 0, RATIO, (size * RATIO) / 2, (size * RATIO) / 2);
    draw(c);
    map.addImage(name, c.getImageData(0, 0, c.canvas.width, c.canvas.height), { pixelRatio: RATIO });
  });
}
