import { error, json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { cityEvidence, evidenceStrings } from '$lib/data/atlas';
import { glossesFor } from '$lib/server/glossary';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getDataset().cities.map((c) => ({ city: c.id }));

/** One city's 20 ratings with their quotes (and their English glosses), fetched when the user opens the evidence. */
export const GET: RequestHandler = ({ params }) => {
  const d = getDataset();
  const city = d.cities.find((c) => c.id === params.city);
  if (!city) error(404, 'unknown city');
  const evidence = cityEvidence(d, city.code);
  return json({ ...evidence, glosses: glossesFor(evidenceStrings(evidence)) });
};
