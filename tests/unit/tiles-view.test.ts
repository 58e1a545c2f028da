// The tile viewer's pure parts (src/tiles-view/): its address rules, style and filter, a point's
// text, and its strings in the four languages.
import { describe, expect, it, vi } from 'vitest';
import { azTiles } from '../../src/i18n/tiles/az.ts';
import { enTiles } from '../../src/i18n/tiles/en.ts';
import { hyTiles } from '../../src/i18n/tiles/hy.ts';
import { loadTilesStrings } from '../../src/i18n/tiles/index.ts';
import { ruTiles } from '../../src/i18n/tiles/ru.ts';
import { lightTheme } from '../../src/style/theme.ts';
import { pointLines } from '../../src/tiles-view/side-panel.ts';
import { archiveSource, fileName } from '../../src/tiles-view/source-url.ts';
import { CLAIMS_LAYER, colourList, dayFilter, tilesStyle } from '../../src/tiles-view/tiles-style.ts';

const PAGE = 'https://news.example/maps/tiles.html';
/** A page whose `<meta name="claimline-data-origins">` lists `origins`. */
const pageWith = (origins = '') => ({ querySelector: () => (origins ? { content: origins } : null) }) as unknown as Document;
const document = pageWith();

describe('?src=', () => {
  it('takes a relative or same-origin http(s) address, and names the file', () => {
    expect(archiveSource('?src=data/events.pmtiles', PAGE, document)).toEqual({
      url: 'https://news.example/maps/data/events.pmtiles',
      file: 'events.pmtiles',
    });
    expect(fileName('https://a.example/x/my%20events.pmtiles?v=2')).toBe('my events.pmtiles');
  });

  it('refuses no address, another scheme, and another origin unless the page lists it', () => {
    expect(archiveSource('', PAGE, document)).toEqual({ error: 'tilesErrNoSrc', vars: {} });
    expect(archiveSource('?src=javascript:alert(1)', PAGE, document)).toMatchObject({ error: 'tilesErrAddress', why: 'tilesWhyScheme' });
    expect(archiveSource('?src=https://cdn.example/e.pmtiles', PAGE, document)).toMatchObject({
      error: 'tilesErrAddress',
      why: 'tilesWhyOrigin',
      vars: { origin: 'https://cdn.example' },
    });
    expect(archiveSource('?src=https://cdn.example/e.pmtiles', PAGE, pageWith('https://cdn.example'))).toMatchObject({
      url: 'https://cdn.example/e.pmtiles',
    });
  });
});

describe('the style', () => {
  it('filters by day and day_end with literal numbers, no global state', () => {
    expect(dayFilter(3, 9)).toEqual(['all', ['<=', ['get', 'day'], 9], ['>=', ['get', 'day_end'], 3]]);
    const style = tilesStyle({
      archiveUrl: 'https://a.example/e.pmtiles',
      groups: ['armenia', 'other'],
      theme: lightTheme,
      from: 0,
      to: 10,
      credit: 'A <b>&</b>',
    });
    expect(style.state).toBeUndefined();
    expect(JSON.stringify(style)).not.toContain('global-state');
    expect(style.sources[CLAIMS_LAYER]).toMatchObject({
      type: 'vector',
      url: 'pmtiles://https://a.example/e.pmtiles',
      attribution: 'A &#60;b&#62;&#38;&#60;/b&#62;',
    });
  });

  it('colours each group index as the app colours the group', () => {
    expect(colourList(['armenia', 'other'], lightTheme)[0]).toBe(lightTheme.side.armenia);
    const layer = tilesStyle({ archiveUrl: 'x', groups: ['armenia'], theme: lightTheme, from: 0, to: 1, credit: '' }).layers.find(
      (l) => l.id === CLAIMS_LAYER,
    );
    expect(layer?.type === 'circle' && layer.paint?.['circle-color']).toEqual([
      'match',
      ['get', 'group'],
      0,
      lightTheme.side.armenia,
      lightTheme.markerNeutral,
    ]);
  });
});

describe('a point’s text', () => {
  const meta = { firstDay: 19_236, groups: ['armenia'], eventTypes: ['Shelling'] };
  it('turns the indexes and relative days into names and dates', async () => {
    vi.stubGlobal('document', { documentElement: {} }); // setLanguage marks the page's language
    await loadTilesStrings('en');
    vi.unstubAllGlobals();
    expect(pointLines({ id: 'a-1', day: 12, day_end: 14, group: 0, type: 0, geo_precision: 2 }, meta)).toEqual([
      ['Record id', 'a-1'],
      ['Dates', '13 September 2022 – 15 September 2022'],
      ['Group', 'armenia'],
      ['Event type', 'Shelling'],
      ['Place precision', 'near the place'],
    ]);
    expect(pointLines({ id: 'u', day: 2 ** 30, day_end: -(2 ** 30), group: 5, type: 0, geo_precision: 0 }, meta)[1]).toEqual([
      'Dates',
      'no date',
    ]);
  });
});

it('has every string in the four languages', () => {
  const keys = Object.keys(enTiles).sort();
  for (const strings of [hyTiles, azTiles, ruTiles]) {
    expect(Object.keys(strings).sort()).toEqual(keys);
    for (const [key, text] of Object.entries(strings)) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(text), key).toEqual(holes(enTiles[key as keyof typeof enTiles]));
    }
  }
});
