/**
 * The shortlist as CSV: the ranking the /shortlist page shows and `npm run scout -- --csv` prints,
 * one row per city in rank order. Each part column names its weight; a part left out of the score,
 * or unknown for a city, is empty (never 0). Pure.
 */
import { toCsv } from '../data/csv';
import { t, type Lang } from '../i18n/messages';
import { PART_KEYS, PARTS, type Shortlist } from './shortlist';

/**
 * @example shortlistCsv(shortlist, 'en').split('\r\n')[0]
 *   // → 'Rank,tie,Code,City,Score,Stars (weight 3),…,Why,Unknown'
 */
export function shortlistCsv(shortlist: Shortlist, lang: Lang): string {
  const excluded = new Set(shortlist.excluded.map((e) => e.part));
  const parts = PARTS.filter((p) => !excluded.has(p));
  const sep = t(lang, 'clauseSep');
  return toCsv([
    [
      t(lang, 'slRank'),
      t(lang, 'slTie'),
      t(lang, 'slCode'),
      t(lang, 'city'),
      t(lang, 'slScore'),
      ...parts.map((p) =>
        t(lang, 'slWeighted', { part: t(lang, PART_KEYS[p]), weight: shortlist.weights[p] }),
      ),
      t(lang, 'slReasons'),
      t(lang, 'slUnknowns'),
    ],
    ...shortlist.ranking.map((r) => [
      r.rank,
      r.tie ? t(lang, 'slTie') : '',
      r.city,
      r.cityName[lang],
      r.score,
      ...parts.map((p) => (r.parts[p] === null ? null : Math.round(r.parts[p]! * 1000) / 1000)),
      r.reasons.map((x) => x[lang]).join(sep),
      r.unknowns.map((x) => x[lang]).join(sep),
    ]),
  ]);
}
