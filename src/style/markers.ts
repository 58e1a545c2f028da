/**
 * Marker shapes: one per event type (the dataset's event types take the shapes in their order,
 * see shapeOf()), filled with the claimant group's colour, so neither colour nor shape alone carries
 * the meaning. A shape only traces a path, so the same code draws on a canvas (the map's images, the
 * legend, the exported PNG) and writes SVG path data (a still map without WebGL).
 *
 * @example
 * traceMarker(canvasContext, 0, 9); // the circle; then fill and stroke it yourself, or:
 * drawMarker(canvasContext, theme, 0, '#d55e00', 9);
 * // SVG path data: marker-svg.ts.
 */
import type { Category } from '../data/dataset.ts';
import { withAlpha } from './colour.ts';
import type { Theme } from './theme.ts';

/** The part of a canvas context a shape needs; CanvasRenderingContext2D and d3's path() have it. */
export type PathContext = {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise?: boolean): void;
  closePath(): void;
};

type Shape = (ctx: PathContext, r: number) => void;

const poly = (ctx: PathContext, [first, ...rest]: [number, number][]) => {
  if (!first) return;
  ctx.moveTo(...first);
  for (const point of rest) ctx.lineTo(...point);
  ctx.closePath();
};
const star = (ctx: PathContext, r: number, n: number, inner: number) => {
  const pts: [number, number][] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = (Math.PI * i) / n - Math.PI / 2;
    const rr = i % 2 ? r * inner : r;
    pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
  }
  poly(ctx, pts);
};

/**
 * The outlines, centred at the origin, `r` from the centre to the outermost point, in the order
 * event types take them: circle, triangle, diamond, square, five-pointed star, cross, six-pointed
 * star, hexagon.
 */
export const SHAPES: readonly Shape[] = [
  // circle
  (ctx, r) => ctx.arc(0, 0, r * 0.8, 0, Math.PI * 2),
  // triangle
  (ctx, r) =>
    poly(ctx, [
      [0, -r],
      [r * 0.95, r * 0.75],
      [-r * 0.95, r * 0.75],
    ]),
  // diamond
  (ctx, r) =>
    poly(ctx, [
      [0, -r],
      [r, 0],
      [0, r],
      [-r, 0],
    ]),
  // square
  (ctx, r) =>
    poly(ctx, [
      [-r * 0.72, -r * 0.72],
      [r * 0.72, -r * 0.72],
      [r * 0.72, r * 0.72],
      [-r * 0.72, r * 0.72],
    ]),
  // five-pointed star
  (ctx, r) => star(ctx, r, 5, 0.45),
  // cross
  (ctx, r) => {
    const w = r * 0.38;
    poly(ctx, [
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
  // six-pointed star
  (ctx, r) => star(ctx, r, 6, 0.6),
  // hexagon
  (ctx, r) =>
    poly(ctx, [
      [-r * 0.85, -r * 0.5],
      [0, -r],
      [r * 0.85, -r * 0.5],
      [r * 0.85, r * 0.5],
      [0, r],
      [-r * 0.85, r * 0.5],
    ]),
];

/** The shape (an index into SHAPES) of an event type: its place in the dataset's order; unknown types take the last. */
export function shapeOf(eventTypes: readonly Pick<Category, 'id'>[], type: string): number {
  const i = eventTypes.findIndex((c) => c.id === type);
  return (i < 0 ? SHAPES.length - 1 : i) % SHAPES.length;
}

/** Traces a shape (an index into SHAPES) on a path context, centred at the origin; no fill or stroke. */
export function traceMarker(ctx: PathContext, shape: number, radius: number): void {
  (SHAPES[Math.abs(Math.trunc(shape)) % SHAPES.length] as Shape)(ctx, radius);
}

/** Opacity of the theme's `hollowFill` inside a hollow ("direction") marker. */
export const HOLLOW_FILL_OPACITY = 0.92;
/** A hollow marker is drawn this much smaller, so its thicker outline keeps the same size. */
export const HOLLOW_SCALE = 0.86;

/** Line width of a marker's outline for a radius: thicker for the hollow ("direction") mark. */
export function markerLineWidth(radius: number, hollow = false): number {
  return hollow ? Math.max(2.5, radius / 3) : Math.max(1.5, radius / 5);
}

/**
 * Draws one marker into a 2D context centred at the origin (map images, legend, exported PNG): `fill`
 * inside, the theme's `markerStroke` around. A "direction" claim ("fired in the direction of X") is
 * drawn hollow: an outline in `fill`, the theme's `hollowFill` inside, because it names a direction,
 * not an impact at the place.
 */
export function drawMarker(c: CanvasRenderingContext2D, theme: Theme, shape: number, fill: string, radius: number, hollow = false): void {
  c.beginPath();
  traceMarker(c, shape, hollow ? radius * HOLLOW_SCALE : radius);
  c.fillStyle = hollow ? withAlpha(theme.hollowFill, HOLLOW_FILL_OPACITY) : fill;
  c.fill();
  c.lineWidth = markerLineWidth(radius, hollow);
  c.strokeStyle = hollow ? fill : theme.markerStroke;
  c.stroke();
}

/**
 * The mark for claims from both sides about one place and days: a ring split evenly among the
 * parties' colours (two halves for the built-in dataset, the first party on the left).
 */
export function drawBothSides(c: CanvasRenderingContext2D, colours: readonly string[], radius: number): void {
  c.lineWidth = Math.max(2, radius / 4.5);
  const arc = (Math.PI * 2) / Math.max(1, colours.length);
  colours.forEach((colour, i) => {
    const start = Math.PI / 2 + i * arc;
    c.beginPath();
    c.arc(0, 0, radius, start, start + arc);
    c.strokeStyle = colour;
    c.stroke();
  });
}

/** The name of the map image of the two-sided ring (style/layers.ts, map/icons.ts). */
export const BOTH_SIDES_IMAGE = 'both-sides';

/** The image name for a marker; layers.ts builds the same name with an expression. */
export function markerImage(type: string, side: string, hollow: boolean): string {
  return `claim-${type}-${side}${hollow ? '-direction' : ''}`;
}
