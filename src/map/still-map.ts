/**
 * The map without WebGL: a still SVG of the current window drawn with d3-geo from the same
 * basemap, regions, places and claims as the interactive map, with the same colours, halos for
 * approximate places and hollow marks for "in the direction of" claims. It redraws when the
 * window, the sides, the layers, the selection or the language change; a click on a mark opens
 * the claim (the claims table is the keyboard path to every claim). A note above it says plainly
 * that the interactive map needs WebGL.
 */
import './still-map.css';
import { geoArea, geoMercator, geoPath } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isShown } from '../data/matches-window.ts';
import { packedCollection } from './packed-protocol.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Incident, Place, Region } from '../data/schema.ts';
import { regionActiveOn } from '../geo/regions-at-day.ts';
import { currentLanguage, groupLabel, t, typeLabel } from '../i18n/index.ts';
import { labelLines } from '../i18n/place-name.ts';
import { REPLACE, type Store } from '../state/app-state.ts';
import type { CountryLabel, StyleData } from '../style/build-style.ts';
import { groupColours } from '../style/group-colours.ts';
import { markerSvg } from '../style/marker-svg.ts';
import { shapeOf } from '../style/markers.ts';
import type { Theme } from '../style/theme.ts';
import { DEFAULT_VIEW } from './default-view.ts';

export type StillMapOptions = {
  doc: Document;
  container: HTMLElement;
  store: Store;
  theme: Theme;
  /** The dataset's categories: each group's colour, each event type's shape. */
  dataset: Pick<Dataset, 'categories'>;
  basemap: StyleData['basemap'];
  countryLabels: readonly CountryLabel[];
  places: readonly Place[];
  regions: readonly Region[];
  incidents: readonly Incident[];
  onError: (message: string) => void;
};

const NS = 'http://www.w3.org/2000/svg';

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo reads rings on the sphere and
 * takes such a ring for everything outside it. Reverse the rings of any polygon that covers more
 * than a hemisphere.
 */
export function rewind<T extends Feature>(f: T): T {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const fixed = polygons.map((rings) => {
    const one: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    return geoArea(one) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
  const geometry =
    g.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: fixed[0] ?? [] }
      : { type: 'MultiPolygon' as const, coordinates: fixed };
  return { ...f, geometry };
}
/** maplibre's world is 512 px wide at zoom 0; d3's Mercator is 2π × scale wide. */
const scaleAt = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);
/** The markers' size at the default zoom of the interactive map (map/icons.ts draws them at 9 px). */
const MARKER_RADIUS = 8;
/** Labels by importance: the first placed wins where two would overlap. */
const LABEL_RANK: Record<string, number> = { country: 0, capital: 1, city: 2, town: 3 };

export class StillMap {
  readonly element: SVGSVGElement;
  readonly notice: HTMLElement;
  /** Resolves once the basemap is drawn (or failed with a reported error). */
  readonly ready: Promise<void>;
  private readonly land: SVGGElement;
  private readonly overlay: SVGGElement;
  private readonly projection;
  private readonly path;
  private readonly width: number;
  private readonly height: number;
  private readonly off: () => void;
  private readonly colours: ReadonlyMap<string, string>;

  constructor(private readonly o: StillMapOptions) {
    this.colours = groupColours(o.dataset.categories.groups, o.theme);
    const { doc, container, store } = o;
    this.notice = doc.createElement('p');
    this.notice.className = 'cl-still-note';
    this.notice.setAttribute('role', 'note');
    // The same view as the interactive map would show in this container (a still map cannot pan).
    this.width = Math.max(300, Math.round(container.clientWidth));
    this.height = Math.max(240, Math.round(container.clientHeight));
    this.element = this.node('svg', {
      class: 'cl-still',
      viewBox: `0 0 ${this.width} ${this.height}`,
      role: 'img',
      preserveAspectRatio: 'xMidYMid slice',
    });
    this.land = this.node('g', { class: 'cl-still__land' });
    this.overlay = this.node('g', { class: 'cl-still__overlay' });
    this.element.append(this.land, this.overlay);
    container.append(this.notice, this.element);
    container.classList.add('cl-map--still');
    const view = store.state.view ?? DEFAULT_VIEW;
    this.projection = geoMercator()
      .scale(scaleAt(view.zoom))
      .center([view.lng, view.lat])
      .translate([this.width / 2, this.height / 2]);
    this.path = geoPath(this.projection);
    this.off = store.on('change', (changed) => {
      // Not on 'lang': the new language's strings come later, and mount-app.ts then calls draw().
      if (['from', 'to', 'mode', 'sides', 'layers', 'selected', 'highlight'].some((k) => changed.has(k as never))) this.draw();
    });
    this.overlay.addEventListener('click', this.onClick);
    this.ready = this.drawLand().then(() => this.draw());
  }

