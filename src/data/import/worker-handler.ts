/**
 * The import worker's logic, apart from the Worker global so Node tests can drive it: each import
 * message runs `importFile` with its own signal; a cancel message sets that signal. The file's bytes
 * arrive as a transferred ArrayBuffer (no copy). The events go back in batches (see FromWorker).
 */
import { importFile } from './index.ts';
import { EVENT_BATCH, type FromWorker, type ToWorker } from './worker-protocol.ts';

export function workerHandler(post: (msg: FromWorker) => void, batch = EVENT_BATCH): (data: ToWorker) => void {
  const signals = new Map<number, { aborted: boolean }>();
  return (data) => {
    if (data.type === 'cancel') {
      const signal = signals.get(data.id);
      if (signal) signal.aborted = true;
      return;
    }
    const signal = { aborted: false };
    signals.set(data.id, signal);
    try {
      const result = importFile(data.name, new Uint8Array(data.buffer), {
        ...data.options,
        signal,
        onProgress: (fraction) => post({ id: data.id, type: 'progress', fraction }),
      });
      const { events, ...rest } = result;
      for (let i = 0; i < events.length; i += batch) {
        // A cancelled import sends no more batches (the page has settled already).
        if (signal.aborted) return;
        post({ id: data.id, type: 'events', events: events.slice(i, i + batch) });
      }
      post({ id: data.id, type: 'done', result: rest, total: events.length });
    } finally {
      signals.delete(data.id);
    }
  };
}
