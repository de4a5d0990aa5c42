/**
 * The static map as SVG text: the 21 cities filled from the same metric and palette as the WebGL
 * map, each a labelled element (`role="img"` with its sentence, and a `<title>` for pointers), and
 * the same labels (name and value) moved apart by the same declutter. `mapSvg` is the map alone
 * (inlined in the pages until WebGL has drawn); `shareSvg` is a 1200×630 card with title, legend
 * and credit (the link-preview image). Pure: no DOM, no d3; the geometry was projected at build.
 */
import type { AtlasIndex } from '../data/atlas';
import type { CityMetric } from '../domain/aggregate';
import { citySentence } from '../domain/describe';
import { NONE_COLOR } from '../domain/palette';
import type { Lang } from '../i18n/messages';
import { buildCityLabels } from '../labels/city-labels';
import { declutter } from '../labels/declutter';
import type { StaticGeometry } from './geometry';

/** Label type size in box units (a 1000-unit map drawn ~750 px wide gives MapLibre's 11 px). */
export const LABEL_SIZE = 15;
const LINE = LABEL_SIZE * 1.15;

export interface StaticLabel {
  name: string;
  value: string;
  /** The label's centre and its offset from the city's anchor (a leader line when moved). */
  x: number;
  y: number;
  dx: number;
  dy: number;
  w: number;
  h: number;
}

export interface StaticCityView {
  code: string;
  d: string;
  fill: string;
  description: string;
  label: StaticLabel | null;
}

export interface StaticMapView {
  width: number;
  height: number;
  /** The map's accessible name. */
  label: string;
  cities: StaticCityView[];
}

/** Rough advance of a label's text: CJK and stars a full em, Latin about half. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s)
    w += ch.codePointAt(0)! >= 0x2e80 || ch === '★' ? size : ch === ' ' ? size * 0.3 : size * 0.58;
  return w;
}

/** What the static map shows for a metric, in a language. */
export function staticMapView(
  geometry: StaticGeometry,
  index: AtlasIndex,
  metric: CityMetric,
  lang: Lang,
  label: string,
): StaticMapView {
  const anchored = geometry.cities.flatMap((c) =>
    c.anchor
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Polygon' as const, coordinates: [] },
            properties: { code: c.code, name: '', cp: c.anchor },
          },
        ]
      : [],
  );
  const labels = buildCityLabels(index, metric, anchored, lang, (code) =>
    citySentence(index, metric, code, lang),
  );
  const boxes = labels.map((l) => ({
    id: l.code,
    x: l.lngLat[0],
    y: l.lngLat[1],
    w: Math.max(textWidth(l.name, LABEL_SIZE), textWidth(l.value, LABEL_SIZE)) + 8,
    h: 2 * LINE + 4,
  }));
  const offsets = declutter(boxes, { width: geometry.width, height: geometry.height });
  const byCode = new Map(labels.map((l, i) => [l.code, { l, box: boxes[i]! }]));
  return {
    width: geometry.width,
    height: geometry.height,
    label,
    cities: geometry.cities.map((c) => {
      const hit = byCode.get(c.code);
      const [dx, dy] = offsets.get(c.code) ?? [0, 0];
      return {
        code: c.code,
        d: c.d,
        fill: metric.byCity.get(c.code)?.color ?? NONE_COLOR,
        description: citySentence(index, metric, c.code, lang),
        label: hit
          ? {
              name: hit.l.name,
              value: hit.l.value,
              x: hit.box.x + dx,
              y: hit.box.y + dy,
              dx,
              dy,
              w: Math.round(hit.box.w),
              h: Math.round(hit.box.h),
            }
          : null,
      };
    }),
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text safe inside SVG/XML content and attributes. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function cityPaths(view: StaticMapView): string {
  return view.cities
    .map(
      (c) =>
        `<path d="${c.d}" fill="${c.fill}" role="img" aria-label="${esc(c.description)}" data-code="${c.code}"><title>${esc(c.description)}</title></path>`,
    )
    .join('');
}

function cityLabels(view: StaticMapView): string {
  return view.cities
    .map(({ label: l }) => {
      if (!l) return '';
      const leader = l.dx || l.dy ? `<line x2="${-l.dx}" y2="${-l.dy}" stroke="#333333"/>` : '';
      return (
        `<g transform="translate(${l.x} ${l.y})">${leader}` +
        `<rect x="${-l.w / 2}" y="${-l.h / 2}" width="${l.w}" height="${l.h}" rx="3" fill="#ffffff" fill-opacity="0.82"/>` +
        `<text y="${-LINE / 2 + LABEL_SIZE * 0.35}"><tspan font-weight="600">${esc(l.name)}</tspan>` +
        `<tspan x="0" dy="${LINE}">${esc(l.value)}</tspan></text></g>`
      );
    })
    .join('');
}

/** The map's body: cities, borders, labels (labels are hidden from screen readers: paths speak). */
function mapBody(view: StaticMapView): string {
  return (
    `<g stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round">${cityPaths(view)}</g>` +
    `<g aria-hidden="true" font-size="${LABEL_SIZE}" text-anchor="middle" fill="#111111">` +
    cityLabels(view) +
    `</g>`
  );
}

/**
 * The map alone, sized by its container (`preserveAspectRatio` meet, like `fitBounds`); shapes
 * beyond the bounds stay visible, as MapLibre draws them, and the container clips.
 */
export function mapSvg(view: StaticMapView): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view.width} ${view.height}" preserveAspectRatio="xMidYMid meet" overflow="visible" role="group" aria-label="${esc(view.label)}">` +
    mapBody(view) +
    `</svg>`
  );
}

