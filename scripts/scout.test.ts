/**
 * The scout CLI end to end: spawns it as `npm run scout` would and reads its JSON.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scout.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Out {
  cluster: { id: string };
  subsector?: string;
  ranking: { rank: number; city: string; score: number; tie: boolean; reasons: string[] }[];
  weights: Record<string, number>;
  excluded: { part: string }[];
}

describe('npm run scout', { timeout: 30_000 }, () => {
  it('ranks all 21 cities for a sub-sector and a project, each with its reasons', () => {
    const r = run('--cluster', '新能源汽车', '--equipment', '1000万', '--as-of', '2026-11-29');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.cluster.id).toBe('automobiles');
    expect(out.subsector).toBe('New-energy vehicles');
    expect(out.ranking).toHaveLength(21);
    expect(out.weights).toEqual({ rating: 3, role: 2, carriers: 1, subsidy: 2, zone: 1 });
    // 汕尾: ★★ (2/3), named, main platform + linked carrier, the top ceiling (30% of 1000万):
    // (3×⅔ + 2 + 1 + 2)/8 = 87.5, tied with 湛江, 茂名 and 云浮.
    const top = out.ranking.filter((x) => x.rank === 1);
    expect(top.map((x) => [x.city, x.score, x.tie])).toEqual([
      ['Shanwei', 87.5, true],
      ['Zhanjiang', 87.5, true],
      ['Maoming', 87.5, true],
      ['Yunfu', 87.5, true],
    ]);
    const sz = out.ranking.find((x) => x.city === 'Shenzhen')!;
    expect(sz.reasons).toContain('named for New-energy vehicles');
    expect(sz.reasons).toContain('no enterprise subsidy ceiling in the totals');
  });

  it('takes weights, and leaves the subsidy out without a project', () => {
    const out = JSON.parse(
      run('--cluster', 'automobiles', '--weights', 'rating=1,role=0,carriers=0').stdout,
    ) as Out;
    expect(out.excluded.map((e) => e.part)).toEqual(['subsidy', 'zone']);
    expect(out.ranking[0]!.score).toBe(100);
  });

  it('prints the CSV the /shortlist page downloads with --csv', () => {
    const r = run('--cluster', 'automobiles', '--csv', '--lang', 'zh');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      '名次,并列,行政区划代码,地市,得分,星级（权重 3）,专栏点名（权重 2）,转移载体（权重 1）,原因,未知',
    );
    expect(lines).toHaveLength(1 + 21);
    // 深圳: ★★★ for 汽车, named in a sub-sector, hosts a carrier linked to it but no main
    // platform: (3×1 + 2×1 + 1×½)/6 = 91.7, tied first with 广州 and 佛山.
    expect(lines.find((l) => l.includes(',440300,'))).toMatch(
      /^1,并列,440300,深圳,91\.7,1,1,0\.5,/,
    );
  });

  it('takes a product term from the texts where it sits in one sub-sector (NEV → 汽车 · 新能源汽车)', () => {
    const r = run('--cluster', 'NEV');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { cluster: { id: string }; subsector: string };
    expect(out.cluster.id).toBe('automobiles');
    expect(out.subsector).toBe('New-energy vehicles');
  });

  it.each([
    [['--equipment', '1'], 'missing --cluster'],
    [['--cluster', '钢铁'], 'unknown cluster, sub-sector or product "钢铁"'],
    [['--cluster', 'automobiles', '--weights', 'stars=2'], '--weights takes'],
    [['--cluster', 'automobiles', '--city', '河源'], 'drop --city'],
    [
      ['--cluster', 'automobiles', '--as-of', '2026-02-30', '--equipment', '1'],
      '--as-of must be a date',
    ],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
