/**
 * tiles.html: a PMTiles archive written by `npm run tiles` (docs/pmtiles.md) on the app's offline
 * world basemap. `?src=` names the archive (same origin unless the page allows another), `?lang=`
 * the language (links in the header switch it). Claims are circles in their group's colour; the date fields filter them by
 * `day`/`day_end`; a click (or Enter at the centre) shows what the tile carries about a point.
 * A page of its own: the app's first view carries none of this, nor the `pmtiles` reader.
 */
import './tiles-view.css';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import { installTrustedTypes } from '../config/trusted-types.ts';
import { LANGUAGES, type Lang } from '../i18n/index.ts';
import { preferredLanguage } from '../i18n/load-language.ts';
import { loadTilesStrings, tt } from '../i18n/tiles/index.ts';
import { fitToBounds, showWorld } from '../map/world-basemap.ts';
import { workerUrl } from '../map/worker-url.ts';
import { lightTheme } from '../style/theme.ts';
import { applyThemeVars } from '../ui/theme-vars.ts';
import { openArchive } from './open-archive.ts';
import { rangeControl } from './range-control.ts';
import { languageLinks } from './language-links.ts';
import { legend, PointPanel, type TileProps } from './side-panel.ts';
import { archiveSource } from './source-url.ts';
import { CLAIMS_LAYER, colourList, dayFilter, OPEN_END, PICKED_LAYER, pickedFilter, tilesStyle } from './tiles-style.ts';

installTrustedTypes();
maplibregl.setWorkerUrl(workerUrl);

const doc = document;
const el = <T extends HTMLElement>(selector: string) => doc.querySelector<T>(selector) as T;

function pageLanguage(search: string): Lang {
  const asked = new URLSearchParams(search).get('lang');
  return asked && (LANGUAGES as readonly string[]).includes(asked) ? (asked as Lang) : preferredLanguage(navigator.languages);
}

function fail(message: string): void {
  el('.tv-status').hidden = true;
  const box = el('.tv-error');
  box.textContent = message;
  box.hidden = false;
  el('.tv-main').hidden = true;
  doc.body.dataset.ready = 'error';
}

async function start(): Promise<void> {
  applyThemeVars(doc.documentElement, lightTheme);
  const lang = pageLanguage(location.search);
  await loadTilesStrings(lang);
  doc.title = tt('tilesTitle');
  el('.tv-header').append(languageLinks(doc, lang, location.search, tt('tilesLanguage')));
  el('.tv-title').textContent = tt('tilesHeading');
  el('.tv-note').textContent = tt('tilesNote');
  el('.tv-map').setAttribute('aria-label', tt('tilesMap'));

  const source = archiveSource(location.search, location.href, doc);
  if ('error' in source) return fail(tt(source.error, { ...source.vars, why: source.why ? tt(source.why, source.vars) : '' }));
  el('.tv-status').textContent = tt('tilesLoading', { file: source.file });
  const opened = await openArchive(source.url, source.file);
  if ('error' in opened) return fail(tt(opened.error, opened.vars));
  const { archive, meta } = opened;
  el('.tv-title').textContent = meta.name;

  const protocol = new Protocol();
  protocol.add(archive); // the map reads the header and directories the page has already read
  maplibregl.addProtocol('pmtiles', protocol.tile);
  const credit = [
    meta.attribution && tt('tilesCredit', { text: meta.attribution }),
    meta.licence && tt('tilesLicence', { text: meta.licence }),
  ]
    .filter(Boolean)
    .join(' · ');
  const colours = colourList(meta.groups, lightTheme);
  // The panel first: on a narrow screen it sits below the map and sets the map's height, which the first fit needs.
  const panel = new PointPanel(doc, meta);
  // The fields answer only once the map below exists (the page is built in this one task).
  const range = rangeControl(doc, meta.firstDay, ({ from, to }) => map.setFilter(CLAIMS_LAYER, dayFilter(from, to)));
  el('.tv-side').append(range, legend(doc, meta.groups, colours), panel.element);
  const map = new maplibregl.Map({
    container: el('.tv-map'),
    style: tilesStyle({ archiveUrl: source.url, groups: meta.groups, theme: lightTheme, from: 0, to: OPEN_END, credit }),
    attributionControl: { compact: false },
    locale: {
      'NavigationControl.ZoomIn': tt('tilesZoomIn'),
      'NavigationControl.ZoomOut': tt('tilesZoomOut'),
      'Map.Title': tt('tilesMapCanvas'),
    },
    maxZoom: 16,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  showWorld(map, { theme: lightTheme, onError: (message) => console.warn(message) });
  fitToBounds(map, meta.bounds);

  const pick = (point: maplibregl.Point) => {
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - 8, point.y - 8],
      [point.x + 8, point.y + 8],
    ];
    const hits = map.queryRenderedFeatures(box, { layers: [CLAIMS_LAYER] });
    const near = hits.sort((a, b) => dist(map, a, point) - dist(map, b, point))[0];
    const props = near ? (near.properties as TileProps) : null;
    panel.show(props);
    map.setFilter(PICKED_LAYER, pickedFilter(typeof props?.id === 'string' ? props.id : ''));
  };
  map.on('click', (e) => pick(e.point));
  map.getCanvas().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    pick(new maplibregl.Point(w / 2, h / 2));
  });
  map.on('mouseenter', CLAIMS_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', CLAIMS_LAYER, () => (map.getCanvas().style.cursor = ''));
  map.once('idle', () => {
    el('.tv-status').hidden = true;
    doc.body.dataset.ready = 'true';
  });
  // Read-only handles for the browser test (tests/browser/tiles-view.test.ts), no behaviour.
  Object.assign(window, { __claimlineTiles: { map, meta } });
}

function dist(map: maplibregl.Map, f: maplibregl.MapGeoJSONFeature, point: maplibregl.Point): number {
  const g = f.geometry;
  if (g.type !== 'Point') return Number.POSITIVE_INFINITY;
  return map.project(g.coordinates as [number, number]).dist(point);
}

start().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
