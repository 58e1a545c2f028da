/**
 * The dataset as one value that every view receives: its records, places and regions, and the
 * categories its records use (claimant groups, event types) with their labels and colours. Nothing
 * outside data/ names a group or an event type of the built-in dataset: they arrive here as data
 * (data/dataset.json for the built-in one, written by `npm run data` from data/raw).
 */
import type { Lang } from '../i18n/index.ts';
import type { Incident, Place, Region } from './schema.ts';

/** A text in the languages it is known in; English is always there (the fallback). */
export type LocalText = { en: string } & Partial<Record<Exclude<Lang, 'en'>, string>>;

/**
 * One category: a claimant group ("Show claims by") or an event type (the marker's shape).
 * `order` sorts the legend, the filters, the histogram's stack and the marker shapes.
 */
export type Category = { id: string; label: LocalText; colour?: string; order: number };

export type DatasetMeta = {
  id: string;
  title: LocalText;
  description: LocalText;
  /** The IANA time zone the records' dates are local to. */
  timeZone: string;
  licence: string;
  /** The credit line shown on the map, in prints and exports. */
  attribution: LocalText;
  sourceUrl: string | null;
  /**
   * The two groups whose claims about the same place and days are marked as "claims from both
   * sides" (a ring half in each colour); empty where a dataset has no such pair.
   */
  parties: readonly string[];
};

export type Categories = { groups: readonly Category[]; eventTypes: readonly Category[] };

/**
 * A claimant's name in the languages it is known in; the English is the records' `claimant_label`.
 */
export type ClaimantName = { id: string; label: LocalText };

/** What data/dataset.json holds: everything but the records. */
export type DatasetFile = { meta: DatasetMeta; categories: Categories; claimants: readonly ClaimantName[] };

export type Dataset = DatasetFile & {
  incidents: readonly Incident[];
  places: readonly Place[];
  regions: readonly Region[];
};

const byOrder = (a: Category, b: Category) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Puts the file's categories in their order, once, so every view can read them as they are. */
export function makeDataset(file: DatasetFile, records: Pick<Dataset, 'incidents' | 'places' | 'regions'>): Dataset {
  return {
    meta: file.meta,
    categories: { groups: [...file.categories.groups].sort(byOrder), eventTypes: [...file.categories.eventTypes].sort(byOrder) },
    claimants: file.claimants,
    ...records,
  };
}

/** The ids of the claimant groups, in order: `?sides=` values, filter checkboxes, histogram stack. */
export function groupIds(dataset: Pick<Dataset, 'categories'>): string[] {
  return dataset.categories.groups.map((c) => c.id);
}

/** The ids of the event types, in order. */
export function eventTypeIds(dataset: Pick<Dataset, 'categories'>): string[] {
  return dataset.categories.eventTypes.map((c) => c.id);
}

/** A text in the language, or its English. */
export function localText(text: LocalText, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** A category's label by id (`groups` or `eventTypes`), in the language; the id itself when unknown. */
export function categoryLabel(list: readonly Category[], id: string, lang: Lang): string {
  const c = list.find((x) => x.id === id);
  return c ? localText(c.label, lang) : id;
}
