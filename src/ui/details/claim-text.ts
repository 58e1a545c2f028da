/** Short texts about a claim shared by its details and its linked claims: dates and tolls. */
import { tollParty } from '../../data/claim-groups.ts';
import type { IncidentProperties } from '../../data/schema.ts';
import { formatDay, formatDays, formatNumber, t } from '../../i18n/index.ts';

export function dateText(p: Pick<IncidentProperties, 'day' | 'day_end'>): string {
  return p.day_end !== p.day ? formatDays(p.day, p.day_end) : formatDay(p.day);
}

export function tollText(p: IncidentProperties): string {
  if (p.fatalities_claimed === null) return t('notStated');
  return `${formatNumber(p.fatalities_claimed)} ${t(`tollOf_${tollParty(p)}`, { n: p.fatalities_claimed })}`;
}
