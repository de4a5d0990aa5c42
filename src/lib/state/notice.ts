/**
 * A short notice telling the reader which parts of their link were not used, so a mangled link
 * degrades visibly instead of silently. Plain text: render it as text.
 */
import { clip } from './query';
import type { IgnoredParam, IgnoreReason } from './url';
import { flattenText, type Lang } from './view';

const REASONS: Record<Lang, Record<IgnoreReason, string>> = {
  en: {
    'unknown-key': 'unknown',
    duplicate: 'duplicate',
    'invalid-value': 'invalid value',
    'unknown-cluster': 'unknown cluster',
    'unknown-city': 'unknown city',
    'too-long': 'too long',
    'too-many': 'too many',
    truncated: 'truncated',
  },
  zh: {
    'unknown-key': '未知参数',
    duplicate: '重复',
    'invalid-value': '无效值',
    'unknown-cluster': '未知集群',
    'unknown-city': '未知城市',
    'too-long': '过长',
    'too-many': '数量过多',
    truncated: '已截断',
  },
};

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
  const reason = REASONS[lang][item.reason];
  let name: string;
  if (item.key === '' && item.reason === 'too-many') {
    name = lang === 'zh' ? `其余 ${item.value} 个` : `${item.value} more`;
  } else name = item.reason === 'unknown-key' || value === '' ? key || '""' : `${key}=${value}`;
  return lang === 'zh' ? `${name}（${reason}）` : `${name} (${reason})`;
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
  if (lang === 'zh') {
    const more = hidden > 0 ? `，另有 ${hidden} 项` : '';
    return `已忽略 ${total} 个链接参数：${shown.join('、')}${more}`;
  }
  const more = hidden > 0 ? `, and ${hidden} more` : '';
  return `Ignored ${total} link parameter${total === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}
