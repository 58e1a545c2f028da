/**
 * Every view of the page in the interface language, mounted from the store and the data, and
 * removed again by `destroy()`: switching the language re-mounts them (the map stays and relabels
 * itself), so each view releases exactly what it subscribed.
 */
import { viewUrl } from '../config/share-urls.ts';
import type { UrlContext } from '../config/url-state.ts';
import type { DatasetEntry } from '../data/combine.ts';
import type { EventColumns } from '../data/columns/store.ts';
import type { ColumnData } from '../load-column-data.ts';
import { type Dataset, groupIds } from '../data/dataset.ts';
import type { UndatedPoint } from '../data/import/to-incidents.ts';
import type { ImportedEvent } from '../data/import/types.ts';
import type { Incident, Place, Region } from '../data/schema.ts';
import type { StoryBook } from '../data/story-book.ts';
import { datasetText, groupLabel, t } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import type { Theme } from '../style/theme.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { DetailsPanel } from './details/details-panel.ts';
import { el, liveHref } from './dom.ts';
import { ErrorBanner } from './error-banner.ts';
import { createLanguageSwitch } from './language-switch.ts';
import { createLegend } from './legend.ts';
import { type LargeFileAlone, noticeBanner } from './notice-banner.ts';
import type { PhoneSheet } from './phone-sheet.ts';
import { StoryMode } from './story/story-mode.ts';
import { Timeline } from './timeline/timeline.ts';
import { UndatedList } from './undated-list.ts';
import { undatedPopup, undatedTitle } from './undated-popup.ts';

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
  /** The dataset as columns only (load-column-data.ts): no record objects; a record's text is fetched when opened. */
  columnData?: ColumnData | null;
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
  /** A large file shown on its own: a notice under the title, not a problem. */
  alone?: LargeFileAlone | null;
  /** Data problems so far (shown in the banner); `report` adds to them. */
  errors: readonly string[];
  report: (messages: readonly string[]) => void;
  /** Apply the story step from the URL (at start-up, not when re-mounting for a language). */
  applyStory: boolean;
  /** Opens the import dialog; the button that asked gets focus back when it closes. Null: no button (embeds). */
  openData?: ((opener: HTMLElement) => void) | null;
};

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
  if (o.alone) append(header, noticeBanner(doc, o.alone));

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
      columnData: data.columnData,
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

  // The hollow circles of events without a date take a pointer: the keyboard opens them from this list.
  const originals = data.originals;
  const undated =
    data.undated?.length && originals
      ? new UndatedList(
          doc,
          data.undated.map(({ properties: { id } }) => ({ id, title: undatedTitle(originals.get(id) ?? { id }) })),
          (id) => undatedPopup(doc, originals.get(id), groupLabel(data.datasetOf?.get(id) ?? '')),
        ).element
      : null;

  if (embed) {
    const folded = el(doc, 'details', { class: 'cl-embed-legend' });
    folded.append(el(doc, 'summary', {}, t('legend')), legend, ...(undated ? [undated] : []));
    append(bottom, folded);
    const full = el(doc, 'a', { class: 'cl-embed-full', target: '_blank', rel: 'noopener' }, t('openFullMap'));
    // The link follows the reader's choices, so the full map opens on the same view.
    liveHref(full, () => viewUrl(store.state, location.href, { ctx: o.ctx, data: o.dataUrls }));
    append(actions, full);
  } else if (side) {
    append(actions, createLanguageSwitch(doc, store, 'header', groups));
    // The language switches stay here: mount-app gives focus back to them right after a re-mount.
    const sheetLanguages = createLanguageSwitch(doc, store, 'sheet', groups);
    append(side, sheetLanguages);
    // "Open data…" too: main.ts gives it focus right after a re-mount for an imported file.
    const { openData } = o;
    const openButton = openData
      ? el(doc, 'button', { type: 'button', class: 'cl-button cl-open-data', 'aria-haspopup': 'dialog' }, t('openData'))
      : null;
    if (openButton && openData) {
      openButton.addEventListener('click', () => openData(openButton));
      append(actions, openButton);
      actions.prepend(openButton);
    }
    let gone = false;
    let mounted: { destroy: () => void } | null = null;
    cleanups.push(() => {
      gone = true;
      mounted?.destroy();
    });
    // Everything else of the full page is its own chunk (side-views.ts): an embed never loads it.
    void import('./side-views.ts').then(({ mountSide }) => {
      if (gone) return;
      const m = mountSide({ ...o, side, bottom, actions, legend, undated, sheetLanguages, shareAfter: openButton ?? stories.button, open });
      sheet = m.sheet;
      mounted = m;
    });
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
