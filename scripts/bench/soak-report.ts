/**
 * The soak benchmark's report: a table of the three measurements (baseline, after play, after the
 * cycles), the goals with "GOAL MET" / "GOAL MISSED", and the median time of each kind of action.
 * Returns the same figures for the JSON file.
 */
import { median as d3Median } from 'd3';

export type Sample = {
  label: string;
  seconds: number;
  /** Runtime.getHeapUsage after forced GC, bytes. */
  heapUsed: number;
  heapTotal: number;
  /** Performance.getMetrics (Blink's counters), after forced GC. */
  jsHeapUsedSize: number;
  nodes: number;
  jsEventListeners: number;
  documents: number;
  layoutObjects: number;
  /** document.getElementsByTagName('*').length */
  elements: number;
  storeListeners: number;
  documentListeners: number;
  windowListeners: number;
  mapControls: number;
  mapListeners: number;
  historyLength: number;
};

export type SoakRun = {
  options: { minutes: number; cycles: number; speed: number };
  plays: number;
  baseline: Sample;
  afterPlay: Sample;
  afterCycles: Sample;
  /** Each minute of play; about every tenth of the cycles (a multiple of 4, at least 4). */
  playTrend: Sample[];
  cycleTrend: Sample[];
  timings: Record<string, number[]>;
};

/** The issue's goal for the play phase. */
export const HEAP_GOAL_MB = 10;
/**
 * Blink's `Nodes` counter counts every live Node object, detached ones too, and `JSEventListeners`
 * every registered listener. Both are read after forced GC with the page back in the state of the
 * measurement before the cycles (and each cycle's language switch mounts the views afresh), so a page
 * that frees what it removed gives the same numbers: measured 0 in runs of 8 to 400 cycles. The
 * small fixed tolerance allows for a node or listener that a GC can keep one more round (a wrapper
 * referenced from a V8 feedback slot, the last result DevTools evaluated); it is below what any
 * view leaves behind once (a share dialog is about 20 nodes and 5 listeners, a claim's details 60+
 * nodes, one language switch re-mounts hundreds of elements), and a leak per cycle is multiplied by
 * the number of cycles.
 */
export const NODE_TOLERANCE = 10;
export const LISTENER_TOLERANCE = 2;

const MB = 2 ** 20;
const median = (xs: readonly number[]) => d3Median(xs) ?? 0;

export function printReport(run: SoakRun) {
  const { baseline: b, afterPlay: p, afterCycles: c, options } = run;
  const rows: [string, (s: Sample) => string][] = [
    ['JS heap used (MB)', (s) => (s.heapUsed / MB).toFixed(2)],
    ['JS heap total (MB)', (s) => (s.heapTotal / MB).toFixed(2)],
    ['DOM nodes (Blink)', (s) => String(s.nodes)],
    ['elements in document', (s) => String(s.elements)],
    ['JS event listeners', (s) => String(s.jsEventListeners)],
    ['  on document', (s) => String(s.documentListeners)],
    ['  on window', (s) => String(s.windowListeners)],
    ['store listeners', (s) => String(s.storeListeners)],
    ['map listeners', (s) => String(s.mapListeners)],
    ['map controls', (s) => String(s.mapControls)],
    ['documents', (s) => String(s.documents)],
    ['layout objects', (s) => String(s.layoutObjects)],
    ['history.length', (s) => String(s.historyLength)],
  ];
  console.log(`\nClaimline soak (headless Chromium, software WebGL): ${options.minutes} min of play at ${options.speed} days/s`);
  console.log(`(${run.plays} full plays), then ${options.cycles} cycles of each panel, language switch and side toggle\n`);
  console.log(`${''.padEnd(24)}${'baseline'.padStart(12)}${'after play'.padStart(12)}${'after cycles'.padStart(14)}`);
  for (const [name, f] of rows) console.log(`  ${name.padEnd(22)}${f(b).padStart(12)}${f(p).padStart(12)}${f(c).padStart(14)}`);
  const heap = (samples: Sample[]) => samples.map((s) => (s.heapUsed / MB).toFixed(1)).join(' ');
  if (run.playTrend.length) console.log(`\nheap during play (MB, after GC, each minute): ${heap(run.playTrend)}`);
  if (run.cycleTrend.length) {
    const labels = run.cycleTrend.map((s) => s.label.replace('cycles ', '')).join(' ');
    console.log(`heap during the cycles (MB, after GC, after cycles ${labels}): ${heap(run.cycleTrend)}`);
    console.log(`DOM nodes during the cycles: ${run.cycleTrend.map((s) => s.nodes).join(' ')}`);
  }

  const heapGrowthMB = (p.heapUsed - b.heapUsed) / MB;
  const goals = {
    heap: { growthMB: Number(heapGrowthMB.toFixed(3)), limitMB: HEAP_GOAL_MB, met: heapGrowthMB < HEAP_GOAL_MB },
    nodes: { growth: c.nodes - p.nodes, tolerance: NODE_TOLERANCE, met: c.nodes - p.nodes <= NODE_TOLERANCE },
    elements: { growth: c.elements - p.elements, tolerance: 0, met: c.elements - p.elements <= 0 },
    listeners: {
      growth: c.jsEventListeners - p.jsEventListeners,
      tolerance: LISTENER_TOLERANCE,
      met: c.jsEventListeners - p.jsEventListeners <= LISTENER_TOLERANCE,
    },
    storeListeners: { growth: c.storeListeners - p.storeListeners, tolerance: 0, met: c.storeListeners <= p.storeListeners },
    history: { growth: c.historyLength - b.historyLength, tolerance: 0, met: c.historyLength <= b.historyLength },
  };
  const line = (met: boolean, text: string) => console.log(`${met ? 'GOAL MET   ' : 'GOAL MISSED'}  ${text}`);
  console.log('');
  line(goals.heap.met, `heap growth over the play phase: ${heapGrowthMB.toFixed(2)} MB (goal: under ${HEAP_GOAL_MB} MB)`);
  line(goals.nodes.met, `DOM nodes after the cycles: ${signed(goals.nodes.growth)} (tolerance ${NODE_TOLERANCE})`);
  line(goals.elements.met, `elements in the document after the cycles: ${signed(goals.elements.growth)} (tolerance 0)`);
  line(goals.listeners.met, `JS event listeners after the cycles: ${signed(goals.listeners.growth)} (tolerance ${LISTENER_TOLERANCE})`);
  line(goals.storeListeners.met, `store listeners after the cycles: ${signed(goals.storeListeners.growth)} (tolerance 0)`);
  line(goals.history.met, `history.length over the whole soak: ${signed(goals.history.growth)} (tolerance 0)`);

  const medians = Object.fromEntries(Object.entries(run.timings).map(([k, v]) => [k, Math.round(median(v))]));
  console.log(
    `\nmedian time per action (ms): ${Object.entries(medians)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return {
    options,
    plays: run.plays,
    samples: { baseline: b, afterPlay: p, afterCycles: c },
    goals,
    medianMs: medians,
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
