/** The built-in dataset's metadata and categories (data/dataset.json), without records, for unit tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { groupIds, makeDataset } from '../../src/data/dataset.ts';
import { parseDatasetFile } from '../../src/data/dataset-schema.ts';

const parsed = parseDatasetFile(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')), 'dataset.json');
if (!parsed.file) throw new Error(parsed.errors.join('\n'));

export const BUILT_IN = makeDataset(parsed.file, { incidents: [], places: [], regions: [] });
/** The built-in groups, in order: armenia, azerbaijan, third_party, independent. */
export const GROUPS = groupIds(BUILT_IN);
export const PARTIES = BUILT_IN.meta.parties;
