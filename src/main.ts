/**
 * Start-up only: read the URL, load and validate the data, create the store, mount the views.
 */
import './ui/app.css';
import incidentsUrl from '../data/incidents.geojson?url';
import placesUrl from '../data/places.geojson?url';
import regionsUrl from '../data/regions.geojson?url';
import countriesUrl from '../data/basemap/countries.geojson?url';
import countryLabelsUrl from '../data/basemap/country-labels.geojson?url';
import admin1Url from '../data/basemap/admin1.geojson?url';
import { absoluteUrl as abs } from './config/absolute-url.ts';
import { parseUrlState } from './config/url-state.ts';
import { UrlSync } from './config/url-sync.ts';
import { dataExtent } from './data/data-extent.ts';
import { asCollection, fetchJson, loadData } from './data/load-data.ts';
import { bothSidesIds } from './data/claim-groups.ts';

import { currentLanguage, regionName, t } from './i18n/index.ts';
import { el, liveHref } from './ui/dom.ts';
import { applyThemeVars } from './ui/theme-vars.ts';
import { createLanguageSwitch } from './ui/language-switch.ts';
import { ShareDialog } from './ui/share-dialog.ts';
import { ExportPanel } from './ui/export-panel.ts';
import { StoryMode } from './ui/story-mode.ts';
import { createPhoneSheet } from './ui/phone-sheet.ts';
import { DEFAULT_STORY } from './data/stories.ts';
import { viewUrl } from './config/share-urls.ts';
import { PymChild } from './embed/pym-child.ts';
import { chooseLanguage, loadLanguage } from './i18n/load-language.ts';
import { MapView } from './map/map-view.ts';
import { LAYER_IDS, SIDES, Store } from './state/app-state.ts';
import type { CountryLabel } from './style/build-style.ts';
import { lightTheme } from './style/theme.ts';
import { DetailsPanel } from './ui/details-panel.ts';
import { ErrorBanner } from './ui/error-banner.ts';
import { IncidentTable } from './ui/incident-table.ts';
import { createLegend } from './ui/legend.ts';
import { CheckboxGroup } from './ui/checkbox-group.ts';
import { WindowSummary } from './ui/window-summary.ts';
import { Timeline } from './ui/timeline.ts';

const LAYER_LABELS = {
  incidents: 'layerIncidents',
  settlements: 'layerSettlements',
  regions: 'layerRegions',
  labels: 'layerLabels',
} as const;

