/**
 * Which plan period the stars belong to, and whether it is over on a given day. The period is
 * data (the plan part's `period`, quoted and gated); the day is passed in, never read here.
 */
import { STARS_SOURCE } from './credit';
import { t, type Lang } from '../i18n/messages';

/** A source with the parts it holds, as the dataset and the light atlas list them. */
interface PeriodSource {
  id: string;
  parts?: readonly { id: string; period?: { from: string; to: string } }[];
}

export interface PlanPeriod {
  from: string;
  to: string;
  /** `asOf` is past the period's last day. */
  ended: boolean;
}

/** The stars' plan period as the data states it, or null. */
export function starsPeriodDates(
  sources: readonly PeriodSource[],
): { from: string; to: string } | null {
  const period = sources
    .find((s) => s.id === STARS_SOURCE.source)
    ?.parts?.find((p) => p.id === STARS_SOURCE.part)?.period;
  return period ? { from: period.from, to: period.to } : null;
}

/**
 * The stars' plan period as of a day (YYYY-MM-DD), or null when the dataset states none.
 * @example starsPeriod(sources, '2026-11-29') → { from: '2021-01-01', to: '2025-12-31', ended: true }
 */
export function starsPeriod(sources: readonly PeriodSource[], asOf: string): PlanPeriod | null {
  const period = starsPeriodDates(sources);
  return period && { ...period, ended: asOf > period.to };
}

/** The period in words: "星级出自…规划期 … 至 …。该规划期已于 … 结束…" ('' when unknown). */
export function periodNote(p: PlanPeriod | null, lang: Lang): string {
  if (!p) return '';
  const first = t(lang, 'planPeriod', { from: p.from, to: p.to });
  return p.ended ? `${first}${t(lang, 'planPeriodEnded', { to: p.to })}` : first;
}
