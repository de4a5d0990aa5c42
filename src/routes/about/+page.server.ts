import { getDataset } from '$lib/server/dataset';
import { glossesFor } from '$lib/server/glossary';

export function load() {
  const d = getDataset();
  const confidence = { high: 0, medium: 0, low: 0 };
  for (const c of d.cells) confidence[c.confidence]++;
  return {
    sources: d.sources,
    contradictions: d.contradictions,
    countExceptions: d.countExceptions,
    confidence,
    // The document numbers, named in English with the Chinese after them.
    glosses: glossesFor(
      d.sources.flatMap((s) => [s, ...(s.parts ?? [])]).map((s) => s.docNumber ?? ''),
    ),
  };
}
