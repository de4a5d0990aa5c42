/** Browser: fetches the carrier payload once, on first need (a layer toggled, a panel opened). */
import type { CarrierAtlas } from '../domain/carriers';

let pending: Promise<CarrierAtlas> | null = null;

export function loadCarrierAtlas(base: string): Promise<CarrierAtlas> {
  pending ??= fetch(`${base}/data/carriers.json`).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<CarrierAtlas>;
  });
  pending.catch(() => (pending = null));
  return pending;
}
