/**
 * The time filter, in one place. The expressions that read the window are in
 * style/time-expressions.ts; the window lives in the style's global state (`from`, `to`, `focus`),
 * so one `setGlobalStateProperty` per change updates every layer on the GPU side without
 * re-uploading data. Updates are coalesced to one per animation frame. To scale further, this is
 * the module to replace (e.g. a shader-side filter).
 */
import type { Map as MlMap } from 'maplibre-gl';

export type TimeKey = 'from' | 'to' | 'focus';

export class TimeFilter {
  private pending: { from: number; to: number; focus: number } | null = null;
  private applied: { from: number; to: number; focus: number } | null = null;
  private frame = 0;

  constructor(
    private readonly map: MlMap,
    /**
     * The keys some layer with data reads. A changed key makes maplibre reload, in its workers, every
     * source a filter reads it in, even an empty one, and the map is not idle until they answer: with
     * the claims on the GPU a slider step would wait on that for nothing.
     */
    private readonly keys: readonly TimeKey[] = ['from', 'to', 'focus'],
  ) {}

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
    for (const key of this.keys) {
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
