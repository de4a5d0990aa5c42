/** Browser: fetches the subsidy rules once, when a page needs them (a link that carries a project). */
import type { SubsidyData } from '../policy/schema';

let pending: Promise<SubsidyData> | null = null;

export function loadSubsidies(base: string): Promise<SubsidyData> {
  pending ??= fetch(`${base}/data/subsidies.json`).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<SubsidyData>;
  });
  pending.catch(() => (pending = null));
  return pending;
}
