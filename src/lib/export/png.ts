/**
 * PNG of the current map view with title, legend, credit and date composited in. Browser-only:
 * draws every canvas in the map container (MapLibre's, and deck.gl's overlay when present) and
 * the HTML labels, which are not part of any canvas.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { CityLabel } from '../labels/city-labels';

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
export const HEADER = 44;
export const FOOTER = 86;

export async function mapToPng(map: MlMap, spec: PngSpec): Promise<Blob> {
  const scale = spec.scale ?? 2;
  // The WebGL canvas keeps no drawing buffer between frames: copy it in the microtask right
  // after a render, before the frame is handed to the compositor and the buffer is cleared.
  await new Promise<void>((resolve) => {
    map.once('render', () => resolve());
    map.triggerRepaint();
  });
  const container = map.getContainer();
  const w = container.clientWidth;
  const h = container.clientHeight;
  const out = document.createElement('canvas');
  out.width = Math.round(w * scale);
  out.height = Math.round((HEADER + h + FOOTER) * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, HEADER + h + FOOTER);
  ctx.fillStyle = '#111';
  ctx.font = `600 18px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(spec.title, 12, HEADER / 2, w - 24);

  for (const canvas of container.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    ctx.drawImage(canvas, r.left - c.left, HEADER + r.top - c.top, r.width, r.height);
  }
  ctx.textAlign = 'center';
  for (const l of spec.labels) {
    const p = map.project(l.lngLat);
    if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) continue;
    for (const [text, dy, font] of [
      [l.name, -7, `600 12px ${FONT}`],
      [l.value, 7, `11px ${FONT}`],
    ] as const) {
      ctx.font = font;
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#fff';
      ctx.strokeText(text, p.x, HEADER + p.y + dy);
      ctx.fillStyle = '#111';
      ctx.fillText(text, p.x, HEADER + p.y + dy);
    }
  }
  ctx.textAlign = 'left';
  let y = HEADER + h + 16;
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#111';
  ctx.fillText(spec.legendTitle, 12, y, w - 24);
  y += 20;
  let x = 12;
  for (const item of spec.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y - 6, 16, 12);
    ctx.strokeStyle = '#888';
    ctx.strokeRect(x, y - 6, 16, 12);
    ctx.fillStyle = '#111';
    ctx.fillText(item.label, x + 20, y);
    x += 28 + ctx.measureText(item.label).width;
  }
  y += 22;
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#333';
  ctx.fillText(`${spec.credit} · ${spec.date}`, 12, y, w - 24);
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
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
