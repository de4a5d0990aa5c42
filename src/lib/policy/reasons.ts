/**
 * The zh/en sentences that explain a result. Each names the threshold or the arithmetic, so a
 * reader can check it against the quote without opening the engine.
 */
import { formatYuanEn, formatYuanZh } from './amount';
import { fieldInfo, type InputField } from './inputs';
import type {
  ProjectPeriod,
  RuleMoney,
  RuleRate,
  RuleTier,
  RuleThreshold,
  SubsidyRule,
  Validity,
} from './schema';
import type { PeriodCheck, WindowStatus } from './validity';

export type ReasonCode =
  | 'eligible'
  | 'city-not-covered'
  | 'district-not-stated'
  | 'below-threshold'
  | 'no-indicator-met'
  | 'outside-project-period';

/** A sentence in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export interface Reason {
  code: ReasonCode;
  zh: string;
  en: string;
}

export interface CityName {
  zh: string;
  en: string;
}

const SYMBOL = { '>=': '≥', '>': '>' } as const;

/** "5000 万元" → "5000万元": the written form without the source's OCR spacing. */
const tight = (s: string) => s.replace(/\s+/gu, '');

export function formatValue(field: InputField, value: number): { zh: string; en: string } {
  switch (fieldInfo(field).unit) {
    case 'yuan':
      return { zh: formatYuanZh(value), en: formatYuanEn(value) };
    case 'percent':
      return { zh: `${value}%`, en: `${value}%` };
    case 'score':
      return { zh: `${value}分`, en: `${value} points` };
    case 'years':
      return { zh: `${value}年`, en: `${value} years` };
  }
}

export function notCoveredReason(rule: SubsidyRule, code: string, city: CityName): Reason {
  const note = rule.notCovered.find((n) => n.city === code)?.note;
  return {
    code: 'city-not-covered',
    zh: `本规则不适用于${city.zh}${note ? `：${note.zh}` : '：不在规则所列城市之内'}`,
    en: `This rule does not cover ${city.en}${note ? `: ${note.en}` : ': not among the cities it lists'}`,
  };
}

export function districtReason(
  district: NonNullable<SubsidyRule['district']>,
  city: CityName,
): Reason {
  return {
    code: 'district-not-stated',
    zh: `仅适用于${city.zh}${district.name.zh}的项目；未说明项目位于${district.name.zh}`,
    en: `Only for projects in ${district.name.en}, ${city.en}; the project is not stated to be there`,
  };
}

export function belowReason(
  th: RuleThreshold,
  tier: RuleTier,
  value: number,
  relief: NonNullable<SubsidyRule['relief']> | null = null,
): Reason {
  const { label } = fieldInfo(th.field);
  const got = formatValue(th.field, value);
  const lowered = relief?.fields.includes(th.field)
    ? (th.value * (100 - relief.maxPercent)) / 100
    : null;
  const need = formatValue(th.field, lowered ?? th.value);
  const reliefZh =
    lowered !== null ? `，优先遴选领域最多降低${relief!.maxPercent}%后为${need.zh}` : '';
  const reliefEn =
    lowered !== null ? `, lowered by the most the text allows (${relief!.maxPercent}%)` : '';
  return {
    code: 'below-threshold',
    zh: `${label.zh}须${SYMBOL[th.comparator]}${tight(th.asWritten)}（${tier.label.zh}，原文“${th.wording}”${reliefZh}），输入为${got.zh}`,
    en: `${capitalise(label.en)} must be ${SYMBOL[th.comparator]} ${need.en} (${tier.label.en}${reliefEn}); got ${got.en}`,
  };
}

export function reliefNote(relief: NonNullable<SubsidyRule['relief']>): Text {
  return {
    zh: `按优先遴选领域，相关门槛按最多降低${relief.maxPercent}%计算（原文“${relief.asWritten}”，“可适当降低”，并非必然）`,
    en: `As a priority field, the thresholds concerned are lowered by the most the text allows (${relief.maxPercent}%); the text says they "may" be lowered`,
  };
}

