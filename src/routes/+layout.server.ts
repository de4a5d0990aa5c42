import { getAtlas } from '$lib/server/dataset';

export const prerender = true;
export const trailingSlash = 'never';

export function load() {
  return { atlas: getAtlas() };
}
