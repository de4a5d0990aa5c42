/**
 * Checks across a project's values that no single field can make: one shared by the CLI (exit 2)
 * and the calculator (a message beside the field).
 */
import type { InputField } from './inputs';

export interface Inconsistency {
  field: InputField;
  zh: string;
  en: string;
}

/** Every inconsistency among the values given (an empty list when none). */
export function inconsistencies(values: Partial<Record<InputField, number>>): Inconsistency[] {
  const out: Inconsistency[] = [];
  const { totalInvestment: total, newFixedAssetInvestment: fai, digitalScore: score } = values;
  if (total !== undefined && fai !== undefined && fai > total)
    out.push({
      field: 'newFixedAssetInvestment',
      zh: `新增实际固定资产投资（${fai}元）不能超过项目总投资（${total}元）`,
      en: `new fixed-asset investment (${fai} yuan) cannot exceed total investment (${total} yuan)`,
    });
  if (score !== undefined && (score < 0 || score > 100))
    out.push({
      field: 'digitalScore',
      zh: `评分须在0–100之间，输入为${score}`,
      en: `the score must lie in 0–100, not ${score}`,
    });
  return out;
}

/** The first inconsistency as one English line, or null. */
export function consistencyError(values: Partial<Record<InputField, number>>): string | null {
  const first = inconsistencies(values)[0];
  return first ? first.en : null;
}
