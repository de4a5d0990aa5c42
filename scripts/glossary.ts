/**
 * Brings translated glosses into the repository: writes data/glossary.json (the quotes and
 * identifiers the data files show, sorted) and applies rewritten English notes to the `.en` texts
 * of the data files, keeping each file's indentation and final newline. Prints what is still
 * missing; `npm run validate` then checks the result.
 *
 * Run: npx tsx scripts/glossary.ts --from <dir with quotes*.done.json, idents*.done.json, notes*.done.json>
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { collectChinese, collectCounties, emptyStrings } from '../src/lib/data/glossary-validate';

const FILES = ['clusters', 'platforms', 'subsidies', 'editions', 'products'] as const;
const i = process.argv.indexOf('--from');
if (i < 0) throw new Error('usage: tsx scripts/glossary.ts --from <dir>');
const from = process.argv[i + 1]!;

function merged(prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(from)
    .filter((n) => n.startsWith(prefix) && n.endsWith('.done.json'))
    .sort())
    Object.assign(out, JSON.parse(readFileSync(`${from}/${f}`, 'utf8')) as Record<string, string>);
  return out;
}
/** County names as the map data has them → English (pinyin and the unit, as the city names). */
const PLACES: Record<string, string> = {
  海丰县: 'Haifeng County',
  梅县区: 'Meixian District',
  佛冈县: 'Fogang County',
  电白区: 'Dianbai District',
  茂南区: 'Maonan District',
  南海区: 'Nanhai District',
  坪山区: 'Pingshan District',
  高明区: 'Gaoming District',
  陆河县: 'Luhe County',
  麻章区: 'Mazhang District',
  高要区: 'Gaoyao District',
  南山区: 'Nanshan District',
  黄埔区: 'Huangpu District',
  南沙区: 'Nansha District',
  怀集县: 'Huaiji County',
  禅城区: 'Chancheng District',
  罗定市: 'Luoding City',
  揭西县: 'Jiexi County',
  增城区: 'Zengcheng District',
  四会市: 'Sihui City',
  番禺区: 'Panyu District',
  封开县: 'Fengkai County',
  福田区: 'Futian District',
  博罗县: 'Boluo County',
  顺德区: 'Shunde District',
  化州市: 'Huazhou City',
  金湾区: 'Jinwan District',
  阳东区: 'Yangdong District',
  鹤山市: 'Heshan City',
  开平市: 'Kaiping City',
  台山市: 'Taishan City',
  恩平市: 'Enping City',
  东源县: 'Dongyuan County',
  新会区: 'Xinhui District',
  清城区: 'Qingcheng District',
  源城区: 'Yuancheng District',
  端州区: 'Duanzhou District',
  雷州市: 'Leizhou City',
  高州市: 'Gaozhou City',
  鼎湖区: 'Dinghu District',
};
const quotes = merged('quotes');
const idents = merged('idents');
const notes = merged('notes');

/** Replaces every `.en` string that has a rewrite; returns how many were replaced. */
function rewrite(o: unknown, used: Set<string>): number {
  let n = 0;
  if (Array.isArray(o)) for (const x of o) n += rewrite(x, used);
  else if (o && typeof o === 'object') {
    const rec = o as Record<string, unknown>;
    for (const [k, x] of Object.entries(rec)) {
      if (k === 'en' && typeof x === 'string' && x in notes) {
        rec[k] = notes[x];
        used.add(x);
        n++;
      } else n += rewrite(x, used);
    }
  }
  return n;
}

const strings = emptyStrings();
const usedNotes = new Set<string>();
let replaced = 0;
for (const f of FILES) {
  const path = `data/${f}.json`;
  const text = readFileSync(path, 'utf8');
  const data: unknown = JSON.parse(text);
  const indent = /^\{\n( +)"/.exec(text)?.[1]?.length ?? 2;
  const n = rewrite(data, usedNotes);
  replaced += n;
  if (n)
    writeFileSync(path, JSON.stringify(data, null, indent) + (text.endsWith('\n') ? '\n' : ''));
  collectChinese(data, `${f}.json`, strings);
  if (f === 'platforms') {
    const topo = JSON.parse(readFileSync('static/geo/counties.topo.json', 'utf8')) as {
      objects: { counties: { geometries: { id: string; properties: { name: string } }[] } };
    };
    const names = topo.objects.counties.geometries.map((g) => [String(g.id), g.properties.name]);
    collectCounties(data, new Map(names as [string, string][]), strings);
  }
}

const pick = (wanted: Map<string, unknown>, glosses: Record<string, string>) => {
  const out: Record<string, string> = {};
  const missing: string[] = [];
  for (const zh of [...wanted.keys()].sort())
    if (zh in glosses) out[zh] = glosses[zh]!.trim();
    else missing.push(zh);
  return { out, missing };
};
const q = pick(strings.quotes, quotes);
const id = pick(strings.identifiers, idents);
const places = pick(strings.places, PLACES);
writeFileSync(
  'data/glossary.json',
  JSON.stringify(
    {
      about:
        'English glosses of the Chinese the English interface shows: quotes (source text, shown beside its gloss) and identifiers (locators, publishers, document numbers, box titles, terms), and places (the counties the carriers are placed in, by the names in the map data). Machine-assisted translation checked by rules (npm run validate); the Chinese is the source of truth. See data/README.md.',
      quotes: q.out,
      identifiers: id.out,
      places: places.out,
    },
    null,
    1,
  ) + '\n',
);
console.log(
  JSON.stringify(
    {
      quotes: { glossed: Object.keys(q.out).length, missing: q.missing.length },
      identifiers: { rendered: Object.keys(id.out).length, missing: id.missing.length },
      places: { named: Object.keys(places.out).length, missing: places.missing },
      notes: {
        replaced,
        distinct: usedNotes.size,
        unusedRewrites: Object.keys(notes).filter((k) => !usedNotes.has(k)).length,
      },
    },
    null,
    1,
  ),
);
