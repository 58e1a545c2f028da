/**
 * Markers as SVG (the still map without WebGL, map/still-map.ts): path data and attributes for the
 * shapes of markers.ts. A file of its own so that d3's path writer stays out of the first view's chunk.
 *
 * @example
 * markerPathD(2, 9); // the diamond: "M0,-9L9,0L0,9L-9,0Z"
 */
import { path } from 'd3';
import { HOLLOW_FILL_OPACITY, HOLLOW_SCALE, markerLineWidth, traceMarker } from './markers.ts';
import type { Theme } from './theme.ts';

/** A shape as SVG path data, centred at the origin: `<path d={markerPathD(shape, 9)}>`. */
export function markerPathD(shape: number, radius: number): string {
  const p = path();
  traceMarker(p, shape, radius);
  return p.toString();
}

/** The same marker as SVG attributes (the still map without WebGL): path data, fill and outline. */
export function markerSvg(theme: Theme, shape: number, fill: string, radius: number, hollow = false): Record<string, string | number> {
  return {
    d: markerPathD(shape, hollow ? radius * HOLLOW_SCALE : radius),
    fill: hollow ? theme.hollowFill : fill,
    'fill-opacity': hollow ? HOLLOW_FILL_OPACITY : 1,
    stroke: hollow ? fill : theme.markerStroke,
    'stroke-width': markerLineWidth(radius, hollow),
  };
}
