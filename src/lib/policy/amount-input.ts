/**
 * One reader for amounts a person types, shared by the CLI and the calculator: digits (with
 * commas), or with 元 / 万 / 万元 / 亿 / 亿元 ("5亿", "1.5亿", "700万"). Bare digits are yuan on
 * the command line and 万元 in the calculator's boxes, so the caller says which. The value is
 * echoed in words so a misread is visible.
 *
 * @example parseAmountText('1.5亿', 'yuan') → { ok: true, yuan: 150_000_000 }
 */
import { decimalToInteger } from './amount';
import type { Text } from './reasons';

export type AmountText = { ok: true; yuan: number } | { ok: false; error: Text };

const SHIFT: Record<string, number> = { '': 0, 元: 0, 万: 4, 万元: 4, 亿: 8, 亿元: 8 };

/** Reads `raw`; null for an empty box (no value), else the yuan or a message. */
export function parseAmountText(raw: string, bare: 'yuan' | 'wan'): AmountText | null {
  const s = raw.replace(/[\s,，]/gu, '');
  if (s === '') return null;
  if (s.startsWith('-'))
    return fail(
      `“${raw}”为负数，金额须为零或以上`,
      `"${raw}" is negative; an amount must be zero or more`,
    );
  const m = /^(\d+(?:\.\d+)?)(元|万元|万|亿元|亿)?$/u.exec(s);
  if (!m)
    return fail(
      `无法识别“${raw}”：请输入数字，或带“万”“亿”，如 700万、1.5亿`,
      `Cannot read "${raw}": type digits, or use 万 / 亿, e.g. 700万 or 1.5亿`,
    );
  const unit = m[2] ?? '';
  const shift = unit === '' && bare === 'wan' ? 4 : SHIFT[unit]!;
  const yuan = decimalToInteger(m[1]!, shift);
  if (yuan === null)
    return fail(
      `“${raw}”不是整数元（或数额过大）`,
      `"${raw}" is not a whole number of yuan (or is too large)`,
    );
  return { ok: true, yuan };
}

function fail(zh: string, en: string): AmountText {
  return { ok: false, error: { zh, en } };
}

/**
 * The amount in words: "1亿5000万元" / "150 million yuan".
 * @example amountInWords(7_000_000) → { zh: '700万元', en: '7 million yuan' }
 */
export function amountInWords(yuan: number): Text {
  const yi = Math.floor(yuan / 1e8);
  const wan = Math.floor((yuan % 1e8) / 1e4);
  const rest = yuan % 1e4;
  const zh =
    yuan === 0 ? '0元' : `${yi ? `${yi}亿` : ''}${wan ? `${wan}万` : ''}${rest ? `${rest}` : ''}元`;
  const en =
    yuan >= 1e9 && yuan % 1e7 === 0
      ? `${yuan / 1e9} billion yuan`
      : yuan >= 1e6 && yuan % 1e4 === 0
        ? `${yuan / 1e6} million yuan`
        : `${yuan.toLocaleString('en-US')} yuan`;
  return { zh, en };
}
