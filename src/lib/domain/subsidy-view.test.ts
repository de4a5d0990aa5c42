import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import { defaultView } from '../state/view';
import {
  amountClasses,
  amountMetric,
  calcCityCodes,
  hasInputs,
  projectFromCalc,
  reportCsv,
  resultGrid,
  statusBadge,
} from './subsidy-view';
import type { RuleResult } from '../policy';
import { buildReport } from '../policy/report';
import { realData, testCities } from '../policy/testing';

const calc = () => defaultView().calc;

describe('projectFromCalc', () => {
  it('passes only the amounts the user gave, in yuan', () => {
    expect(
      projectFromCalc({ ...calc(), equipment: 7_000_000, digitalType: 'iiot' }, ['441600']),
    ).toEqual({
      cities: ['441600'],
      equipmentPurchase: 7_000_000,
      digitalType: 'iiot',
    });
  });
  it('reports whether anything can be evaluated', () => {
    expect(hasInputs(calc())).toBe(false);
    expect(hasInputs({ ...calc(), newFai: 0 })).toBe(true);
  });
});

describe('calcCityCodes', () => {
  it('maps chosen city ids to codes and expands "all" to 21', () => {
    const index = makeIndex();
    expect(calcCityCodes(index, { ...calc(), cities: ['c441600', 'nope'] })).toEqual(['441600']);
    expect(calcCityCodes(index, { ...calc(), cities: 'all' })).toHaveLength(21);
  });
});

describe('amountClasses', () => {
  it('splits up to the largest amount into four classes after zero', () => {
    expect(amountClasses(400).map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [1, 100],
      [101, 200],
      [201, 300],
      [301, 400],
    ]);
    expect(amountClasses(0)).toHaveLength(1);
  });
});

describe('amountMetric', () => {
  it('colours each city by the enterprise maximum, not the city government’s', () => {
    const index = makeIndex();
    const m = amountMetric(index, [
      {
        city: '441600',
        cityName: { zh: '河源', en: 'Heyuan' },
        maxByRecipient: { enterprise: 400, 'city-government': 9999, individual: 0, other: 0 },
        capsByRecipient: { enterprise: 0, 'city-government': 0, individual: 0, other: 0 },
        counted: [],
        notCounted: [],
      },
    ]);
    expect(m.byCity.get('441600')).toMatchObject({ value: 400, cls: 4 });
    expect(m.byCity.get('440100')).toMatchObject({ value: 0, cls: 0 });
    expect(m.maxPossible).toBe(400);
  });
});

describe('resultGrid', () => {
  it('lays results out as rules × cities, with gaps where a rule did not run', () => {
    const r = (rule: string, city: string) => ({ rule, city }) as RuleResult;
    const grid = resultGrid([r('a', '1'), r('b', '2'), r('a', '2')], ['1', '2']);
    expect(grid.map((g) => [g.rule, g.cells.map((c) => c?.city ?? null)])).toEqual([
      ['a', ['1', '2']],
      ['b', [null, '2']],
    ]);
  });
});

describe('time and export in the calculator', () => {
  it('turns an investment year into project dates', () => {
    const calc = { ...defaultView().calc, equipment: 1, investmentYear: 2024 };
    expect(projectFromCalc(calc, ['441600'])).toMatchObject({
      projectStart: '2024-01-01',
      projectEnd: '2024-12-31',
    });
  });

  it.each([
    [
      'expired',
      { status: 'expired', window: { ended: '2026-09-02' } },
      '已于 2026-09-02 失效',
      'off',
    ],
    [
      'not yet',
      { status: 'not-yet', window: { starts: '2022-01-01' } },
      '2022-01-01 起施行',
      'off',
    ],
    [
      'in force',
      { status: 'in-force', window: { to: '2026-12-31' } },
      '有效 · 至 2026-12-31',
      'ok',
    ],
    [
      'a draft without an end',
      { status: 'draft', window: { to: null } },
      '征求意见稿 · 截止日不详',
      'warn',
    ],
  ] as const)('badges a rule that is %s', (_name, r, text, tone) => {
    const window = {
      status: r.status,
      from: null,
      to: null,
      ended: null,
      starts: null,
      endKnown: true,
      ...r.window,
    };
    expect(statusBadge({ status: r.status, window }, 'zh')).toEqual({ text, tone });
  });

  it('writes one CSV row per city and rule, quoting commas', () => {
    const data = realData();
    const report = buildReport(
      { cities: ['441600', '440300'], equipmentPurchase: 10_000_000 },
      data,
      testCities(),
      '2026-11-29',
    );
    const lines = reportCsv(report, 'en').trim().split('\n');
    expect(lines[0]).toBe(
      'as_of,city_code,city,rule,title,eligible,max_amount_yuan,cap_applied,recipient,membership,status,valid_from,valid_to,in_totals,reason,window,quote,locator',
    );
    expect(lines).toHaveLength(1 + report.results.length);
    expect(lines[1]).toMatch(/^2026-11-29,441600,Heyuan,tech-upgrade-equipment,/);
    expect(lines[1]).toContain(
      ',3000000,false,enterprise,listed,in-force,2022-01-01,2026-12-31,true,',
    );
  });
});