async function start(): Promise<void> {
  const doc = document;
  const root = doc.getElementById('app')!;
  // Embed mode: no page chrome, a compact timeline, the legend folded; see README "Embedding".
  const embed = new URLSearchParams(location.search).has('embed');
  root.classList.toggle('cl-app--embed', embed);
  doc.documentElement.classList.toggle('cl-embed', embed);
  applyThemeVars(doc.documentElement, lightTheme);
  const language = chooseLanguage(location.search, navigator.languages);
  if (language.warning) console.warn(`[claimline] ${language.warning}`);
  await loadLanguage(language.lang);
  translateShell(root);
  const actions = root.querySelector<HTMLElement>('.cl-header__actions')!;
  if (!embed) actions.append(createLanguageSwitch(doc, 'header'));
  const errors = new ErrorBanner(doc);
  root.querySelector('.cl-header')!.after(errors.element);
  const status = root.querySelector<HTMLElement>('.cl-status')!;

  const [data, countryLabels] = await Promise.all([
    loadData({ incidents: abs(incidentsUrl), places: abs(placesUrl), regions: abs(regionsUrl) }),
    fetchJson(abs(countryLabelsUrl), 'basemap/country-labels.geojson'),
  ]);
  errors.add(data.errors);
  if (countryLabels.error) errors.add([countryLabels.error]);
  const extent = dataExtent(data.incidents.map((f) => f.properties));
  if (!extent) {
    status.hidden = true;
    errors.fatal(data.errors.join('\n') || 'incidents.geojson: no records');
    return;
  }
  const [first, last] = extent;
  const incidentsById = new Map(data.incidents.map((f) => [f.properties.id, f]));
  const placesById = new Map(data.places.map((f) => [f.properties.id, f]));
  const regionsById = new Map(data.regions.map((f) => [f.properties.id, f]));
  const bothSides = bothSidesIds(data.incidents);

  const ctx = { first, last, hasIncident: (id: string) => incidentsById.has(id) };
  const url = parseUrlState(location.search, ctx);
  url.warnings.forEach((w) => console.warn(`[claimline] ${w}`));
  const store = new Store({
    mode: url.state.mode ?? 'asof',
    from: url.state.from ?? first,
    to: url.state.to ?? last,
    layers: url.state.layers ?? new Set(LAYER_IDS),
    sides: url.state.sides ?? new Set(SIDES),
    selected: url.state.selected ?? null,
    highlight: [],
    view: url.state.view ?? null,
    playing: false,
    speed: 2,
  });

  const open = (id: string) => store.update({ selected: id });
  const details = new DetailsPanel({
    doc,
    incidentsById,
    placesById,
    regionsById,
    onOpen: open,
    onClose: () => {
      store.update({ selected: null });
      // A region or the naming policy is shown with nothing selected: close the panel directly too.
      details.close();
    },
  });
  const mapContainer = root.querySelector<HTMLElement>('.cl-map')!;
  mapContainer.dataset.printNote = t('printUseButton');
  const mapView = new MapView({
    container: mapContainer,
    store,
    theme: lightTheme,
    lang: currentLanguage(),
    data: {
      basemap: { countries: abs(countriesUrl), admin1: abs(admin1Url) },
      countryLabels: (countryLabels.json as { features?: CountryLabel[] } | null)?.features ?? [],
      places: data.places,
      // The region's label on the map in the interface language (the NKAO reference line).
      regions: asCollection(data.regions.map((r) => ({ ...r, properties: { ...r.properties, label: regionName(r.properties) } }))),
    },
    incidents: data.incidents,
    bothSides,
    onSelectRegion: (id) => {
      const region = regionsById.get(id);
      if (region) details.showRegion(region);
    },
    onError: (message) => errors.add([message]),
  });
  mapContainer.append(details.element);

  mapView.map.once('idle', () => {
    status.hidden = true;
    root.dataset.ready = 'true';
    performance.mark('claimline:first-idle');
  });
  // Exposed for the browser tests and the benchmark: read-only handles, no behaviour.
  Object.assign(window, { __claimline: { map: mapView.map, store } });

  const side = root.querySelector<HTMLElement>('.cl-side')!;
  const showPolicy = () => details.showText(t('namingPolicy'), [t('namingPolicy1'), t('namingPolicy2'), t('namingPolicy3')]);
  const legend = createLegend(doc, lightTheme, showPolicy);
  const timeline = new Timeline({ doc, store, first, last, incidents: data.incidents, onOpen: open });
  const bottom = root.querySelector<HTMLElement>('.cl-bottom')!;
  bottom.append(timeline.element);
  if (embed) {
    const folded = el(doc, 'details', { class: 'cl-embed-legend' });
    folded.append(el(doc, 'summary', {}, t('legend')), legend);
    bottom.append(folded);
    const full = el(doc, 'a', { class: 'cl-embed-full', target: '_blank', rel: 'noopener' }, t('openFullMap'));
    // The link follows the reader's choices, so the full map opens on the same view.
    liveHref(full, () => viewUrl(store.state, location.href));
    actions.append(full);
    side.remove();
  } else {
    const sideSwatch = (s: (typeof SIDES)[number]) => el(doc, 'span', { class: `cl-swatch cl-swatch--${s}`, 'aria-hidden': 'true' });
    const sides = new CheckboxGroup(
      doc,
      store,
      'sides',
      t('sidesLegend'),
      SIDES.map((id) => ({ id, label: t(`side_${id}`), swatch: sideSwatch(id) })),
    );
    const layers = new CheckboxGroup(
      doc,
      store,
      'layers',
      t('layers'),
      LAYER_IDS.map((id) => ({ id, label: t(LAYER_LABELS[id]) })),
    );
    side.append(
      sides.element,
      new WindowSummary(doc, store, data.incidents, open).element,
      layers.element,
      new IncidentTable(doc, store, data.incidents, placesById, bothSides, open).element,
      legend,
      new ExportPanel({ doc, store, incidents: data.incidents, map: mapView.map, theme: lightTheme, printRoot: mapContainer }).element,
      createLanguageSwitch(doc, 'sheet'),
    );
    actions.prepend(new ShareDialog(doc, store).button);
    bottom.append(createPhoneSheet(doc, root, side));
  }

  const showSelected = (id: string | null, focus: boolean) => {
    const incident = id ? incidentsById.get(id) : undefined;
    if (!incident) {
      details.close();
      return;
    }
    details.showIncident(incident, focus);
    mapView.showIncident(incident);
  };
  // A story step opens its claim without taking the keyboard away from the story's buttons.
  let focusOnSelect = true;
  store.on('selected', (id) => showSelected(id, focusOnSelect));
  // Inside any frame, choices must not become steps of the host page's Back button.
  const framed = embed || window.parent !== window;
  const urlSync = new UrlSync(store, ctx, window, !framed);
  if (framed) new PymChild(root);
  showSelected(store.state.selected, false);

  // Story mode: opened from the header button or by ?story=<id>&step=<n>.
  const stories = new StoryMode({
    doc,
    root,
    store,
    incidents: data.incidents,
    incidentsById,
    first,
    timeline,
    urlSync,
    hosts: { side: embed ? null : side, bottom },
    embed,
    moveMap: (view, animate) => mapView.goTo(view, animate),
    onOpen: open,
    onErrors: (messages) => errors.add(messages),
    withoutFocus: (apply) => {
      focusOnSelect = false;
      try {
        apply();
      } finally {
        focusOnSelect = true;
      }
    },
  });
  if (!embed) {
    // On phones only "Story" shows; the full title stays in the accessible name on wide screens.
    const storyButton = el(doc, 'button', { type: 'button', class: 'cl-button cl-story-button' });
    storyButton.append(
      el(doc, 'span', {}, t('storyShort')),
      el(doc, 'span', { class: 'cl-wide-only' }, t('storyOpen').slice(t('storyShort').length)),
    );
    storyButton.addEventListener('click', () => void stories.open(DEFAULT_STORY, 0, true));
    actions.prepend(storyButton);
  }
  const storyParam = new URLSearchParams(location.search).get('story');
  if (storyParam !== null) {
    const step = Number(new URLSearchParams(location.search).get('step') ?? '1');
    await stories.open(storyParam, Number.isInteger(step) && step >= 1 ? step - 1 : 0);
  }
}

/** The static page text in index.html, in the chosen language. */
function translateShell(root: HTMLElement): void {
  const set = (selector: string, text: string) => {
    const node = root.querySelector(selector);
    if (node) node.textContent = text;
  };
  const h1 = root.querySelector('.cl-header h1');
  if (h1?.firstChild) h1.firstChild.textContent = `${t('appTitle')} `;
  set('.cl-header__sub', t('appSubtitle'));
  set('.cl-header__note', t('claimsNotFacts'));
  set('.cl-status', t('loading'));
  root.querySelector('.cl-map')?.setAttribute('aria-label', t('mapRegion'));
}

start().catch((e: unknown) => {
  const banner = new ErrorBanner(document);
  document.getElementById('app')?.prepend(banner.element);
  banner.fatal(e instanceof Error ? e.message : String(e));
  document.querySelector<HTMLElement>('.cl-status')?.setAttribute('hidden', '');
});
