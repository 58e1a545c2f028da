/**
 * The rules for data/dataset.json (a dataset's metadata and categories), checked by the data build,
 * `npm run data:check` and the app's loader; and the check that every record names a known group
 * and event type.
 */
import * as v from 'valibot';
import type { DatasetFile } from './dataset.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const localText = v.object({ en: text, hy: v.optional(text), az: v.optional(text), ru: v.optional(text) });
const optionalText = v.object({ en: v.string(), hy: v.optional(v.string()), az: v.optional(v.string()), ru: v.optional(v.string()) });
/** Ids become URL values (`?sides=`), class names and image names: kept to a safe alphabet. */
const categoryId = v.pipe(v.string(), v.regex(/^[a-z0-9_]+$/, 'must be lowercase letters, digits and underscores'));

export const CategorySchema = v.object({
  id: categoryId,
  label: localText,
  colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be a #rrggbb colour'))),
  order: v.pipe(v.number(), v.integer()),
});

const uniqueIds = (list: { id: string }[]) => new Set(list.map((c) => c.id)).size === list.length;

/** A dataset file; `description` as given: an imported dataset's head (load-column-data.ts) may have none. */
const datasetFileSchema = (description: typeof localText | typeof optionalText) =>
  v.pipe(
    v.object({
      meta: v.object({
        id: categoryId,
        title: localText,
        description,
        timeZone: text,
        licence: text,
        attribution: localText,
        sourceUrl: v.nullable(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'))),
        parties: v.array(categoryId),
      }),
      /** Claimant names in other languages (the English is each record's claimant_label); none by default. */
      claimants: v.optional(
        v.pipe(
          v.array(v.object({ id: text, label: localText })),
          v.check((list) => uniqueIds(list), 'claimant ids repeat'),
        ),
        [],
      ),
      categories: v.object({
        groups: v.pipe(
          v.array(CategorySchema),
          v.minLength(1, 'needs at least one group'),
          v.check((list) => uniqueIds(list), 'group ids repeat'),
        ),
        eventTypes: v.pipe(
          v.array(CategorySchema),
          v.minLength(1, 'needs at least one event type'),
          v.check((list) => uniqueIds(list), 'event type ids repeat'),
        ),
      }),
    }),
    v.check(
      (d) => d.meta.parties.every((id) => d.categories.groups.some((g) => g.id === id)),
      'meta.parties names a group that is not in categories.groups',
    ),
  );

export const DatasetFileSchema = datasetFileSchema(localText);
const DatasetHeadSchema = datasetFileSchema(optionalText);

/** The file checked, or the messages that say what is wrong (named by field). */
export function parseDatasetFile(json: unknown, fileName: string, head = false): { file: DatasetFile | null; errors: string[] } {
  const result = v.safeParse(head ? DatasetHeadSchema : DatasetFileSchema, json);
  if (result.success) return { file: result.output, errors: [] };
  return { file: null, errors: result.issues.map((i) => `${fileName}: ${v.getDotPath(i) ?? '(file)'}: ${i.message}`) };
}

/** Records whose group or event type the dataset does not list. */
export function unknownCategories(
  file: DatasetFile,
  records: readonly { properties: { id: string; claimant_side: string; event_type: string } }[],
  fileName: string,
): string[] {
  const groups = new Set(file.categories.groups.map((c) => c.id));
  const types = new Set(file.categories.eventTypes.map((c) => c.id));
  return records.flatMap(({ properties: p }) => [
    ...(groups.has(p.claimant_side)
      ? []
      : [`${fileName}: record "${p.id}": claimant_side: "${p.claimant_side}" is not a group of the dataset`]),
    ...(types.has(p.event_type)
      ? []
      : [`${fileName}: record "${p.id}": event_type: "${p.event_type}" is not an event type of the dataset`]),
  ]);
}
