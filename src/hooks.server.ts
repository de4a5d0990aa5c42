import type { Handle } from '@sveltejs/kit';
import { HTML_LANG } from '$lib/i18n/messages';
import { DEFAULT_VIEW } from '$lib/state/view';
import { slugLang } from '$lib/state/per-view';

/**
 * The prerendered page's `<html lang>`: a per-view page in English (`/new-energy-en`) is English
 * before any script runs; every other page is prerendered in the default language, Chinese.
 */
export const handle: Handle = ({ event, resolve }) => {
  const lang = slugLang(event.params.view);
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%atlas.lang%', HTML_LANG[lang ?? DEFAULT_VIEW.lang]),
  });
};
