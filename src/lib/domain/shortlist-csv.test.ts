import { describe, expect, it } from 'vitest';
import { shortlistCsv } from './shortlist-csv';
import { DEFAULT_WEIGHTS, type Shortlist } from './shortlist';

const T = (zh: string, en = zh) => ({ zh, en });

/** Two cities tied on rating and carriers; subsidy and zone left out; 河源's role unknown. */
function shortlist(over: Partial<Shortlist> = {}): Shortlist {
  const parts = (rating: number, role: number | null) => ({
    rating,
    role,
    carriers: 0.5,
    subsidy: null,
    zone: null,
  });
  return {
    ranking: [
      {
        rank: 1,
        city: '440300',
        cityName: T('深圳', 'Shenzhen'),
        score: 83.3,
        tie: false,
        parts: parts(1, 1),
        reasons: [T('★★★ 核心', '★★★ core'), T('专栏点名', 'named for Power batteries')],
        unknowns: [],
      },
      {
        rank: 2,
        city: '441600',
        cityName: T('河源', 'Heyuan'),
        score: 58.3,
        tie: true,
        parts: parts(1 / 3, null),
        reasons: [T('★ 一般', '★ general')],
        unknowns: [T('角色未知', 'role, unknown')],
      },
    ],
    weights: DEFAULT_WEIGHTS,
    excluded: [
      { part: 'subsidy', why: T('无项目', 'no project') },
      { part: 'zone', why: T('无偏好', 'no preference') },
    ],
    ...over,
  };
}

describe('shortlistCsv', () => {
  it('writes the ranking in rank order, parts named with their weights, excluded parts left out', () => {
    expect(shortlistCsv(shortlist(), 'en').split('\r\n')).toEqual([
      'Rank,tie,Code,City,Score,Stars (weight 3),Named sub-sector role (weight 2),Transfer carriers (weight 1),Why,Unknown',
      '1,,440300,Shenzhen,83.3,1,1,0.5,★★★ core; named for Power batteries,',
      '2,tie,441600,Heyuan,58.3,0.333,,0.5,★ general,"role, unknown"',
      '',
    ]);
  });

  it('writes Chinese headers and reasons for zh', () => {
    const [head, first] = shortlistCsv(shortlist(), 'zh').split('\r\n');
    expect(head).toBe(
      '名次,并列,行政区划代码,地市,得分,星级（权重 3）,专栏点名（权重 2）,转移载体（权重 1）,原因,未知',
    );
    expect(first).toBe('1,,440300,深圳,83.3,1,1,0.5,★★★ 核心；专栏点名,');
  });

  it('keeps every part when none is excluded', () => {
    const head = shortlistCsv(shortlist({ excluded: [] }), 'en').split('\r\n')[0]!;
    expect(head).toContain('Enterprise subsidy ceiling (weight 2),Preferred zone (weight 1)');
  });
});
