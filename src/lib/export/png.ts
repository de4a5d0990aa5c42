/**
 * PNG of the current map view with title, legend, credit and date composited in. Browser-only:
 * draws every canvas in the map container (MapLibre's, and deck.gl's overlay when present) and
 * the HTML labels, which are not part of any canvas.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { CityLabel } from '../labels/city-labels';
import { declutter } from '../labels/declutter';

export interface PngSpec {
  title: string;
  legendTitle: string;
  legend: { color: string; label: string }[];
  credit: string;
  date: string;
  labels: CityLabel[];
  /** Output pixels per CSS pixel. */
  scale?: number;
}

const FONT = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
/** Heights in CSS px at 1×: the title band above the map; the footer grows with its text. */
export const HEADER = 44;
const PAD = 12;
const LEGEND_ROW = 24;
const CREDIT_LINE = 18;

/**
 * Breaks text into lines no wider than `max` (by `measure`): at spaces for English, between any
 * two characters for Chinese, which has no spaces.
 * @example wrapText('a bb ccc', (s) => s.length, 4) → ['a bb', 'ccc']
 */
export function wrapText(text: string, measure: (s: string) => number, max: number): string[] {
  const tokens =
    text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && measure((line + token).trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Legend items laid out in rows that fit `max`: each item is a swatch and its label. */
export function legendRows(
  items: readonly { label: string }[],
  measure: (s: string) => number,
  max: number,
): number[][] {
  const rows: number[][] = [[]];
  let x = 0;
  items.forEach((item, i) => {
    const w = 28 + measure(item.label);
    if (x > 0 && x + w > max) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push(i);
    x += w;
  });
  return rows;
}

export async function mapToPng(map: MlMap, spec: PngSpec): Promise<Blob> {
  const scale = spec.scale ?? 1;
  // The WebGL canvas keeps no drawing buffer between frames: copy it in the microtask right
  // after a render, before the frame is handed to the compositor and the buffer is cleared.
  await new Promise<void>((resolve) => {
    map.once('render', () => resolve());
    map.triggerRepaint();
  });
  const container = map.getContainer();
  const w = container.clientWidth;
  const h = container.clientHeight;
  // The map's canvases first, synchronously after the render, onto a scratch canvas.
  const shot = document.createElement('canvas');
  shot.width = Math.round(w * scale);
  shot.height = Math.round(h * scale);
  const sctx = shot.getContext('2d')!;
  sctx.scale(scale, scale);
  const c = container.getBoundingClientRect();
  for (const canvas of container.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    sctx.drawImage(canvas, r.left - c.left, r.top - c.top, r.width, r.height);
  }

  const measureCtx = document.createElement('canvas').getContext('2d')!;
  const measure = (font: string) => (s: string) => {
    measureCtx.font = font;
    return measureCtx.measureText(s).width;
  };
  const inner = w - 2 * PAD;
  const legendFont = `13px ${FONT}`;
  const creditFont = `12px ${FONT}`;
  const rows = legendRows(spec.legend, measure(legendFont), inner);
  const titleLines = wrapText(spec.legendTitle, measure(legendFont), inner);
  const credit = wrapText(`${spec.credit} · ${spec.date}`, measure(creditFont), inner);
  const footer =
    PAD +
    titleLines.length * CREDIT_LINE +
    rows.length * LEGEND_ROW +
    credit.length * CREDIT_LINE +
    PAD;

  const out = document.createElement('canvas');
  out.width = Math.round(w * scale);
  out.height = Math.round((HEADER + h + footer) * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, HEADER + h + footer);
  ctx.drawImage(shot, 0, HEADER, w, h);
  ctx.fillStyle = '#111';
  ctx.font = `600 18px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(wrapText(spec.title, measure(ctx.font), inner)[0] ?? '', PAD, HEADER / 2);

  drawLabels(ctx, map, spec.labels, { w, h, top: HEADER });

  ctx.textAlign = 'left';
  let y = HEADER + h + PAD + CREDIT_LINE / 2;
  ctx.font = legendFont;
  ctx.fillStyle = '#111';
  for (const line of titleLines) {
    ctx.fillText(line, PAD, y);
    y += CREDIT_LINE;
  }
  y += LEGEND_ROW / 2 - CREDIT_LINE / 2;
  for (const row of rows) {
    let x = PAD;
    for (const i of row) {
      const item = spec.legend[i]!;
      ctx.fillStyle = item.color;
      ctx.fillRect(x, y - 7, 18, 14);
      ctx.strokeStyle = '#888';
      ctx.strokeRect(x, y - 7, 18, 14);
      ctx.fillStyle = '#111';
      ctx.fillText(item.label, x + 23, y);
      x += 28 + ctx.measureText(item.label).width;
    }
    y += LEGEND_ROW;
  }
  y += CREDIT_LINE / 2 - LEGEND_ROW / 2;
  ctx.font = creditFont;
  ctx.fillStyle = '#333';
  for (const line of credit) {
    ctx.fillText(line, PAD, y);
    y += CREDIT_LINE;
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** City labels as chips, decluttered at the export's own size, with leader lines. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  map: MlMap,
  labels: readonly CityLabel[],
  area: { w: number; h: number; top: number },
) {
  const nameFont = `600 12px ${FONT}`;
  const valueFont = `12px ${FONT}`;
  const size = (l: CityLabel) => {
    ctx.font = nameFont;
    const a = ctx.measureText(l.name).width;
    ctx.font = valueFont;
    const b = ctx.measureText(l.value).width;
    return { w: Math.max(a, b) + 8, h: 30 };
  };
  const boxes = labels.map((l) => {
    const p = map.project(l.lngLat);
    return { id: l.code, x: p.x, y: p.y, ...size(l) };
  });
  const offsets = declutter(boxes, { width: area.w, height: area.h });
  ctx.textAlign = 'center';
  for (const b of boxes) {
    const [dx, dy] = offsets.get(b.id) ?? [0, 0];
    if (dx || dy) {
      ctx.strokeStyle = '#333';
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(b.x, area.top + b.y);
      ctx.lineTo(b.x + dx, area.top + b.y + dy);
      ctx.stroke();
    }
  }
  for (const [i, b] of boxes.entries()) {
    const l = labels[i]!;
    const [dx, dy] = offsets.get(b.id) ?? [0, 0];
    const x = b.x + dx;
    const y = area.top + b.y + dy;
    if (b.x < 0 || b.y < 0 || b.x > area.w || b.y > area.h) continue;
    ctx.fillStyle = 'rgb(255 255 255 / 0.85)';
    ctx.fillRect(x - b.w / 2, y - b.h / 2, b.w, b.h);
    ctx.fillStyle = '#111';
    ctx.font = nameFont;
    ctx.fillText(l.name, x, y - 7);
    ctx.font = valueFont;
    ctx.fillText(l.value, x, y + 7);
  }
}

/** Triggers a download of a Blob or text under a file name. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
