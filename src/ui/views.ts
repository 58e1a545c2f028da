/**
 * Every view of the page in the interface language, mounted from the store and the data, and
 * removed again by `destroy()`: switching the language re-mounts them (the map stays and relabels
 * itself), so each view releases exactly what it subscribed.
 */
import { viewUrl } from '../config/share-urls.ts';
import type { UrlContext } from '../config/url-state.ts';
import type { EventColumns } from '../data/columns/store.ts';
import type { DatasetEntry } from '../data/combine.ts';
import { type Dataset, groupIds } from '../data/dataset.ts';
import type { UndatedPoint } from '../data/import/to-incidents.ts';
import type { ImportedEvent } from '../data/import/types.ts';
import type { Incident, Place, Region } from '../data/schema.ts';
import type { StoryBook } from '../data/story-book.ts';
import { datasetText, groupLabel, t } from '../i18n/index.ts';
import { LAYER_IDS, type Store } from '../state/app-state.ts';
import { groupKey } from '../style/group-colours.ts';
import type { Theme } from '../style/theme.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { CheckboxGroup } from './checkbox-group.ts';
import { DetailsPanel } from './details/details-panel.ts';
import { el, liveHref } from './dom.ts';
import { ErrorBanner } from './error-banner.ts';
import { ExportPanel } from './export-panel.ts';
import { IncidentTable } from './incident-table.ts';
import { createLanguageSwitch } from './language-switch.ts';
import { createLegend } from './legend.ts';
import { PhoneSheet } from './phone-sheet.ts';
import { ShareDialog } from './share-dialog.ts';
import { StoryMode } from './story/story-mode.ts';
import { Timeline } from './timeline/timeline.ts';
import { WindowSummary } from './window-summary.ts';

export type AppData = {
  /** The dataset every view follows: its categories, labels and credits. */
  dataset: Dataset;
  incidents: readonly Incident[];
  /** `incidents` as columns, row i = incidents[i] (built once): the per-step counts and windows. */
  columns: EventColumns;
  incidentsById: ReadonlyMap<string, Incident>;
  placesById: ReadonlyMap<string, Place>;
  regionsById: ReadonlyMap<string, Region>;
  bothSides: ReadonlySet<string>;
  /** Every loaded dataset (the built-in one, each imported file) and which one each record came from;
   * with several, a record's details list the other datasets' records nearby. */
  datasets?: readonly DatasetEntry[];
  datasetOf?: ReadonlyMap<string, string>;
  /** Imported records as read from their files (for the layout exports). */
  originals?: ReadonlyMap<string, ImportedEvent>;
  /** Imported events with a point and no date (hollow circles on the map, not on the timeline). */
  undated?: readonly UndatedPoint[];
  /** So many claims that the map numbers them in cells where they crowd (map/gpu/threshold.ts): the legend explains the cells. */
  manyClaims?: boolean;
  first: number;
  last: number;
};

export type ViewsOptions = {
  doc: Document;
  root: HTMLElement;
  store: Store;
  data: AppData;
  stories: StoryBook;
  theme: Theme;
  ctx: UrlContext;
  embed: boolean;
  /** The page's `?data=` URLs (UrlOptions.data): the share link, the snippet and "open full map" carry them. */
  dataUrls?: readonly string[];
  /** The WebGL map, for the PNG export; null with the still map. */
  map: MlMap | null;
  /** Prints with the map as a still image (null: the page prints as it is). */
  print: (() => Promise<void>) | null;
  /** Data problems so far (shown in the banner); `report` adds to them. */
  errors: readonly string[];
  report: (messages: readonly string[]) => void;
  /** Apply the story step from the URL (at start-up, not when re-mounting for a language). */
  applyStory: boolean;
  /** Opens the import dialog; the button that asked gets focus back when it closes. Null: no button (embeds). */
  openData?: ((opener: HTMLElement) => void) | null;
};

const LAYER_LABELS = {
  incidents: 'layerIncidents',
  settlements: 'layerSettlements',
  regions: 'layerRegions',
  labels: 'layerLabels',
} as const;

export type Views = { banner: ErrorBanner; destroy: () => void };

