/**
 * Quotes against their source texts: verbatim (whitespace removed from both) and inside the lines
 * they claim. Pure: the caller reads the files.
 */
import { findQuote, normaliseForQuote } from '../data/kit';
import type { SubsidyData } from './schema';

export { normaliseForQuote };

/**
 * Every quote must be a verbatim substring of its source (whitespace removed from both) and lie
 * within the lines it claims. `texts` maps source id → file text.
 */
export function checkQuotes(
  data: SubsidyData,
  texts: Record<string, string | undefined>,
): string[] {
  const errors: string[] = [];
  const find = (
    where: string,
    source: string,
    quote: string,
    lines?: readonly [number, number],
  ) => {
    const text = texts[source];
    if (text === undefined) return void errors.push(`${where}: no text for source "${source}"`);
    const found = findQuote(text, quote, lines);
    if (found === 'missing')
      errors.push(`${where}: not verbatim in ${source}: "${quote.slice(0, 40)}…"`);
    else if (found === 'outside' && lines)
      errors.push(`${where}.lines: not within lines ${lines[0]}–${lines[1]} of ${source}`);
  };
  data.rules.forEach((rule, i) =>
    rule.quotes.forEach((q, j) =>
      find(
        `rules[${i}] (${rule.id}).quotes[${j}] (${q.id})`,
        q.source ?? rule.source.id,
        q.text,
        q.lines,
      ),
    ),
  );
  data.documents.forEach((doc, i) =>
    doc.quotes.forEach((q, j) =>
      find(
        `documents[${i}] (${doc.id}).quotes[${j}] (${q.id})`,
        q.source ?? doc.source,
        q.text,
        q.lines,
      ),
    ),
  );
  data.conflicts.forEach((c, i) =>
    c.statements.forEach((s, j) =>
      find(`conflicts[${i}] (${c.id}).statements[${j}].quote`, s.source, s.quote),
    ),
  );
  return errors;
}
