/**
 * Time as data: a rule's or document's window, read from the dates and terms its text states,
 * and its status as of a date the caller passes in (pure functions never read the clock).
 *
 * @example statusAsOf(rule.validity, 'in-force', '2026-11-29')
 *   → { status: 'expired', ended: '2026-09-02', … }
 */
import type { BaseStatus, DatePoint, ProjectPeriod, Validity } from './schema';

/** What a text is on a given day. 'not-yet': before the day it takes effect. */
export type StatusAsOf = BaseStatus | 'expired' | 'not-yet';

export interface WindowStatus {
  status: StatusAsOf;
  /** The last day in force, when the window has closed. */
  ended: string | null;
  /** The first day in force, when it has not begun. */
  starts: string | null;
  /** False when an end the status depends on is unknown (so "in force" cannot be confirmed). */
  endKnown: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Today's date in UTC as YYYY-MM-DD; for the CLI and UI to pass in, never called by the engine. */
export function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A date as the texts write it: "2022 年 1 月 1 日", "2021年8月25日" → ISO, or null.
 * @example readWrittenDate('2020 年 2 月 15 日') === '2020-02-15'
 */
export function readWrittenDate(written: string): string | null {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(written.replace(/\s+/gu, ''));
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const NUMERALS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * The number of years in a term the texts use ("有效期 5 年", "三年内有效", "实施期限1年"), or
 * null for any other wording.
 */
export function termYears(term: string): number | null {
  const t = term.replace(/\s+/gu, '');
  const m =
    /^(?:有效期|实施期限)(\d+|[一两二三四五])年$/.exec(t) ??
    /^(\d+|[一两二三四五])年内有效$/.exec(t);
  if (!m) return null;
  return /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMERALS[m[1]!] ?? null);
}

/** The last day of a term of `years` starting on `from`: 2022-01-01 + 5 years → 2026-12-31. */
export function termEnd(from: string, years: number): string {
  const [y, mo, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, mo - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/**
 * Status on `asOf` (YYYY-MM-DD): expired after `to`, not yet before `from`, else the text's own
 * status (a draft stays a draft). An unknown end never expires anything, and says so.
 */
export function statusAsOf(validity: Validity, base: BaseStatus, asOf: string): WindowStatus {
  const from = validity.from.date;
  const to = validity.to.date;
  if (to !== null && asOf > to)
    return { status: 'expired', ended: to, starts: null, endKnown: true };
  if (from !== null && asOf < from)
    return { status: 'not-yet', ended: null, starts: from, endKnown: to !== null };
  return { status: base, ended: null, starts: null, endKnown: to !== null };
}

/** Whether a status keeps a rule's money in the totals on that day. */
export function countsOn(status: StatusAsOf): boolean {
  return status !== 'expired' && status !== 'not-yet';
}

export type PeriodCheck =
  | { outcome: 'unchecked' }
  | { outcome: 'inside' }
  | { outcome: 'partly'; from: string; to: string }
  | { outcome: 'outside' };

/**
 * The project's dates against the period the rule's money depends on. Without project dates the
 * check is 'unchecked'. 'overlap' periods accept any overlap (only the part inside counts);
 * 'within' periods need the whole project inside.
 */
export function checkProjectPeriod(
  period: ProjectPeriod,
  start: string | undefined,
  end: string | undefined,
): PeriodCheck {
  if (start === undefined && end === undefined) return { outcome: 'unchecked' };
  const s = start ?? end!;
  const e = end ?? start!;
  const lo = period.from ?? '0000-01-01';
  const hi = period.to ?? '9999-12-31';
  const inside = s >= lo && e <= hi;
  if (inside) return { outcome: 'inside' };
  if (period.mode === 'within' || e < lo || s > hi) return { outcome: 'outside' };
  return { outcome: 'partly', from: s > lo ? s : lo, to: e < hi ? e : hi };
}

/** Problems with one date point against its quotes (`quoteText(id)` → text or undefined). */
export function checkDatePoint(
  where: string,
  point: DatePoint,
  quoteText: (id: string) => string | undefined,
): string[] {
  const errors: string[] = [];
  const tight = (s: string) => s.replace(/\s+/gu, '');
  const inQuote = (what: string, words: string) => {
    if (!point.quote)
      return void errors.push(`${where}.quote: required when basis is "${point.basis}"`);
    const text = quoteText(point.quote);
    if (text === undefined) errors.push(`${where}.quote: unknown quote "${point.quote}"`);
    else if (!tight(text).includes(tight(words)))
      errors.push(`${where}.${what}: "${words}" is not in quote "${point.quote}"`);
  };
  if (point.basis === 'unknown') {
    if (point.date !== null) errors.push(`${where}.date: an unknown date must be null`);
    if (!point.note) errors.push(`${where}.note: say why the date is unknown`);
    return errors;
  }
  if (point.date === null) errors.push(`${where}.date: required when basis is "${point.basis}"`);
  if (point.basis === 'stated') {
    if (!point.asWritten) return [...errors, `${where}.asWritten: required for a stated date`];
    inQuote('asWritten', point.asWritten);
    const read = readWrittenDate(point.asWritten);
    if (read !== point.date)
      errors.push(
        `${where}.date: "${point.asWritten}" reads ${read ?? 'as no date'}, not ${point.date}`,
      );
  } else {
    if (!point.term) return [...errors, `${where}.term: required for a computed date`];
    inQuote('term', point.term);
  }
  return errors;
}

/** All checks on a window: each point, order, and the arithmetic of a stated term. */
export function checkValidity(
  where: string,
  validity: Validity,
  quoteText: (id: string) => string | undefined,
): string[] {
  const errors = (['issued', 'from', 'to'] as const).flatMap((k) =>
    checkDatePoint(`${where}.${k}`, validity[k], quoteText),
  );
  const { from, to } = validity;
  if (from.date && to.date && from.date > to.date) errors.push(`${where}: "from" is after "to"`);
  const years = to.term ? termYears(to.term) : null;
  if (years !== null && from.date && to.date && termEnd(from.date, years) !== to.date)
    errors.push(
      `${where}.to.date: "${to.term}" from ${from.date} ends ${termEnd(from.date, years)}, not ${to.date}`,
    );
  return errors;
}
