/**
 * Reading a query string into key/value pairs without ever throwing and with bounded work: at most
 * `MAX_PARAMS` pairs are looked at, and values longer than `MAX_VALUE_LENGTH` are not decoded.
 */

/** Pairs beyond this many are not read; one summary entry reports how many were skipped. */
export const MAX_PARAMS = 100;
/** Longer values (as written in the link) are ignored whole. */
export const MAX_VALUE_LENGTH = 2000;
/** Keys are cut to this length (no known key comes close). */
export const MAX_KEY_LENGTH = 64;

export interface QueryPair {
  key: string;
  /** Decoded value, or '' when `tooLong`. */
  value: string;
  tooLong: boolean;
}

export interface Query {
  pairs: QueryPair[];
  /** Non-empty pairs that were not read because of `MAX_PARAMS`. */
  skipped: number;
}

/**
 * Percent-decode a form component (`+` is a space). Malformed escapes such as `%E0%A4%A` or `%%`
 * are kept as written instead of throwing.
 */
export function decodeComponent(raw: string): string {
  const text = raw.replace(/\+/g, ' ');
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Cut a string for display in notices, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** Read `?a=1&b=2` (leading `?` optional) or a `URLSearchParams` into pairs, in order. */
export function readQuery(search: string | URLSearchParams): Query {
  const pairs: QueryPair[] = [];
  let skipped = 0;
  const add = (key: string, value: string, tooLong: boolean) => {
    if (pairs.length >= MAX_PARAMS) skipped++;
    else pairs.push({ key: clip(key, MAX_KEY_LENGTH), value: tooLong ? '' : value, tooLong });
  };

  if (typeof search === 'string') {
    const text = search.startsWith('?') ? search.slice(1) : search;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('&', start);
      if (end === -1) end = text.length;
      if (end > start) {
        if (pairs.length >= MAX_PARAMS) skipped++;
        else {
          const pair = text.slice(start, end);
          const eq = pair.indexOf('=');
          const rawKey = eq === -1 ? pair : pair.slice(0, eq);
          const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
          const tooLong = rawValue.length > MAX_VALUE_LENGTH;
          // Keys are cut before decoding so a huge key costs no more than a short one.
          add(
            decodeComponent(rawKey.slice(0, MAX_KEY_LENGTH * 3)),
            tooLong ? '' : decodeComponent(rawValue),
            tooLong,
          );
        }
      }
      start = end + 1;
    }
  } else if (search && typeof search.forEach === 'function') {
    search.forEach((value, key) => add(key, value, value.length > MAX_VALUE_LENGTH));
  }
  return { pairs, skipped };
}
