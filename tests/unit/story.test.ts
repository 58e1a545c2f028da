import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/data/story-schema.ts';
import type { Incident } from '../../src/data/schema.ts';

const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/stories/two-days-september-2022.json'), 'utf8'));
const incidents = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8')).features as Incident[];

describe('stories', () => {
  it('the shipped story is valid, in four languages, and names only existing claims', () => {
    const { story, errors } = checkStory(shipped, incidents, 'two-days');
    expect(errors).toEqual([]);
    expect(story!.steps.length).toBeGreaterThanOrEqual(5);
  });
  it('names the step and field of each problem', () => {
    const broken = structuredClone(shipped);
    broken.steps[1].text.hy = ' ';
    broken.steps[2].to = '2022-02-30';
    const first = checkStory(broken, incidents, 'x');
    expect(first.story).toBeNull();
    expect(first.errors.join('\n')).toMatch(/steps\.1\.text\.hy/);
    expect(first.errors.join('\n')).toMatch(/steps\.2\.to/);
    const missing = structuredClone(shipped);
    missing.steps[0].highlight = ['no-such-claim'];
    expect(checkStory(missing, incidents, 'x').errors).toEqual(['x: step 1: no incident "no-such-claim"']);
  });
});
