/**
 * The messages an embed posts to its parent page with its height: Datawrapper-style
 * (`{ "gdatlas-height": { <id>: h } }`) and AMP's `embed-size`. Pure, so both the sender and
 * the host script's checks are testable.
 */
export const HEIGHT_KEY = 'gdatlas-height';

export function heightMessages(id: string, height: number): object[] {
  const h = Math.ceil(height);
  return [{ [HEIGHT_KEY]: { [id]: h } }, { sentinel: 'amp', type: 'embed-size', height: h }];
}

/** Reads a height from either message shape; null for anything else. */
export function readHeight(data: unknown): number | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.sentinel === 'amp' && d.type === 'embed-size') return validHeight(d.height);
  const inner = d[HEIGHT_KEY];
  if (inner && typeof inner === 'object') {
    const values = Object.values(inner as Record<string, unknown>);
    return values.length === 1 ? validHeight(values[0]) : null;
  }
  return null;
}

function validHeight(h: unknown): number | null {
  return typeof h === 'number' && Number.isFinite(h) && h > 0 && h < 20_000 ? Math.ceil(h) : null;
}

/** Default iframe heights per width band, for hosts without our script. */
export const DEFAULT_HEIGHTS: { maxWidth: number; height: number }[] = [
  { maxWidth: 480, height: 820 },
  { maxWidth: 800, height: 720 },
  { maxWidth: Infinity, height: 640 },
];
