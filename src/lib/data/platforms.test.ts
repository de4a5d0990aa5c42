/**
 * The platforms gate (`platforms-validate.ts`, run by `npm run validate` before every build) on the
 * real file, and on broken copies of it: each kind of bad source, record and count it must refuse.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readPlatformsContext } from './node-platforms';
import { Carrier, type PlatformsDataset } from './platforms-schema';
import { validatePlatforms } from './platforms-validate';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const rawText = readFileSync(`${root}data/platforms.json`, 'utf8');
const ctx = readPlatformsContext();
/** A fresh copy of the real file to break. */
const real = (): PlatformsDataset => JSON.parse(rawText) as PlatformsDataset;
const errorsOf = (d: unknown) => validatePlatforms(d, ctx).errors;

describe('data/platforms.json', () => {
  it('passes the gate', () => {
    expect(errorsOf(real())).toEqual([]);
  });

  it('records all 15 main transfer platforms, one per host city, as the seed states', () => {
    const d = real();
    expect(d.carriers.filter((c) => c.kind === 'main-transfer-platform')).toHaveLength(15);
    expect(d.counts.mainTransferPlatforms).toMatchObject({ stated: 15, recorded: 15 });
  });

  it('rates the inferred 惠州 main platform low', () => {
    expect(real().carriers.find((c) => c.id === 'main-platform-huizhou')?.confidence).toBe('low');
  });

  it('links only official, press and portal hosts, and none of the spam hosts it once cited', () => {
    const urls = rawText.match(/"url": "[^"]+"/g) ?? [];
    expect(urls.length).toBeGreaterThan(40);
    for (const spam of ['0878bet365', 'villa-graf', 'beaumontfootspecialists', 'leonstrydom'])
      expect(rawText).not.toContain(spam);
  });
});

type Json = PlatformsDataset & Record<string, unknown>;
const firstWeb = (d: Json) => {
  const c = d.carriers.find((x) => x.sources.some((s) => s.kind === 'reference'))!;
  const i = d.carriers.indexOf(c);
  const j = c.sources.findIndex((s) => s.kind === 'reference');
  return {
    src: c.sources[j] as Record<string, unknown>,
    where: `carriers[${i}] (${c.id}).sources[${j}]`,
  };
};

