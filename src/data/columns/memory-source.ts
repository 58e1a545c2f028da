/**
 * An event file held in memory (a large import, built by the import worker) served to
 * loadEventFile as if over HTTP: the columns and meta whole, the text by range from its Blob, so the
 * page reads one chunk of text at a time exactly as from a static host. A stopgap: the column
 * loader's own in-memory source replaces it.
 */
export type MemoryEventFile = { name: string; columns: ArrayBuffer; meta: ArrayBuffer; text: Blob };

/** A URL loadEventFile accepts (…/x.clcol) and a fetch that answers its three names from memory. */
export function memoryEventFile(file: MemoryEventFile): { url: string; fetchFn: typeof fetch } {
  const stem = file.name.replace(/[?#]/g, '_');
  const url = `${stem}.clcol`;
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const at = String(input);
    if (at === url) return new Response(file.columns);
    if (at === `${stem}.clcol.json`) return new Response(file.meta);
    if (at !== `${stem}.cltext`) return new Response(null, { status: 404 });
    const range = /^bytes=(\d+)-(\d+)$/.exec(new Headers(init?.headers).get('range') ?? '');
    if (!range) return new Response(file.text);
    return new Response(file.text.slice(Number(range[1]), Number(range[2]) + 1), { status: 206 });
  }) as typeof fetch;
  return { url, fetchFn };
}
