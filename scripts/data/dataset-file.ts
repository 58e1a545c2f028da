/**
 * The built-in dataset's metadata and categories, from data/raw/dataset-meta.json and
 * data/raw/categories.csv (one row per claimant group or event type, in display order, with its
 * labels in four languages and, for groups, its colour).
 */
import { readFileSync } from 'node:fs';
import type { Category, ClaimantName, DatasetFile, LocalText } from '../../src/data/dataset.ts';
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
    { meta, categories: { groups: of('group'), eventTypes: of('event_type') }, claimants: [] },
    'data/raw (dataset-meta.json, categories.csv)',
  );
  return { file: parsed.file, errors: [...unknownKinds, ...parsed.errors] };
}

/**
 * Every claimant of the records with its names: English from the records' `claimant_label`, the
 * other languages from data/raw/claimant-names.csv. A claimant without a row, or a row for no
 * claimant of the records, is an error (a name would be missing, or stale).
 */
export function claimantNames(
  namesPath: string,
  records: readonly { properties: { claimant: string; claimant_label: string } }[],
): { claimants: ClaimantName[]; errors: string[] } {
  const english = new Map(records.map((f) => [f.properties.claimant, f.properties.claimant_label]));
  const rows = new Map(readCsv(namesPath).map((r) => [r.claimant ?? '', r]));
  const errors = [
    ...[...english.keys()].filter((id) => !rows.has(id)).map((id) => `claimant-names.csv: no row for claimant "${id}"`),
    ...[...rows.keys()].filter((id) => !english.has(id)).map((id) => `claimant-names.csv: "${id}" is no claimant of the records`),
  ];
  const claimants = [...english]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, en]): ClaimantName => {
      const label: LocalText = { en };
      const row = rows.get(id);
      for (const lang of LANGS) {
        const text = row?.[`label_${lang}`]?.trim();
        if (text) label[lang] = text;
        else errors.push(`claimant-names.csv: "${id}" has no ${lang} name`);
      }
      return { id, label };
    });
  return { claimants, errors };
}

/** The file as written to data/dataset.json: stable key order, one line per category. */
export function datasetJson(file: DatasetFile): string {
  const list = (cs: readonly Category[]) => cs.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  const claimants = file.claimants.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
  return `{\n"meta": ${JSON.stringify(file.meta, null, 1)},\n"claimants": [\n${claimants}\n],\n"categories": {\n  "groups": [\n${list(file.categories.groups)}\n  ],\n  "eventTypes": [\n${list(file.categories.eventTypes)}\n  ]\n}}\n`;
}
