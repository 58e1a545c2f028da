/**
 * A record read from an event file's text chunks (load-column-data.ts), checked before the details
 * panel shows it: a file that `?data=` names is a stranger's, and its text is not the app's own
 * until parsed. Looser than IncidentPropertiesSchema where imports are looser (ids, categories and
 * countries as a file gives them); as strict where the view relies on a shape (arrays, numbers,
 * dates, the words it has for roles and kinds) or on safety (a source's link is http(s) or none).
 */
import * as v from 'valibot';
import { FATALITY_PARTIES, type IncidentProperties, LOCATION_ROLES, UNPLOTTED_KINDS, WEAK_SOURCE_KINDS } from '../schema.ts';
import { isDate } from '../day.ts';
import { MalformedRecord } from './malformed-record.ts';

const text = v.string();
const nullableText = v.nullable(v.string());
const dateString = v.pipe(v.string(), v.check(isDate, 'must be a real YYYY-MM-DD date'));
const whole = v.pipe(v.number(), v.integer());
const precision = v.picklist([1, 2, 3]);

/**
 * A source as the importers write it: a link's scheme in any case (they test it so, and keep the
 * file's text), or a seed citation, or none; the details panel makes only an http(s) one a link.
 */
const SourceText = v.object({
  title: text,
  publisher: text,
  url: v.nullable(v.pipe(v.string(), v.regex(/^(https?:\/\/\S+|seed:\d{3})$/i, 'must be an http(s) URL or a seed:NNN citation'))),
  date: nullableText,
});

const TextRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  date: dateString,
  date_end: v.nullable(dateString),
  day: whole,
  day_end: whole,
  time: nullableText,
  date_precision: precision,
  geo_precision: v.nullable(precision),
  place_id: nullableText,
  place_name: text,
  country: nullableText,
  location_role: v.picklist(LOCATION_ROLES),
  event_type: text,
  claimant: text,
  claimant_label: text,
  claimant_side: text,
  accused: v.nullable(v.picklist(['armenia', 'azerbaijan'])),
  fatalities_claimed: v.nullable(v.pipe(whole, v.minValue(0))),
  fatalities_of: v.nullable(v.picklist(FATALITY_PARTIES)),
  civilian_harm: v.picklist(['yes', 'no', 'unknown']),
  summary: text,
  sources: v.array(SourceText),
  related: v.array(text),
  strike: v.boolean(),
  context: v.boolean(),
  weak_source: v.nullable(v.picklist(WEAK_SOURCE_KINDS)),
  unplotted_reason: nullableText,
  unplotted_kind: v.nullable(v.picklist(UNPLOTTED_KINDS)),
  notes: text,
});

/** The record, or a MalformedRecord naming `where` (the file and row), the record's id where it has one, and each field at fault. */
export function textRecord(value: unknown, where: string): IncidentProperties {
  const result = v.safeParse(TextRecordSchema, value);
  if (result.success) return result.output as IncidentProperties;
  const id = (value as { id?: unknown } | null)?.id;
  const who = typeof id === 'string' ? `${where}, record "${id}"` : where;
  const fields = result.issues.slice(0, 3).map((issue) => `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`);
  throw new MalformedRecord(`${who}: ${fields.join('; ')}${result.issues.length > 3 ? ` (and ${result.issues.length - 3} more)` : ''}`);
}
