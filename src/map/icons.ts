/**
 * Registers the marker images with maplibre: each shape of style/markers.ts drawn once on a canvas,
 * for every event type, claimant side and location role, and the two-sided ring.
 */
import { context2d } from './canvas-2d.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { EVENT_TYPES, SIDES } from '../data/schema.ts';
import { BOTH_SIDES_IMAGE, drawBothSides, drawMarker, markerImage } from '../style/markers.ts';
import type { Theme } from '../style/theme.ts';

const SIZE = 22;
const RATIO = 2;
const BOTH_SIZE = 36;

export function addMarkerImages(map: MlMap, theme: Theme): void {
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
  for (const type of EVENT_TYPES) {
    for (const side of SIDES) {
      add(markerImage(type, side, false), () => drawMarker(c, theme, type, theme.side[side], SIZE / 2 - 2));
      add(markerImage(type, side, true), () => drawMarker(c, theme, type, theme.side[side], SIZE / 2 - 2, true));
    }
  }
  canvas.width = canvas.height = BOTH_SIZE * RATIO;
  add(BOTH_SIDES_IMAGE, () => drawBothSides(c, theme, BOTH_SIZE / 2 - 3));
}
