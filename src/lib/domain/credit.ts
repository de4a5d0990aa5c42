/**
 * The credit line for a view: the documents its values come from, chosen by source id (never by
 * searching titles or document numbers). Stars come from the 14th Five-Year manufacturing plan
 * (粤府〔2021〕53号), a part of the 2021 policy compilation; subsidy figures from each rule's own
 * document; carriers from their own sources. Pure.
 */
import type { Bilingual } from '../data/kit';
import { t } from '../i18n/messages';

/** Where the star ratings are printed: the plan's appendix tables, by source and part id. */
export const STARS_SOURCE = {
  source: 'gd-industry-policy-compilation-2021',
  part: 'plan-14th-fyp',
};

/** A document as the atlas lists it (clusters.json `sources`, with their `parts`). */
export interface CreditSource {
  id: string;
  title: Bilingual;
  docNumber?: string;
  date?: string;
  parts?: readonly CreditSource[];
}

/** One credited document. */
export interface CreditDoc {
  /** `source` or `source/part`: stable, for de-duplication and tests. */
  key: string;
  title: Bilingual;
  docNumber: string | null;
  date: string | null;
}

/** What the view shows; each present field adds its documents to the credit. */
export interface CreditView {
  /** The star ratings (map, matrix, exports of them). */
  stars?: boolean;
  /** Subsidy rules whose figures are shown. */
  rules?: readonly { source: { id: string; document: string; docNumber?: string } }[];
  /** Carrier sources shown (seed documents by id; web pages by publisher). */
  carriers?: readonly CarrierSourceRef[];
}

export type CarrierSourceRef =
  | { kind: 'seed'; source: string }
  | { kind: 'reference'; publisher: string; date: string | null }
  | { kind: 'reprint'; byline: string; date: string | null };

export interface Credit {
  docs: CreditDoc[];
  text: Bilingual;
}

/** The document the stars come from, found by id; throws when the dataset lacks it. */
export function starsDocument(sources: readonly CreditSource[]): CreditDoc {
  const src = sources.find((s) => s.id === STARS_SOURCE.source);
  const part = src?.parts?.find((p) => p.id === STARS_SOURCE.part);
  if (!src || !part)
    throw new Error(
      `the star ratings' source ${STARS_SOURCE.source}/${STARS_SOURCE.part} is missing`,
    );
  return doc(`${src.id}/${part.id}`, part);
}

function doc(key: string, s: Omit<CreditSource, 'id'>): CreditDoc {
  return { key, title: s.title, docNumber: s.docNumber ?? null, date: s.date ?? null };
}

/**
 * The credit for a view, documents in the order stars, rules, carriers, each once.
 *
 * @example creditFor({ stars: true }, sources).text.zh
 *   // → '广东省制造业高质量发展“十四五”规划（粤府〔2021〕53号）'
 */
export function creditFor(view: CreditView, sources: readonly CreditSource[]): Credit {
  const docs: CreditDoc[] = [];
  const add = (d: CreditDoc) => docs.some((x) => x.key === d.key) || docs.push(d);
  if (view.stars) add(starsDocument(sources));
  for (const r of view.rules ?? []) {
    const parts = sources.find((s) => s.id === r.source.id)?.parts ?? [];
    // A rule names its document; inside a compilation the part with that number is the document.
    const part = r.source.docNumber
      ? parts.find((p) => p.docNumber === r.source.docNumber)
      : undefined;
    add(
      part
        ? doc(`${r.source.id}/${part.id}`, part)
        : {
            key: `${r.source.id}:${r.source.document}`,
            title: byId(sources, r.source.id)?.title ?? {
              zh: r.source.document,
              en: r.source.document,
            },
            docNumber: r.source.docNumber ?? null,
            date: byId(sources, r.source.id)?.date ?? null,
          },
    );
  }
  for (const c of view.carriers ?? []) {
    if (c.kind === 'seed') {
      const s = byId(sources, c.source);
      if (s) add(doc(s.id, s));
    } else {
      const name = c.kind === 'reference' ? c.publisher : c.byline;
      add({
        key: `${c.kind}:${name}:${c.date ?? ''}`,
        title:
          c.kind === 'reference'
            ? { zh: name, en: name }
            : {
                zh: t('zh', 'reprintOf', { byline: name }),
                en: t('en', 'reprintOf', { byline: name }),
              },
        docNumber: null,
        date: c.date,
      });
    }
  }
  return { docs, text: { zh: creditText(docs, 'zh'), en: creditText(docs, 'en') } };
}

function byId(sources: readonly CreditSource[], id: string): CreditSource | undefined {
  return sources.find((s) => s.id === id);
}

const FORMAT = {
  zh: { open: '（', close: '）', join: '；' },
  en: { open: ' (', close: ')', join: '; ' },
} as const;

/** "广东省制造业高质量发展“十四五”规划（粤府〔2021〕53号）；…" in either language. */
export function creditText(docs: readonly CreditDoc[], lang: 'zh' | 'en'): string {
  const f = FORMAT[lang];
  return docs
    .map((d) => `${d.title[lang]}${d.docNumber ? `${f.open}${d.docNumber}${f.close}` : ''}`)
    .join(f.join);
}
