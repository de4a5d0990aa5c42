/**
 * The HTML a host page pastes to embed the atlas: a style with a default height per width band
 * (for hosts without our script), the iframe, and the host script that resizes it. Pure.
 */
import { DEFAULT_HEIGHTS } from './resize';

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @example embedSnippet({ src: 'https://a.org/embed?c=x', title: 'X', script: 'https://a.org/embed.js' })
 *   // → '<style>.gdatlas-embed{…}</style>\n<iframe class="gdatlas-embed" src="…" …></iframe>\n<script …>'
 */
export function embedSnippet({
  src,
  title,
  script,
  heights = DEFAULT_HEIGHTS,
}: {
  /** The embed's absolute URL. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  /** The host script's absolute URL. */
  script: string;
  /** Default heights, narrowest band first, the last for every wider page. */
  heights?: readonly { maxWidth: number; height: number }[];
}): string {
  const widest = heights[heights.length - 1]!;
  return [
    `<style>.gdatlas-embed{width:100%;border:0;height:${widest.height}px}` +
      heights
        .slice(0, -1)
        .reverse()
        .map((b) => `@media (max-width:${b.maxWidth}px){.gdatlas-embed{height:${b.height}px}}`)
        .join('') +
      '</style>',
    `<iframe class="gdatlas-embed" src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(script)}" async></` + 'script>',
  ].join('\n');
}

/** Default heights of the comparison embed (a table of 20 clusters; taller when narrow). */
export const COMPARE_HEIGHTS: readonly { maxWidth: number; height: number }[] = [
  { maxWidth: 480, height: 1700 },
  { maxWidth: 800, height: 1300 },
  { maxWidth: Infinity, height: 1100 },
];
