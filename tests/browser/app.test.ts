/**
 * End-to-end journeys against the built app in headless Chromium: load, render, slider keyboard,
 * details, deep links, history, offline, sub-path, bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, openSession, renderedIncidentIds, urlParam, useSession, waitIdleAfter, type Session } from './harness.ts';

type Feature = {
  geometry: { coordinates: [number, number] } | null;
  properties: { id: string; day: number; day_end: number; context: boolean; sources: { url: string }[] };
};
const incidents: Feature[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8')).features;
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const plotted = incidents.filter((f) => f.geometry && !f.properties.context);
const FIRST = Math.min(...incidents.filter((f) => !f.properties.context).map((f) => f.properties.day));
const LAST = Math.max(...incidents.filter((f) => !f.properties.context).map((f) => f.properties.day_end));
const longDate = (d: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(d * 86_400_000));

/** What the data says should be drawn for a window, within the map's current bounds. */
async function expectedIds(s: Session, from: number, to: number): Promise<string[]> {
  const bounds = await s.page.evaluate(() =>
    (window as unknown as { __claimline: { map: { getBounds: () => { toArray: () => number[][] } } } }).__claimline.map
      .getBounds()
      .toArray(),
  );
  const [[w, south], [e, n]] = bounds as [[number, number], [number, number]];
  return plotted
    .filter((f) => f.properties.day <= to && f.properties.day_end >= from)
    .filter((f) => {
      const [lng, lat] = f.geometry!.coordinates;
      return lng >= w && lng <= e && lat >= south && lat <= n;
    })
    .map((f) => f.properties.id)
    .sort();
}

