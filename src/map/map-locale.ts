/** The map's own words: control titles and the credit line, in the interface language. */
import * as maplibregl from 'maplibre-gl';
import type { Dataset } from '../data/dataset.ts';
import { datasetText, t } from '../i18n/index.ts';

export function mapLocale(): Record<string, string> {
  // The canvas keeps maplibre's own region label ('Map.Title'), distinct from the page's map region.
  return { 'NavigationControl.ZoomIn': t('zoomIn'), 'NavigationControl.ZoomOut': t('zoomOut'), 'Map.Title': t('mapCanvas') };
}

export function createAttribution(container: HTMLElement, dataset: Pick<Dataset, 'meta'>): maplibregl.AttributionControl {
  // Full credit text on wide maps; on narrow ones (embeds, phones) maplibre folds it behind an ⓘ button.
  const compact = container.clientWidth < 640 ? undefined : false;
  // maplibre parses the credit as HTML: the dataset's line is text, so it is escaped.
  const credit = datasetText(dataset.meta.attribution).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return new maplibregl.AttributionControl({ compact, customAttribution: credit });
}

/** Titles of the zoom buttons and the canvas's label in the current language. */
export function retitleControls(map: maplibregl.Map): void {
  const locale = mapLocale();
  const container = map.getContainer();
  const title = (selector: string, text: string | undefined) => {
    const node = container.querySelector(selector);
    if (node && text) node.setAttribute('title', text);
    if (node && text) node.setAttribute('aria-label', text);
  };
  title('.maplibregl-ctrl-zoom-in', locale['NavigationControl.ZoomIn']);
  title('.maplibregl-ctrl-zoom-out', locale['NavigationControl.ZoomOut']);
  map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
}
