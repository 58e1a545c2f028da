/** `?data=`: read in order, repeatable, bounded, and carried by every link the app hands out. */
import { describe, expect, it } from 'vitest';
import { embedSnippet, viewUrl } from '../../src/config/share-urls.ts';
import { MAX_DATA_PARAMS, parseUrlState } from '../../src/config/url-state.ts';
import { baseState, FIRST, LAST } from './app-state-fixture.ts';

const parse = (search: string) => parseUrlState(search, { first: FIRST, last: LAST });

describe('?data=', () => {
  it('keeps every value in order, without a "given twice" warning', () => {
    const { options, warnings } = parse('?data=a.csv&date=2022-09-13&data=https%3A%2F%2Fx.example%2Fb.json');
    expect(options.data).toEqual(['a.csv', 'https://x.example/b.json']);
    expect(warnings).toEqual([]);
  });
  it('drops empty, overlong and surplus values with a warning that cuts the value short', () => {
    const many = Array.from({ length: MAX_DATA_PARAMS + 2 }, (_, i) => `data=f${i}.csv`).join('&');
    const { options, warnings } = parse(`?data=&data=${'x'.repeat(5000)}&${many}`);
    expect(options.data).toHaveLength(MAX_DATA_PARAMS);
    expect(options.data?.[0]).toBe('f0.csv');
    expect(warnings).toHaveLength(4);
    expect(warnings.every((w) => w.startsWith('URL parameter "data"'))).toBe(true);
    expect(Math.max(...warnings.map((w) => w.length))).toBeLessThan(200);
  });
  it('is none when absent', () => {
    expect(parse('?date=2022-09-13').options.data).toEqual([]);
  });
  it('is carried by the share link, the embed URL and the snippet', () => {
    const page = 'https://news.example/map/?data=events.csv&date=2022-09-13';
    const data = ['events.csv'];
    expect(viewUrl(baseState(), page, { data })).toBe('https://news.example/map/?data=events.csv&date=2022-09-13');
    expect(viewUrl(baseState(), page, { embed: true, data })).toBe('https://news.example/map/?embed&data=events.csv&date=2022-09-13');
    const snippet = embedSnippet(baseState(), page, { title: 't', lang: 'en', height: 640, data: ['a.csv', 'b&c.json'] });
    expect(snippet).toContain('src="https://news.example/map/?embed&amp;data=a.csv&amp;data=b%26c.json&amp;lang=en&amp;date=2022-09-13"');
    // Without data the page's own ?data= is not copied: only what the app read is passed on.
    expect(viewUrl(baseState(), page)).toBe('https://news.example/map/?date=2022-09-13');
  });
});