describe('the platforms gate refuses', () => {
  it.each<[string, (d: Json) => void, RegExp]>([
    [
      'a javascript: URL',
      (d) => (firstWeb(d).src.url = 'javascript:alert(1)'),
      /sources\[\d+\]\.url: must be an http\(s\) URL/,
    ],
    [
      'a data: URL',
      (d) => (firstWeb(d).src.url = 'data:text/html,<b>x</b>'),
      /sources\[\d+\]\.url: must be an http\(s\) URL/,
    ],
    [
      'a host not classified in data/hosts.json',
      (d) => (firstWeb(d).src.url = 'https://unknown.example.com/a'),
      /\.url: host unknown\.example\.com is not classified in data\/hosts\.json/,
    ],
    [
      'a spam host',
      (d) => (firstWeb(d).src.url = 'http://www.0878bet365.com/2023/0430/42826.shtml'),
      /\.url: host www\.0878bet365\.com is spam: never cite it/,
    ],
    [
      'a link to a mirror',
      (d) => (firstWeb(d).src.url = 'https://reportify.cn/news/1208863434427469824'),
      /\.url: host reportify\.cn is a mirror: record the fact as a reprint/,
    ],
    [
      'a reprint that carries a link',
      (d) => {
        const c = d.carriers.find((x) => x.sources.some((s) => s.kind === 'reprint'))!;
        (c.sources.find((s) => s.kind === 'reprint') as Record<string, unknown>).url =
          'https://reportify.cn/news/1208863434427469824';
      },
      /sources\[\d+\]\.url: Invalid key/,
    ],
    [
      'a host kind that disagrees with data/hosts.json',
      (d) => (firstWeb(d).src.hostKind = 'official'),
      /hostKind is "official" but data\/hosts\.json says/,
    ],
    [
      'a web source without a publisher',
      (d) => delete firstWeb(d).src.publisher,
      /sources\[\d+\]\.publisher: Invalid key/,
    ],
    [
      'a URL the research files do not hold',
      (d) => (firstWeb(d).src.url = 'https://gzdaily.dayoo.com/not-in-research.htm'),
      /\.url: not in the research files/,
    ],
    [
      'a seed quote not at its lines',
      (d) => {
        const s = d.excludedMentions[0]!.source;
        s.locator = s.locator.replace(/^L(\d+)/, (_m, n: string) => `L${Number(n) + 40}`);
      },
      /excludedMentions\[0\] .*\.source\.quote: not verbatim at L\d+/,
    ],
    [
      'a duplicate carrier id',
      (d) => d.carriers.push(structuredClone(d.carriers[0]!)),
      /carriers\[0\] and carriers\[\d+\]: duplicate id "main-platform-chaozhou"/,
    ],
    [
      'a link to a carrier that does not exist',
      (d) => (d.carriers[1]!.partOf = 'nowhere'),
      /carriers\[1\] \(.*\)\.partOf: unknown carrier "nowhere"/,
    ],
    [
      'an unknown city code',
      (d) => (d.pairings[0]!.partner = '449900'),
      /pairings\[0\] \(.*\)\.partner: not one of the 21 city codes/,
    ],
    [
      'a county missing from the map data',
      (d) => {
        const c = d.carriers.find((x) => x.county !== null)!;
        c.countiesNamed.push(`${c.hostCity!.slice(0, 4)}99`);
      },
      /countiesNamed\[\d+\]: county 44\d\d99 is not in the map data/,
    ],
    [
      'a main platform whose partner is not a 2023 pairing',
      (d) =>
        (d.carriers.find(
          (c) => c.partner !== null && c.kind === 'main-transfer-platform',
        )!.partner = '442000'),
      /\.partner: 442000 → \d+ is not a 2023 pairing/,
    ],
    [
      'a stated count that does not match the carriers',
      (d) => (d.counts.agglomerationZones.recorded += 1),
      /counts\.agglomerationZones\.recorded: says \d+, the carriers give \d+/,
    ],
    [
      'a carrier by pattern rated high',
      (d) => (d.carriers.find((c) => c.nameBasis === 'pattern')!.confidence = 'high'),
      /\.confidence: a name by pattern is never high confidence/,
    ],
    [
      'an English-only carrier note',
      (d) =>
        ((d.carriers.find((c) => c.note !== null) as Record<string, unknown>).note =
          'English only'),
      /carriers\[\d+\] \(.*\)\.note: Invalid type/,
    ],
    [
      'a Chinese-only pairing scheme',
      (d) => ((d.pairings[0] as Record<string, unknown>).scheme = '对口帮扶协作'),
      /pairings\[0\] \(.*\)\.scheme: Invalid type/,
    ],
    [
      'a park phrase of the plan that is neither a carrier nor an exclusion',
      (d) => d.excludedMentions.splice(0, 1),
      /is neither a carrier nor an exclusion/,
    ],
  ])('%s', (_name, breakIt, message) => {
    const d = real() as Json;
    breakIt(d);
    expect(errorsOf(d).join('\n')).toMatch(message);
  });
});

/** A valid carrier to break one field at a time. */
function makeCarrier(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-park',
    kind: 'transfer-park',
    name: { zh: '测试园', en: 'Test park' },
    nameBasis: 'source',
    hostCity: '441600',
    county: '441602',
    countiesNamed: ['441602'],
    outlineCounties: null,
    partOf: null,
    partner: '440300',
    components: [],
    leadIndustries: { clusters: ['new-energy'], raw: ['新能源'] },
    area: null,
    keySupported: null,
    confidence: 'medium',
    location: { precision: 'county', reason: { zh: '以县命名。', en: 'Named after the county.' } },
    sources: [
      {
        kind: 'seed',
        source: 'heyuan-manufacturing-measures-draft',
        locator: 'L19',
        quote: '源城产业园',
      },
    ],
    note: null,
    ...over,
  };
}

describe('Carrier schema', () => {
  it('accepts the factory carrier', () => {
    expect(v.safeParse(Carrier, makeCarrier()).success).toBe(true);
  });

  it.each([
    ['a precision that overstates the location', { county: null, countiesNamed: [] }],
    ['a county outside the host city', { county: '441802', countiesNamed: ['441802'] }],
    ['a county with no host city', { hostCity: null }],
    ['no sources', { sources: [] }],
    ['an unknown cluster id', { leadIndustries: { clusters: ['steel'], raw: [] } }],
    ['a city code as county', { county: '441600', countiesNamed: ['441600'] }],
    ['a partner equal to the host', { partner: '441600' }],
    [
      'a filled-in unknown precision',
      {
        location: {
          precision: 'unknown',
          reason: { zh: '无处说明。', en: 'Not stated anywhere.' },
        },
      },
    ],
    [
      'a locator without a line',
      {
        sources: [
          {
            kind: 'seed',
            source: 'heyuan-manufacturing-measures-draft',
            locator: '(六)',
            quote: '源城产业园',
          },
        ],
      },
    ],
    [
      'an unregistered seed',
      { sources: [{ kind: 'seed', source: 'rumour', locator: 'L1', quote: '园' }] },
    ],
  ])('rejects %s', (_name, over) => {
    expect(v.safeParse(Carrier, makeCarrier(over)).success).toBe(false);
  });
});
