import { json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

/** The whole dataset, with its version and sources, for reuse. */
export function GET() {
  return json(getDataset());
}
