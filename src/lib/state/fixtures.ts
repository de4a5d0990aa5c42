/**
 * Test-only factories for the state tests: a parsing context shaped like the real dataset (the
 * 21 cities as registered; 20 cluster slugs standing in until `data/clusters.json` lands).
 */
import { defaultView, type ViewContext, type ViewState } from './view';

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
