import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import { defaultView } from '../state/view';
import {
  amountClasses,
  amountMetric,
  calcCityCodes,
  hasInputs,
  projectFromCalc,
  resultGrid,
} from './subsidy-view';
import type { RuleResult } from '../policy';

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
