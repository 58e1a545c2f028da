/**
 * The file name a `?data=` URL is named by in messages: its path's last segment, decoded where it
 * decodes ("%FF" stays as written, rather than failing the page's whole load). A module of its own,
 * shared by the two loaders' chunks (load-data-urls.ts, load-column-data.ts), so the first view of
 * the built-in data carries none of it.
 */
export function dataFileName(url: string): string {
  const last = new URL(url).pathname.split('/').pop() || 'data';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
