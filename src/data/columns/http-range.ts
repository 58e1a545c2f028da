/**
 * A FetchRange over HTTP: `Range: bytes=start-(end-1)`. A host that ignores Range answers 200 with
 * the whole file; the slice is then cut here, so text still loads (only slower).
 */
import type { FetchRange } from './text-chunks.ts';

export function httpRange(url: string, fetchFn: typeof fetch = fetch): FetchRange {
  return async (start, end) => {
    if (end <= start) return new Uint8Array(0);
    const res = await fetchFn(url, { headers: { range: `bytes=${start}-${end - 1}` } });
    if (res.status === 206) return new Uint8Array(await res.arrayBuffer());
    if (res.status === 200) return new Uint8Array(await res.arrayBuffer()).subarray(start, end);
    throw new Error(`${url}: HTTP ${res.status} for bytes ${start}–${end - 1}`);
  };
}
