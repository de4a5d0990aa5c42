import { describe, expect, it } from 'vitest';
import dataset from '../../../data/clusters.json';
import { starsPeriod } from './plan-period';

const sources = dataset.sources as Parameters<typeof starsPeriod>[0];

describe('starsPeriod', () => {
  it('gives the plan period of the stars from the data', () => {
    expect(starsPeriod(sources, '2023-06-01')).toEqual({
      from: '2021-01-01',
      to: '2025-12-31',
      ended: false,
    });
  });
  it('says the period has ended once the day is past its last day, not on it', () => {
    expect(starsPeriod(sources, '2025-12-31')!.ended).toBe(false);
    expect(starsPeriod(sources, '2026-01-01')!.ended).toBe(true);
  });
  it('is null when the dataset states no period', () => {
    expect(starsPeriod([], '2026-01-01')).toBeNull();
  });
});
