/**
 * The built-in dataset's metadata and categories, from data/raw/dataset-meta.json and
 * data/raw/categories.csv (one row per claimant group or event type, in display order, with its
 * labels in four languages and, for groups, its colour).
 */
import { readFileSync } from 'node:fs';
import type { Category, DatasetFile, LocalText } from '../../src/data/dataset.ts';
import { parseDatasetFile } from '../../src/data/dataset-schema.ts';
import { readCsv } from './csv.ts';

const LANGS = ['hy', 'az', 'ru'] as const;

export function readDatasetFile(metaPath: string, categoriesPath: string): { file: DatasetFile | null; errors: string[] } {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as unknown;
  const rows = readCsv(categoriesPath);
  const category = (r: Record<string, string>, order: number): Category => {
    const label: LocalText = { en: r.label_en ?? '' };
    for (const lang of LANGS) if (r[`label_${lang}`]) label[lang] = r[`label_${lang}`];
    return { id: r.id ?? '', label, ...(r.colour ? { colour: r.colour } : {}), order };
  };
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r, i) => category(r, i));
  const unknownKinds = rows
    .filter((r) => r.kind !== 'group' && r.kind !== 'event_type')
    .map((r) => `categories.csv: ${r.id}: unknown kind "${r.kind}"`);
  const parsed = parseDatasetFile(
    { meta, categories: { groups: of('group'), eventTypes: of('event_type') } },
    'data/raw (dataset-meta.json, categories.csv)',
  );
  return { file: parsed.file, errors: [...unknownKinds, ...parsed.errors] };
}

/** The file as written to data/dataset.json: stable key order, one line per category. */
export function datasetJson(file: DatasetFile): string {
  const list = (cs: readonly Category[]) => cs.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  return `{\n"meta": ${JSON.stringify(file.meta, null, 1)},\n"categories": {\n  "groups": [\n${list(file.categories.groups)}\n  ],\n  "eventTypes": [\n${list(file.categories.eventTypes)}\n  ]\n}}\n`;
}
