/**
 * Exact arithmetic for policy figures: "700 万元" → 7 000 000 yuan, "1-2%" → 1…2 %, and rate × base
 * in integer yuan with BigInt, so no threshold edge or cap is lost to floating point.
 */

export type Figure =
  | { unit: 'yuan' | 'percent' | 'score' | 'years'; value: number }
  | { unit: 'percent-range'; min: number; max: number };

const MULTIPLIER_DIGITS: Record<string, number> = { 元: 0, 万元: 4, 万: 4, 亿元: 8, 亿: 8 };

/**
 * A decimal string scaled by 10^shift as an exact integer, or null when it is not whole after
 * scaling (e.g. "1.23456" 万 has a fraction of a yuan).
 * @example decimalToInteger('1.5', 8) === 150_000_000
 */
export function decimalToInteger(decimal: string, shift: number): number | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!m) return null;
  const [, whole = '', fraction = ''] = m;
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > shift) return null;
  const n = BigInt(whole + trimmed.padEnd(shift, '0'));
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}

/**
 * Reads a figure as the policy text writes it. Returns null for anything it does not know, so a
 * data test can insist that every stored number is the reading of its written form.
 * @example parseFigure('5000 万元') → { unit: 'yuan', value: 50_000_000 }
 */
export function parseFigure(written: string): Figure | null {
  const s = written.replace(/[\s,，]/gu, '');
  if (s === '正数') return { unit: 'yuan', value: 0 };
  let m = /^(\d+(?:\.\d+)?)(万元|亿元|元|万|亿)$/.exec(s);
  if (m) {
    const value = decimalToInteger(m[1]!, MULTIPLIER_DIGITS[m[2]!]!);
    return value === null ? null : { unit: 'yuan', value };
  }
  m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)%$/.exec(s);
  if (m) {
    const [min, max] = [Number(m[1]), Number(m[2])];
    return min < max ? { unit: 'percent-range', min, max } : null;
  }
  m = /^(\d+(?:\.\d+)?)(%|分|年)$/.exec(s);
  if (m) {
    const unit = m[2] === '%' ? 'percent' : m[2] === '分' ? 'score' : 'years';
    return { unit, value: Number(m[1]) };
  }
  return null;
}

/** A percentage as whole basis points (20 → 2000), or null if it has more than two decimals. */
export function toBasisPoints(percent: number): number | null {
  const bp = Math.round(percent * 100);
  return Number.isFinite(percent) && percent >= 0 && Math.abs(bp - percent * 100) < 1e-9
    ? bp
    : null;
}

/**
 * `percent` of `baseYuan`, rounded down to the whole yuan (a maximum is never overstated).
 * @example applyRate(7_000_000, 20) === 1_400_000
 */
export function applyRate(baseYuan: number, percent: number): number {
  const bp = toBasisPoints(percent);
  if (bp === null) throw new RangeError(`rate ${percent}% has more than two decimals`);
  if (!Number.isSafeInteger(baseYuan) || baseYuan < 0)
    throw new RangeError(`base ${baseYuan} is not a whole, non-negative number of yuan`);
  return Number((BigInt(baseYuan) * BigInt(bp)) / 10_000n);
}

/**
 * Whether `percent` of `baseYuan`, exactly (before rounding), is more than `limitYuan`.
 * @example rateExceeds(166_666_667, 30, 50_000_000) === true // 50,000,000.1
 */
export function rateExceeds(baseYuan: number, percent: number, limitYuan: number): boolean {
  const bp = toBasisPoints(percent);
  if (bp === null) throw new RangeError(`rate ${percent}% has more than two decimals`);
  return BigInt(baseYuan) * BigInt(bp) > BigInt(limitYuan) * 10_000n;
}

/** "¥7,000,000" — for English reasons. */
export function formatYuanEn(yuan: number): string {
  return `${yuan < 0 ? '-' : ''}¥${Math.abs(yuan).toLocaleString('en-US')}`;
}

/** "7000000元" — for Chinese reasons (the written threshold carries the 万/亿 form). */
export function formatYuanZh(yuan: number): string {
  return `${yuan}元`;
}
