/** Builds the link for a view: the path plus only the non-default parameters. */
import { serialiseView } from './url';
import type { ViewState } from './view';

export function viewHref(path: string, view: ViewState, hash = ''): string {
  const q = serialiseView(view);
  return `${path}${q ? `?${q}` : ''}${hash}`;
}
