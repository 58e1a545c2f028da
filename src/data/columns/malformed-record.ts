/**
 * A record whose text lacks the shape the views rely on (text-record.ts). Reading it again gives the
 * same text, so the details panel offers no retry for it, as it does for a failed fetch.
 */
export class MalformedRecord extends Error {
  override name = 'MalformedRecord';
}
