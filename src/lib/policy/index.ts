/**
 * The subsidy rules engine's public API, for the UI and the CLI. Pure: no DOM, no Node.
 *
 * @example
 *   const { data, errors } = validateSubsidies(rawJson);
 *   const results = evaluate({ cities: ['441600'], equipmentPurchase: 7_000_000 }, data!.rules, cities);
 *   const totals = summarizeByCity(results);
 */
export { evaluate, missingInputs } from './engine';
export type { CityRef, Reason, ReasonCode, RuleResult, ThresholdCheck } from './engine';
export { summarizeByCity, type CitySummary } from './summary';
export { validateSubsidies, checkQuotes, type SubsidyValidation } from './validate';
export { Project } from './project';
export { DIGITAL_TYPES, INPUT_FIELDS, INPUT_FIELD_IDS } from './inputs';
export type { DigitalType, InputField } from './inputs';
export { SUBSIDY_SCHEMA_VERSION, SubsidyData } from './schema';
export type {
  Recipient,
  RuleKind,
  SubsidyClaim,
  SubsidyConflict,
  SubsidyRule,
  RuleTier,
} from './schema';
export { applyRate, parseFigure } from './amount';