describe('the app in Chromium', () => {
  const s = useSession();

  it('loads with no console errors, reaches idle and requests nothing from another origin', async () => {
    await gotoReady(s.page, s.url);
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    await eventually(() => s.page.title()).toMatch(/Claimline/);
  });

  it('renders the incidents the data has for the window (counted from the map)', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=7.00/39.9000/45.9000`);
    const rendered = await renderedIncidentIds(s.page);
    const expected = await expectedIds(s, FIRST, day('2022-09-13'));
    expect(rendered.length).toBeGreaterThan(20);
    expect(rendered).toEqual(expected);
  });

  it('moving the slider with the keyboard changes what is rendered to what the data says', async () => {
    await gotoReady(s.page, `${s.url}?from=2022-09-13&to=2022-09-13&map=7.00/39.9000/45.9000`);
    const thumb = s.page.getByRole('slider', { name: 'To' });
    await eventually(() => thumb.getAttribute('aria-valuetext')).toBe('13 September 2022');
    const onThe13th = await renderedIncidentIds(s.page);
    expect(onThe13th).toEqual(await expectedIds(s, day('2022-09-13'), day('2022-09-13')));

    await thumb.focus();
    await waitIdleAfter(s.page, () => s.page.keyboard.press('ArrowRight'));
    await eventually(() => thumb.getAttribute('aria-valuetext')).toBe('14 September 2022');
    const to14 = await renderedIncidentIds(s.page);
    expect(to14).toEqual(await expectedIds(s, day('2022-09-13'), day('2022-09-14')));
    expect(to14.length).toBeGreaterThan(onThe13th.length);

    const from = s.page.getByRole('slider', { name: 'From' });
    await from.focus();
    await waitIdleAfter(s.page, async () => {
      await s.page.keyboard.press('ArrowRight');
    });
    await eventually(() => from.getAttribute('aria-valuetext')).toBe('14 September 2022');
    expect(await renderedIncidentIds(s.page)).toEqual(await expectedIds(s, day('2022-09-14'), day('2022-09-14')));

    await thumb.focus();
    await waitIdleAfter(s.page, () => s.page.keyboard.press('End'));
    await eventually(() => thumb.getAttribute('aria-valuetext')).toBe(longDate(LAST));
    await waitIdleAfter(s.page, () => s.page.keyboard.press('PageDown'));
    await eventually(() => thumb.getAttribute('aria-valuetext')).toBe(longDate(LAST - 7));
    expect(await renderedIncidentIds(s.page)).toEqual(await expectedIds(s, day('2022-09-14'), LAST - 7));
  });

  it('clicking an incident opens its details with its sources as safe links', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=8.00/40.1000/45.7000`);
    const target = await s.page.evaluate(() => {
      const map = (
        window as unknown as {
          __claimline: {
            map: {
              queryRenderedFeatures: (o: object) => { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
              project: (c: [number, number]) => { x: number; y: number };
            };
          };
        }
      ).__claimline.map;
      const f = map.queryRenderedFeatures({ layers: ['incident-markers'] }).find((x) => x.properties.id.includes('sotk'))!;
      const p = map.project(f.geometry.coordinates);
      const under = map.queryRenderedFeatures({ layers: ['incident-markers'] } as object).filter((x) => {
        const q = map.project(x.geometry.coordinates);
        return Math.abs(q.x - p.x) <= 18 && Math.abs(q.y - p.y) <= 18;
      });
      return { id: f.properties.id, x: p.x, y: p.y, under: under.map((x) => x.properties.id) };
    });
    const box = (await s.page.locator('.cl-map canvas').boundingBox())!;
    await s.page.mouse.click(box.x + target.x, box.y + target.y);
    const panel = s.page.locator('.cl-details');
    await eventually(() => panel.isVisible()).toBe(true);
    const selected = await s.page.evaluate(
      () => (window as unknown as { __claimline: { store: { state: { selected: string } } } }).__claimline.store.state.selected,
    );
    const record = incidents.find((f) => f.properties.id === selected)!;
    expect(record).toBeDefined();
    expect(target.under).toContain(selected);
    expect(selected).toMatch(/^2022-09-13-/);
    const links = panel.locator('.cl-details__fields .cl-details__sources a');
    const webSources = record.properties.sources.filter((x) => /^https?:/.test(x.url));
    await eventually(() => links.count()).toBe(webSources.length);
    for (let i = 0; i < webSources.length; i++) {
      await eventually(() => links.nth(i).getAttribute('href')).toBe(new URL(webSources[i]!.url).href);
      await eventually(() => links.nth(i).getAttribute('rel')).toBe('noopener noreferrer');
    }
    await eventually(() => panel.textContent()).toMatch(/Claimed by/);
    await urlParam(s.page, 'incident').toBe(selected);
  });

  it('Enter on a claim in the list opens its details and marks it on the map', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const item = s.page.locator('.cl-table__open').nth(5);
    const id = await item.getAttribute('data-id');
    await item.focus();
    await s.page.keyboard.press('Enter');
    await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
    await eventually(() => item.getAttribute('aria-current')).toBe('true');
    await urlParam(s.page, 'incident').toBe(id);
    await s.page.keyboard.press('Escape');
    await eventually(() => s.page.locator('.cl-details').isHidden()).toBe(true);
  });

  it('layer toggles hide what they name, and the URL records it', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=7.00/39.9000/45.9000`);
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(0);
    await waitIdleAfter(s.page, () => s.page.getByRole('checkbox', { name: 'Incident-claims' }).uncheck());
    expect(await renderedIncidentIds(s.page)).toEqual([]);
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('layers') === 'settlements,regions,labels');
  });

  it('draws only the regions whose period contains the date, and the NKAO reference outline', async () => {
    const drawnRegions = () =>
      s.page.evaluate(() => {
        const map = (
          window as unknown as { __claimline: { map: { queryRenderedFeatures: (o: object) => { properties: { id: string } }[] } } }
        ).__claimline.map;
        return [
          ...new Set(
            map
              .queryRenderedFeatures({ layers: ['region-fill', 'region-line', 'region-line-reference', 'region-line-dashed'] })
              .map((f) => f.properties.id),
          ),
        ].sort();
      });
    // The corridor's original route was handed over on 25-26 August 2022: one slider step apart.
    await gotoReady(s.page, `${s.url}?date=2022-08-25&map=7.00/39.9000/45.9000`);
    const before = await drawnRegions();
    expect(before).toEqual(expect.arrayContaining(['nk_control_2020_2023', 'lachin_corridor_2020', 'nkao_1991', 'line_contact_2020']));
    expect(before).not.toContain('nk_control_1994_2020');
    expect(before).not.toContain('line_contact_1994');
    await waitIdleAfter(s.page, () => s.page.getByRole('slider', { name: 'Show incidents up to' }).press('ArrowRight'));
    const after = await drawnRegions();
    expect(after).not.toContain('lachin_corridor_2020');
    expect(after).toEqual(expect.arrayContaining(['nk_control_2020_2023', 'nkao_1991', 'line_contact_2020']));
  });

  it('an event with no place opens the same panel from its timeline mark', async () => {
    await gotoReady(s.page, s.url);
    const mark = s.page.locator('.cl-mark').first();
    const id = await mark.getAttribute('data-id');
    await mark.click();
    await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
    expect(incidents.find((f) => f.properties.id === id)!.geometry).toBeNull();
    await eventually(() => s.page.locator('.cl-details').textContent()).toMatch(/Not on the map/);
  });

  it('reloading a deep link restores the same state, and back/forward walk through changes', async () => {
    const id = plotted.find((f) => f.properties.id.startsWith('2022-09-13-jermuk'))!.properties.id;
    const deep = `${s.url}?from=2022-09-12&to=2022-09-14&layers=incidents,regions&map=8.50/39.8000/45.7000&incident=${id}`;
    await gotoReady(s.page, deep);
    const read = () =>
      s.page.evaluate(() => {
        const { store, map } = (
          window as unknown as {
            __claimline: {
              store: { state: { mode: string; from: number; to: number; selected: string; layers: Set<string> } };
              map: { getZoom: () => number; getCenter: () => { lng: number; lat: number } };
            };
          }
        ).__claimline;
        const st = store.state;
        return {
          mode: st.mode,
          from: st.from,
          to: st.to,
          selected: st.selected,
          layers: [...st.layers].sort(),
          zoom: Math.round(map.getZoom() * 100) / 100,
          lat: Math.round(map.getCenter().lat * 1e3) / 1e3,
          lng: Math.round(map.getCenter().lng * 1e3) / 1e3,
          panel: !(document.querySelector('.cl-details') as HTMLElement).hidden,
        };
      });
    const before = await read();
    expect(before).toEqual({
      mode: 'range',
      from: day('2022-09-12'),
      to: day('2022-09-14'),
      selected: id,
      layers: ['incidents', 'regions'],
      zoom: 8.5,
      lat: 39.8,
      lng: 45.7,
      panel: true,
    });
    await s.page.reload();
    await s.page.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true');
    expect(await read()).toEqual(before);
    await eventually(() => s.page.getByRole('checkbox', { name: 'Settlements reported shelled' }).isChecked()).toBe(false);

    // Closing a claim replaces the entry: opening and closing claims never fills the Back button.
    const entries = await s.page.evaluate(() => history.length);
    await s.page.getByRole('button', { name: 'Close' }).click();
    await urlParam(s.page, 'incident').toBeNull();
    expect(await s.page.evaluate(() => history.length)).toBe(entries);
    // A discrete choice pushes an entry; Back restores the state before it, Forward the one after.
    await s.page.getByRole('checkbox', { name: 'Settlements reported shelled' }).check();
    await urlParam(s.page, 'layers').toBe('incidents,settlements,regions');
    await s.page.goBack();
    await urlParam(s.page, 'layers').toBe('incidents,regions');
    await eventually(async () => (await read()).layers).toEqual(['incidents', 'regions']);
    await eventually(() => s.page.getByRole('checkbox', { name: 'Settlements reported shelled' }).isChecked()).toBe(false);
    await s.page.goForward();
    await urlParam(s.page, 'layers').toBe('incidents,settlements,regions');
    await eventually(async () => (await read()).layers).toEqual(['incidents', 'regions', 'settlements']);
  });

  it('ignores malformed URL parameters with a console warning, never a blank page', async () => {
    await gotoReady(s.page, `${s.url}?date=not-a-date&layers=bogus,incidents&map=1/2&incident=%3Cscript%3E`);
    const warnings = () => s.consoleWarnings.join('\n');
    await eventually(warnings).toMatch(/"date"/);
    await eventually(warnings).toMatch(/"bogus"/);
    await eventually(warnings).toMatch(/"map"/);
    await eventually(warnings).toMatch(/"incident"/);
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(0);
  });

  it('a malformed record is reported by name and the valid rest is still drawn', async () => {
    const body = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8'));
    body.features[0].properties.date = '2022-13-45';
    const brokenId = body.features[0].properties.id;
    await s.page.route(/incidents-[^/]*\.geojson$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
    );
    await gotoReady(s.page, s.url);
    const banner = s.page.locator('.cl-errors');
    await eventually(() => banner.isVisible()).toBe(true);
    await eventually(() => banner.textContent()).toContain(`record "${brokenId}"`);
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(10);
    await s.page.unroute(/incidents-[^/]*\.geojson$/);
  });

  it('a missing or malformed data file shows a readable message, not a blank map', async () => {
    s.allowConsoleErrors(); // the 404 it provokes
    await s.page.route(/incidents-[^/]*\.geojson$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await s.page.goto(s.url);
    const banner = s.page.locator('.cl-errors');
    await banner.waitFor({ state: 'visible' });
    await eventually(() => banner.textContent()).toMatch(/incidents\.geojson: could not be loaded \(HTTP 404\)/);
    await s.page.unroute(/incidents-[^/]*\.geojson$/);

    await s.page.route(/incidents-[^/]*\.geojson$/, (route) =>
      route.fulfill({ status: 200, body: '{"type":"FeatureCollection","features":[' }),
    );
    await s.page.goto(s.url);
    await banner.waitFor({ state: 'visible' });
    await eventually(() => banner.textContent()).toMatch(/incidents\.geojson: is not valid JSON/);
    await s.page.unroute(/incidents-[^/]*\.geojson$/);
  });
});

describe('served from a sub-path', () => {
  it('works under /graphics/2022/armenia-map/ with relative asset paths', async () => {
    const s = await openSession({ prefix: '/graphics/2022/armenia-map/' });
    try {
      const failed: string[] = [];
      s.page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
      await gotoReady(s.page, `${s.url}?date=2022-09-13`);
      expect(failed).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
      expect(s.foreignRequests).toEqual([]);
      expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(20);
    } finally {
      await s.close();
    }
  });
});

describe('URL parameters that are odd but not malformed-looking', () => {
  const s = useSession();

  it('“//”, hex and exponents are not a map view; out-of-range dates are clamped with a warning; warnings cut long values', async () => {
    await gotoReady(s.page, `${s.url}?map=//&date=2030-01-01`);
    const warnings = () => s.consoleWarnings.join('\n');
    await eventually(warnings).toMatch(/URL parameter "map": "\/\/" is not zoom\/latitude\/longitude/);
    await eventually(warnings).toMatch(/URL parameter "date": 2030-01-01 is outside the data/);
    // The map opens at its default view, not at 0/0/0.
    const zoom = await s.page.evaluate(() =>
      (window as unknown as { __claimline: { map: { getZoom: () => number } } }).__claimline.map.getZoom(),
    );
    expect(zoom).toBeGreaterThan(5);

    await gotoReady(s.page, `${s.url}?map=0x10/40/45&incident=${'y'.repeat(10_000)}`);
    await eventually(warnings).toMatch(/"map": "0x10\/40\/45"/);
    await eventually(warnings).toMatch(/"incident"/);
    expect(
      await s.page.evaluate(() => (window as unknown as { __claimline: { map: { getZoom: () => number } } }).__claimline.map.getZoom()),
    ).not.toBe(16);
    for (const w of s.consoleWarnings) expect(w.length).toBeLessThan(300);
  });

  it('opening and closing a claim 25 times leaves the Back button as it was', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const before = await s.page.evaluate(() => history.length);
    const rows = s.page.locator('.cl-table__open');
    for (let i = 0; i < 25; i++) {
      await rows.nth(i % 10).click();
      await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
      await s.page.locator('.cl-details').getByRole('button', { name: 'Close' }).click();
      await eventually(() => s.page.locator('.cl-details').isHidden()).toBe(true);
    }
    await urlParam(s.page, 'incident').toBeNull();
    expect(await s.page.evaluate(() => history.length)).toBe(before);
  });
});
