/**
 * Who counts as independent: the claimant group of a media record comes from data/raw/outlets.csv,
 * one row per outlet with its documented alignment (data/README.md, "Grouping news outlets").
 * State-owned, state-aligned, diaspora or partisan outlets go with their side; a third country's state
 * media with foreign_state_media; independent_media only for an outlet documented as independent of both.
 */
export const MEDIA_GROUPS = [
  'armenia_media',
  'azerbaijan_media',
  'independent_media',
  'foreign_state_media',
  'unidentified_media',
] as const;

export type Outlet = { research_claimant: string; publisher: string; claimant: string };

const isMedia = (claimant: string) => (MEDIA_GROUPS as readonly string[]).includes(claimant);
const key = (researchClaimant: string, publisher: string) => `${researchClaimant.trim()}|${publisher.trim()}`;

/**
 * The research claimant a row should be built with: the outlet's group for a media row, the row's own
 * claimant otherwise. `mapped` is the claimant id claimants.csv gives the row's research claimant.
 */
export function outletClaimant(
  row: { claimant: string; source_publisher: string },
  mapped: string | undefined,
  outlets: readonly Outlet[],
): { claimant: string } | { error: string } {
  if (!mapped || !isMedia(mapped)) return { claimant: row.claimant };
  const outlet = outlets.find((o) => key(o.research_claimant, o.publisher) === key(row.claimant, row.source_publisher));
  if (!outlet) return { error: `media claim by "${row.claimant}" published by "${row.source_publisher}" is not in data/raw/outlets.csv` };
  return { claimant: outlet.claimant };
}

/** data:check: every media record's publisher is in outlets.csv, and its claimant is that outlet's group. */
export function checkOutlets(
  incidents: readonly { properties: { id: string; claimant: string; sources: readonly { publisher: string }[] } }[],
  outlets: readonly Outlet[],
): string[] {
  const errors: string[] = [];
  for (const o of outlets) if (!isMedia(o.claimant)) errors.push(`outlets.csv: "${o.publisher}": "${o.claimant}" is not a media group`);
  for (const f of incidents) {
    const { id, claimant, sources } = f.properties;
    if (!isMedia(claimant)) continue;
    const publisher = sources[0]?.publisher ?? '';
    const rows = outlets.filter((o) => o.publisher.trim() === publisher.trim());
    if (rows.length === 0) errors.push(`${id}: publisher "${publisher}" is not in data/raw/outlets.csv`);
    else if (!rows.some((o) => o.claimant === claimant))
      errors.push(`${id}: claimant ${claimant} disagrees with outlets.csv (${rows.map((o) => o.claimant).join(', ')}) for "${publisher}"`);
  }
  return errors;
}
