/**
 * Validates a parsed GeoJSON FeatureCollection feature by feature: the valid features are kept,
 * each invalid one yields a message that names the file, the record and the field.
 */
import * as v from 'valibot';

export type CollectionResult<T> = { features: T[]; errors: string[] };

export function validateCollection<T>(json: unknown, schema: v.GenericSchema<unknown, T>, fileName: string): CollectionResult<T> {
  const errors: string[] = [];
  if (!json || typeof json !== 'object' || (json as { type?: unknown }).type !== 'FeatureCollection') {
    return { features: [], errors: [`${fileName}: not a GeoJSON FeatureCollection`] };
  }
  const raw = (json as { features?: unknown }).features;
  if (!Array.isArray(raw)) return { features: [], errors: [`${fileName}: "features" is not an array`] };
  const features: T[] = [];
  raw.forEach((feature, index) => {
    const result = v.safeParse(schema, feature);
    if (result.success) {
      features.push(result.output);
      return;
    }
    const id = (feature as { properties?: { id?: unknown } })?.properties?.id;
    const who = typeof id === 'string' ? `record "${id}"` : `feature #${index}`;
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '(record)';
      errors.push(`${fileName}: ${who}: ${path}: ${issue.message}`);
    }
  });
  return { features, errors };
}
