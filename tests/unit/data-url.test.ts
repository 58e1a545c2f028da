/** Which `?data=` addresses a published page loads: http(s) only, its own origin unless the host page allows more. */
import { describe, expect, it } from 'vitest';
import { dataOrigins, defaultDataUrls, resolveDataUrl } from '../../src/config/data-url.ts';

const PAGE = 'https://news.example/graphics/map/index.html?data=x';
const ok = (param: string, allowed: string[] = []) => resolveDataUrl(param, PAGE, allowed);
const error = (param: string, allowed: string[] = []) => {
  const r = ok(param, allowed);
  if (!('error' in r)) throw new Error(`accepted ${param}: ${r.url}`);
  return r;
};

/** Just the part of a Document the module reads: meta tags by name. */
function fakeDoc(meta: Record<string, string>): Document {
  return {
    querySelector: (sel: string) => {
      const name = /name="([^"]+)"/.exec(sel)?.[1] ?? '';
      return name in meta ? { content: meta[name] } : null;
    },
  } as unknown as Document;
}

describe('resolveDataUrl', () => {
  it('resolves relative addresses against the page', () => {
    expect(ok('events.csv')).toEqual({ url: 'https://news.example/graphics/map/events.csv' });
    expect(ok('data/a b.json')).toEqual({ url: 'https://news.example/graphics/map/data/a%20b.json' });
    expect(ok('../common/e.geojson')).toEqual({ url: 'https://news.example/graphics/common/e.geojson' });
    expect(ok('/all.csv?v=2')).toEqual({ url: 'https://news.example/all.csv?v=2' });
    expect(ok('https://news.example/x.csv')).toEqual({ url: 'https://news.example/x.csv' });
  });

  it.each([
    ['javascript:alert(1)', 'dataUrlScheme'],
    ['JaVaScRiPt:alert(1)', 'dataUrlScheme'],
    ['data:text/csv,a,b', 'dataUrlScheme'],
    ['blob:https://news.example/1234', 'dataUrlScheme'],
    ['file:///etc/passwd', 'dataUrlScheme'],
    ['ftp://news.example/a.csv', 'dataUrlScheme'],
    ['//evil.example/a.csv', 'dataUrlOrigin'],
    ['https://evil.example/a.csv', 'dataUrlOrigin'],
    ['http://news.example/a.csv', 'dataUrlOrigin'],
    ['https://news.example:8443/a.csv', 'dataUrlOrigin'],
    ['https://news.example@evil.example/a.csv', 'dataUrlInvalid'],
    ['https://user:pw@news.example/a.csv', 'dataUrlInvalid'],
    ['https://[::1', 'dataUrlInvalid'],
    ['a\u0000.csv', 'dataUrlInvalid'],
    ['\tjavascript:alert(1)', 'dataUrlInvalid'],
    ['', 'dataUrlInvalid'],
    ['   ', 'dataUrlInvalid'],
  ])('refuses %j (%s)', (param, key) => {
    const r = error(param);
    expect(r.key).toBe(key);
    expect(r.error).toMatch(/^URL parameter "data": ".*" .+; ignored$/s);
  });

  it('keeps %00 as the percent-encoded text it is (a path, not a NUL)', () => {
    expect(ok('a%00.csv')).toEqual({ url: 'https://news.example/graphics/map/a%00.csv' });
  });

  it('cuts a 5000-character value short in the message', () => {
    const r = error(`https://evil.example/${'a'.repeat(5000)}`);
    expect(r.error.length).toBeLessThan(200);
    expect(error('x'.repeat(5000)).error.length).toBeLessThan(200);
  });

  it('escapes control and bidi characters in the message', () => {
    const r = error('https://evil.example/\u202ecsv.exe');
    expect(r.error).toContain('\\u202e');
    expect(r.error).not.toContain('\u202e');
  });

  it('accepts another origin only where the host page lists it', () => {
    expect(ok('https://data.example/a.csv', ['https://data.example'])).toEqual({ url: 'https://data.example/a.csv' });
    expect(ok('https://data.example/a.csv', ['https://data.example/some/path'])).toEqual({ url: 'https://data.example/a.csv' });
    expect(error('https://data.example.evil.example/a.csv', ['https://data.example']).key).toBe('dataUrlOrigin');
    expect(error('http://data.example/a.csv', ['https://data.example']).key).toBe('dataUrlOrigin');
    expect(error('https://evil.example/a.csv', ['javascript:alert(1)', '*', 'null']).key).toBe('dataUrlOrigin');
    const r = error('https://evil.example/a.csv');
    expect(r.vars.origin).toBe('https://evil.example');
  });

  it('refuses everything relative on a page that is not http(s)', () => {
    expect('error' in resolveDataUrl('events.csv', 'file:///home/me/dist/index.html', [])).toBe(true);
    expect('error' in resolveDataUrl('events.csv', 'not a url', [])).toBe(true);
  });
});

describe('defaultDataUrls and dataOrigins', () => {
  const built = fakeDoc({ 'claimline-default-data': ' data/events.claimline.geojson ' });
  it('prefers the ?data= URLs, else the build default, else none', () => {
    expect(defaultDataUrls('?data=a.csv&data=b.json&date=2022-09-13', built)).toEqual(['a.csv', 'b.json']);
    expect(defaultDataUrls('?date=2022-09-13', built)).toEqual(['data/events.claimline.geojson']);
    expect(defaultDataUrls('', fakeDoc({}))).toEqual([]);
    expect(defaultDataUrls('?data=', fakeDoc({ 'claimline-default-data': '' }))).toEqual([]);
  });
  it('reads the allowed origins from the meta tag, dropping what is not an http(s) origin', () => {
    expect(dataOrigins(fakeDoc({}))).toEqual([]);
    expect(dataOrigins(fakeDoc({ 'claimline-data-origins': '' }))).toEqual([]);
    const doc = fakeDoc({ 'claimline-data-origins': ' https://a.example  https://b.example/x\njavascript:alert(1) nonsense ' });
    expect(dataOrigins(doc)).toEqual(['https://a.example', 'https://b.example']);
  });
});
