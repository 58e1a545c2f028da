/**
 * The viewer's side panel: the legend of the archive's groups and the text of a picked point, all
 * of it written with textContent (ids, group and type names come from the file).
 */
import { formatDay, formatDays } from '../i18n/index.ts';
import { type TilesKey, tt } from '../i18n/tiles/index.ts';
import type { ArchiveMeta } from './open-archive.ts';

export function legend(doc: Document, groups: readonly string[], colours: readonly string[]): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'tv-legend';
  const heading = doc.createElement('h2');
  heading.textContent = tt('tilesLegend');
  const list = doc.createElement('ul');
  groups.forEach((id, i) => {
    const item = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = 'tv-swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.backgroundColor = colours[i] ?? '';
    const name = doc.createElement('span');
    name.textContent = id;
    item.append(swatch, name);
    list.append(item);
  });
  section.append(heading, list);
  return section;
}

/** The properties a tile feature carries (docs/pmtiles.md). */
export type TileProps = { id?: unknown; day?: unknown; day_end?: unknown; group?: unknown; type?: unknown; geo_precision?: unknown };

const UNDATED = 2 ** 30;
const PRECISION: TilesKey[] = ['tilesPrecision0', 'tilesPrecision1', 'tilesPrecision2', 'tilesPrecision3'];

/** The readable lines of one point: [label, value] pairs. */
export function pointLines(p: TileProps, meta: Pick<ArchiveMeta, 'firstDay' | 'groups' | 'eventTypes'>): [string, string][] {
  const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  const day = num(p.day);
  const end = num(p.day_end) ?? day;
  const dates =
    day === null || day >= UNDATED || end === null
      ? tt('tilesUndated')
      : day === end
        ? formatDay(meta.firstDay + day)
        : formatDays(meta.firstDay + day, meta.firstDay + end);
  const group = num(p.group);
  const type = num(p.type);
  const precision = num(p.geo_precision);
  return [
    [tt('tilesId'), String(p.id ?? '')],
    [tt('tilesDates'), dates],
    [tt('tilesGroup'), (group !== null ? meta.groups[group] : undefined) ?? String(p.group ?? '')],
    [tt('tilesType'), (type !== null ? meta.eventTypes[type] : undefined) ?? String(p.type ?? '')],
    [tt('tilesPrecision'), tt(PRECISION[precision ?? 0] ?? 'tilesPrecision0')],
  ];
}

export class PointPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly meta: ArchiveMeta,
  ) {
    this.element = doc.createElement('section');
    this.element.className = 'tv-point';
    this.element.setAttribute('aria-live', 'polite');
    const heading = doc.createElement('h2');
    heading.textContent = tt('tilesPoint');
    this.body = doc.createElement('div');
    const hint = doc.createElement('p');
    hint.className = 'tv-hint';
    hint.textContent = tt('tilesPick');
    this.body.append(hint);
    this.element.append(heading, this.body);
  }

  show(p: TileProps | null): void {
    const doc = this.doc;
    if (!p) {
      const none = doc.createElement('p');
      none.textContent = tt('tilesNone');
      this.body.replaceChildren(none);
      return;
    }
    const list = doc.createElement('dl');
    for (const [label, value] of pointLines(p, this.meta)) {
      const dt = doc.createElement('dt');
      dt.textContent = label;
      const dd = doc.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    const partial = doc.createElement('p');
    partial.className = 'tv-hint';
    partial.textContent = tt('tilesPartial');
    this.body.replaceChildren(list, partial);
  }
}
