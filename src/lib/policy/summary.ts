/**
 * Adds up the most each city could pay, split by who receives it and by how binding the text is:
 * grants in force go to `maxByRecipient`; drafts' and plans' "最高" caps to `capsByRecipient`,
 * never mixed. Only eligible grants with a known maximum count; a rule that restates another (the
 * same money), qualifications, loans, rules outside their window on the as-of date and tiers whose
 * cities are inferred (unless included) never do. What was left out is listed with the reason, so
 * a total is never silently larger or smaller than the rules say. The texts do not say whether
 * grants stack: a total is a sum of ceilings, not a promise (see `STACKING_NOTE`).
 */
import type { CityName, Text } from './reasons';
import type { RuleResult } from './engine';
import type { Recipient } from './schema';

export type NotCountedWhy =
  'restates' | 'no-amount' | 'not-a-grant' | 'expired' | 'not-yet' | 'inferred';

export interface CitySummary {
  city: string;
  cityName: CityName;
  /** Grants in force: sum of `maxAmountYuan` per recipient; every recipient present (0 when none). */
  maxByRecipient: Record<Recipient, number>;
  /** Drafts' and plans' caps ("最高"), kept apart from grants in force. */
  capsByRecipient: Record<Recipient, number>;
  /** Rule ids whose maximum is in `maxByRecipient` or `capsByRecipient`. */
  counted: string[];
  /** Eligible rules left out of the totals, and why. */
  notCounted: { rule: string; why: NotCountedWhy }[];
}

export interface SummaryOptions {
  /** Count tiers whose cities the data infers from a named region (default false). */
  includeInferred?: boolean;
}

export const STACKING_NOTE: Text = {
  zh: '各文本均未说明不同奖补能否叠加；合计只是各项上限之和，不是可得金额。',
  en: 'None of the texts says whether grants stack; a total is a sum of ceilings, not what a project would receive.',
};

const zero = (): Record<Recipient, number> => ({
  enterprise: 0,
  'city-government': 0,
  individual: 0,
  other: 0,
});

export function summarizeByCity(
  results: readonly RuleResult[],
  options: SummaryOptions = {},
): CitySummary[] {
  const byCity = new Map<string, CitySummary>();
  for (const r of results) {
    let s = byCity.get(r.city);
    if (!s) {
      s = {
        city: r.city,
        cityName: r.cityName,
        maxByRecipient: zero(),
        capsByRecipient: zero(),
        counted: [],
        notCounted: [],
      };
      byCity.set(r.city, s);
    }
    if (!r.eligible) continue;
    const why = leftOut(r, options);
    if (why) s.notCounted.push({ rule: r.rule, why });
    else {
      const bucket = r.baseStatus === 'in-force' ? s.maxByRecipient : s.capsByRecipient;
      bucket[r.recipient] += r.maxAmountYuan!;
      s.counted.push(r.rule);
    }
  }
  return [...byCity.values()];
}

function leftOut(r: RuleResult, options: SummaryOptions): NotCountedWhy | null {
  if (r.kind !== 'grant') return 'not-a-grant';
  if (r.restates) return 'restates';
  if (r.status === 'expired' || r.status === 'not-yet') return r.status;
  // A district's city is named by the user (--district); only regional inferences are held back.
  if (r.membership === 'inferred' && r.level !== 'district' && !options.includeInferred)
    return 'inferred';
  if (r.maxAmountYuan === null) return 'no-amount';
  return null;
}
