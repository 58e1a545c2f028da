/**
 * One dataset on the page: the store, the map (or the still map), the URL sync, playback, the embed
 * messages and the views, all made from one combined dataset and removed again by `destroy()`.
 * Start-up mounts the app once; each imported file mounts it again with the larger dataset, so no
 * view has to learn to change its dataset under the reader.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { UrlSync } from './config/url-sync.ts';
import { parseUrlState, type UrlContext } from './config/url-state.ts';
import { bothSidesIds } from './data/claim-groups.ts';
import { columnsFromIncidents } from './data/columns/store.ts';
import type { Combined } from './data/combine.ts';
import { dataExtent } from './data/data-extent.ts';
import { groupIds } from './data/dataset.ts';
import { StoryBook } from './data/story-book.ts';
import { STORIES } from './data/stories.ts';
import { PymChild } from './embed/pym-child.ts';
import { PrintStill } from './export/print-still.ts';
import { columnsBbox, featuresBbox } from './geo/points-bbox.ts';
import { groupLabel, setDatasetNames } from './i18n/index.ts';
import { loadLanguage } from './i18n/load-language.ts';
import { withWebGL } from './map/has-webgl.ts';
import { GPU_THRESHOLD, plottedClaims } from './map/gpu/threshold.ts';
import { MapView } from './map/map-view.ts';
import type { ColumnData } from './load-column-data.ts';
import { columnsExtent } from './data/columns/day-counts.ts';
import { type AppState, LAYER_IDS, Store } from './state/app-state.ts';
import { Playback } from './state/playback.ts';
import type { CountryLabel } from './style/build-style.ts';
import { lightTheme } from './style/theme.ts';
import { applyGroupStyles } from './ui/group-styles.ts';
import type { LargeFileAlone } from './ui/notice-banner.ts';
import { undatedPopup } from './ui/undated-popup.ts';
import { mountViews, type Views } from './ui/views.ts';

export type MountOptions = {
  doc: Document;
  root: HTMLElement;
  combined: Combined;
  /** Whether the built-in dataset is shown (its stories exist only then). */
  builtIn: boolean;
  /** Imported data is shown: the world basemap, and (fresh, or no view in the URL) the view fitted to the records. */
  world: boolean;
  defaultLang: AppState['lang'];
  basemap: { countries: string; admin1: string };
  countryLabels: CountryLabel[];
  /** A large file shown on its own (large-import.ts): said in a notice, not among the problems. */
  alone?: LargeFileAlone | null;
  /** Problems so far, shown in the banner; the mounted app adds its own. */
  errors: string[];
  /**
   * After an import: the new dataset in full (its whole extent, every group on, nothing selected),
   * in the reader's language, instead of the URL's window and choices.
   */
  fresh: { lang: AppState['lang'] } | null;
  /** A dataset loaded as columns (load-column-data.ts): its records are fetched one chunk at a time, never all held. */
  columns?: ColumnData;
  /** Opens the import dialog (the header's "Open data…"); null in an embed. */
  openData: ((opener: HTMLElement) => void) | null;
  onReady: () => void;
};

export type MountedApp = { store: Store; map: MlMap | null; report: (messages: readonly string[]) => void; destroy: () => void };

