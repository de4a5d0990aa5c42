/**
 * The view for the current page, read from the URL once the app is mounted (prerendered HTML
 * is the default view), and a navigate() that writes a new view as a history entry.
 */
import { getContext, setContext } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { parseView, type ParsedView } from './url';
import { contextFromDataset, defaultView, type ViewState } from './view';
import { viewHref } from './nav';
import type { Atlas } from '../data/atlas';

export class PageView {
  mounted = $state(false);
  /** The user closed the notice about ignored link parameters. */
  dismissed = $state(false);
  parsed: ParsedView;

  constructor(atlas: () => Atlas) {
    this.parsed = $derived.by(() =>
      this.mounted
        ? parseView(page.url.search, contextFromDataset(atlas()))
        : { view: defaultView(), ignored: [], fields: {} as ParsedView['fields'] },
    );
  }

  get view(): ViewState {
    return this.parsed.view;
  }

  navigate(patch: Partial<ViewState>, opts: { replace?: boolean } = {}): void {
    const next = { ...this.view, ...patch };
    // location.hash, not page.url.hash: the camera hash is written by shallow replaceState.
    void goto(viewHref(page.url.pathname, next, location.hash), {
      keepFocus: true,
      noScroll: true,
      replaceState: opts.replace ?? false,
    });
  }
}

const KEY = Symbol('page-view');

/** Called once by the root layout: one parsed view shared by every component of the page. */
export function providePageView(atlas: () => Atlas): PageView {
  return setContext(KEY, new PageView(atlas));
}

export function usePageView(): PageView {
  return getContext<PageView>(KEY);
}
