import { describe, expect, it } from 'vitest';
import { embedSnippet, viewUrl } from '../../src/config/share-urls.ts';
import { dayFromDate } from '../../src/data/day.ts';
import { parsePymMessage, pymMessage } from '../../src/embed/pym-child.ts';
import { baseState } from './app-state-fixture.ts';
import { GROUPS } from './dataset-fixture.ts';

const state = baseState({
  mode: 'range',
  from: dayFromDate('2022-09-12'),
  to: dayFromDate('2022-09-14'),
  sides: new Set(['armenia'] as const),
  lang: 'hy',
});

describe('share links', () => {
  const page = 'https://news.example/graphics/map/?embed&childId=x&initialWidth=600&lang=hy&date=2022-08-01';
  it('the full-view link carries the state and the language but nothing that belongs to one embed', () => {
    expect(viewUrl(state, page, { ctx: { groups: GROUPS } })).toBe(
      'https://news.example/graphics/map/?lang=hy&from=2022-09-12&to=2022-09-14&sides=armenia',
    );
  });
  it('the embed link starts with ?embed and can set the language', () => {
    expect(viewUrl({ ...state, sides: new Set(GROUPS) }, page, { embed: true, lang: 'ru', ctx: { groups: GROUPS } })).toBe(
      'https://news.example/graphics/map/?embed&lang=ru&from=2022-09-12&to=2022-09-14',
    );
  });
  it('the snippet has the iframe with title and size, escaped, and the loader from the same folder', () => {
    const snippet = embedSnippet(state, page, { title: 'Claimline: "who claimed what" <b>', lang: 'en', height: 640, groups: GROUPS });
    expect(snippet).toContain(
      '<iframe src="https://news.example/graphics/map/?embed&amp;lang=en&amp;from=2022-09-12&amp;to=2022-09-14&amp;sides=armenia"',
    );
    expect(snippet).toContain('title="Claimline: &quot;who claimed what&quot; &lt;b&gt;"');
    expect(snippet).toContain('width="100%" height="640"');
    expect(snippet).toContain('<script src="https://news.example/graphics/map/embed.js" async></script>');
  });
  it('a hostile page URL cannot break out of the snippet’s attributes', () => {
    const hostile = 'https://news.example/a"b<c>/?x="><svg onload=alert(1)>';
    const snippet = embedSnippet(state, hostile, { title: 't', lang: 'en', height: Number.NaN });
    expect(snippet).not.toMatch(/<svg|onload=|height="NaN"/);
    // Exactly the two elements, each attribute value free of quotes and angle brackets.
    expect(snippet).toMatch(/^<iframe( [a-z]+="[^"<>]*")+><\/iframe>\n<script( [a-z]+="[^"<>]*")+ async><\/script>$/);
  });
});

describe('pym.js messages', () => {
  it('writes and reads the child format', () => {
    expect(pymMessage('map-1', 'height', '812')).toBe('pymxPYMxmap-1xPYMxheightxPYMx812');
    expect(parsePymMessage('pymxPYMxmap-1xPYMxwidthxPYMx640')).toEqual({ id: 'map-1', type: 'width', message: '640' });
    expect(parsePymMessage({ height: 3 })).toBeNull();
    expect(parsePymMessage('hello')).toBeNull();
  });
});
