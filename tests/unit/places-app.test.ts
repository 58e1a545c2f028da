import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8'));

// The app ships places.app.geojson: it must be data/places.geojson exactly, less each place's source note.
it('data/places.app.geojson is places.geojson without the source notes', () => {
  const full = read('places.geojson');
  for (const f of full.features) delete f.properties.source;
  expect(read('places.app.geojson')).toEqual(full);
});
