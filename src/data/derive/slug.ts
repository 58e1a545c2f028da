/**
 * A readable ASCII slug for ids: transliterates the Azerbaijani and Turkish letters the research uses.
 *
 * @example slug('Yukarı Şorca (Basargeçer)') // 'yukari-sorca-basargecer'
 */
const FOLD: Record<string, string> = { ı: 'i', ə: 'e', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u', İ: 'i' };

export function slug(text: string, maxLength = 40): string {
  const folded = [...text].map((ch) => FOLD[ch] ?? ch).join('');
  return folded
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
