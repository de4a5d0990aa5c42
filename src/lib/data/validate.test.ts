import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate';
import { FIXTURE_SOURCE_FILE, FIXTURE_SOURCE_TEXT, makeDataset } from './fixtures';

const sources = { [FIXTURE_SOURCE_FILE]: FIXTURE_SOURCE_TEXT };

describe('validateDataset', () => {
  it('accepts a complete dataset', () => {
    const r = validateDataset(makeDataset(), sources);
    expect(r.errors).toEqual([]);
    expect(r.dataset?.cells).toHaveLength(420);
  });

  it('names the record and field of a schema error', () => {
    const d = makeDataset() as unknown as { cells: { stars: unknown }[] };
    d.cells[5]!.stars = 4;
    const r = validateDataset(d, sources);
    expect(r.dataset).toBeNull();
    expect(r.errors[0]).toMatch(/^cells\[5\] \(k1 × 441300\)\.stars: /);
  });

  it('rejects a quote that is not verbatim in its source', () => {
    const d = makeDataset();
    d.cells[0]!.evidence = [{ source: 'test-source', locator: 'L1', quote: '以广州为核心' }];
    expect(validateDataset(d, sources).errors).toEqual([
      expect.stringMatching(
        /^cells\[0\] \(k1 × 440100\)\.evidence\[0\]\.quote: not found verbatim/,
      ),
    ]);
  });

  it('matches quotes with whitespace normalised', () => {
    const d = makeDataset();
    d.cells[0]!.evidence = [{ source: 'test-source', locator: 'L1', quote: '甲乙 丙\n丁' }];
    expect(validateDataset(d, sources).errors).toEqual([]);
  });

  it('rejects duplicate cells and unknown references', () => {
    const d = makeDataset();
    d.cells[1] = { ...d.cells[0]! };
    d.cells[2] = { ...d.cells[2]!, cluster: 'nope' };
    const errors = validateDataset(d, sources).errors;
    expect(errors).toContain('cells[0] and cells[1]: duplicate cell k1 × 440100');
    expect(errors.some((e) => e.includes('.cluster: unknown cluster'))).toBe(true);
  });

  it('requires a stated count to match or carry an exception with a reason', () => {
    const d = makeDataset(() => 1);
    d.clusters[0]!.statedCount = 15;
    expect(validateDataset(d, sources).errors).toEqual([
      'clusters (k1).statedCount: table says 15, cells give 21, no matching exception',
    ]);
    d.countExceptions.push({
      scope: 'cluster',
      key: 'k1',
      stated: 15,
      reconstructed: 21,
      reason: { zh: 'OCR 错误', en: 'OCR error' },
    });
    expect(validateDataset(d, sources).errors).toEqual([]);
  });

  it('flags a city column total that disagrees without an exception', () => {
    const d = makeDataset(() => 2);
    d.cities[0]!.statedCounts.pillar = 9;
    expect(validateDataset(d, sources).errors).toEqual([
      'cities (440100).statedCounts.pillar: table says 9, cells give 10, no matching exception',
    ]);
  });

  it('names a missing city by code and name', () => {
    const d = makeDataset();
    d.cities.pop();
    expect(validateDataset(d, sources).errors).toContain('cities: missing 445300 (云浮)');
  });

  it('names a duplicate cell by both indices', () => {
    const d = makeDataset();
    d.cells.push({ ...d.cells[3]! });
    expect(validateDataset(d, sources).errors).toEqual([
      'cells[3] and cells[420]: duplicate cell k1 × 440600',
    ]);
  });

  it('names a missing cell', () => {
    const d = makeDataset();
    d.cells.splice(3, 1);
    expect(validateDataset(d, sources).errors).toEqual(['cells: missing k1 × 440600 (城06)']);
  });

  it('says an unknown six-digit city code is not one of the 21 city codes', () => {
    const d = makeDataset();
    d.cells[2]!.city = '449900';
    expect(validateDataset(d, sources).errors).toEqual([
      'cells[2] (k1 × 449900).city: not one of the 21 city codes',
    ]);
  });

  it('says a malformed city code must be six digits', () => {
    const d = makeDataset();
    d.cities[0]!.code = '4401';
    expect(validateDataset(d, sources).errors).toEqual([
      'cities[0] (4401).code: must be a 6-digit Guangdong city code',
    ]);
  });

  it('rejects a confidence the written rule does not give for the cell’s basis', () => {
    const d = makeDataset();
    d.cells[4]!.confidence = 'low';
    expect(validateDataset(d, sources).errors).toEqual([
      expect.stringMatching(/^cells\[4\] \(k1 × 441900\)\.confidence: the rule gives "high"/),
    ]);
  });

  it('counts a member whose level is not printed in the stated totals', () => {
    const d = makeDataset((k, c) => (k === 0 && c === 0 ? null : k === 0 ? 1 : 0));
    d.cells[0]!.confidence = 'medium';
    d.clusters[0]!.statedCount = 21;
    expect(validateDataset(d, sources).errors).toEqual([]);
  });

  it.each([
    [
      'an English-only note',
      (c: { note?: unknown }) => (c.note = 'Table cell reads ★★.'),
      /\.note: Invalid type/,
    ],
    [
      'a note whose Chinese side has no Chinese',
      (c: { note?: unknown }) =>
        (c.note = { zh: 'Table cell reads ★★.', en: 'Table cell reads ★★.' }),
      /\.note\.zh: must contain Chinese text/,
    ],
    [
      'a note whose English side has no English',
      (c: { note?: unknown }) => (c.note = { zh: '表格该格为★★。', en: '表格该格为★★。' }),
      /\.note\.en: must contain English text/,
    ],
  ])('refuses %s: every note is bilingual', (_name, breakIt, message) => {
    const d = makeDataset();
    breakIt(d.cells[0] as { note?: unknown });
    expect(validateDataset(d, sources).errors.join('\n')).toMatch(message);
  });
});
