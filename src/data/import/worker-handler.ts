/**
 * The import worker's logic, apart from the Worker global so Node tests can drive it: each import
 * message runs `importFile` with its own signal; a cancel message sets that signal. The file's bytes
 * arrive as a transferred ArrayBuffer (no copy). The events go back in batches, at most
 * BATCHES_AHEAD unacknowledged, the next one on each 'next' from the page (see FromWorker).
 */
import { importFile } from './index.ts';
import { BATCHES_AHEAD, EVENT_BATCH, type FromWorker, type ToWorker } from './worker-protocol.ts';

export function workerHandler(post: (msg: FromWorker) => void, batch = EVENT_BATCH): (data: ToWorker) => void {
  const signals = new Map<number, { aborted: boolean }>();
  /** Per import still sending: the messages left, built lazily so a cancelled import clones nothing more. */
  const sending = new Map<number, () => boolean>();
  return (data) => {
    if (data.type === 'cancel') {
      const signal = signals.get(data.id);
      if (signal) signal.aborted = true;
      sending.delete(data.id);
      return;
    }
    if (data.type === 'next') {
      if (sending.get(data.id)?.() === false) sending.delete(data.id);
      return;
    }
    const signal = { aborted: false };
    signals.set(data.id, signal);
    let result: ReturnType<typeof importFile>;
    try {
      result = importFile(data.name, new Uint8Array(data.buffer), {
        ...data.options,
        signal,
        onProgress: (fraction) => post({ id: data.id, type: 'progress', fraction }),
      });
    } finally {
      signals.delete(data.id);
    }
    const { events, ...rest } = result;
    let next = 0;
    /** Posts the next message; false once 'done' has gone. */
    const sendOne = (): boolean => {
      if (next < events.length) {
        post({ id: data.id, type: 'events', json: JSON.stringify(events.slice(next, next + batch)) });
        next += batch;
        return true;
      }
      post({ id: data.id, type: 'done', result: rest, total: events.length });
      return false;
    };
    sending.set(data.id, sendOne);
    for (let i = 0; i < BATCHES_AHEAD; i++) {
      if (!sendOne()) {
        sending.delete(data.id);
        break;
      }
    }
  };
}
