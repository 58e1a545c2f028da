import type { Source } from '../../src/data/schema.ts';

/**
 * Low-provenance aggregators and encyclopedia mirrors named in SOURCES.md ("Reliability notes").
 * A record whose only source is one of these is marked so the interface can say so.
 */
const AGGREGATORS = ['breaknlinks.com', 'dailybanner.co.uk', 'oopstop.com', 'indutri.com', '24newsbulletin.com', 'gagrule.net'];
const ENCYCLOPEDIA_MIRRORS = ['home.cydlabs.com/kiwix'];

export function weakSourceKind(source: Source): 'aggregator' | 'encyclopedia_mirror' | null {
  const url = (source.url ?? '').toLowerCase();
  if (AGGREGATORS.some((host) => url.includes(host))) return 'aggregator';
  if (ENCYCLOPEDIA_MIRRORS.some((host) => url.includes(host))) return 'encyclopedia_mirror';
  return null;
}
