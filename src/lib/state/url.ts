/**
 * The URL is the view state. `parseView` reads any query string into a valid view, reporting each
 * field as valid / invalid / missing and listing what it ignored; `serialiseView` writes only
 * non-default values, in a fixed key order. The field codecs in `fields.ts` drive both.
 */
import { CODECS, makeLookup, type Codec, type IgnoreReason, type ViewField } from './fields';
import { migrateKey } from './migrations';
import { readQuery } from './query';
import { defaultView, type ViewContext, type ViewState } from './view';

export type { IgnoreReason, ViewField } from './fields';

export type FieldStatus = 'valid' | 'invalid' | 'missing';

/** Something in the link that was not used. `key` is as written (before migrations). */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: IgnoreReason;
}

export interface ParsedView {
  view: ViewState;
  ignored: IgnoredParam[];
  /** 'invalid': present but at least partly rejected (the kept part, or the default, is used). */
  fields: Record<ViewField, FieldStatus>;
}

const CODEC_BY_PARAM = new Map(CODECS.map((codec) => [codec.param, codec]));

/** The query param each field is written under. */
export const PARAMS: Readonly<Record<ViewField, string>> = Object.freeze(
  Object.fromEntries(CODECS.map((c) => [c.field, c.param])) as Record<ViewField, string>,
);

/**
 * Read a query string (leading `?` optional) or `URLSearchParams` into a valid view. Never throws.
 * Unknown keys, repeats (the first wins) and bad values are listed in `ignored`; a list keeps its
 * good items. Param renames from `migrations.ts` apply first.
 * @example parseView('?c=new-energy&city=河源&lang=en', ctx).view.city === 'heyuan'
 */
export function parseView(
  search: string | URLSearchParams,
  ctx: ViewContext,
  /** What the page shows before its query (a per-view page's cluster and language). */
  start: ViewState = defaultView(),
): ParsedView {
  const view = structuredClone(start);
  const ignored: IgnoredParam[] = [];
  const fields = Object.fromEntries(CODECS.map((c) => [c.field, 'missing'])) as Record<
    ViewField,
    FieldStatus
  >;
  const lookup = makeLookup(ctx);
  const seen = new Set<Codec>();
  const { pairs, skipped } = readQuery(search);

  for (const { key, value, tooLong } of pairs) {
    const codec = CODEC_BY_PARAM.get(migrateKey(key));
    if (!codec) ignored.push({ key, value, reason: 'unknown-key' });
    else if (seen.has(codec)) ignored.push({ key, value, reason: 'duplicate' });
    else if (tooLong) {
      seen.add(codec);
      fields[codec.field] = 'invalid';
      ignored.push({ key, value: '', reason: 'too-long' });
    } else {
      seen.add(codec);
      if (value.trim() === '') continue; // `city=` says nothing: the field stays missing
      let status: FieldStatus = 'valid';
      codec.read(value, lookup, view, (bad, reason) => {
        status = 'invalid';
        ignored.push({ key, value: bad, reason });
      });
      fields[codec.field] = status;
    }
  }
  if (skipped > 0) ignored.push({ key: '', value: String(skipped), reason: 'too-many' });
  return { view, ignored, fields };
}

// Readable separators: ids are slugs, so `,` and `:` only ever appear as separators (or in a
// title, where the parser takes the whole value anyway).
function encodeValue(text: string): string {
  return encodeURIComponent(flattenSurrogates(text))
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%20/g, '+');
}

function flattenSurrogates(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (m) =>
    m.length === 2 ? m : '\ufffd',
  );
}

/**
 * Write a view as a query string without the leading `?`: only non-default values, always in the
 * same key order, so equal views give equal links. The default view gives ''.
 * @example serialiseView({ ...defaultView(), lang: 'en', zones: true }) === 'zones=1&lang=en'
 */
export function serialiseView(view: ViewState): string {
  const parts: string[] = [];
  for (const codec of CODECS) {
    const text = codec.write(view);
    if (text !== null) parts.push(`${codec.param}=${encodeValue(text)}`);
  }
  return parts.join('&');
}
