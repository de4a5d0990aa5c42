/**
 * The compare CLI end to end: spawns it as `npm run compare` would and reads its JSON or CSV.
 * Values are checked by hand against data/clusters.json and data/subsidies.json.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Out {
  cities: { code: string; name: string }[];
  cluster: { id: string; name: string; subsector?: string } | null;
  asOf: string;
  dimensions: {
    zone: string[];
    stars: { cluster: string; stars: (number | string)[]; differs: boolean }[];
    differing: string[];
    carriers: { county: number; city: number; unknown: number; names: string[] }[];
    pairings: { year: number; other: string; role: string }[][];
    subsectorRoles: string[][] | null;
    enterpriseCeilingYuan: number[] | null;
  };
  planPeriod: { from: string; to: string; ended: boolean; note: string };
  credit: { text: string; documents: string[] };
}

const json = (...args: string[]) => {
  const r = run(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Out;
};
const row = (out: Out, cluster: string) => out.dimensions.stars.find((s) => s.cluster === cluster)!;

describe('npm run compare', { timeout: 30_000 }, () => {
  it('puts 河源 and 韶关 side by side, marking the clusters whose stars differ', () => {
    const out = json('--city', '河源,韶关', '--as-of', '2026-11-29');
    expect(out.cities.map((c) => [c.code, c.name])).toEqual([
      ['441600', 'Heyuan'],
      ['440200', 'Shaoguan'],
    ]);
    expect(out.dimensions.zone[0]).toBe(out.dimensions.zone[1]);
    // clusters.json: electronic-information 河源 ★★, 韶关 –; high-end-equipment 河源 –, 韶关 ★★;
    // automobiles ★★ in both.
    expect(row(out, 'electronic-information')).toMatchObject({ stars: [2, 0], differs: true });
    expect(row(out, 'high-end-equipment')).toMatchObject({ stars: [0, 2], differs: true });
    expect(row(out, 'automobiles')).toMatchObject({ stars: [2, 2], differs: false });
    expect(out.dimensions.stars).toHaveLength(20);
    expect(out.dimensions.differing).toContain('high-end-equipment');
    expect(out.dimensions.differing).not.toContain('automobiles');
    // Both host carriers and are helped by a Delta city in both pairing rounds.
    expect(out.dimensions.carriers[0]!.names).toContain(
      'Heyuan main platform for orderly industrial transfer',
    );
    expect(out.dimensions.pairings[0]).toContainEqual({
      year: 2023,
      other: 'Shenzhen',
      role: 'partner',
    });
    expect(out.dimensions.subsectorRoles).toBeNull();
    expect(out.dimensions.enterpriseCeilingYuan).toBeNull();
    expect(out.planPeriod).toMatchObject({ from: '2021-01-01', to: '2025-12-31', ended: true });
    expect(out.credit.text).toContain('粤府〔2021〕53号');
  });

  it("keeps a member whose printed level is lost apart from ★ (揭阳's high-end equipment)", () => {
    const out = json('--city', 'heyuan,445200');
    expect(row(out, 'high-end-equipment')).toMatchObject({
      stars: [0, 'unprinted'],
      differs: true,
    });
  });

  it("names the sub-sector roles for a cluster and the enterprise's ceilings for a project", () => {
    const out = json(
      '--city',
      '河源',
      '--city',
      'Shenzhen',
      '--cluster',
      '新能源汽车',
      '--equipment',
      '1000万',
      '--as-of',
      '2023-06-01',
      '--lang',
      'zh',
    );
    expect(out.cluster).toEqual({ id: 'automobiles', name: '汽车', subsector: '新能源汽车' });
    expect(out.dimensions.subsectorRoles![0]).toEqual([
      '汽车零部件: 加快发展锂离子动力电池、汽车模具及汽车零配件产品',
    ]);
    // 粤工信规字〔2021〕5号: 30% of the 1000万 equipment in 河源; 深圳 is not covered.
    expect(out.dimensions.enterpriseCeilingYuan).toEqual([3_000_000, 0]);
    expect(out.planPeriod.ended).toBe(false);
    expect(out.credit.text).toContain('粤工信规字〔2021〕5号');
  });

  it('prints the page’s CSV with --csv', () => {
    const r = run('--city', '河源,韶关', '--csv', '--lang', 'zh');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(',河源,韶关');
    expect(lines).toContain('新一代电子信息,2,0');
    expect(lines).toContain('高端装备制造,0,2');
    expect(lines).toHaveLength(1 + 2 + 20 + 1 + 1);
  });

  it.each([
    [['--city', '河源'], 'compare takes 2–5 different cities'],
    [['--city', '河源,河源'], 'not 1'],
    [['--city', '广州,深圳,珠海,汕头,佛山,韶关'], 'not 6'],
    [['--city', 'all'], 'not 21'],
    [['--cluster', 'automobiles'], 'missing --city'],
    [['--city', '河源,东莞', '--equipment', '5亿x'], '--equipment: "5亿x" is not an amount'],
    [['--city', '河源,火星'], 'unknown city "火星"'],
    [['--city', '河源,韶关', '--as-of', '2026-02-30'], '--as-of must be a date'],
    [['--city', '河源,韶关', '--cluster', '钢铁'], 'unknown cluster, sub-sector or product "钢铁"'],
    // A product in several sub-sectors: every place, and how to choose one.
    [
      ['--city', '河源,韶关', '--cluster', '动力电池'],
      '"动力电池" sits in 3 places; choose one: --cluster automobiles --subsector 4 (汽车零部件); --cluster new-energy --subsector 7',
    ],
    [['--city', '河源,韶关', '--lang', 'fr'], '--lang must be zh or en'],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
