/**
 * The layout matrix as plain HTML text, for the first paint and for readers without JavaScript.
 * The explorer inlines it (an `{@html}` block, which hydration adopts without walking 420 cells)
 * and swaps in the interactive grid once the map has drawn. Pure.
 */
import type { AtlasIndex } from '../data/atlas';
import { matrixLayout } from '../domain/matrix';
import { inkOn } from '../domain/palette';
import { ratingColor, ratingGlyphs, ratingKey } from '../domain/rating';
import { t, type Lang } from '../i18n/messages';
import type { SortState } from '../state/view';
import { esc } from './svg';

/** The matrix in a view's sort order (the default view's on the prerendered page). */
export function matrixTableHtml(index: AtlasIndex, lang: Lang, sort: SortState): string {
  const layout = matrixLayout(index, sort);
  const head = layout.columns.map((c) => `<th scope="col">${esc(c.name[lang])}</th>`).join('');
  const rows = layout.rows
    .map((k) => {
      const cells = layout.columns
        .map((city) => {
          const s = index.stars(k.id, city.code);
          const bg = ratingColor(s);
          return `<td style="background:${bg};color:${inkOn(bg)}" title="${esc(t(lang, ratingKey(s)))}">${s !== 0 ? ratingGlyphs(s) : ''}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(k.name[lang])}</th>${cells}<td>${layout.rowTotals.get(k.id)}</td></tr>`;
    })
    .join('');
  const totals = layout.columns.map((c) => `<td>${layout.columnTotals.get(c.code)}</td>`).join('');
  return (
    `<table data-testid="matrix-static"><caption>${esc(t(lang, 'matrixCaption'))}</caption>` +
    `<thead><tr><th scope="col">${esc(t(lang, 'clusters'))} \\ ${esc(t(lang, 'city'))}</th>${head}<th scope="col">${esc(t(lang, 'total'))}</th></tr></thead>` +
    `<tbody>${rows}</tbody>` +
    `<tfoot><tr><th scope="row">${esc(t(lang, 'total'))}</th>${totals}<td></td></tr></tfoot></table>`
  );
}
