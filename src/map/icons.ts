/**
 * Registers the marker images with maplibre: each shape of style/markers.ts drawn once on a canvas,
 * for every event type and claimant group of the dataset and each location role, and the two-sided ring.
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
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * RATIO;
  const c = context2d(canvas, { willReadFrequently: true });
  const add = (name: string, draw: () => void) => {
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, canvas.width, canvas.height);
    c.setTransform(RATIO, 0, 0, RATIO, canvas.width / 2, canvas.height / 2);
    draw();
    if (map.hasImage(name)) map.removeImage(name);
    map.addImage(name, c.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: RATIO });
  };
  // Event types take the shapes in the dataset's order (markers.ts shapeOf).
  dataset.categories.eventTypes.forEach((type, shape) => {
    for (const [side, colour] of colours) {
      add(markerImage(type.id, side, false), () => drawMarker(c, theme, shape, colour, SIZE / 2 - 2));
      add(markerImage(type.id, side, true), () => drawMarker(c, theme, shape, colour, SIZE / 2 - 2, true));
    }
  });
  canvas.width = canvas.height = BOTH_SIZE * RATIO;
  const parties = partyColours(dataset.meta.parties, colours, theme.markerNeutral);
  add(BOTH_SIDES_IMAGE, () => drawBothSides(c, parties, BOTH_SIZE / 2 - 3));
}
