/**
 * What an investor tells the engine about a project. Every value is optional: a rule runs only
 * when the values it needs are given. Amounts are whole yuan; shares are percent (40 = 40 %).
 */
import * as v from 'valibot';
import { DIGITAL_TYPES, type InputField } from './inputs';
import { isoDate, slug } from '../data/kit';

const yuan = v.optional(v.pipe(v.number(), v.safeInteger('must be whole yuan'), v.minValue(0)));
const signedYuan = v.optional(v.pipe(v.number(), v.safeInteger('must be whole yuan')));
const share = v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)));
const nonNegative = v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)));

export const Project = v.strictObject({
  /** City codes, e.g. ['441600']. */
  cities: v.pipe(v.array(v.pipe(v.string(), v.regex(/^44\d{2}00$/))), v.minLength(1)),
  /** District ids the project is located in, e.g. ['nanhai']; district rules need this. */
  districts: v.optional(v.array(slug)),
  /** Events the project claims (an award, a listing…); rules about an event need its claim. */
  claims: v.optional(v.array(slug)),
  /** People per claim for per-person awards, e.g. { 'senior-manager-talent': 3 }. */
  headCounts: v.optional(v.record(slug, v.pipe(v.number(), v.safeInteger(), v.minValue(1)))),
  digitalType: v.optional(v.picklist(DIGITAL_TYPES)),
  /** First and last day of the project's investment (YYYY-MM-DD); rules with a period check them. */
  projectStart: v.optional(isoDate),
  projectEnd: v.optional(isoDate),
  totalInvestment: yuan,
  newFixedAssetInvestment: yuan,
  equipmentPurchase: yuan,
  digitalInput: yuan,
  digitalScore: nonNegative,
  assets: yuan,
  revenue: yuan,
  revenueGrowthPct: v.optional(v.pipe(v.number(), v.finite())),
  profit: signedYuan,
  rdSharePct: share,
  qualifiedStaffSharePct: share,
  mainBusinessSharePct: share,
  yearsInNiche: nonNegative,
  loanInterest: yuan,
  loanPrincipalLoss: yuan,
  financeLeaseAmount: yuan,
  firstSetSalePrice: yuan,
});

export type Project = v.InferOutput<typeof Project>;

/** `Pick` stops compiling if an input field is ever missing from `Project`. */
type ProjectValues = Pick<Project, InputField>;

/** The project's value for a field, or undefined when not given. */
export function projectValue(project: Project, field: InputField): number | undefined {
  const values: ProjectValues = project;
  return values[field];
}
