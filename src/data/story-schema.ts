/**
 * A story: steps of a guided walk (date window, map view, highlighted claims, a short text in each
 * interface language, sources). Checked with the same valibot rules as the data, against the
 * incident ids it names, by the app when it loads a story and by `npm run data:check`.
 */
import * as v from 'valibot';
import { isDate } from './day.ts';
import { SourceSchema, type Incident } from './schema.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const inFourLanguages = v.object({ en: text, hy: text, az: text, ru: text });
const date = v.pipe(v.string(), v.check(isDate, 'must be a real YYYY-MM-DD date'));

export const StoryStepSchema = v.pipe(
  v.object({
    mode: v.picklist(['asof', 'range']),
    from: v.nullable(date),
    to: date,
    map: v.object({
      zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
      lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
      lng: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    }),
    highlight: v.array(text),
    selected: v.nullable(text),
    title: inFourLanguages,
    text: inFourLanguages,
    sources: v.array(SourceSchema),
  }),
  v.check((s) => s.mode === 'asof' || (s.from !== null && s.from <= s.to), 'a range needs "from" on or before "to"'),
);

export const StorySchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens')),
  title: inFourLanguages,
  intro: inFourLanguages,
  steps: v.pipe(v.array(StoryStepSchema), v.minLength(1, 'needs at least one step')),
});

export type Story = v.InferOutput<typeof StorySchema>;
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;

/** Validates a story; problems name the step and field. Claims it names must exist. */
export function checkStory(json: unknown, incidents: readonly Incident[], name: string): { story: Story | null; errors: string[] } {
  const result = v.safeParse(StorySchema, json);
  if (!result.success) {
    return { story: null, errors: result.issues.map((i) => `${name}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  }
  const ids = new Set(incidents.map((f) => f.properties.id));
  const errors: string[] = [];
  result.output.steps.forEach((step, i) => {
    for (const id of [...step.highlight, ...(step.selected ? [step.selected] : [])]) {
      if (!ids.has(id)) errors.push(`${name}: step ${i + 1}: no incident "${id}"`);
    }
  });
  return { story: errors.length ? null : result.output, errors };
}
