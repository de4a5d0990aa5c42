/**
 * Adds up the most each city could pay, split by who receives it. Only eligible grants with a
 * known maximum count; a rule that restates another (the same money) never counts, and neither do
 * qualifications or loans. What was left out is listed with the reason, so a total is never
 * silently larger or smaller than the rules say.
 */
import type { CityName } from './reasons';
import type { RuleResult } from './engine';
import type { Recipient } from './schema';

export interface CitySummary {
  city: string;
  cityName: CityName;
  /** Sum of `maxAmountYuan` per recipient; every recipient is present (0 when none). */
  maxByRecipient: Record<Recipient, number>;
  /** Rule ids whose maximum is in the totals. */
  counted: string[];
  /** Eligible rules left out of the totals, and why. */
  notCounted: { rule: string; why: 'restates' | 'no-amount' | 'not-a-grant' }[];
}

export function summarizeByCity(results: readonly RuleResult[]): CitySummary[] {
  const byCity = new Map<string, CitySummary>();
  for (const r of results) {
    let s = byCity.get(r.city);
    if (!s) {
      s = {
        city: r.city,
        cityName: r.cityName,
        maxByRecipient: { enterprise: 0, 'city-government': 0, individual: 0, other: 0 },
        counted: [],
        notCounted: [],
      };
      byCity.set(r.city, s);
    }
    if (!r.eligible) continue;
    if (r.kind !== 'grant') s.notCounted.push({ rule: r.rule, why: 'not-a-grant' });
    else if (r.restates) s.notCounted.push({ rule: r.rule, why: 'restates' });
    else if (r.maxAmountYuan === null) s.notCounted.push({ rule: r.rule, why: 'no-amount' });
    else {
      s.maxByRecipient[r.recipient] += r.maxAmountYuan;
      s.counted.push(r.rule);
    }
  }
  return [...byCity.values()];
}
