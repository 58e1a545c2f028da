/**
 * Claims about the same place and days: how the data build links them (`related`) and how the
 * details panel groups them by claimant. One rule for both.
 */
import { FATALITY_PARTIES, type Incident, type IncidentProperties, type Side } from './schema.ts';

/**
 * Two reports of one night often carry different dates (one side dates it by its start, the other
 * by the morning after), so day ranges within one day of each other count as the same days.
 */
export const SAME_DAYS_SLACK = 1;

export type LinkInput = { id: string; place_id: string | null; place_name: string; day: number; day_end: number; context: boolean };

/** Whether two day ranges overlap or touch within SAME_DAYS_SLACK days. */
export function sameDays(a: { day: number; day_end: number }, b: { day: number; day_end: number }): boolean {
  return a.day <= b.day_end + SAME_DAYS_SLACK && b.day <= a.day_end + SAME_DAYS_SLACK;
}

/**
 * Links claims about the same place and days: by place id where there is one, otherwise by the
 * same place wording (e.g. two border-wide casualty tolls). Pairwise, not transitive, so a week of
 * daily reports does not collapse into one group. Returns, per record, the related ids, sorted.
 */
export function linkRelated(records: readonly LinkInput[]): string[][] {
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    // Background records link only among themselves (the same war told by two articles).
    const prefix = r.context ? 'context|' : '';
    const key0 = r.place_id ? `id:${r.place_id}` : r.place_name.trim() ? `name:${r.place_name.trim().toLowerCase()}` : null;
    if (!key0) return;
    const key = prefix + key0;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const related: string[][] = records.map(() => []);
  for (const members of groups.values()) {
    for (const i of members) {
      const a = records[i];
      const mine = related[i];
      if (!a || !mine) continue;
      for (const j of members) {
        const b = records[j];
        if (i !== j && b && sameDays(a, b)) mine.push(b.id);
      }
    }
  }
  return related.map((ids) => ids.sort());
}

export type ClaimantGroup = { claimant: string; label: string; side: Side; claims: IncidentProperties[] };

/**
 * The record and its related claims, grouped by claimant: groups in the dataset's order (`groups`,
 * its group ids), then by the first date each claimant spoke; claims by date.
 */
export function groupByClaimant(
  record: IncidentProperties,
  byId: ReadonlyMap<string, Incident>,
  groups: readonly string[],
): ClaimantGroup[] {
  const claims = [record, ...record.related.map((id) => byId.get(id)?.properties).filter((p): p is IncidentProperties => !!p)];
  const byClaimant = new Map<string, ClaimantGroup>();
  for (const p of claims) {
    const g = byClaimant.get(p.claimant) ?? { claimant: p.claimant, label: p.claimant_label, side: p.claimant_side, claims: [] };
    g.claims.push(p);
    byClaimant.set(p.claimant, g);
  }
  // Same day and time: the earlier-published statement first, so revised tolls read in order.
  const published = (p: IncidentProperties) => p.sources.map((s) => s.date ?? '9999').sort()[0] ?? '9999';
  const byDate = (a: IncidentProperties, b: IncidentProperties) =>
    a.day - b.day || (a.time ?? '99').localeCompare(b.time ?? '99') || published(a).localeCompare(published(b)) || a.id.localeCompare(b.id);
  const list = [...byClaimant.values()];
  for (const g of list) g.claims.sort(byDate);
  // Every group has at least the claim that made it.
  const firstOf = (g: ClaimantGroup) => g.claims[0] as IncidentProperties;
  return list.sort((a, b) => groups.indexOf(a.side) - groups.indexOf(b.side) || byDate(firstOf(a), firstOf(b)));
}

/**
 * Whether the claims give different death tolls for the same party's dead. Armenia's count of its
 * own dead and Azerbaijan's count of its own are about different people, so they do not disagree.
 */
export function tollsDisagree(claims: readonly IncidentProperties[]): boolean {
  const figures = new Map<string, Set<number>>();
  for (const p of claims) {
    if (p.fatalities_claimed === null) continue;
    const key = tollParty(p);
    figures.set(key, (figures.get(key) ?? new Set()).add(p.fatalities_claimed));
  }
  return [...figures.values()].some((set) => set.size > 1);
}

/** Whose dead a claimed toll counts; `unstated` where the source does not say. */
export function tollParty(p: Pick<IncidentProperties, 'fatalities_of'>): TollParty {
  return p.fatalities_of ?? 'unstated';
}
export type TollParty = (typeof FATALITY_PARTIES)[number] | 'unstated';
export const TOLL_PARTIES: readonly TollParty[] = [...FATALITY_PARTIES, 'unstated'];

/**
 * Ids of every claim flagged as having claims from both parties about its place and days;
 * `parties` is the dataset's pair of opposing groups (meta.parties), none where it has none.
 */
export function bothSidesIds(incidents: readonly Incident[], parties: readonly string[]): ReadonlySet<string> {
  const byId = new Map(incidents.map((f) => [f.properties.id, f]));
  return new Set(incidents.filter((f) => hasBothSides(f.properties, byId, parties)).map((f) => f.properties.id));
}

/** Whether the record or a related claim comes from each of the (two or more) parties. */
export function hasBothSides(record: IncidentProperties, byId: ReadonlyMap<string, Incident>, parties: readonly string[]): boolean {
  if (parties.length < 2) return false;
  const sides = new Set([record.claimant_side, ...record.related.map((id) => byId.get(id)?.properties.claimant_side)]);
  return parties.every((party) => sides.has(party));
}
