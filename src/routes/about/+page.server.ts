import { getDataset } from '$lib/server/dataset';

export function load() {
  const d = getDataset();
  const confidence = { high: 0, medium: 0, low: 0 };
  for (const c of d.cells) confidence[c.confidence]++;
  return {
    sources: d.sources,
    contradictions: d.contradictions,
    countExceptions: d.countExceptions,
    confidence,
  };
}