  private node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
    const node = this.o.doc.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  }

  private async drawLand(): Promise<void> {
    const { theme } = this.o;
    this.land.append(this.node('rect', { width: this.width, height: this.height, fill: theme.water }));
    try {
      const countries = (await packedCollection(this.o.basemap.countries)) as FeatureCollection<Geometry, { iso: string }>;
      for (const f of countries.features.map(rewind)) {
        const focus = f.properties.iso === 'AM' || f.properties.iso === 'AZ';
        this.land.append(
          this.node('path', {
            d: this.path(f) ?? '',
            fill: focus ? theme.landFocus : theme.land,
            stroke: theme.countryLine,
            'stroke-width': 1,
          }),
        );
      }
    } catch (e) {
      this.o.onError(`basemap/countries.geojson: could not be loaded (${(e as Error).message})`);
    }
  }

  /** Everything that depends on the store: regions at the date, claims in the window, labels. */
  draw(): void {
    const { theme, store } = this.o;
    const state = store.state;
    const lang = currentLanguage();
    this.notice.textContent = t('noWebGL');
    this.element.setAttribute('aria-label', t('stillMapLabel'));
    const parts: SVGElement[] = [];
    if (state.layers.has('regions')) {
      for (const r of this.o.regions) {
        if (!regionActiveOn(r.properties, state.to)) continue;
        const p = r.properties;
        const polygon = r.geometry.type === 'Polygon' || r.geometry.type === 'MultiPolygon';
        const line = p.reference ? theme.nkaoLine : theme.regionLine;
        const attrs = {
          d: this.path(rewind(r as Feature)) ?? '',
          fill: polygon && !p.reference ? theme.regionFill : 'none',
          'fill-opacity': 0.12,
          stroke: line,
          'stroke-width': p.reference ? 1.6 : 1,
        };
        parts.push(this.node('path', p.dashed ? { ...attrs, 'stroke-dasharray': '3 2' } : attrs));
      }
    }
    if (state.layers.has('labels')) parts.push(...this.labels(lang));
    if (state.layers.has('incidents')) {
      const shown = this.o.incidents.filter((f) => f.geometry && !f.properties.context && isShown(f.properties, state));
      // Older first, so the latest claims sit on top, as on the interactive map.
      shown.sort((a, b) => a.properties.day - b.properties.day);
      for (const f of shown) parts.push(this.marker(f, state.selected === f.properties.id, state.highlight.includes(f.properties.id)));
    }
    this.overlay.replaceChildren(...parts);
  }

  /** Place and country names, most important first, skipping any that would overlap one already placed. */
  private labels(lang: ReturnType<typeof currentLanguage>): SVGElement[] {
    const { theme } = this.o;
    const rank = (f: Place | CountryLabel) => LABEL_RANK['kind' in f.properties ? f.properties.kind : 'country'] ?? 4;
    const taken: [number, number, number, number][] = [];
    const out: SVGElement[] = [];
    for (const f of [...this.o.countryLabels, ...this.o.places].sort((a, b) => rank(a) - rank(b))) {
      const point = this.projection(f.geometry.coordinates as [number, number]);
      if (!point) continue;
      // As on the interactive map: a second name (the other side's) on its own, smaller line.
      const [text, second] = labelLines(f.properties, lang);
      const country = !('kind' in f.properties);
      const [x, y] = [point[0], country ? point[1] : point[1] - 9];
      const half = Math.max(text.length, second.length * 0.8) * 3.6;
      const box: [number, number, number, number] = [x - half, y - 12, x + half, second ? y + 14 : y + 3];
      if (box[2] < 0 || box[0] > this.width || box[3] < 0 || box[1] > this.height) continue;
      if (taken.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
      taken.push(box);
      const node = this.node('text', {
        x: x.toFixed(1),
        y: y.toFixed(1),
        'text-anchor': 'middle',
        class: country ? 'cl-still__country' : 'cl-still__place',
        fill: country ? theme.countryLabel : theme.label,
        stroke: theme.labelHalo,
        'stroke-width': 3,
        'paint-order': 'stroke',
      });
      node.textContent = text;
      if (second) {
        const line = this.node('tspan', { x: x.toFixed(1), dy: '1.1em', 'font-size': '0.8em' });
        line.textContent = second;
        node.append(line);
      }
      out.push(node);
    }
    return out;
  }

  private marker(f: Incident, selected: boolean, highlighted: boolean): SVGElement {
    const { theme } = this.o;
    const p = f.properties;
    const [x, y] = this.projection(f.geometry?.coordinates as [number, number]) ?? [0, 0];
    const colour = this.colours.get(p.claimant_side) ?? theme.markerNeutral;
    const g = this.node('g', { class: 'cl-still__claim', 'data-id': p.id, transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})` });
    const title = this.node('title');
    title.textContent = `${groupLabel(p.claimant_side)}: ${typeLabel(p.event_type)} — ${p.place_name}`;
    g.append(title);
    if ((p.geo_precision ?? 1) >= 2)
      g.append(
        this.node('circle', {
          r: p.geo_precision === 2 ? 10 : 18,
          fill: colour,
          'fill-opacity': 0.16,
          stroke: colour,
          'stroke-opacity': 0.6,
        }),
      );
    if (highlighted)
      g.append(this.node('circle', { r: 12, fill: theme.highlight, 'fill-opacity': 0.35, stroke: theme.highlight, 'stroke-width': 3 }));
    // The interactive map's shape for the event type, its side's colour, hollow for a direction.
    g.append(
      this.node(
        'path',
        markerSvg(
          theme,
          shapeOf(this.o.dataset.categories.eventTypes, p.event_type),
          colour,
          MARKER_RADIUS,
          p.location_role === 'direction',
        ),
      ),
    );
    if (selected) g.append(this.node('circle', { r: 11, fill: 'none', stroke: theme.selected, 'stroke-width': 2.5 }));
    return g;
  }

  private onClick = (e: MouseEvent): void => {
    const id = (e.target as Element).closest('.cl-still__claim')?.getAttribute('data-id');
    if (id) this.o.store.update({ selected: id, panel: null }, { ...REPLACE, focus: true });
  };

  destroy(): void {
    this.off();
    this.overlay.removeEventListener('click', this.onClick);
    this.element.remove();
    this.notice.remove();
  }
}