export function perHeadNote(heads: number | undefined): Text {
  return heads === undefined
    ? {
        zh: '按人计发；未输入人数，按1人计',
        en: 'Paid per person; no head count given, so one person is assumed',
      }
    : { zh: `按人计发：${heads}人`, en: `Paid per person: ${heads} people` };
}

export function noIndicatorReason(rule: SubsidyRule): Reason {
  const options = rule.indicatorOptions ?? [];
  return {
    code: 'no-indicator-met',
    zh: `满足基本条件，但未证明满足任一类评价指标：${options.map((o) => o.label.zh).join('；')}`,
    en: `Meets the basic conditions but shows none of the required indicators: ${options.map((o) => o.label.en).join('; ')}`,
  };
}

export type AmountBasis =
  | { how: 'qualification' }
  | { how: 'fixed'; fixed: RuleMoney }
  | {
      how: 'rate';
      rate: RuleRate;
      base: number;
      raw: number;
      cap: RuleMoney | null;
      capApplied: boolean;
    }
  | { how: 'cap-only'; cap: RuleMoney; rate: RuleRate | null }
  | { how: 'unknown'; rate: RuleRate | null };

export function eligibleReason(rule: SubsidyRule, tier: RuleTier, basis: AmountBasis): Reason {
  const t = tier.label;
  const base = rule.base?.label ?? { zh: '基数', en: 'the base' };
  /** "不超过30%" / "up to 30%"; a range reads "1–2%（按2%计）" / "1–2% (at most 2%)". */
  const rateText = (r: RuleRate) =>
    r.minPercent !== undefined
      ? {
          zh: `${r.minPercent}–${r.maxPercent}%（按${r.maxPercent}%计）`,
          en: `${r.minPercent}–${r.maxPercent}% (at most ${r.maxPercent}%)`,
        }
      : r.ceiling
        ? { zh: `不超过${r.maxPercent}%`, en: `up to ${r.maxPercent}%` }
        : { zh: `${r.maxPercent}%`, en: `${r.maxPercent}%` };
  switch (basis.how) {
    case 'qualification':
      return {
        code: 'eligible',
        zh: `满足所列门槛（${t.zh}）；本规则为资格认定，不涉及金额`,
        en: `Meets the stated thresholds (${t.en}); a qualification, no money attached`,
      };
    case 'fixed':
      return {
        code: 'eligible',
        zh: `符合条件（${t.zh}）：定额${tight(basis.fixed.asWritten)}`,
        en: `Eligible (${t.en}): a fixed ${formatYuanEn(basis.fixed.yuan)}`,
      };
    case 'rate': {
      const { rate, cap } = basis;
      const capZh = cap
        ? basis.capApplied
          ? `，超过上限${tight(cap.asWritten)}，按上限计`
          : `，未超过上限${tight(cap.asWritten)}`
        : '';
      const capEn = cap
        ? basis.capApplied
          ? `, above the cap, so ${formatYuanEn(cap.yuan)}`
          : `, within the ${formatYuanEn(cap.yuan)} cap`
        : '';
      return {
        code: 'eligible',
        zh: `符合条件（${t.zh}）：${base.zh}${formatYuanZh(basis.base)}×${rateText(rate).zh}=${formatYuanZh(basis.raw)}${capZh}`,
        en: `Eligible (${t.en}): ${rateText(rate).en} of ${base.en} ${formatYuanEn(basis.base)} = ${formatYuanEn(basis.raw)}${capEn}`,
      };
    }
    case 'cap-only':
      return {
        code: 'eligible',
        zh: `符合条件（${t.zh}）：最高${tight(basis.cap.asWritten)}${basis.rate ? `（比例${tight(basis.rate.asWritten)}，文本未给出计算基数）` : '（文本未给出比例）'}`,
        en: `Eligible (${t.en}): at most ${formatYuanEn(basis.cap.yuan)}${basis.rate ? ` (${basis.rate.asWritten} of a base the text does not state)` : ' (the text states no rate)'}`,
      };
    case 'unknown':
      if (tier.noAmount)
        return {
          code: 'eligible',
          zh: `符合条件（${t.zh}）：无法得出金额——${tier.noAmount.zh}`,
          en: `Eligible (${t.en}): no amount can be computed — ${tier.noAmount.en}`,
        };
      return {
        code: 'eligible',
        zh: `符合条件（${t.zh}）：${basis.rate ? `比例${tight(basis.rate.asWritten)}，但文本未说明计算基数，` : ''}无法得出金额`,
        en: `Eligible (${t.en}): ${basis.rate ? `${basis.rate.asWritten} of a base the text does not state, so ` : ''}no amount can be computed`,
      };
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const HOW = {
  stated: { zh: '原文写明', en: 'as written' },
  computed: { zh: '按原文期限推算', en: 'worked out from the stated term' },
} as const;

/**
 * The window in words as of a date: when it ended, when it starts, until when it runs, or that
 * the text gives no end (so it cannot be confirmed to be in force).
 */
export function windowReason(
  w: WindowStatus & { from: string | null; to: string | null },
  validity: Validity,
  asOf: string,
): Text {
  const to = validity.to;
  const how = to.basis === 'unknown' ? null : HOW[to.basis];
  const term = to.term ? `“${to.term}”` : '';
  switch (w.status) {
    case 'expired':
      return {
        zh: `已于${w.ended}到期（${how!.zh}${term}），截至${asOf}不再有效，不计入合计`,
        en: `Ended on ${w.ended} (${how!.en}); not in force on ${asOf}, left out of totals`,
      };
    case 'not-yet':
      return {
        zh: `自${w.starts}起施行，截至${asOf}尚未生效，不计入合计`,
        en: `In force from ${w.starts}; not yet on ${asOf}, left out of totals`,
      };
    default: {
      const kind = {
        'in-force': { zh: '有效', en: 'in force' },
        draft: { zh: '征求意见稿', en: 'a draft' },
        plan: { zh: '规划/计划文本', en: 'a plan' },
      }[w.status];
      if (!w.to)
        return {
          zh: `${kind.zh}；文本未注明截止日，无法确认${asOf}时仍有效`,
          en: `${capitalise(kind.en)}; the text states no end date, so whether it applies on ${asOf} is unknown`,
        };
      return {
        zh: `${kind.zh}，至${w.to}（${how!.zh}${term}）`,
        en: `${capitalise(kind.en)} until ${w.to} (${how!.en})`,
      };
    }
  }
}

export function outsidePeriodReason(period: ProjectPeriod): Reason {
  return {
    code: 'outside-project-period',
    zh: `项目日期不在规定期间（${period.from ?? '…'}至${period.to ?? '…'}）内：${period.what.zh}`,
    en: `The project's dates are outside the period ${period.from ?? '…'} to ${period.to ?? '…'}: ${period.what.en}`,
  };
}

/** What a reader must know about a period the rule sets, given the project's dates. */
export function periodNote(period: ProjectPeriod, check: PeriodCheck): Text[] {
  const span = `${period.from ?? '…'}–${period.to ?? '…'}`;
  if (check.outcome === 'unchecked')
    return [
      {
        zh: `须在${span}期间：${period.what.zh}；未输入项目日期，未核对`,
        en: `Must fall in ${span}: ${period.what.en}; no project dates given, not checked`,
      },
    ];
  if (check.outcome === 'partly')
    return [
      {
        zh: `项目仅${check.from}至${check.to}部分在${span}期间内，只计该部分的${period.what.zh}`,
        en: `Only ${check.from} to ${check.to} of the project lies in ${span}; only ${period.what.en} in that part counts`,
      },
    ];
  return [];
}
