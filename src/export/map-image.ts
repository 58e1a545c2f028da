/**
 * A PNG of the current view for slides and articles: title, date window and whose claims are
 * shown above the map; the legend and the credits drawn in below, so the picture carries its own
 * attribution wherever it goes.
 */
import { context2d } from '../map/canvas-2d.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { drawBothSides, drawMarker } from '../style/markers.ts';
import type { Theme } from '../style/theme.ts';

export type ImageText = {
  title: string;
  subtitle: string;
  window: string;
  sides: string;
  /** The dataset's groups in order, each with its label and colour. */
  groups: readonly { label: string; colour: string }[];
  /** The colours of the dataset's opposing parties (the both-sides ring); empty where it has none. */
  parties: readonly string[];
  direction: string;
  bothSides: string;
  credits: string;
  note: string;
};

/** The map's pixels, read inside a render so the WebGL buffer still holds the frame. */
export function snapshot(map: MlMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      context2d(copy).drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Wraps text to a width; returns the lines. */
function wrap(c: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (c.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

type LegendItem = { draw: (c: CanvasRenderingContext2D) => void; label: string };

export async function mapImage(map: MlMap, theme: Theme, text: ImageText): Promise<Blob> {
  const shot = await snapshot(map);
  const ratio = shot.width / map.getCanvas().clientWidth || 1;
  const width = shot.width;
  const pad = 16 * ratio;
  const font = (size: number, weight = 400) => `${weight} ${size * ratio}px "Noto Sans", system-ui, sans-serif`;
  const measure = context2d(document.createElement('canvas'));

  // Legend: the sides' colours, the hollow "direction" mark and the both-sides ring, in rows.
  const items: LegendItem[] = [
    ...text.groups.map((group) => ({
      draw: (c: CanvasRenderingContext2D) => drawMarker(c, theme, 0, group.colour, 6),
      label: group.label,
    })),
    { draw: (c) => drawMarker(c, theme, 0, theme.markerNeutral, 6, true), label: text.direction },
    ...(text.parties.length >= 2
      ? [{ draw: (c: CanvasRenderingContext2D) => drawBothSides(c, text.parties, 7), label: text.bothSides }]
      : []),
  ];
  measure.font = font(13);
  let row: { item: LegendItem; x: number }[] = [];
  const rows = [row];
  let x = pad;
  for (const item of items) {
    const w = 20 * ratio + measure.measureText(item.label).width + 18 * ratio;
    if (x + w > width - pad && row.length) {
      row = [];
      rows.push(row);
      x = pad;
    }
    row.push({ item, x });
    x += w;
  }
  measure.font = font(14);
  const windowLines = wrap(measure, `${text.window} · ${text.sides}`, width - 2 * pad);
  measure.font = font(12);
  const creditLines = wrap(measure, `${text.credits} ${text.note}`, width - 2 * pad);
  const top = (58 + windowLines.length * 20) * ratio;
  const legendHeight = (rows.length * 22 + 14) * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = top + shot.height + legendHeight + (creditLines.length * 16 + 12) * ratio;
  const c = context2d(canvas);
  c.fillStyle = theme.paper;
  c.fillRect(0, 0, canvas.width, canvas.height);

  c.fillStyle = theme.text;
  c.textBaseline = 'top';
  c.font = font(20, 700);
  c.fillText(text.title, pad, 10 * ratio);
  c.font = font(14);
  c.fillText(text.subtitle, pad, 36 * ratio);
  c.fillStyle = theme.textMuted;
  windowLines.forEach((line, i) => {
    c.fillText(line, pad, (56 + i * 20) * ratio);
  });
  c.drawImage(shot, 0, top);

  c.font = font(13);
  rows.forEach((row, r) => {
    const y = top + shot.height + (12 + r * 22) * ratio;
    for (const { item, x: left } of row) {
      c.save();
      c.translate(left + 8 * ratio, y + 8 * ratio);
      c.scale(ratio, ratio);
      item.draw(c);
      c.restore();
      c.fillStyle = theme.text;
      c.fillText(item.label, left + 20 * ratio, y + 1 * ratio);
    }
  });

  c.font = font(12);
  c.fillStyle = theme.textMuted;
  creditLines.forEach((line, i) => {
    c.fillText(line, pad, top + shot.height + legendHeight + i * 16 * ratio);
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
