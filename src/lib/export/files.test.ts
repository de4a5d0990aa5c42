import { describe, expect, it } from 'vitest';
import { makeIndex } from '../data/fixtures';
import { cityMetric } from '../domain/aggregate';
import { citiesGeoJson, exportName, matrixExportCsv, selectionCsv } from './files';

const parse = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));

describe('matrixExportCsv', () => {
  it('has one row per cell and carries version and source', () => {
    const index = makeIndex();
    const rows = parse(matrixExportCsv(index));
    expect(rows).toHaveLength(421);
    expect(rows[0]!.slice(-2)).toEqual(['dataset_version', 'source']);
    expect(rows[1]!.at(-2)).toBe('0.0.0-test');
    expect(rows[1]!.at(-1)).toBe('测试规划（粤府〔2021〕53号）');
  });
});

describe('selectionCsv', () => {
  it('writes the measure shown on the map per city', () => {
    const index = makeIndex((k, c) => (c === 0 ? 3 : 0));
    const rows = parse(selectionCsv(index, cityMetric(index, ['k1'], 'stars')));
    expect(rows[1]!.slice(0, 7)).toEqual(['440100', '城01', 'City 01', 'prd', 'stars', 'k1', '3']);
    expect(rows).toHaveLength(22);
  });
});

describe('citiesGeoJson', () => {
  it('puts every cluster rating on each city and the credit on the collection', () => {
    const index = makeIndex((k, c) => (k === 1 && c === 0 ? 2 : 0));
    const fc = citiesGeoJson(index, cityMetric(index, [], 'stars'), [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [113, 23] },
        properties: { code: '440100' },
      },
    ]);
    expect(fc.features[0]!.properties).toMatchObject({
      code: '440100',
      stars_k2: 2,
      stars_k1: 0,
      value: 1,
    });
    expect(fc.metadata).toMatchObject({
      version: '0.0.0-test',
      measure: 'hosted',
      source: '测试规划（粤府〔2021〕53号）',
    });
  });
});

describe('exportName', () => {
  it('names files after the selection and version', () => {
    const index = makeIndex();
    expect(exportName(cityMetric(index, ['k1', 'k2'], 'stars'), '1.0', 'csv')).toBe(
      'gd-atlas_k1+k2_1.0.csv',
    );
  });
});
