/**
 * Test-only factories for the state tests: a parsing context shaped like the real dataset (the
 * 21 cities as registered; 20 cluster slugs standing in until `data/clusters.json` lands).
 */
import {
  AGGREGATES,
  cleanTitle,
  defaultView,
  DIGITAL_TYPES,
  isYear,
  LANGS,
  MAIN_PANES,
  MAX_CALC_CITIES,
  MAX_CLUSTERS,
  MAX_DIGITAL_SCORE,
  PAIRING_YEARS,
  SORT_DIRS,
  type Aggregate,
  type DigitalType,
  type Lang,
  type MainPane,
  type PairingYear,
  type SortDir,
  type ViewContext,
  type ViewState,
} from './view';
import { isIsoDate } from '../policy/validity';

const CITIES = [
  ['guangzhou', '440100', '广州', 'Guangzhou'],
  ['shenzhen', '440300', '深圳', 'Shenzhen'],
  ['zhuhai', '440400', '珠海', 'Zhuhai'],
  ['foshan', '440600', '佛山', 'Foshan'],
  ['dongguan', '441900', '东莞', 'Dongguan'],
  ['huizhou', '441300', '惠州', 'Huizhou'],
  ['zhongshan', '442000', '中山', 'Zhongshan'],
  ['jiangmen', '440700', '江门', 'Jiangmen'],
  ['zhaoqing', '441200', '肇庆', 'Zhaoqing'],
  ['shantou', '440500', '汕头', 'Shantou'],
  ['shanwei', '441500', '汕尾', 'Shanwei'],
  ['jieyang', '445200', '揭阳', 'Jieyang'],
  ['chaozhou', '445100', '潮州', 'Chaozhou'],
  ['zhanjiang', '440800', '湛江', 'Zhanjiang'],
  ['maoming', '440900', '茂名', 'Maoming'],
  ['yangjiang', '441700', '阳江', 'Yangjiang'],
  ['shaoguan', '440200', '韶关', 'Shaoguan'],
  ['meizhou', '441400', '梅州', 'Meizhou'],
  ['heyuan', '441600', '河源', 'Heyuan'],
  ['qingyuan', '441800', '清远', 'Qingyuan'],
  ['yunfu', '445300', '云浮', 'Yunfu'],
] as const;

const CLUSTER_IDS = [
  'new-generation-electronics',
  'green-petrochemicals',
  'smart-home-appliances',
  'automobiles',
  'advanced-materials',
  'modern-light-industry-textiles',
  'software-information-services',
  'ultra-hd-video-display',
  'biomedicine-health',
  'modern-agriculture-food',
  'semiconductors-integrated-circuits',
  'high-end-equipment',
  'smart-robots',
  'regional-aviation-satellite',
  'new-energy',
  'laser-additive-manufacturing',
  'digital-creative',
  'safety-emergency-environment',
  'precision-instruments',
  'frontier-materials',
] as const;

export function makeContext(): ViewContext {
  return {
    clusterIds: [...CLUSTER_IDS],
    cities: CITIES.map(([id, code, zh, en]) => ({ id, code, zh, en })),
  };
}

/** A default view with some fields replaced, e.g. `makeView({ lang: 'en' })`. */
export function makeView(overrides: Partial<ViewState> = {}): ViewState {
  return { ...defaultView(), ...overrides };
}

// The invariant the parser promises (tests only: the app never needs to check a view it built).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAmount(value: unknown, max = Number.MAX_SAFE_INTEGER): boolean {
  return (
    value === null ||
    (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max)
  );
}

function isIdList(value: unknown, max: number, isId: (id: unknown) => boolean): boolean {
  return (
    Array.isArray(value) &&
    value.length <= max &&
    new Set(value).size === value.length &&
    value.every(isId)
  );
}

/**
 * Whether `value` is a complete, canonical view state. With a context, ids must be known ones;
 * without, they only need to look like slugs.
 */
export function isValidView(value: unknown, ctx?: ViewContext): value is ViewState {
  const clusterIds = ctx ? new Set(ctx.clusterIds) : null;
  const cityIds = ctx ? new Set(ctx.cities.map((c) => c.id)) : null;
  const isSlug = (id: unknown): id is string => typeof id === 'string' && SLUG.test(id);
  const isCluster = (id: unknown) => isSlug(id) && (!clusterIds || clusterIds.has(id));
  const isCity = (id: unknown) => isSlug(id) && (!cityIds || cityIds.has(id));

  if (!isObject(value)) return false;
  const { sort, layers, calc, title } = value;
  if (!isObject(sort) || !isObject(layers) || !isObject(calc)) return false;
  const sortOk =
    SORT_DIRS.includes(sort.dir as SortDir) &&
    (sort.by === 'default'
      ? sort.key === null
      : sort.by === 'cluster'
        ? isCluster(sort.key)
        : sort.by === 'city' && isCity(sort.key));
  return (
    isIdList(value.clusters, MAX_CLUSTERS, isCluster) &&
    (value.city === null || isCity(value.city)) &&
    typeof value.zones === 'boolean' &&
    LANGS.includes(value.lang as Lang) &&
    MAIN_PANES.includes(value.view as MainPane) &&
    AGGREGATES.includes(value.agg as Aggregate) &&
    sortOk &&
    typeof layers.carriers === 'boolean' &&
    (layers.pairings === false || PAIRING_YEARS.includes(layers.pairings as PairingYear)) &&
    (calc.cities === 'all' || isIdList(calc.cities, MAX_CALC_CITIES, isCity)) &&
    isAmount(calc.investment) &&
    isAmount(calc.newFai) &&
    isAmount(calc.equipment) &&
    (calc.digitalType === null || DIGITAL_TYPES.includes(calc.digitalType as DigitalType)) &&
    isAmount(calc.digitalInput) &&
    isAmount(calc.digitalScore, MAX_DIGITAL_SCORE) &&
    (calc.asOf === null || (typeof calc.asOf === 'string' && isIsoDate(calc.asOf))) &&
    (calc.investmentYear === null || isYear(calc.investmentYear)) &&
    typeof calc.inferred === 'boolean' &&
    (title === null || (typeof title === 'string' && title !== '' && cleanTitle(title) === title))
  );
}
