/**
 * Test helpers (imported by *.test.ts only): the real rules, validated, and the 21 cities as the
 * engine needs them. Factories, so no test can change another's data.
 */
import raw from '../../../data/subsidies.json';
import type { NamedCity } from './cli';
import type { Project } from './project';
import type { SubsidyData } from './schema';
import { validateSubsidies } from './validate';

export function realData(): SubsidyData {
  const { data, errors } = validateSubsidies(structuredClone(raw));
  if (!data) throw new Error(`data/subsidies.json is invalid:\n${errors.join('\n')}`);
  return data;
}

const CITY_TABLE: [string, string, string, string][] = [
  ['440100', 'guangzhou', '广州', 'Guangzhou'],
  ['440300', 'shenzhen', '深圳', 'Shenzhen'],
  ['440400', 'zhuhai', '珠海', 'Zhuhai'],
  ['440600', 'foshan', '佛山', 'Foshan'],
  ['441900', 'dongguan', '东莞', 'Dongguan'],
  ['441300', 'huizhou', '惠州', 'Huizhou'],
  ['442000', 'zhongshan', '中山', 'Zhongshan'],
  ['440700', 'jiangmen', '江门', 'Jiangmen'],
  ['441200', 'zhaoqing', '肇庆', 'Zhaoqing'],
  ['440500', 'shantou', '汕头', 'Shantou'],
  ['441500', 'shanwei', '汕尾', 'Shanwei'],
  ['445200', 'jieyang', '揭阳', 'Jieyang'],
  ['445100', 'chaozhou', '潮州', 'Chaozhou'],
  ['440800', 'zhanjiang', '湛江', 'Zhanjiang'],
  ['440900', 'maoming', '茂名', 'Maoming'],
  ['441700', 'yangjiang', '阳江', 'Yangjiang'],
  ['440200', 'shaoguan', '韶关', 'Shaoguan'],
  ['441400', 'meizhou', '梅州', 'Meizhou'],
  ['441600', 'heyuan', '河源', 'Heyuan'],
  ['441800', 'qingyuan', '清远', 'Qingyuan'],
  ['445300', 'yunfu', '云浮', 'Yunfu'],
];

export function testCities(): NamedCity[] {
  return CITY_TABLE.map(([code, id, zh, en]) => ({ code, id, pinyin: id, name: { zh, en } }));
}

/** City code by Chinese name, for readable test tables. */
export function code(zh: string): string {
  const row = CITY_TABLE.find((r) => r[2] === zh);
  if (!row) throw new Error(`no test city ${zh}`);
  return row[0];
}

export function project(zh: string, values: Omit<Project, 'cities'> = {}): Project {
  return { cities: [code(zh)], ...values };
}
