/**
 * The legend: claimant sides, event-type shapes, place precision and "direction" claims, claims
 * from both sides, dates known only to a range, settlements, regions, and the naming policy.
 */
import './legend.css';
import { EVENT_TYPES, SIDES } from '../data/schema.ts';
import { t } from '../i18n/index.ts';
import { withAlpha } from '../style/colour.ts';
import { drawBothSides, drawMarker } from '../style/markers.ts';
import type { Theme } from '../style/theme.ts';
import { el } from './dom.ts';

function swatch(doc: Document, draw: (c: CanvasRenderingContext2D) => void): HTMLCanvasElement {
  const canvas = el(doc, 'canvas', { width: '36', height: '36', 'aria-hidden': 'true', class: 'cl-legend__swatch' });
  const c = canvas.getContext('2d');
  if (c) {
    c.setTransform(2, 0, 0, 2, 18, 18);
    draw(c);
  }
  return canvas;
}

export function createLegend(doc: Document, theme: Theme, onNamingPolicy: () => void): HTMLElement {
  const root = el(doc, 'section', { class: 'cl-legend', 'aria-labelledby': 'cl-legend-title' });
  root.append(el(doc, 'h2', { id: 'cl-legend-title' }, t('legend')));
  const group = (title: string, items: [HTMLElement | HTMLCanvasElement, string][]) => {
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
    SIDES.map((side) => [swatch(doc, (c) => drawMarker(c, theme, 'shelling', theme.side[side], 6)), t(`side_${side}`)]),
  );
  group(
    t('legendTypes'),
    EVENT_TYPES.map((type) => [swatch(doc, (c) => drawMarker(c, theme, type, theme.side.independent, 7)), t(`type_${type}`)]),
  );
  group(t('legendPrecision'), [
    [swatch(doc, (c) => drawMarker(c, theme, 'shelling', theme.side.independent, 5)), t('legendExact')],
    [
      swatch(doc, (c) => {
        c.beginPath();
        c.arc(0, 0, 8, 0, Math.PI * 2);
        // The halo of an approximate place, as on the map.
        c.fillStyle = withAlpha(theme.side.independent, 0.2);
        c.fill();
        c.strokeStyle = theme.side.independent;
        c.lineWidth = 0.8;
        c.stroke();
        drawMarker(c, theme, 'shelling', theme.side.independent, 4);
      }),
      t('legendApproximate'),
    ],
    [swatch(doc, (c) => drawMarker(c, theme, 'shelling', theme.side.independent, 6, true)), t('legendDirection')],
  ]);
  group(t('legendClaims'), [
    [
      swatch(doc, (c) => {
        drawBothSides(c, theme, 8);
        drawMarker(c, theme, 'shelling', theme.side.independent, 4);
      }),
      t('legendBothSides'),
    ],
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