export function mountViews(o: ViewsOptions): Views {
  const { doc, root, store, data, theme, embed } = o;
  const cleanups: (() => void)[] = [];
  const own = <T extends { element: HTMLElement } | { destroy: () => void }>(view: T): T => {
    cleanups.push('destroy' in view ? () => view.destroy() : () => view.element.remove());
    return view;
  };
  const append = (parent: Element, ...nodes: HTMLElement[]) => {
    parent.append(...nodes);
    cleanups.push(() => {
      for (const node of nodes) node.remove();
    });
  };
  const open = (id: string) => store.update({ selected: id, panel: null }, { history: 'replace', focus: true });

  translateShell(root, data.dataset);
  const groups = groupIds(data.dataset);
  const actions = root.querySelector<HTMLElement>('.cl-header__actions');
  const side = root.querySelector<HTMLElement>('.cl-side');
  // An embed has no side panel: the map, the compact timeline and a folded legend.
  if (embed) side?.remove();
  const bottom = root.querySelector<HTMLElement>('.cl-bottom');
  const mapContainer = root.querySelector<HTMLElement>('.cl-map');
  const header = root.querySelector('.cl-header');
  if (!actions || (!side && !embed) || !bottom || !mapContainer || !header) throw new Error('index.html: the page skeleton is incomplete');
  mapContainer.dataset.printNote = t('printUseButton');

  const banner = new ErrorBanner(doc);
  header.after(banner.element);
  cleanups.push(() => banner.element.remove());
  banner.add(o.errors);

  let sheet: PhoneSheet | null = null;
  const details = own(
    new DetailsPanel({
      doc,
      store,
      incidentsById: data.incidentsById,
      placesById: data.placesById,
      regionsById: data.regionsById,
      groups,
      parties: data.dataset.meta.parties,
      datasets: data.datasets,
      datasetOf: data.datasetOf,
      fallbackFocus: () =>
        sheet?.button.checkVisibility() ? sheet.button : mapContainer.querySelector<HTMLElement>('.maplibregl-canvas, .cl-still'),
    }),
  );
  append(mapContainer, details.element);

  const timeline = own(
    new Timeline({
      doc,
      store,
      first: data.first,
      last: data.last,
      incidents: data.incidents,
      columns: data.columns,
      groups,
      stories: o.stories,
      onOpen: open,
    }),
  );
  append(bottom, timeline.element);
  const legend = createLegend(
    doc,
    theme,
    data.dataset,
    () => store.update({ panel: { kind: 'policy' } }, { history: 'replace', focus: true }),
    (data.undated?.length ?? 0) > 0,
    data.manyClaims === true,
  );

  if (embed) {
    const folded = el(doc, 'details', { class: 'cl-embed-legend' });
    folded.append(el(doc, 'summary', {}, t('legend')), legend);
    append(bottom, folded);
    const full = el(doc, 'a', { class: 'cl-embed-full', target: '_blank', rel: 'noopener' }, t('openFullMap'));
    // The link follows the reader's choices, so the full map opens on the same view.
    liveHref(full, () => viewUrl(store.state, location.href, { ctx: o.ctx, data: o.dataUrls }));
    append(actions, full);
  } else if (side) {
    append(actions, createLanguageSwitch(doc, store, 'header', groups));
    const swatch = (s: string) => el(doc, 'span', { class: `cl-swatch cl-swatch--${groupKey(s)}`, 'aria-hidden': 'true' });
    const sides = own(
      new CheckboxGroup(
        doc,
        store,
        'sides',
        t('sidesLegend'),
        groups.map((id) => ({ id, label: groupLabel(id), swatch: swatch(id) })),
      ),
    );
    const layers = own(
      new CheckboxGroup(
        doc,
        store,
        'layers',
        t('layers'),
        // Only the layers this dataset draws: an imported file has no shelled settlements, maybe no regions.
        LAYER_IDS.filter(
          (id) =>
            (id !== 'settlements' || data.incidents.some((f) => f.properties.strike)) &&
            (id !== 'regions' || data.dataset.regions.length > 0),
        ).map((id) => ({ id, label: t(LAYER_LABELS[id]) })),
      ),
    );
    const summary = own(new WindowSummary(doc, store, data.incidents, data.columns, groups, open));
    const table = own(new IncidentTable(doc, store, data.incidents, data.columns, data.placesById, data.bothSides, open));
    const exports = own(
      new ExportPanel({
        doc,
        store,
        dataset: data.dataset,
        incidents: data.incidents,
        map: o.map,
        theme,
        print: o.print,
        originals: data.originals,
      }),
    );
    append(
      side,
      sides.element,
      summary.element,
      layers.element,
      table.element,
      legend,
      exports.element,
      createLanguageSwitch(doc, store, 'sheet', groups),
    );
    const share = own(new ShareDialog(doc, store, { ...o.ctx, data: o.dataUrls }, data.dataset.meta.title));
    actions.prepend(share.button);
    const { openData } = o;
    if (openData) {
      const button = el(doc, 'button', { type: 'button', class: 'cl-button cl-open-data', 'aria-haspopup': 'dialog' }, t('openData'));
      button.addEventListener('click', () => openData(button));
      actions.prepend(button);
      cleanups.push(() => button.remove());
    }
    sheet = own(new PhoneSheet(doc, store, root, side));
    append(bottom, sheet.button);
  }

  const stories = own(
    new StoryMode({
      doc,
      root,
      store,
      stories: o.stories,
      incidentsById: data.incidentsById,
      first: data.first,
      hosts: { side: embed ? null : side, bottom },
      embed,
      onOpen: open,
      onErrors: o.report,
      applyNow: o.applyStory,
    }),
  );
  if (stories.button) actions.prepend(stories.button);

  return {
    banner,
    destroy: () => {
      for (const cleanup of cleanups.reverse()) cleanup();
    },
  };
}

/** The static page text in index.html, in the chosen language. */
function translateShell(root: HTMLElement, dataset: Pick<Dataset, 'meta'>): void {
  const set = (selector: string, text: string) => {
    const node = root.querySelector(selector);
    if (node) node.textContent = text;
  };
  const h1 = root.querySelector('.cl-header h1');
  if (h1?.firstChild) h1.firstChild.textContent = `${t('appTitle')} `;
  set('.cl-header__sub', datasetText(dataset.meta.title));
  set('.cl-header__note', t('claimsNotFacts'));
  set('.cl-status', t('loading'));
  root.querySelector('.cl-map')?.setAttribute('aria-label', t('mapRegion'));
}
