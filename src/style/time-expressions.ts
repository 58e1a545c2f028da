/**
 * The time window as style expressions. Records carry integer `day`/`day_end`; the window lives in
 * the style's global state (`from`, `to`, `focus`), so map/time-filter.ts changes it with one
 * `setGlobalStateProperty` per property and every layer follows on the GPU side without
 * re-uploading data.
 *
 * @example
 * const filter: FilterSpecification = ['all', incidentInWindow, ['==', ['get', 'claimant_side'], 'armenia']];
 */
import type { ExpressionSpecification, StateSpecification } from 'maplibre-gl';

/** Incidents whose [day, day_end] overlaps [from, to]. Same rule as data/matches-window.ts. */
export const incidentInWindow: ExpressionSpecification = [
  'all',
  ['<=', ['get', 'day'], ['global-state', 'to']],
  ['>=', ['get', 'day_end'], ['global-state', 'from']],
];

/** Regions valid on the window's last day, and reference outlines always. */
export const regionAtDate: ExpressionSpecification = [
  'any',
  ['==', ['get', 'reference'], true],
  ['all', ['<=', ['get', 'day_from'], ['global-state', 'to']], ['>=', ['get', 'day_to'], ['global-state', 'to']]],
];

/** Full opacity for records reaching the focus day, faded for older ones ("as of" mode). */
export function fadeBeforeFocus(full: number, faded: number): ExpressionSpecification {
  return ['case', ['>=', ['get', 'day_end'], ['global-state', 'focus']], full, faded];
}

/** The style's initial global state for a window: `timeState(from, to, to)` for "as of" mode. */
export function timeState(from: number, to: number, focus: number): StateSpecification {
  return {
    from: { default: from },
    to: { default: to },
    focus: { default: focus },
  };
}
