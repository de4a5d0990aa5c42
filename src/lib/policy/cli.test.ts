import { describe, expect, it } from 'vitest';
import { helpText, parseCli, parseInputValue } from './cli';
import type { Project } from './project';
import { realData, testCities } from './testing';

const TODAY = '2026-11-29';
const parse = (argv: string[]) => parseCli(argv, realData(), testCities(), TODAY);

describe('parseCli', () => {
  it.each<[string, string[], Project]>([
    [
      'reads the README example',
      [
        '--city',
        '河源',
        '--investment',
        '800000000',
        '--new-fai',
        '600000000',
        '--equipment',
        '300000000',
      ],
      {
        cities: ['441600'],
        totalInvestment: 800_000_000,
        newFixedAssetInvestment: 600_000_000,
        equipmentPurchase: 300_000_000,
      },
    ],
    [
      'names a city by English name in any case',
      ['--city', 'HEYUAN', '--equipment', '1'],
      { cities: ['441600'], equipmentPurchase: 1 },
    ],
    [
      'names a city by pinyin with spaces between syllables',
      ['--city', 'He Yuan,shao-guan', '--equipment', '1'],
      { cities: ['441600', '440200'], equipmentPurchase: 1 },
    ],
    [
      'names a city by id, code or 市 suffix',
      ['--city', 'guangzhou', '--city=441600', '--city', '佛山市', '--equipment', '1'],
      { cities: ['440100', '441600', '440600'], equipmentPurchase: 1 },
    ],
    [
      'takes comma lists and drops repeats',
      ['--city', '广州,河源,广州', '--equipment', '1'],
      { cities: ['440100', '441600'], equipmentPurchase: 1 },
    ],
    [
      'reads 万 and 亿 amounts exactly',
      ['--city', '河源', '--equipment', '700万', '--investment', '1.5亿'],
      { cities: ['441600'], equipmentPurchase: 7_000_000, totalInvestment: 150_000_000 },
    ],
    [
      'reads the digital benchmark and shares',
      [
        '--city',
        '广州',
        '--digital-type',
        '5g',
        '--digital-input',
        '5000000',
        '--digital-score',
        '80',
        '--staff-share',
        '39.5%',
      ],
      {
        cities: ['440100'],
        digitalType: '5g',
        digitalInput: 5_000_000,
        digitalScore: 80,
        qualifiedStaffSharePct: 39.5,
      },
    ],
    [
      'allows a loss as profit',
      ['--city', '广州', '--profit', '-5'],
      { cities: ['440100'], profit: -5 },
    ],
    [
      'reads a district by Chinese name and claims',
      ['--city', '佛山', '--district', '南海区', '--claim', 'stock-listing'],
      { cities: ['440600'], districts: ['nanhai'], claims: ['stock-listing'] },
    ],
  ])('%s', (_name, argv, project) => {
    expect(parse(argv)).toEqual({
      ok: true,
      help: false,
      project,
      asOf: TODAY,
      includeInferred: false,
      hasValues: true,
    });
  });

  it('accepts cities and a date without amounts when values are optional', () => {
    const r = parseCli(
      ['--city', '河源,韶关', '--as-of', '2023-06-01'],
      realData(),
      testCities(),
      TODAY,
      {
        requireValues: false,
      },
    );
    expect(r).toEqual({
      ok: true,
      help: false,
      project: { cities: ['441600', '440200'] },
      asOf: '2023-06-01',
      includeInferred: false,
      hasValues: false,
    });
  });

  it.each<[string, string[], Partial<Project>]>([
    [
      'a single investment year',
      ['--investment-year', '2024'],
      { projectStart: '2024-01-01', projectEnd: '2024-12-31' },
    ],
    [
      'start and end dates',
      ['--project-start', '2024-03-01', '--project-end=2026-06-30'],
      { projectStart: '2024-03-01', projectEnd: '2026-06-30' },
    ],
  ])('reads %s as project dates', (_name, argv, dates) => {
    const r = parse(['--city', '河源', '--equipment', '1', ...argv]);
    expect(r.ok && !r.help && r.project).toMatchObject(dates);
  });

  it('reads head counts for per-person awards and implies their claim', () => {
    const r = parse(['--city', '河源', '--head-count', 'senior-manager-talent=3']);
    expect(r.ok && !r.help && r.project).toMatchObject({
      claims: ['senior-manager-talent'],
      headCounts: { 'senior-manager-talent': 3 },
    });
    const bad = parse(['--city', '河源', '--head-count', 'senior-manager-talent=0']);
    expect(!bad.ok && bad.error).toContain('--head-count takes <claim>=<people>');
  });

  it('takes --as-of and --include-inferred', () => {
    const r = parse([
      '--city',
      '河源',
      '--equipment',
      '1',
      '--as-of',
      '2023-06-01',
      '--include-inferred',
    ]);
    expect(r).toMatchObject({ ok: true, asOf: '2023-06-01', includeInferred: true });
  });

  it('expands --city all to the 21 cities', () => {
    const r = parse(['--city', 'all', '--equipment', '1']);
    expect(r.ok && !r.help && r.project.cities.length).toBe(21);
  });

  it('answers --help', () => {
    expect(parse(['--city', '河源', '--help'])).toEqual({ ok: true, help: true });
    expect(helpText(realData())).toContain('--new-fai');
  });

  it.each<[string, string[], string]>([
    ['no city', ['--equipment', '1'], 'missing --city'],
    ['an unknown city', ['--city', '香港', '--equipment', '1'], 'unknown city "香港"'],
    ['an unknown flag', ['--city', '河源', '--equipement', '1'], 'unknown flag --equipement'],
    ['a flag without its value', ['--city', '河源', '--equipment'], '--equipment needs a value'],
    ['a flag followed by another flag', ['--city', '--equipment', '1'], '--city needs a value'],
    ['an empty value', ['--city=', '--equipment', '1'], '--city needs a value'],
    ['a negative amount', ['--city', '河源', '--equipment', '-1'], '--equipment: "-1" is negative'],
    [
      'a non-numeric amount',
      ['--city', '河源', '--equipment', 'lots'],
      '--equipment: "lots" is not an amount in yuan',
    ],
    ['a fraction of a yuan', ['--city', '河源', '--equipment', '1.5'], 'is not an amount in yuan'],
    ['a share above 100%', ['--city', '河源', '--staff-share', '120'], 'a share above 100%'],
    [
      'an amount given twice',
      ['--city', '河源', '--equipment', '1', '--equipment', '2'],
      '--equipment is given twice',
    ],
    [
      'an unknown digital type',
      ['--city', '河源', '--digital-type', '6g'],
      '--digital-type must be one of iiot, 5g, supply-chain',
    ],
    ['an unknown claim', ['--city', '河源', '--claim', 'ipo'], 'unknown claim "ipo"'],
    [
      'a district outside the cities asked',
      ['--city', '河源', '--district', 'nanhai', '--equipment', '1'],
      'not among --city',
    ],
    [
      'an unknown district',
      ['--city', '佛山', '--district', '顺德', '--equipment', '1'],
      'unknown district "顺德"',
    ],
    ['a bare word', ['河源'], 'unexpected argument "河源"'],
    ['nothing to evaluate', ['--city', '河源'], 'nothing to evaluate'],
    [
      'a bad as-of date',
      ['--city', '河源', '--equipment', '1', '--as-of', '2023-02-30'],
      '--as-of must be a date YYYY-MM-DD',
    ],
    [
      'an as-of date in another form',
      ['--city', '河源', '--equipment', '1', '--as-of', '1/6/2023'],
      'not "1/6/2023"',
    ],
    [
      'a bad investment year',
      ['--city', '河源', '--equipment', '1', '--investment-year', '24'],
      '--investment-year must be a year',
    ],
    [
      'a project that ends before it starts',
      [
        '--city',
        '河源',
        '--equipment',
        '1',
        '--project-start',
        '2025-01-01',
        '--project-end',
        '2024-01-01',
      ],
      'is after --project-end',
    ],
    [
      'a year and dates together',
      [
        '--city',
        '河源',
        '--equipment',
        '1',
        '--investment-year',
        '2024',
        '--project-start',
        '2024-01-01',
      ],
      'not both',
    ],
    [
      'new fixed-asset investment above the total',
      ['--city', '河源', '--investment', '5亿', '--new-fai', '6亿'],
      'cannot exceed total investment',
    ],
    [
      'a score above 100',
      ['--city', '广州', '--digital-score', '120'],
      'the score must lie in 0–100',
    ],
  ])('refuses %s', (_name, argv, message) => {
    const r = parse(argv);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
  });
});

describe('parseInputValue', () => {
  it.each<[Parameters<typeof parseInputValue>[0], string, number]>([
    ['equipmentPurchase', '7000000', 7_000_000],
    ['equipmentPurchase', '700万元', 7_000_000],
    ['revenueGrowthPct', '-3.5', -3.5],
    ['digitalScore', '79.5', 79.5],
  ])('reads %s = %s', (field, raw, value) => {
    expect(parseInputValue(field, raw)).toBe(value);
  });
});
