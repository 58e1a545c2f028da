/**
 * Visual test: the map at a fixed date and view, compared with a committed reference image.
 * Regenerate the reference with UPDATE_SNAPSHOTS=1 and look at it before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gotoReady, openSession, type Session } from './harness.ts';

const DIR = join(import.meta.dirname, '__screenshots__');
const OUT = join(import.meta.dirname, '__output__');
let s: Session;
beforeAll(async () => {
  s = await openSession({ viewport: { width: 1100, height: 760 } });
});
afterAll(async () => {
  await s?.close();
});

it('the map as of 13 September 2022 matches the reference image', async () => {
  await gotoReady(s.page, `${s.url}?date=2022-09-13&map=7.30/39.9500/45.9000`);
  const shot = PNG.sync.read(await s.page.locator('.cl-map').screenshot({ animations: 'disabled' }));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'asof-2022-09-13.png'), PNG.sync.write(shot));
  const refPath = join(DIR, 'asof-2022-09-13.png');
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(refPath)) {
    if (!process.env.UPDATE_SNAPSHOTS) throw new Error(`no reference image at ${refPath}: run with UPDATE_SNAPSHOTS=1`);
    writeFileSync(refPath, PNG.sync.write(shot));
  }
  const ref = PNG.sync.read(readFileSync(refPath));
  expect([shot.width, shot.height]).toEqual([ref.width, ref.height]);
  const diff = new PNG({ width: ref.width, height: ref.height });
  const changed = pixelmatch(shot.data, ref.data, diff.data, ref.width, ref.height, { threshold: 0.15 });
  writeFileSync(join(OUT, 'asof-2022-09-13.diff.png'), PNG.sync.write(diff));
  // A blank or unlabelled map differs by far more than this; anti-aliasing noise by far less.
  expect(changed / (ref.width * ref.height)).toBeLessThan(0.01);

  // Guard against a reference that is itself blank: the incident colours must be present.
  let orange = 0;
  let blue = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    const [r, g, b] = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
    if (Math.abs(r - 0xd5) < 12 && Math.abs(g - 0x5e) < 12 && b < 20) orange++;
    if (r < 12 && Math.abs(g - 0x72) < 12 && Math.abs(b - 0xb2) < 12) blue++;
  }
  expect(orange).toBeGreaterThan(200);
  expect(blue).toBeGreaterThan(50);
});
