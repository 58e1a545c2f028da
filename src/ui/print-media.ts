/**
 * Calls back when the page starts or stops being printed: beforeprint/afterprint for the
 * browser's Print, and the print media query for anything else that lays the page out for print
 * (a headless PDF, the developer tools' emulation). Returns the unsubscribe.
 */
export function onPrintChange(view: Window | null, change: (printing: boolean) => void): () => void {
  if (!view) return () => undefined;
  const query = view.matchMedia?.('print');
  const before = () => change(true);
  const after = () => change(query?.matches ?? false);
  view.addEventListener('beforeprint', before);
  view.addEventListener('afterprint', after);
  query?.addEventListener?.('change', after);
  return () => {
    view.removeEventListener('beforeprint', before);
    view.removeEventListener('afterprint', after);
    query?.removeEventListener?.('change', after);
  };
}
