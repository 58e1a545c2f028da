import { describe, expect, it } from 'vitest';
import { categoryLabel, makeDataset } from '../../src/data/dataset.ts';
import { parseDatasetFile, unknownCategories } from '../../src/data/dataset-schema.ts';
import { groupColours, groupKey, groupVar } from '../../src/style/group-colours.ts';
import { themes } from '../../src/style/theme.ts';
import { groupRules } from '../../src/ui/group-styles.ts';
import { BUILT_IN, GROUPS } from './dataset-fixture.ts';

const label = (en: string) => ({ en });
const file = (groups: object[], eventTypes: object[] = [{ id: 'event', label: label('Event'), order: 0 }]) => ({
  meta: {
    id: 'test',
    title: label('Test'),
    description: label('A test'),
    timeZone: 'UTC',
    licence: 'CC0',
    attribution: label('Us'),
    sourceUrl: null,
    parties: [],
  },
  categories: { groups, eventTypes },
});

describe('the dataset as data', () => {
  it('the built-in dataset keeps its groups, their order, labels and colours (the theme colours)', () => {
    expect(GROUPS).toEqual(['armenia', 'azerbaijan', 'third_party', 'independent']);
    expect(categoryLabel(BUILT_IN.categories.groups, 'third_party', 'ru')).toBe('Третьи стороны');
    expect(categoryLabel(BUILT_IN.categories.eventTypes, 'other', 'en')).toBe('Statement or other');
    for (const g of BUILT_IN.categories.groups) expect(g.colour, g.id).toBe(themes.light.side[g.id]);
    expect([...groupColours(BUILT_IN.categories.groups, themes.projector).values()]).toEqual(Object.values(themes.projector.side));
    expect(BUILT_IN.meta.parties).toEqual(['armenia', 'azerbaijan']);
  });

  it('a dataset that names no colours gets distinct palette colours in category order', () => {
    const parsed = parseDatasetFile(file([3, 1, 2].map((order) => ({ id: `g${order}`, label: label(`G${order}`), order }))), 'f');
    expect(parsed.errors).toEqual([]);
    const dataset = makeDataset(parsed.file!, { incidents: [], places: [], regions: [] });
    expect(dataset.categories.groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    const colours = [...groupColours(dataset.categories.groups, themes.light).values()];
    expect(new Set(colours).size).toBe(3);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('rejects bad categories and records that name unknown ones', () => {
    const bad = parseDatasetFile(file([{ id: 'a b', label: label('x'), order: 0, colour: 'red' }]), 'f');
    expect(bad.file).toBeNull();
    expect(bad.errors.join('\n')).toMatch(/categories\.groups\.0\.id/);
    expect(bad.errors.join('\n')).toMatch(/colour/);
    expect(
      parseDatasetFile(
        file([
          { id: 'a', label: label('A'), order: 0 },
          { id: 'a', label: label('B'), order: 1 },
        ]),
        'f',
      ).errors.join(),
    ).toMatch(/repeat/);
    const ok = parseDatasetFile(file([{ id: 'a', label: label('A'), order: 0 }]), 'f').file!;
    const records = [{ properties: { id: 'r1', claimant_side: 'b', event_type: 'event' } }];
    expect(unknownCategories(ok, records, 'incidents')).toEqual([
      'incidents: record "r1": claimant_side: "b" is not a group of the dataset',
    ]);
  });

  it('page names for a group: the id where it is safe, hex code points otherwise', () => {
    expect(groupVar('third_party')).toBe('--cl-side-third-party');
    expect(groupKey('armenia')).toBe('armenia');
    expect(groupKey('a b"{')).toMatch(/^x[0-9a-f-]+$/);
    expect(groupRules(BUILT_IN)).toContain(
      '.cl-side--third_party, .cl-swatch--third_party, .cl-bar--third_party, .cl-mark--third_party { --cl-claimant: var(--cl-side-third-party); }',
    );
  });
});
