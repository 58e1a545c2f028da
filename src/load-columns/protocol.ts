/**
 * Messages between the page (load-column-data.ts) and the column worker (worker.ts). Every typed
 * array travels as a transfer, not a copy; the million ids and place keys travel as one string
 * each with their ends (`Packed`): a structured clone of a million small strings costs the page a
 * long task to unpack, one long string does not, and the page keeps it packed (names.ts).
 */
import type { Cells } from '../data/columns/cells.ts';
import type { DateOrder } from '../data/columns/date-order.ts';
import type { Claimant } from '../data/columns/dictionary.ts';
import type { DayCounts } from '../data/columns/day-counts.ts';
import type { DayIndex } from '../data/columns/day-index.ts';
import type { EventColumns } from '../data/columns/store.ts';
import type { TextIndex } from '../data/columns/text-chunks.ts';
import type { Instances } from '../map/gpu/instances.ts';

/** An event file by URL, or its columns and meta already in memory (`name` for messages). */
export type ToColumnWorker = { type: 'load'; url: string } | { type: 'load'; name: string; columns: ArrayBuffer; meta: ArrayBuffer };

/** Strings as one: string i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export type Packed = { text: string; ends: Uint32Array };

type NameLists = 'ids' | 'places' | 'claimants' | 'times' | 'groups' | 'eventTypes' | 'datasets';
/** The columns without their name lists. */
export type ColumnArrays = Omit<EventColumns, NameLists>;

export type BuiltColumns = {
  arrays: ColumnArrays;
  ids: Packed;
  places: Packed;
  claimants: Claimant[];
  times: string[];
  groups: string[];
  eventTypes: string[];
  datasets: string[];
  head: unknown;
  text: TextIndex;
  /** row-of.ts rowTable. */
  rowTable: Int32Array;
  dayCounts: DayCounts;
  dayIndex: Omit<DayIndex, 'cols'>;
  /** The claims table's date order (ui/table-order.ts). */
  dateOrder: DateOrder;
  /** data/columns/window-stats.ts placeSlots. */
  placeSlots: { slot: Int32Array; places: number };
};

/** The GPU layer's builds (map/gpu/prepared.ts); null where the head has no event types to shape them by. */
export type BuiltClaims = { instances: Instances; index: { data: ArrayBuffer; size: number }; cells: Cells } | null;

/**
 * 'built' first, so the page mounts its views and the map loads while the worker builds the GPU
 * layer's structures, which come after as 'claims'. An error ends the load at either point.
 */
export type FromColumnWorker =
  | { type: 'built'; built: BuiltColumns }
  | { type: 'claims'; claims: BuiltClaims }
  | { type: 'error'; message: string };
