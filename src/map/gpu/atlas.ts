/**
 * The marker atlas for the GPU layer, drawn with the same canvas code as the map's images
 * (style/markers.ts): each shape filled and hollow, as two masks (red: the fill's coverage, green:
 * the outline's), so the shader tints one image per shape with any group's colour. The both-sides
 * ring keeps its own colours (alpha premultiplied, as the layer blends).
 */
import type { Theme } from '../../style/theme.ts';
import { drawBothSides, HOLLOW_SCALE, markerLineWidth, SHAPES, traceMarker } from '../../style/markers.ts';
import { context2d } from '../canvas-2d.ts';
import { ATLAS_RATIO, type AtlasLayout, atlasLayout, type Cell } from './atlas-layout.ts';

/** icons.ts: a 22 px icon holds a marker of radius 22 / 2 - 2. */
const MARKER_RADIUS = 9;
const RING_RADIUS = 15;

export type Atlas = { layout: AtlasLayout; pixels: Uint8Array };

export function drawAtlas(ringColours: readonly string[]): Atlas {
  const layout = atlasLayout(SHAPES.length);
  const pixels = new Uint8Array(layout.width * layout.height * 4);
  const canvas = document.createElement('canvas');
  const c = context2d(canvas, { willReadFrequently: true });
  const draw = (cell: Cell, paint: () => void): Uint8ClampedArray => {
    canvas.width = canvas.height = cell.size;
    c.setTransform(ATLAS_RATIO, 0, 0, ATLAS_RATIO, cell.size / 2, cell.size / 2);
    paint();
    return c.getImageData(0, 0, cell.size, cell.size).data;
  };
  const put = (cell: Cell, channel: number, image: Uint8ClampedArray, all = false) => {
    for (let y = 0; y < cell.size; y++)
      for (let x = 0; x < cell.size; x++) {
        const from = (y * cell.size + x) * 4;
        const to = ((cell.y + y) * layout.width + cell.x + x) * 4;
        if (all)
          for (let k = 0; k < 4; k++)
            pixels[to + k] = Math.round(((image[from + k] as number) * (k < 3 ? (image[from + 3] as number) : 255)) / 255);
        else pixels[to + channel] = image[from + 3] as number;
      }
  };
  SHAPES.forEach((_, shape) => {
    for (const hollow of [false, true]) {
      const cell = layout.markers[2 * shape + (hollow ? 1 : 0)] as Cell;
      const radius = hollow ? MARKER_RADIUS * HOLLOW_SCALE : MARKER_RADIUS;
      const trace = () => {
        c.beginPath();
        traceMarker(c, shape, radius);
      };
      // The context's default colour (opaque; reset with the canvas size): only the coverage is read.
      const fill = () => {
        trace();
        c.fill();
      };
      const outline = () => {
        trace();
        c.lineWidth = markerLineWidth(MARKER_RADIUS, hollow);
        c.stroke();
      };
      put(cell, 0, draw(cell, fill));
      put(cell, 1, draw(cell, outline));
    }
  });
  put(
    layout.ring,
    0,
    draw(layout.ring, () => drawBothSides(c, ringColours, RING_RADIUS)),
    true,
  );
  return { layout, pixels };
}

/** A CSS colour as premultiplied-free RGBA in [0, 1], read back from a 1×1 canvas (any CSS syntax). */
export function rgba(css: string): [number, number, number, number] {
  const known = parsed.get(css);
  if (known) return [...known];
  pixel ??= onePixel();
  const c = pixel;
  c.clearRect(0, 0, 1, 1);
  c.fillStyle = css;
  c.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = c.getImageData(0, 0, 1, 1).data;
  const out: [number, number, number, number] = [(r as number) / 255, (g as number) / 255, (b as number) / 255, (a as number) / 255];
  parsed.set(css, out);
  return [...out];
}

/** One canvas for every colour, and each colour read once: a canvas each cost the first draw tens of ms. */
let pixel: CanvasRenderingContext2D | null = null;
const parsed = new Map<string, readonly [number, number, number, number]>();
function onePixel(): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  return context2d(canvas, { willReadFrequently: true });
}

/** Unused theme parts stay out; exported for the layer's uniforms. */
export type MarkerColours = Pick<Theme, 'markerStroke' | 'hollowFill' | 'highlight' | 'selected' | 'markerNeutral'>;