export interface ShareCard {
  title: string;
  legendTitle: string;
  legend: { color: string; label: string }[];
  /** Source and dataset version, one line. */
  credit: string;
  /** Where the atlas lives (a host name or path), printed under the credit. */
  site: string;
}

/** Greedy line breaking by estimated width (CJK breaks anywhere, Latin at spaces). */
export function wrap(text: string, size: number, maxWidth: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line.trim() && textWidth(next.trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const FONT =
  "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** A 1200×630 link-preview card: title, the map, legend on the right, credit at the foot. */
export function shareSvg(view: StaticMapView, card: ShareCard): string {
  const { width: W, height: H } = SHARE_SIZE;
  const map = { x: 24, y: 84, w: 740, h: 500 };
  const scale = Math.min(map.w / view.width, map.h / view.height);
  const mx = map.x + (map.w - view.width * scale) / 2;
  const my = map.y + (map.h - view.height * scale) / 2;
  const title = wrap(card.title, 34, W - 48).slice(0, 2);
  const side = { x: 800, w: W - 800 - 32 };
  const legendTitle = wrap(card.legendTitle, 20, side.w).slice(0, 5);
  let y = 120;
  const parts: string[] = [];
  parts.push(
    `<text x="${side.x}" y="${y - 30}" font-size="16" fill="#555555">${esc(card.site)}</text>`,
  );
  for (const line of legendTitle) {
    parts.push(`<text x="${side.x}" y="${y}" font-size="20" font-weight="600">${esc(line)}</text>`);
    y += 28;
  }
  y += 12;
  for (const c of card.legend) {
    parts.push(
      `<rect x="${side.x}" y="${y - 18}" width="28" height="22" fill="${c.color}" stroke="#888888"/>` +
        `<text x="${side.x + 40}" y="${y}" font-size="20">${esc(c.label)}</text>`,
    );
    y += 36;
  }
  const credit = wrap(card.credit, 15, W - 48).slice(0, 2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}" role="img" aria-label="${esc(view.label)}">` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    title
      .map(
        (l, i) =>
          `<text x="24" y="${52 + i * 40}" font-size="34" font-weight="700" fill="#111111">${esc(l)}</text>`,
      )
      .join('') +
    `<g transform="translate(${mx.toFixed(1)} ${my.toFixed(1)}) scale(${scale.toFixed(4)})">${mapBody(view)}</g>` +
    parts.join('') +
    credit
      .map(
        (l, i) =>
          `<text x="24" y="${H - 14 - (credit.length - 1 - i) * 20}" font-size="15" fill="#333333">${esc(l)}</text>`,
      )
      .join('') +
    `</svg>`
  );
}
