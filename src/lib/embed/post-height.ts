/** Browser: reports an embed's height to the page that frames it, now and whenever it changes. */
import { heightMessages } from './resize';

/** Starts reporting `root`'s height to the parent window; returns the function that stops it. */
export function reportHeight(root: HTMLElement): () => void {
  const id = location.pathname + location.search;
  const post = () => {
    if (window.parent === window) return;
    for (const m of heightMessages(id, root.getBoundingClientRect().height))
      window.parent.postMessage(m, '*');
  };
  const ro = new ResizeObserver(post);
  ro.observe(root);
  post();
  return () => ro.disconnect();
}
