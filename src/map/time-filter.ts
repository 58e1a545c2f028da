/**
 * The time filter, in one place. Records carry integer `day`/`day_end`; the window lives in the
 * style's global state (`from`, `to`, `focus`), so one `setGlobalStateProperty` per change updates
 * every layer on the GPU side without re-uploading data. Updates are coalesced to one per
 * animation frame. To scale further, this is the module to replace (e.g. a shader-side filter).
 */
import type { ExpressionSpecification, Map as MlMap, StateSpecification } from 'maplibre-gl';

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

export function timeState(from: number, to: number, focus: number): StateSpecification {
  return {
    from: { default: from },
    to: { default: to },
    focus: { default: focus },
  };
}

export class TimeFilter {
  private pending: { from: number; to: number; focus: number } | null = null;
  private applied: { from: number; to: number; focus: number } | null = null;
  private frame = 0;

  constructor(private readonly map: MlMap) {}

  /** Schedules the window for the next animation frame; later calls in the same frame win. */
  set(from: number, to: number, focus: number): void {
    this.pending = { from, to, focus };
    if (!this.frame) this.frame = requestAnimationFrame(this.flush);
  }

  private flush = (): void => {
    this.frame = 0;
    if (!this.pending) return;
    const next = this.pending;
    this.pending = null;
    // Each changed property makes every source whose filters use it re-evaluate: skip unchanged ones.
    for (const key of ['from', 'to', 'focus'] as const) {
      if (this.applied?.[key] !== next[key]) this.map.setGlobalStateProperty(key, next[key]);
    }
    this.applied = next;
  };

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = null;
  }
}
