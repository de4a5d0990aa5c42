/**
 * The project values a subsidy rule can test or apply a rate to. One table holds the unit, the
 * label and the CLI flag of each, so the schema, the engine, the reasons and `--help` agree.
 */

export type FieldUnit = 'yuan' | 'percent' | 'score' | 'years';

export interface FieldInfo {
  unit: FieldUnit;
  /** CLI flag without the leading dashes. */
  flag: string;
  label: { zh: string; en: string };
  /** Profit and growth may be below zero; every other value is an amount, share or count. */
  signed?: true;
}

export const INPUT_FIELDS = {
  totalInvestment: {
    unit: 'yuan',
    flag: 'investment',
    label: { zh: '项目总投资', en: 'total project investment' },
  },
  newFixedAssetInvestment: {
    unit: 'yuan',
    flag: 'new-fai',
    label: { zh: '新增实际固定资产投资额', en: 'new actual fixed-asset investment' },
  },
  equipmentPurchase: {
    unit: 'yuan',
    flag: 'equipment',
    label: { zh: '设备购置额', en: 'equipment purchase' },
  },
  digitalInput: {
    unit: 'yuan',
    flag: 'digital-input',
    label: { zh: '数字化项目投入费用（不含税）', en: 'digital project input (ex-VAT)' },
  },
  digitalScore: {
    unit: 'score',
    flag: 'digital-score',
    label: { zh: '标杆示范项目评分', en: 'benchmark project score' },
  },
  assets: {
    unit: 'yuan',
    flag: 'assets',
    label: { zh: '上年末总资产', en: 'total assets at last year end' },
  },
  revenue: {
    unit: 'yuan',
    flag: 'revenue',
    label: { zh: '上年度营业收入', en: 'operating revenue last year' },
  },
  revenueGrowthPct: {
    unit: 'percent',
    flag: 'revenue-growth',
    label: {
      zh: '近两年主营业务收入年平均增长率',
      en: 'average annual main-business revenue growth, last two years',
    },
    signed: true,
  },
  profit: {
    unit: 'yuan',
    flag: 'profit',
    label: { zh: '利润总额', en: 'total profit' },
    signed: true,
  },
  rdSharePct: {
    unit: 'percent',
    flag: 'rd-share',
    label: {
      zh: '近两年研发投入占销售收入比重',
      en: 'R&D spending as share of sales, last two years',
    },
  },
  qualifiedStaffSharePct: {
    unit: 'percent',
    flag: 'staff-share',
    label: {
      zh: '本科以上学历或中级以上职称员工占比',
      en: 'share of staff with a degree or intermediate title',
    },
  },
  mainBusinessSharePct: {
    unit: 'percent',
    flag: 'main-business-share',
    label: { zh: '主营业务收入占营业收入比重', en: 'main business as share of revenue' },
  },
  yearsInNiche: {
    unit: 'years',
    flag: 'years-in-niche',
    label: { zh: '从事特定细分市场时间', en: 'years in the niche market' },
  },
  loanInterest: {
    unit: 'yuan',
    flag: 'loan-interest',
    label: { zh: '投贷联动项目贷款利息', en: 'interest on an investment-linked loan' },
  },
  loanPrincipalLoss: {
    unit: 'yuan',
    flag: 'loan-principal-loss',
    label: { zh: '贷款本金实际损失', en: 'actual loss of loan principal' },
  },
  financeLeaseAmount: {
    unit: 'yuan',
    flag: 'finance-lease',
    label: { zh: '融资租赁金额', en: 'finance-lease amount' },
  },
  firstSetSalePrice: {
    unit: 'yuan',
    flag: 'first-set-price',
    label: { zh: '首台（套）装备产品售价', en: 'sale price of a first-of-its-kind equipment set' },
  },
} as const satisfies Record<string, FieldInfo>;

export type InputField = keyof typeof INPUT_FIELDS;

export const INPUT_FIELD_IDS = Object.keys(INPUT_FIELDS) as [InputField, ...InputField[]];

export function fieldInfo(field: InputField): FieldInfo {
  return INPUT_FIELDS[field];
}

/** The three benchmark project types of the 2022 digital-transformation call. */
export const DIGITAL_TYPES = ['iiot', '5g', 'supply-chain'] as const;
export type DigitalType = (typeof DIGITAL_TYPES)[number];
