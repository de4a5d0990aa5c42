import type { ParamMatcher } from '@sveltejs/kit';
import { VIEW_SLUG } from '$lib/state/per-view';

/** A per-view page's slug (`new-energy-en`); whether the cluster exists is the page's to say. */
export const match: ParamMatcher = (param) => VIEW_SLUG.test(param);
