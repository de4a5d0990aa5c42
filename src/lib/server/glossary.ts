/**
 * Build-time access to data/glossary.json (gated by `npm run validate`): each payload carries
 * only the glosses of the Chinese it holds (`pickGlosses`), so the explorer's page data stays
 * small and an evidence quote's gloss travels with the lazily loaded evidence.
 */
import raw from '../../../data/glossary.json';
import { pickGlosses, type Glosses } from '../i18n/gloss';

const glossary = raw as { quotes: Glosses; identifiers: Glosses; places: Glosses };

/** Quotes, identifiers and places together (a string shown as both takes its quote gloss). */
const all: Glosses = { ...glossary.places, ...glossary.identifiers, ...glossary.quotes };

/** A county's English name (the gate makes sure every county a carrier shows has one). */
export function placeName(zh: string): string {
  const en = glossary.places[zh];
  if (!en) throw new Error(`data/glossary.json places has no English name for ${zh}`);
  return en;
}

/** The glosses of the Chinese among `strings` (others are ignored). */
export function glossesFor(strings: Iterable<string>): Record<string, string> {
  return pickGlosses(all, strings);
}

/** Every string holding Chinese inside `data` (for a payload that shows most of what it holds). */
export function chineseIn(data: unknown): string[] {
  const out: string[] = [];
  const walk = (o: unknown) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') Object.values(o).forEach(walk);
    else if (typeof o === 'string' && /\p{Script=Han}/u.test(o)) out.push(o);
  };
  walk(data);
  return out;
}
