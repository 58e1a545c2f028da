/**
 * Start-up only: read the URL, load and validate the data, create the store, then the map (or,
 * without WebGL, a still map) and the views. The URL module writes history from here on; a new
 * language re-mounts the views.
 */
import './ui/app.css';
import './ui/embed-layout.css';
import './ui/print.css';
import type { Map as MlMap } from 'maplibre-gl';
import datasetUrl from '../data/dataset.json?url';
import incidentsUrl from '../data/incidents.geojson?url';
import placesUrl from '../data/places.geojson?url';
import regionsUrl from '../data/regions.geojson?url';
import countriesUrl from '../data/basemap/countries.geojson?url';
import countryLabelsUrl from '../data/basemap/country-labels.geojson?url';
import admin1Url from '../data/basemap/admin1.geojson?url';
import { absoluteUrl as abs } from './config/absolute-url.ts';
import { installTrustedTypes } from './config/trusted-types.ts';
import { UrlSync } from './config/url-sync.ts';
import { parseUrlState, type UrlContext } from './config/url-state.ts';
import { bothSidesIds } from './data/claim-groups.ts';
import { groupIds, makeDataset } from './data/dataset.ts';
import { dataExtent } from './data/data-extent.ts';
import { fetchJson, loadData } from './data/load-data.ts';
import { StoryBook } from './data/story-book.ts';
import { PrintStill } from './export/print-still.ts';
import { PymChild } from './embed/pym-child.ts';
import { setDatasetNames, t } from './i18n/index.ts';
import { loadLanguage, preferredLanguage } from './i18n/load-language.ts';
import { hasWebGL } from './map/has-webgl.ts';
import { MapView } from './map/map-view.ts';
import { LAYER_IDS, Store } from './state/app-state.ts';
import { Playback } from './state/playback.ts';
import type { CountryLabel } from './style/build-style.ts';
import { lightTheme } from './style/theme.ts';
import { ErrorBanner } from './ui/error-banner.ts';
import { applyGroupStyles } from './ui/group-styles.ts';
import { applyThemeVars } from './ui/theme-vars.ts';
import { mountViews, type Views } from './ui/views.ts';

installTrustedTypes();

