import { json } from '@sveltejs/kit';
import { getCarrierAtlas } from '$lib/server/carriers';

export const prerender = true;

/** The light carrier atlas (placed carriers, pairings, open questions) the map loads on demand. */
export function GET() {
  return json(getCarrierAtlas());
}
