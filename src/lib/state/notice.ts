/**
 * A short notice telling the reader which parts of their link were not used, so a mangled link
 * degrades visibly instead of silently. Plain text: render it as text.
 */
import { clip } from './query';
import type { IgnoredParam, IgnoreReason } from './url';
import { flattenText } from './view';
import { t, type Lang, type MessageKey } from '../i18n/messages';

const REASONS = {
  'unknown-key': 'reasonUnknownKey',
  duplicate: 'reasonDuplicate',
  'invalid-value': 'reasonInvalidValue',
  'unknown-cluster': 'reasonUnknownCluster',
  'unknown-city': 'reasonUnknownCity',
  'too-long': 'reasonTooLong',
  'too-many': 'reasonTooMany',
  truncated: 'reasonTruncated',
} as const satisfies Record<IgnoreReason, MessageKey>;

/** Items named in the notice; the rest are counted. */
const SHOWN = 5;
const SHOWN_LENGTH = 24;

/** The summary entry for params past the read limit counts as that many params. */
function weight(item: IgnoredParam): number {
  return item.key === '' && item.reason === 'too-many' ? Number(item.value) || 1 : 1;
}

function label(item: IgnoredParam, lang: Lang): string {
  const key = clip(flattenText(item.key), SHOWN_LENGTH);
  const value = clip(flattenText(item.value), SHOWN_LENGTH);
  const reason = t(lang, REASONS[item.reason]);
  let name: string;
  if (item.key === '' && item.reason === 'too-many') {
    name = t(lang, 'ignoredRest', { n: item.value });
  } else name = item.reason === 'unknown-key' || value === '' ? key || '""' : `${key}=${value}`;
  return t(lang, 'parenthetical', { text: name, note: reason });
}

/**
 * One line naming what a link had that was not used; '' when nothing was ignored.
 * @example describeIgnored([{ key: 'foo', value: '1', reason: 'unknown-key' }], 'en')
 *   === 'Ignored 1 link parameter: foo (unknown)'
 */
export function describeIgnored(ignored: readonly IgnoredParam[], lang: Lang): string {
  if (ignored.length === 0) return '';
  const total = ignored.reduce((sum, item) => sum + weight(item), 0);
  const shown = ignored.slice(0, SHOWN).map((item) => label(item, lang));
  const hidden = total - ignored.slice(0, SHOWN).reduce((sum, item) => sum + weight(item), 0);
  const more = hidden > 0 ? t(lang, 'ignoredHidden', { n: hidden }) : '';
  return t(lang, total === 1 ? 'ignoredOne' : 'ignoredMany', {
    total,
    items: shown.join(t(lang, 'listSep')),
    more,
  });
}