export async function mountApp(o: MountOptions): Promise<MountedApp | null> {
  const { doc, root, combined, errors } = o;
  const { dataset } = combined;
  // The timeline spans the records and any imported region's dated periods.
  const given = o.columns?.cols;
  const records = given ? columnsExtent(given) : dataExtent(dataset.incidents.map((f) => f.properties));
  const regions = combined.regionDays;
  const dated = records && regions ? ([Math.min(records[0], regions[0]), Math.max(records[1], regions[1])] as const) : (records ?? regions);
  // Nothing dated at all (events without a date, undated regions): the map shows them; the timeline, with no days, is hidden.
  const undatedOnly = !dated && (combined.undated.length > 0 || dataset.regions.length > 0);
  root.classList.toggle('cl-app--undated-only', undatedOnly);
  const today = Math.floor(Date.now() / 86_400_000);
  const extent = dated ?? (undatedOnly ? ([today, today] as const) : null);
  if (!extent) return null;
  const [first, last] = extent;
  const groups = groupIds(dataset);
  setDatasetNames(dataset);
  applyGroupStyles(doc, dataset, lightTheme);
  const incidentsById = new Map(dataset.incidents.map((f) => [f.properties.id, f]));
  const stories = new StoryBook(dataset.incidents, o.builtIn ? STORIES : {});
  const ctx: UrlContext = {
    first,
    last,
    hasIncident: (id) => incidentsById.has(id) || o.columns?.rowOf(id) !== undefined,
    stories: stories.ids(),
    defaultLang: o.defaultLang,
    groups,
  };
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
    lang: url.state.lang ?? o.defaultLang,
    playing: false,
    speed: 2,
    ...(o.fresh ? { ...o.fresh, from: first, to: last, sides: new Set(groups), selected: null, story: null, view: null } : {}),
  });
  const bothSides = bothSidesIds(dataset.incidents, dataset.meta.parties);
  const columns =
    given ?? columnsFromIncidents(dataset.incidents, { groups, bothSides, datasetOf: (p) => combined.datasetOf.get(p.id) ?? '' });
  const appData = {
    dataset,
    incidents: dataset.incidents,
    columns,
    incidentsById,
    placesById: new Map(dataset.places.map((f) => [f.properties.id, f])),
    regionsById: new Map(dataset.regions.map((f) => [f.properties.id, f])),
    bothSides,
    datasets: combined.datasets,
    datasetOf: combined.datasetOf,
    originals: combined.originals,
    undated: combined.undated,
    // An event file has no record objects for maplibre's layers: always the GPU layer.
    manyClaims: !!given || plottedClaims(columns) > GPU_THRESHOLD,
    columnData: o.columns ?? null,
    first,
    last,
  };
  const cleanups: (() => void)[] = [];
  let views: Views | null = null;
  const report = (messages: readonly string[]) => {
    errors.push(...messages.filter((m) => !errors.includes(m)));
    views?.banner.add(messages);
  };
  const mapContainer = root.querySelector<HTMLElement>('.cl-map');
  if (!mapContainer) throw new Error('index.html: no .cl-map');
  let map: MlMap | null = null;
  let print: (() => Promise<void>) | null = null;
  /** The map's words in the language just loaded: its labels, control titles and credits. */
  let relabel: ((lang: AppState['lang']) => void) | null = null;
  // What the live map and the still map are both given.
  const surface = {
    container: mapContainer,
    store,
    theme: lightTheme,
    dataset,
    incidents: dataset.incidents,
    onError: (m: string) => report([m]),
    basemap: o.basemap,
    countryLabels: o.countryLabels,
    places: dataset.places,
    regions: dataset.regions,
  };
  // Inside any frame, choices must not become steps of the host page's Back button.
  const embed = url.options.embed;
  const framed = embed || window.parent !== window;
  const sync = new UrlSync(store, { ctx, options: url.options, pushHistory: !framed });
  const playback = new Playback(store, first, last);
  cleanups.push(
    () => sync.destroy(),
    () => playback.destroy(),
  );
  if (framed) {
    const pym = new PymChild(root, window, url.options.childId);
    cleanups.push(() => pym.destroy());
  }

  const mount = (applyStory: boolean) =>
    mountViews({
      doc,
      root,
      store,
      data: appData,
      stories,
      theme: lightTheme,
      ctx,
      embed,
      // Read when the side views load, after the map is made in either order (below).
      get map() {
        return map;
      },
      get print() {
        return print;
      },
      errors,
      alone: o.alone ?? null,
      report,
      applyStory,
      openData: o.openData,
      dataUrls: url.options.data,
    });
  // A published event file (it has no stories to apply on mounting): the views first, so the map
  // is made at its final size; made before the timeline, it was resized at once, and a WebGL
  // canvas's resize cost a million-event page's load a long task of its own.
  const viewsFirst = !!given;
  if (viewsFirst) views = mount(true);
  const makeMap = async () => {
    const view = withWebGL(
      () =>
        new MapView({
          ...surface,
          bothSides: appData.bothSides,
          columns: appData.columns,
          gpu: appData.manyClaims,
          undated: combined.undated.length
            ? {
                features: { type: 'FeatureCollection', features: combined.undated },
                describe: (id) => undatedPopup(doc, combined.originals.get(id), groupLabel(combined.datasetOf.get(id) ?? '')),
              }
            : undefined,
        }),
    );
    if (view) {
      cleanups.push(() => view.destroy());
      if (o.world)
        void view.showWorld(
          o.fresh || !url.state.view
            ? given
              ? columnsBbox(given)
              : featuresBbox([
                  ...dataset.incidents,
                  ...combined.undated,
                  ...dataset.regions.filter((r) => combined.datasetOf.has(r.properties.id)),
                ])
            : null,
        );
      map = view.map;
      relabel = (lang) => view.setLanguage(lang);
      map.once('idle', o.onReady);
      const still = new PrintStill(map, mapContainer);
      print = () => still.print();
    } else {
      const { StillMap } = await import('./map/still-map.ts');
      const still = new StillMap({
        doc,
        ...surface,
      });
      cleanups.push(() => still.element.remove());
      relabel = () => still.draw();
      await still.ready;
      o.onReady();
    }
  };
  await makeMap();
  if (!viewsFirst) views = mount(true);
  let switching = 0;
  const offLang = store.on('lang', async (lang) => {
    const ticket = ++switching;
    await loadLanguage(lang);
    if (ticket !== switching) return;
    relabel?.(lang);
    // A language link had focus: give it to the same language's link in the new views.
    const where = doc.activeElement?.closest('.cl-lang')?.classList.contains('cl-lang--sheet') ? 'sheet' : 'header';
    const fromLinks = !!doc.activeElement?.closest('.cl-lang');
    views?.destroy();
    views = mount(false);
    if (fromLinks) root.querySelector<HTMLElement>(`.cl-lang--${where} a[aria-current="true"]`)?.focus();
  });
  return {
    store,
    map,
    report,
    destroy: () => {
      switching++;
      offLang();
      views?.destroy();
      views = null;
      for (const cleanup of cleanups.reverse()) cleanup();
    },
  };
}
