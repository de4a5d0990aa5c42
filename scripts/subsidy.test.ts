/**
 * The subsidy CLI end to end: spawns it as `npm run subsidy` would (node + tsx) and reads stdout,
 * stderr and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/subsidy.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  city: string;
  rule: string;
  eligible: boolean;
  reason: { code: string; zh: string; en: string };
  maxAmountYuan: number | null;
  capApplied: boolean;
  recipient: string;
  source: { id: string; locator: string };
}

describe('npm run subsidy', { timeout: 30_000 }, () => {
  it('answers the README example for Heyuan', () => {
    const r = run(
      '--city',
      '河源',
      '--investment',
      '800000000',
      '--new-fai',
      '600000000',
      '--equipment',
      '300000000',
      '--as-of',
      '2023-06-01',
    );
    expect(r.code).toBe(0);
    const { results, summary } = JSON.parse(r.stdout) as {
      results: Row[];
      summary: { maxByRecipient: Record<string, number> }[];
    };
    const pick = (rule: string) => results.find((x) => x.rule === rule);
    expect(pick('tech-upgrade-equipment')).toMatchObject({
      city: '河源',
      eligible: true,
      maxAmountYuan: 50_000_000,
      capApplied: true,
      recipient: 'enterprise',
      source: { id: 'gd-industry-policy-compilation-2021' },
    });
    expect(pick('inclusive-investment-reward')).toMatchObject({
      eligible: true,
      maxAmountYuan: 12_000_000,
      capApplied: false,
      recipient: 'city-government',
    });
    expect(pick('heyuan-tech-upgrade-equipment')).toMatchObject({
      maxAmountYuan: 50_000_000,
      restates: 'tech-upgrade-equipment',
    });
    expect(summary[0]!.maxByRecipient).toMatchObject({
      enterprise: 50_000_000,
      'city-government': 12_000_000,
    });
  });

  it('reports Shenzhen as not covered by the equipment reward, beside an eligible city', () => {
    const r = run('--city', 'Shenzhen', '--city', '441900', '--equipment', '7000000');
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { results: Row[] }).results.filter(
      (x) => x.rule === 'tech-upgrade-equipment',
    );
    expect(rows.map((x) => [x.city, x.eligible, x.reason.code, x.maxAmountYuan])).toEqual([
      ['深圳', false, 'city-not-covered', null],
      ['东莞', true, 'eligible', 1_400_000],
    ]);
  });

  it('evaluates every city with --city all', () => {
    const r = run('--city', 'all', '--equipment', '4000000');
    const rows = (JSON.parse(r.stdout) as { results: Row[] }).results.filter(
      (x) => x.rule === 'tech-upgrade-equipment',
    );
    expect(rows).toHaveLength(21);
    expect(rows.filter((x) => x.eligible)).toHaveLength(12);
  });

  it('lists rules left out because a value is missing', () => {
    const r = run('--city', '河源', '--investment', '800000000');
    expect(JSON.parse(r.stdout).skipped).toEqual([
      { rule: 'inclusive-investment-reward', missing: ['--new-fai'] },
    ]);
  });

  it('gives different totals as of 2023-06-01 and as of today, each with its reasons', () => {
    const args = [
      '--city',
      '河源',
      '--investment',
      '8亿',
      '--new-fai',
      '6亿',
      '--equipment',
      '3亿',
    ];
    type Out = {
      asOf: string;
      results: (Row & {
        status: string;
        statusReason: { en: string };
        window: { ended: string | null };
      })[];
      summary: {
        maxByRecipient: Record<string, number>;
        notCounted: { rule: string; why: string }[];
      }[];
    };
    const then = JSON.parse(run(...args, '--as-of', '2023-06-01').stdout) as Out;
    const now = JSON.parse(run(...args).stdout) as Out;
    expect(now.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(then.summary[0]!.maxByRecipient['city-government']).toBe(12_000_000);
    const inclusive = (o: Out) => o.results.find((x) => x.rule === 'inclusive-investment-reward')!;
    expect(inclusive(then).status).toBe('in-force');
    if (now.asOf > '2026-09-02') {
      expect(now.summary[0]!.maxByRecipient['city-government']).toBe(0);
      expect(inclusive(now)).toMatchObject({ status: 'expired', window: { ended: '2026-09-02' } });
      expect(inclusive(now).statusReason.en).toContain('Ended on 2026-09-02');
      expect(now.summary[0]!.notCounted).toContainEqual({
        rule: 'inclusive-investment-reward',
        why: 'expired',
      });
    }
  });

  it('prints each result with its status, window, caveats and quote', () => {
    const r = run(
      '--city',
      '深圳',
      '--digital-type',
      '5g',
      '--digital-input',
      '500万',
      '--digital-score',
      '80',
      '--as-of',
      '2021-07-01',
    );
    const out = JSON.parse(r.stdout) as {
      results: {
        rule: string;
        status: string;
        caveats: unknown[];
        quote: { text: string };
        membership: string;
      }[];
      summary: { maxByRecipient: Record<string, number>; notCounted: { why: string }[] }[];
      cityNotes: { city: string; note: { en: string } }[];
    };
    const row = out.results[0]!;
    expect(row).toMatchObject({
      rule: 'digital-benchmark',
      status: 'in-force',
      membership: 'inferred',
    });
    expect(row.caveats.length).toBeGreaterThan(0);
    expect(row.quote.text).toContain('不超过');
    // Shenzhen as a Delta city is the data's inference: flagged and out of the totals.
    expect(out.summary[0]!.maxByRecipient.enterprise).toBe(0);
    expect(out.summary[0]!.notCounted).toEqual([{ rule: 'digital-benchmark', why: 'inferred' }]);
    expect(out.cityNotes[0]!.note.en).toContain(
      "Shenzhen's own city and district programmes are not in this dataset",
    );
    const included = JSON.parse(
      run(
        '--city',
        '深圳',
        '--digital-type',
        '5g',
        '--digital-input',
        '500万',
        '--digital-score',
        '80',
        '--as-of',
        '2021-07-01',
        '--include-inferred',
      ).stdout,
    ) as typeof out;
    expect(included.summary[0]!.maxByRecipient.enterprise).toBe(1_500_000);
  });

  it('prints help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--digital-type');
  });

  it.each([
    [['--city', '香港', '--equipment', '1'], 'unknown city "香港"'],
    [['--city', '河源', '--equipment', '-5'], '"-5" is negative'],
    [['--city', '河源', '--equipment', 'abc'], '"abc" is not an amount in yuan'],
    [['--city', '河源', '--equipment'], '--equipment needs a value'],
    [['--city', '河源', '--bogus', '1'], 'unknown flag --bogus'],
    [['--equipment', '1'], 'missing --city'],
    [['--city', '河源', '--equipment', '1', '--as-of', 'yesterday'], '--as-of must be a date'],
    [
      ['--city', '河源', '--investment', '1亿', '--new-fai', '2亿'],
      'cannot exceed total investment',
    ],
  ])('exits non-zero with one line on stderr for %j', (args, message) => {
    const r = run(...args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
