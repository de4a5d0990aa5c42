import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import type { ProjectPeriod, Validity } from './schema';
import { project, realData, testCities } from './testing';
import {
  checkProjectPeriod,
  isIsoDate,
  readWrittenDate,
  statusAsOf,
  termEnd,
  termYears,
} from './validity';

const point = (date: string | null) =>
  date
    ? ({ date, basis: 'stated', asWritten: 'x', quote: 'q' } as const)
    : ({ date: null, basis: 'unknown', note: { zh: '无', en: 'none' } } as const);
const window = (from: string | null, to: string | null): Validity => ({
  issued: point(null),
  from: point(from),
  to: point(to),
});

describe('reading dates and terms', () => {
  it.each([
    ['2022 年 1 月 1 日', '2022-01-01'],
    ['2021年8月25日', '2021-08-25'],
    ['2021 年 7 月 30 日', '2021-07-30'],
  ])('reads %s as %s', (written, iso) => expect(readWrittenDate(written)).toBe(iso));

  it.each(['2021年2月30日', '2021-08-25', '8月15日', ''])('reads %s as no date', (written) =>
    expect(readWrittenDate(written)).toBeNull(),
  );

  it.each([
    ['有效期 5 年', 5],
    ['有效期1年', 1],
    ['三年内有效', 3],
    ['实施期限1年', 1],
    ['自发布之日起施行', null],
    ['“十四五”', null],
  ])('reads the term %s as %s years', (term, years) => expect(termYears(term)).toBe(years));

  it.each([
    ['2022-01-01', 5, '2026-12-31'],
    ['2020-02-15', 5, '2025-02-14'],
    ['2021-06-30', 3, '2024-06-29'],
    ['2021-09-01', 1, '2022-08-31'],
    ['2020-02-29', 1, '2021-02-28'],
  ])('ends a term from %s of %s years on %s', (from, years, end) =>
    expect(termEnd(from, years)).toBe(end),
  );

  it.each([
    ['2026-11-29', true],
    ['2026-02-29', false],
    ['2026-1-1', false],
    ['today', false],
  ])('knows %s is a real date: %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));
});

describe('statusAsOf', () => {
  it.each([
    [
      'in force inside its window',
      window('2022-01-01', '2026-12-31'),
      '2026-11-29',
      'in-force',
      null,
    ],
    [
      'in force on its last day',
      window('2022-01-01', '2026-12-31'),
      '2026-12-31',
      'in-force',
      null,
    ],
    [
      'expired the day after',
      window('2022-01-01', '2026-12-31'),
      '2027-01-01',
      'expired',
      '2026-12-31',
    ],
    ['not yet before it starts', window('2022-01-01', '2026-12-31'), '2021-07-30', 'not-yet', null],
    ['in force with an unknown end', window('2021-09-01', null), '2030-01-01', 'in-force', null],
  ])('%s', (_name, v, asOf, status, ended) => {
    const w = statusAsOf(v, 'in-force', asOf);
    expect([w.status, w.ended]).toEqual([status, ended]);
  });

  it('keeps a draft a draft inside its window, and says an unknown end is unknown', () => {
    expect(statusAsOf(window(null, null), 'draft', '2026-11-29')).toEqual({
      status: 'draft',
      ended: null,
      starts: null,
      endKnown: false,
    });
  });
});

describe('checkProjectPeriod', () => {
  const overlap: ProjectPeriod = {
    mode: 'overlap',
    from: '2021-01-01',
    to: '2025-12-31',
    what: { zh: '投资', en: 'investment' },
    quote: 'period',
  };
  const within: ProjectPeriod = {
    ...overlap,
    mode: 'within',
    from: '2018-03-20',
    to: '2021-06-21',
  };
  it.each([
    ['no dates: unchecked', overlap, undefined, undefined, 'unchecked'],
    ['inside', overlap, '2022-01-01', '2024-06-30', 'inside'],
    ['a single year inside', overlap, '2024-01-01', '2024-12-31', 'inside'],
    ['partly inside', overlap, '2024-01-01', '2027-06-30', 'partly'],
    ['after the period', overlap, '2026-01-01', '2026-12-31', 'outside'],
    ['a call: started too early', within, '2018-03-19', '2020-01-01', 'outside'],
    ['a call: finished before it', within, '2019-01-01', '2021-06-21', 'inside'],
    ['a call: finished after it', within, '2019-01-01', '2021-06-22', 'outside'],
  ])('%s', (_name, period, start, end, outcome) =>
    expect(checkProjectPeriod(period, start, end).outcome).toBe(outcome),
  );
});

describe('evaluate as of a date', () => {
  const data = realData();
  const inclusive = { totalInvestment: 800_000_000, newFixedAssetInvestment: 600_000_000 };
  const run = (asOf: string, over = {}) =>
    evaluate(project('河源', { ...inclusive, ...over }), data.rules, testCities(), asOf).find(
      (r) => r.rule === 'inclusive-investment-reward',
    )!;

  it('reports the inclusive reward in force in 2023 and expired with its end day in 2026', () => {
    expect(run('2023-06-01')).toMatchObject({ status: 'in-force', inForce: true });
    const now = run('2026-11-29');
    expect(now).toMatchObject({ status: 'expired', inForce: false, eligible: true });
    expect(now.window.ended).toBe('2026-09-02');
    expect(now.statusReason.en).toContain('Ended on 2026-09-02');
    expect(now.statusReason.zh).toContain('已于2026-09-02到期');
  });

  it('checks the project dates against the 2021–2025 investment period', () => {
    expect(run('2023-06-01').notes[0]!.en).toContain('not checked');
    const late = run('2023-06-01', { projectStart: '2026-01-01', projectEnd: '2026-12-31' });
    expect(late).toMatchObject({ eligible: false, maxAmountYuan: null });
    expect(late.reason.code).toBe('outside-project-period');
    const partly = run('2023-06-01', { projectStart: '2024-01-01', projectEnd: '2026-06-30' });
    expect(partly.eligible).toBe(true);
    expect(partly.notes[0]!.en).toContain('2024-01-01 to 2025-12-31');
  });

  it('reports a rule with no stated end as of unknown validity, not as expired', () => {
    const r = evaluate(
      project('河源', { claims: ['small-to-large'] }),
      data.rules,
      testCities(),
      '2026-11-29',
    )[0]!;
    expect(r).toMatchObject({ status: 'draft', inForce: true });
    expect(r.window.endKnown).toBe(false);
    expect(r.statusReason.en).toContain('states no end date');
  });
});
