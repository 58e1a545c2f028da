/**
 * The legend: claimant sides, event-type shapes, place precision and "direction" claims, claims
 * from both sides, dates known only to a range, settlements, regions, and the naming policy.
 */
import './legend.css';
import type { Dataset } from '../data/dataset.ts';
import { groupLabel, t, typeLabel } from '../i18n/index.ts';
import { withAlpha } from '../style/colour.ts';
import { groupColours, partyColours } from '../style/group-colours.ts';
import { drawBothSides, drawMarker } from '../style/markers.ts';
import type { Theme } from '../style/theme.ts';
import { el } from './dom.ts';

/** One canvas per document draws every swatch in turn (a CPU-backed one: each is drawn once). */
const scratch = new WeakMap<Document, CanvasRenderingContext2D | null>();

/**
 * A swatch as an image drawn on the document's one scratch canvas: a canvas per swatch cost the
 * page's start a 2D context each, about 15 of them (50 ms on a quiet machine, 120 ms on a busy one).
 */
function swatch(doc: Document, draw: (c: CanvasRenderingContext2D) => void): HTMLImageElement {
  const img = el(doc, 'img', { alt: '', 'aria-hidden': 'true', class: 'cl-legend__swatch', width: '18', height: '18' });
  if (!scratch.has(doc)) {
    const canvas = el(doc, 'canvas', { width: '36', height: '36' });
    scratch.set(doc, canvas.getContext('2d', { willReadFrequently: true }));
  }
  const c = scratch.get(doc);
  if (!c) return img;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, 36, 36);
  c.save();
  c.setTransform(2, 0, 0, 2, 18, 18);
  draw(c);
  c.restore();
  img.src = c.canvas.toDataURL();
  return img;
}

/** The dataset's groups and event types, in its order, with their colours and shapes (the first shape is the circle). */
export function createLegend(
  doc: Document,
  theme: Theme,
  dataset: Pick<Dataset, 'categories' | 'meta'>,
  onNamingPolicy: () => void,
  /** Some imported events have no date: they are drawn as hollow circles, and the legend says so. */
  undated = false,
  /** A large dataset: where too many claims overlap, numbered cells (map/gpu/cells-layer.ts) stand in for them. */
  cells = false,
): HTMLElement {
  const colours = groupColours(dataset.categories.groups, theme);
  const neutral = theme.markerNeutral;
  const parties = partyColours(dataset.meta.parties, colours, neutral);
  const root = el(doc, 'section', { class: 'cl-legend', 'aria-labelledby': 'cl-legend-title' });
  root.append(el(doc, 'h2', { id: 'cl-legend-title' }, t('legend')));
  const group = (title: string, items: [HTMLElement, string][]) => {
    root.append(el(doc, 'h3', {}, title));
    const ul = el(doc, 'ul');
    for (const [icon, text] of items) {
      const li = el(doc, 'li');
      li.append(icon, el(doc, 'span', {}, text));
      ul.append(li);
    }
    root.append(ul);
  };
  group(
    t('legendSides'),
    dataset.categories.groups.map((g) => [swatch(doc, (c) => drawMarker(c, theme, 0, colours.get(g.id) ?? neutral, 6)), groupLabel(g.id)]),
  );
  group(
    t('legendTypes'),
    dataset.categories.eventTypes.map((type, i) => [swatch(doc, (c) => drawMarker(c, theme, i, neutral, 7)), typeLabel(type.id)]),
  );
  group(t('legendPrecision'), [
    [swatch(doc, (c) => drawMarker(c, theme, 0, neutral, 5)), t('legendExact')],
    [
      swatch(doc, (c) => {
        c.beginPath();
        c.arc(0, 0, 8, 0, Math.PI * 2);
        // The halo of an approximate place, as on the map.
        c.fillStyle = withAlpha(neutral, 0.2);
        c.fill();
        c.strokeStyle = neutral;
        c.lineWidth = 0.8;
        c.stroke();
        drawMarker(c, theme, 0, neutral, 4);
      }),
      t('legendApproximate'),
    ],
    [swatch(doc, (c) => drawMarker(c, theme, 0, neutral, 6, true)), t('legendDirection')],
    ...(undated
      ? [
          [
            swatch(doc, (c) => {
              c.beginPath();
              c.arc(0, 0, 6, 0, Math.PI * 2);
              c.strokeStyle = neutral;
              c.lineWidth = 2;
              c.stroke();
            }),
            t('legendUndated'),
          ] as [HTMLImageElement, string],
        ]
      : []),
  ]);
  group(t('legendClaims'), [
    // Only a dataset with two opposing parties marks claims from both.
    ...(parties.length >= 2
      ? [
          [
            swatch(doc, (c) => {
              drawBothSides(c, parties, 8);
              drawMarker(c, theme, 0, neutral, 4);
            }),
            t('legendBothSides'),
          ] as [HTMLImageElement, string],
        ]
      : []),
    ...(cells
      ? [
          [
            swatch(doc, (c) => {
              // As style/cell-look.ts draws a cell: the panel colour inside a ring.
              c.beginPath();
              c.arc(0, 0, 7.5, 0, Math.PI * 2);
              c.fillStyle = theme.panel;
              c.fill();
              c.strokeStyle = neutral;
              c.lineWidth = 1.5;
              c.stroke();
            }),
            t('legendCells'),
          ] as [HTMLImageElement, string],
        ]
      : []),
    [
      swatch(doc, (c) => {
        c.fillStyle = theme.band;
        c.fillRect(-8, -2.5, 16, 5);
      }),
      t('legendDateBands'),
    ],
  ]);
  group(t('layerSettlements'), [
    [
      swatch(doc, (c) => {
        c.beginPath();
        c.arc(0, 0, 7, 0, Math.PI * 2);
        c.globalAlpha = 0.35;
        c.fillStyle = theme.settlement;
        c.fill();
        c.globalAlpha = 1;
        c.strokeStyle = theme.settlement;
        c.stroke();
      }),
      t('legendSettlements'),
    ],
  ]);
  group(t('layerRegions'), [
    [
      swatch(doc, (c) => {
        c.setLineDash([3, 2]);
        c.strokeStyle = theme.regionLine;
        c.lineWidth = 1.5;
        c.fillStyle = withAlpha(theme.regionFill, 0.15);
        c.fillRect(-7, -5, 14, 10);
        c.strokeRect(-7, -5, 14, 10);
      }),
      t('legendRegions'),
    ],
    [
      swatch(doc, (c) => {
        c.strokeStyle = theme.nkaoLine;
        c.lineWidth = 1.6;
        c.strokeRect(-7, -5, 14, 10);
      }),
      t('legendNkao'),
    ],
  ]);
  const policy = el(doc, 'button', { type: 'button', class: 'cl-linkish cl-legend__policy' }, t('namingPolicy'));
  policy.addEventListener('click', onNamingPolicy);
  root.append(policy);
  return root;
}
