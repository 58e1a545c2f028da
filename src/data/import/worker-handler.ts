/**
 * The import worker's logic, apart from the Worker global so Node tests can drive it: each import
 * message runs `importFile` with its own signal; a cancel message sets that signal. The file's bytes
 * arrive as a transferred ArrayBuffer (no copy).
 */
import { importFile } from './index.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

export function workerHandler(post: (msg: FromWorker) => void): (data: ToWorker) => void {
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
      post({ id: data.id, type: 'done', result });
    } finally {
      signals.delete(data.id);
    }
  };
}
