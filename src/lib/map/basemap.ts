/**
 * Optional online basemap, configured in /config.json ({ "basemap": "<style URL>" }). The default
 * is none: the offline style needs no tiles, key or network. A configured basemap that cannot
 * be fetched falls back to the offline style, and the caller tells the user.
 */
import type { StyleSpecification } from 'maplibre-gl';

export type BasemapResult = { style: StyleSpecification | null; failed: boolean };

export async function loadBasemap(base: string, timeoutMs = 4000): Promise<BasemapResult> {
  let url: unknown;
  try {
    const res = await fetch(`${base}/config.json`);
    url = res.ok ? ((await res.json()) as { basemap?: unknown }).basemap : null;
  } catch {
    return { style: null, failed: false };
  }
  if (typeof url !== 'string' || !url) return { style: null, failed: false };
  try {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    const res = await fetch(url, { signal: ctrl.signal });
    clearTimeout(timer);
    if (!res.ok) return { style: null, failed: true };
    const style = (await res.json()) as StyleSpecification;
    return style && style.version === 8 && Array.isArray(style.layers)
      ? { style, failed: false }
      : { style: null, failed: true };
  } catch {
    return { style: null, failed: true };
  }
}
