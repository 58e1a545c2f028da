/**
 * Marker images drawn once on a canvas: one shape per event type, filled with the claimant
 * side's colour, so neither colour nor shape alone carries the meaning.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { EVENT_TYPES, SIDES, type EventType } from '../data/schema.ts';
import type { Theme } from '../style/theme.ts';

const SIZE = 22;
const RATIO = 2;

type Draw = (c: CanvasRenderingContext2D, r: number) => void;
const poly = (c: CanvasRenderingContext2D, points: [number, number][]) => {
  c.beginPath();
  points.forEach(([x, y], i) => (i ? c.lineTo(x, y) : c.moveTo(x, y)));
  c.closePath();
};
const star = (c: CanvasRenderingContext2D, r: number, n: number, inner: number) => {
  const pts: [number, number][] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = (Math.PI * i) / n - Math.PI / 2;
    const rr = i % 2 ? r * inner : r;
    pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
  }
  poly(c, pts);
};

export const SHAPES: Record<EventType, Draw> = {
  shelling: (c, r) => {
    c.beginPath();
    c.arc(0, 0, r * 0.8, 0, Math.PI * 2);
  },
  armed_clash: (c, r) =>
    poly(c, [
      [0, -r],
      [r * 0.95, r * 0.75],
      [-r * 0.95, r * 0.75],
    ]),
  drone_strike: (c, r) =>
    poly(c, [
      [0, -r],
      [r, 0],
      [0, r],
      [-r, 0],
    ]),
  ceasefire_violation: (c, r) =>
    poly(c, [
      [-r * 0.72, -r * 0.72],
      [r * 0.72, -r * 0.72],
      [r * 0.72, r * 0.72],
      [-r * 0.72, r * 0.72],
    ]),
  territorial_claim: (c, r) => star(c, r, 5, 0.45),
  casualty_report: (c, r) => {
    const w = r * 0.38;
    poly(c, [
      [-w, -r],
      [w, -r],
      [w, -w],
      [r, -w],
      [r, w],
      [w, w],
      [w, r],
      [-w, r],
      [-w, w],
      [-r, w],
      [-r, -w],
      [-w, -w],
    ]);
  },
  diplomatic: (c, r) => star(c, r, 6, 0.6),
  other: (c, r) =>
    poly(c, [
      [-r * 0.85, -r * 0.5],
      [0, -r],
      [r * 0.85, -r * 0.5],
      [r * 0.85, r * 0.5],
      [0, r],
      [-r * 0.85, r * 0.5],
    ]),
};

/**
 * Draws one marker into a 2D context centred at the origin (also used by the legend). A "direction"
 * claim ("fired in the direction of X") is drawn hollow: an outline in the side's colour, because
 * it names a direction, not an impact at the place.
 */
export function drawMarker(
  c: CanvasRenderingContext2D,
  type: EventType,
  fill: string,
  stroke: string,
  radius: number,
  hollow = false,
): void {
  SHAPES[type](c, hollow ? radius * 0.86 : radius);
  c.fillStyle = hollow ? 'rgba(255,255,255,0.92)' : fill;
  c.fill();
  c.lineWidth = hollow ? Math.max(2.5, radius / 3) : Math.max(1.5, radius / 5);
  c.strokeStyle = hollow ? fill : stroke;
  c.stroke();
}

/** The mark for claims from both sides about one place and days: a ring half in each side's colour. */
export function drawBothSides(c: CanvasRenderingContext2D, theme: Theme, radius: number): void {
  c.lineWidth = Math.max(2, radius / 4.5);
  for (const [side, start] of [
    ['armenia', Math.PI / 2],
    ['azerbaijan', -Math.PI / 2],
  ] as const) {
    c.beginPath();
    c.arc(0, 0, radius, start, start + Math.PI);
    c.strokeStyle = theme.side[side];
    c.stroke();
  }
}

export const BOTH_SIDES_IMAGE = 'both-sides';
const BOTH_SIZE = 36;

export function addMarkerImages(map: MlMap, theme: Theme): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * RATIO;
  const c = canvas.getContext('2d', { willReadFrequently: true })!;
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
      add(markerImage(type, side, false), () => drawMarker(c, type, theme.side[side], theme.markerStroke, SIZE / 2 - 2));
      add(markerImage(type, side, true), () => drawMarker(c, type, theme.side[side], theme.markerStroke, SIZE / 2 - 2, true));
    }
  }
  canvas.width = canvas.height = BOTH_SIZE * RATIO;
  add(BOTH_SIDES_IMAGE, () => drawBothSides(c, theme, BOTH_SIZE / 2 - 3));
}

/** The image name for a marker; layers.ts builds the same name with an expression. */
export function markerImage(type: string, side: string, hollow: boolean): string {
  return `claim-${type}-${side}${hollow ? '-direction' : ''}`;
}
