/**
 * Several datasets as one that every view follows: the built-in claims (when shown) and each
 * imported file, each file one claimant group, so the legend, filters, histogram and URL compare
 * them as they compare claimants. The combined meta names every dataset, so the header, the map's
 * credits and the exports credit each one.
 */
import type { Category, Dataset, DatasetFile, DatasetMeta, LocalText } from './dataset.ts';
import { makeDataset } from './dataset.ts';
import type { ConvertedImport, UndatedPoint } from './import/to-incidents.ts';
import type { ImportedEvent } from './import/types.ts';
import type { Incident, Place, Region } from './schema.ts';

export type BuiltIn = { file: DatasetFile; incidents: Incident[]; places: Place[]; regions: Region[] };

/** One loaded dataset, for the reader: its id (a group id for imports, meta.id for the built-in one) and title. */
export type DatasetEntry = { id: string; title: LocalText };

export type Combined = {
  dataset: Dataset;
  datasets: DatasetEntry[];
  /** Record id → the id of the dataset it came from. */
  datasetOf: Map<string, string>;
  /** Imported record id → the event as its file gave it. */
  originals: Map<string, ImportedEvent>;
  /** Imported events with a point and no date, every file's. */
  undated: UndatedPoint[];
  /** First and last day any imported region is dated to, so the timeline reaches its periods; null when none is. */
  regionDays: [number, number] | null;
};

const LANGS = ['hy', 'az', 'ru'] as const;

/** Texts joined per language; a language a part lacks takes that part's English. */
function joinText(texts: readonly LocalText[], sep: string): LocalText {
  const out: LocalText = {
    en: texts
      .map((t) => t.en)
      .filter(Boolean)
      .join(sep),
  };
  for (const lang of LANGS) {
    if (texts.some((t) => t[lang]))
      out[lang] = texts
        .map((t) => t[lang] ?? t.en)
        .filter(Boolean)
        .join(sep);
  }
  return out;
}

function combinedMeta(metas: readonly DatasetMeta[]): DatasetMeta {
  const [first] = metas;
  if (metas.length === 1 && first) return first;
  return {
    id: metas.map((m) => m.id).join('+'),
    title: joinText(
      metas.map((m) => m.title),
      ' + ',
    ),
    description: first?.description ?? { en: '' },
    timeZone: first?.timeZone ?? 'UTC',
    licence: [...new Set(metas.map((m) => m.licence).filter(Boolean))].join('; '),
    attribution: joinText(
      metas.map((m) => m.attribution),
      ' · ',
    ),
    sourceUrl: first?.sourceUrl ?? null,
    // The built-in dataset's pair of opposing groups still marks its claims from both sides.
    parties: first?.parties ?? [],
  };
}

/** Imported regions' dated ends (open ends are ±1e6, see to-incidents.ts, and do not count). */
function regionDays(imports: readonly ConvertedImport[]): [number, number] | null {
  const days = imports
    .flatMap((i) => i.regions.flatMap((r) => [r.properties.day_from, r.properties.day_to]))
    .filter((d) => Math.abs(d) < 1e6);
  return days.length ? [Math.min(...days), Math.max(...days)] : null;
}

export function combineDatasets(builtIn: BuiltIn | null, imports: readonly ConvertedImport[]): Combined | null {
  if (!builtIn && imports.length === 0) return null;
  const metas: DatasetMeta[] = [];
  const groups: Category[] = [];
  const eventTypes = new Map<string, Category>();
  const incidents: Incident[] = [];
  const regions: Region[] = [];
  const datasets: DatasetEntry[] = [];
  const datasetOf = new Map<string, string>();
  const originals = new Map<string, ImportedEvent>();
  const undated: UndatedPoint[] = [];
  if (builtIn) {
    const { meta, categories } = builtIn.file;
    metas.push(meta);
    groups.push(...categories.groups);
    for (const c of categories.eventTypes) eventTypes.set(c.id, c);
    incidents.push(...builtIn.incidents);
    regions.push(...builtIn.regions);
    datasets.push({ id: meta.id, title: meta.title });
    for (const f of builtIn.incidents) datasetOf.set(f.properties.id, meta.id);
  }
  for (const imp of imports) {
    metas.push(imp.meta);
    groups.push(imp.group);
    for (const c of imp.eventTypes) eventTypes.set(c.id, c);
    // Chronological across datasets, as the built-in records are: the table and the keyboard order follow it.
    for (const f of imp.incidents) {
      incidents.push(f);
      datasetOf.set(f.properties.id, imp.group.id);
    }
    for (const [id, e] of imp.originals) originals.set(id, e);
    undated.push(...imp.undated);
    for (const f of imp.undated) datasetOf.set(f.properties.id, imp.group.id);
    regions.push(...imp.regions);
    for (const r of imp.regions) datasetOf.set(r.properties.id, imp.group.id);
    datasets.push({ id: imp.group.id, title: imp.meta.title });
  }
  if (imports.length > 0) incidents.sort((a, b) => a.properties.day - b.properties.day);
  const file: DatasetFile = {
    meta: combinedMeta(metas),
    categories: { groups, eventTypes: [...eventTypes.values()] },
    claimants: builtIn?.file.claimants ?? [],
  };
  return {
    dataset: makeDataset(file, { incidents, places: builtIn?.places ?? [], regions }),
    datasets,
    datasetOf,
    originals,
    undated,
    regionDays: regionDays(imports),
  };
}
