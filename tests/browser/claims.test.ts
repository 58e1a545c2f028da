/**
 * Claims, uncertainty and contested geography in Chromium: the claimant toggles, claims from both
 * sides side by side, regions by period, where a place lies, the window in numbers and the
 * labels of contested places. Expected values are computed from the data files, not typed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, renderedIncidentIds, useSession, waitIdleAfter, type Session } from './harness.ts';

type Props = {
  id: string;
  day: number;
  day_end: number;
  context: boolean;
  claimant_side: string;
  claimant: string;
  claimant_label: string;
  place_id: string | null;
  related: string[];
  fatalities_claimed: number | null;
  fatalities_of: string | null;
};
type Feature = { geometry: { coordinates: [number, number] } | null; properties: Props };
const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8')).features;
const incidents: Feature[] = read('incidents.geojson');
const places: { properties: { id: string; name_en: string; name_az: string; border_km: number; border_side: string } }[] =
  read('places.geojson');
const byId = new Map(incidents.map((f) => [f.properties.id, f.properties]));
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const FIRST = Math.min(...incidents.filter((f) => !f.properties.context).map((f) => f.properties.day));
type W = {
  __claimline: {
    map: {
      queryRenderedFeatures: (o: object) => { properties: Record<string, unknown> }[];
      setGlobalStateProperty: (k: string, v: unknown) => void;
      triggerRepaint: () => void;
      once: (e: string) => Promise<unknown>;
    };
  };
};

async function renderedSides(s: Session): Promise<string[]> {
  const ids = await renderedIncidentIds(s.page);
  return [...new Set(ids.map((id) => byId.get(id)!.claimant_side))].sort();
}

describe('claims and contested geography in Chromium', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('claimant toggles change the rendered features, the histogram, the list and the URL', async () => {
    const to = day('2022-09-13');
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=7.00/39.9000/45.9000`);
    // The sides of the plotted claims in the window, from the data (the view covers the region).
    const plottedSides = [
      ...new Set(
        incidents
          .filter((f) => f.geometry && !f.properties.context && f.properties.day <= to && f.properties.day_end >= FIRST)
          .map((f) => f.properties.claimant_side),
      ),
    ].sort();
    expect(plottedSides).toContain('armenia');
    expect(plottedSides).toContain('azerbaijan');
    expect(await renderedSides(s)).toEqual(plottedSides);
    await eventually(() => s.page.locator('.cl-bar--azerbaijan').count()).toBeGreaterThan(0);

    await waitIdleAfter(s.page, () => s.page.getByRole('checkbox', { name: 'Azerbaijani sources' }).uncheck());
    const rendered = await renderedIncidentIds(s.page);
    expect(rendered.length).toBeGreaterThan(10);
    expect(await renderedSides(s)).toEqual(plottedSides.filter((side) => side !== 'azerbaijan'));
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sides') === 'armenia,third_party,independent');
    await eventually(() => s.page.locator('.cl-bar--azerbaijan').count()).toBe(0);
    const listed = await s.page.locator('.cl-table__open').evaluateAll((items) => items.map((b) => (b as HTMLElement).dataset.id!));
    const expected = incidents.filter(
      (f) =>
        !f.properties.context && f.properties.claimant_side !== 'azerbaijan' && f.properties.day <= to && f.properties.day_end >= FIRST,
    );
    expect(listed.sort()).toEqual(expected.map((f) => f.properties.id).sort());

    // Only Azerbaijani sources, then reload: the URL alone restores the choice.
    for (const name of ['Armenian sources', 'Third parties', 'Independent media']) await s.page.getByRole('checkbox', { name }).uncheck();
    await waitIdleAfter(s.page, () => s.page.getByRole('checkbox', { name: 'Azerbaijani sources' }).check());
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sides') === 'azerbaijan');
    await gotoReady(s.page, s.page.url());
    expect(await renderedSides(s)).toEqual(['azerbaijan']);
    await eventually(() => s.page.getByRole('checkbox', { name: 'Armenian sources' }).isChecked()).toBe(false);

    // Every side unticked: nothing drawn or counted, and the reader is told why.
    await waitIdleAfter(s.page, () => s.page.getByRole('checkbox', { name: 'Azerbaijani sources' }).uncheck());
    expect(await renderedIncidentIds(s.page)).toEqual([]);
    await eventually(() => s.page.locator('.cl-timeline__bar').count()).toBe(0);
    await eventually(() => s.page.locator('.cl-table__count').textContent()).toMatch(/No claimant side is ticked/);
    await eventually(() => s.page.locator('.cl-summary__tolls').textContent()).toMatch(/No claimant side is ticked/);

    // Back restores the previous choice from the URL.
    await waitIdleAfter(s.page, async () => {
      await s.page.goBack();
    });
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sides') === 'azerbaijan');
    await eventually(() => s.page.getByRole('checkbox', { name: 'Azerbaijani sources' }).isChecked()).toBe(true);
    expect(await renderedSides(s)).toEqual(['azerbaijan']);
    expect(s.consoleErrors).toEqual([]);
  });

  it('a claim with claims from both sides shows both, grouped by claimant, and is flagged on the map and in the list', async () => {
    const record = incidents.find((f) => f.properties.id === '2022-09-13-jermuk-armenia-mod')!.properties;
    const linked = [record, ...record.related.map((id) => byId.get(id)!)];
    expect(new Set(linked.map((p) => p.claimant_side))).toEqual(new Set(['armenia', 'azerbaijan']));
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=9.00/39.8400/45.6700&incident=${record.id}`);
    const panel = s.page.locator('.cl-details');
    await eventually(() => panel.locator('.cl-details__both').first().textContent()).toMatch(/Armenian and Azerbaijani sources both/);
    const headings = await panel.locator('.cl-claimant h4').allTextContents();
    const labels = [...new Set(linked.map((p) => p.claimant_label))];
    expect(headings).toHaveLength(labels.length);
    for (const label of labels) expect(headings.some((h) => h.startsWith(label))).toBe(true);
    // Armenian claimants first, then Azerbaijani: the two accounts side by side.
    expect(headings.findIndex((h) => h.includes('(Azerbaijani sources)'))).toBeGreaterThan(
      headings.findIndex((h) => h.includes('(Armenian sources)')),
    );
    await eventually(() => panel.locator('.cl-claimant__claims > li').count()).toBe(linked.length);

    const ring = await s.page.evaluate(() =>
      (window as unknown as W).__claimline.map
        .queryRenderedFeatures({ layers: ['incident-both-sides'] })
        .map((f) => String(f.properties.id)),
    );
    expect(ring).toContain(record.id);
    await eventually(() => s.page.locator(`tr[data-id="${record.id}"] .cl-badge--both`).count()).toBe(1);
  });

  it('differing death tolls stay separate: each claimant’s figures in the panel and each side’s in the window’s numbers', async () => {
    const record = incidents.find((f) => f.properties.id === '2022-09-13-armenia-azerbaijan-border-azerbaijan-mod')!.properties;
    await gotoReady(s.page, `${s.url}?date=2022-09-13&incident=${record.id}`);
    const table = s.page.locator('.cl-details__tolls');
    await eventually(() => table.textContent()).toMatch(/Azerbaijan's Defence Ministry/);
    await eventually(() => s.page.locator('.cl-details').textContent()).toMatch(/not combined/);

    // The window's numbers: per side, the highest toll for each party's dead, as the data says.
    const to = day('2022-09-13');
    const inWindow = incidents.map((f) => f.properties).filter((p) => !p.context && p.day <= to && p.day_end >= FIRST);
    for (const [side, label] of [
      ['armenia', 'Armenian sources'],
      ['azerbaijan', 'Azerbaijani sources'],
    ] as const) {
      const mine = inWindow.filter((p) => p.claimant_side === side && p.fatalities_claimed !== null);
      const highest = new Map<string, number>();
      for (const p of mine)
        highest.set(p.fatalities_of ?? 'unstated', Math.max(highest.get(p.fatalities_of ?? 'unstated') ?? 0, p.fatalities_claimed!));
      const row = s.page.locator('.cl-summary__table tbody tr', { has: s.page.getByRole('rowheader', { name: label }) });
      const buttons = s.page.locator(`.cl-summary__tolls li[data-side="${side}"] button`);
      const figures = (await buttons.evaluateAll((bs) => bs.map((b) => Number((b as HTMLElement).dataset.n)))).sort((a, b) => a - b);
      expect(figures).toEqual([...highest.values()].sort((a, b) => a - b));
      await eventually(() => row.locator('td').first().textContent()).toBe(String(inWindow.filter((p) => p.claimant_side === side).length));
    }
  });

  it('a region appears only inside its period, and the panel names the region a place is in at the claim’s date', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=7.00/39.9000/45.9000`);
    const regionsAt = (date: string) =>
      s.page.evaluate(async (d) => {
        const map = (window as unknown as W).__claimline.map;
        const idle = map.once('idle');
        map.setGlobalStateProperty('to', d);
        map.triggerRepaint();
        await idle;
        return [
          ...new Set(map.queryRenderedFeatures({ layers: ['region-fill', 'region-line-dashed'] }).map((f) => String(f.properties.id))),
        ].sort();
      }, day(date));
    const before = await regionsAt('2020-11-09');
    expect(before).toContain('nk_control_1994_2020');
    expect(before).not.toContain('nk_control_2020_2023');
    expect(before).not.toContain('lachin_corridor_2020');
    const after = await regionsAt('2020-11-10');
    expect(after).toEqual(expect.arrayContaining(['nk_control_2020_2023', 'lachin_corridor_2020', 'line_contact_2020']));
    expect(after).not.toContain('nk_control_1994_2020');

    const martakert = incidents.find((f) => f.properties.place_id === 'martakert' && !f.properties.context)!.properties;
    await gotoReady(s.page, `${s.url}?date=2022-09-13&incident=${martakert.id}`);
    const where = s.page.locator('.cl-details__where');
    await eventually(() => where.textContent()).toMatch(/inside Azerbaijan/);
    const regionNames = await where.locator('.cl-details__regions button').allTextContents();
    expect(regionNames.some((n) => n.includes('2020 – 2023'))).toBe(true);
    expect(regionNames.some((n) => n.includes('1994 – 2020'))).toBe(false);
    await where.locator('.cl-details__regions button', { hasText: '2020 – 2023' }).first().click();
    await eventually(() => s.page.locator('.cl-details__period').textContent()).toMatch(/10 November 2020/);
  });

  it('says how far a place is from the border and on which side, from the data', async () => {
    const jermuk = places.find((p) => p.properties.id === 'jermuk')!.properties;
    await gotoReady(s.page, `${s.url}?date=2022-09-13&incident=2022-09-13-jermuk-armenia-mod`);
    await eventually(() => s.page.locator('.cl-details__border').textContent()).toBe(
      `About ${Math.round(jermuk.border_km)} km from the Armenia–Azerbaijan border, inside Armenia (internationally recognised borders).`,
    );
  });

  it('labels contested places with both names in English and the language’s own name otherwise; the policy is one click away', async () => {
    const stepanakert = places.find((p) => p.properties.id === 'stepanakert')!.properties;
    const label = () =>
      s.page.evaluate(() => {
        const map = (window as unknown as W).__claimline.map;
        return map
          .queryRenderedFeatures({ layers: ['place-labels'] })
          .filter((f) => f.properties.id === 'stepanakert')
          .map((f) => f.properties.label);
      });
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=9.00/39.8177/46.7528`);
    expect(await label()).toEqual([stepanakert.name_en]);
    expect(stepanakert.name_en).toBe('Stepanakert / Khankendi');
    await gotoReady(s.page, `${s.url}?date=2022-09-13&map=9.00/39.8177/46.7528&lang=az`);
    expect(await label()).toEqual([stepanakert.name_az]);

    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    await s.page.getByRole('button', { name: 'How places are named' }).click();
    // Mirrored examples: a renaming by each side of a place in the other's country, as the map labels them.
    const nameEn = (id: string) => places.find((p) => p.properties.id === id)!.properties.name_en;
    for (const id of ['kalbajar', 'vardenis']) {
      expect(nameEn(id)).toContain(' / ');
      await eventually(() => s.page.locator('.cl-details').textContent()).toContain(nameEn(id));
    }
    await eventually(() => s.page.locator('.cl-details').textContent()).toMatch(/How news outlets are grouped: by alignment/);
    // Escape closes it although no claim is selected, and focus goes back to the button.
    await s.page.keyboard.press('Escape');
    await eventually(() => s.page.locator('.cl-details').isHidden()).toBe(true);
    await eventually(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('How places are named');
  });
});