async function start(): Promise<void> {
  const doc = document;
  const root = doc.getElementById('app');
  const status = doc.querySelector<HTMLElement>('.cl-status');
  if (!root || !status) throw new Error('index.html: no #app');
  applyThemeVars(doc.documentElement, lightTheme);
  const defaultLang = preferredLanguage(navigator.languages);
  // Before the data is here only the page's options and the language matter; the full parse follows.
  const early = parseUrlState(location.search, { first: 0, last: 0 });
  const embed = early.options.embed;
  root.classList.toggle('cl-app--embed', embed);
  doc.documentElement.classList.toggle('cl-embed', embed);
  await loadLanguage(early.state.lang ?? defaultLang);
  status.textContent = t('loading');

  const [data, countryLabels] = await Promise.all([
    loadData({ dataset: abs(datasetUrl), incidents: abs(incidentsUrl), places: abs(placesUrl), regions: abs(regionsUrl) }),
    fetchJson(abs(countryLabelsUrl), 'basemap/country-labels.geojson'),
  ]);
  const errors: string[] = [...data.errors, ...(countryLabels.error ? [countryLabels.error] : [])];
  const extent = dataExtent(data.incidents.map((f) => f.properties));
  if (!extent || !data.file) {
    status.hidden = true;
    const banner = new ErrorBanner(doc);
    root.querySelector('.cl-header')?.after(banner.element);
    banner.fatal(data.errors.join('\n') || (data.file ? 'incidents.geojson: no records' : 'dataset.json: missing'));
    return;
  }
  const [first, last] = extent;
  // The one dataset every view follows: its categories, labels, colours and credits.
  const dataset = makeDataset(data.file, { incidents: data.incidents, places: data.places, regions: data.regions });
  const groups = groupIds(dataset);
  setDatasetNames(dataset);
  applyGroupStyles(doc, dataset, lightTheme);
  const incidentsById = new Map(data.incidents.map((f) => [f.properties.id, f]));
  const stories = new StoryBook(data.incidents);
  const ctx: UrlContext = { first, last, hasIncident: (id) => incidentsById.has(id), stories: stories.ids(), defaultLang, groups };
  const url = parseUrlState(location.search, ctx);
  for (const w of url.warnings) console.warn(`[claimline] ${w}`);
  const store = new Store({
    mode: url.state.mode ?? 'asof',
    from: url.state.from ?? first,
    to: url.state.to ?? last,
    layers: url.state.layers ?? new Set(LAYER_IDS),
    sides: url.state.sides ?? new Set(groups),
    selected: url.state.selected ?? null,
    panel: null,
    story: url.state.story ?? null,
    highlight: [],
    view: url.state.view ?? null,
    lang: url.state.lang ?? defaultLang,
    playing: false,
    speed: 2,
  });
  const appData = {
    dataset,
    incidents: data.incidents,
    incidentsById,
    placesById: new Map(data.places.map((f) => [f.properties.id, f])),
    regionsById: new Map(data.regions.map((f) => [f.properties.id, f])),
    bothSides: bothSidesIds(data.incidents, dataset.meta.parties),
    first,
    last,
  };

  let views: Views | null = null;
  const report = (messages: readonly string[]) => {
    errors.push(...messages.filter((m) => !errors.includes(m)));
    views?.banner.add(messages);
  };
  const mapContainer = root.querySelector<HTMLElement>('.cl-map');
  if (!mapContainer) throw new Error('index.html: no .cl-map');
  const ready = () => {
    status.hidden = true;
    root.dataset.ready = 'true';
    performance.mark('claimline:first-idle');
  };
  let map: MlMap | null = null;
  let print: (() => Promise<void>) | null = null;
  const surface = {
    basemap: { countries: abs(countriesUrl), admin1: abs(admin1Url) },
    countryLabels: (countryLabels.json as { features?: CountryLabel[] } | null)?.features ?? [],
    places: data.places,
    regions: data.regions,
  };
  if (hasWebGL(doc)) {
    const view = new MapView({
      container: mapContainer,
      store,
      theme: lightTheme,
      dataset,
      ...surface,
      incidents: data.incidents,
      bothSides: appData.bothSides,
      onError: (m) => report([m]),
    });
    map = view.map;
    map.once('idle', ready);
    const still = new PrintStill(map, mapContainer);
    print = () => still.print();
  } else {
    const { StillMap } = await import('./map/still-map.ts');
    const still = new StillMap({
      doc,
      container: mapContainer,
      store,
      theme: lightTheme,
      dataset,
      ...surface,
      incidents: data.incidents,
      onError: (m) => report([m]),
    });
    await still.ready;
    ready();
  }
  // Exposed for the browser tests and the benchmark: read-only handles, no behaviour.
  Object.assign(window, { __claimline: { map, store } });

  // Inside any frame, choices must not become steps of the host page's Back button.
  const framed = embed || window.parent !== window;
  new UrlSync(store, { ctx, options: url.options, pushHistory: !framed });
  new Playback(store, first, last);
  if (framed) new PymChild(root, window, url.options.childId);

  const mount = (applyStory: boolean) =>
    mountViews({ doc, root, store, data: appData, stories, theme: lightTheme, ctx, embed, map, print, errors, report, applyStory });
  views = mount(true);
  let switching = 0;
  store.on('lang', async (lang) => {
    const ticket = ++switching;
    await loadLanguage(lang);
    if (ticket !== switching) return;
    // A language link had focus: give it to the same language's link in the new views.
    const where = doc.activeElement?.closest('.cl-lang')?.classList.contains('cl-lang--sheet') ? 'sheet' : 'header';
    const fromLinks = !!doc.activeElement?.closest('.cl-lang');
    views?.destroy();
    views = mount(false);
    if (fromLinks) root.querySelector<HTMLElement>(`.cl-lang--${where} a[aria-current="true"]`)?.focus();
  });
}

start().catch((e: unknown) => {
  const banner = new ErrorBanner(document);
  document.getElementById('app')?.prepend(banner.element);
  banner.fatal(e instanceof Error ? e.message : String(e));
  document.querySelector<HTMLElement>('.cl-status')?.setAttribute('hidden', '');
});
