/**
 * Validates the raw dataset: the Valibot schema first, then the rules a schema cannot state
 * (unique ids, references, 420 cells, verbatim quotes, stated counts). Every problem names the
 * record and the field, e.g. `cells[12] (new-energy × 440100).stars: Invalid type`.
 * Pure: the caller supplies the source texts.
 */
import * as v from 'valibot';
import { CITY_NAMES, describeIssues, duplicates, findQuote, locatorLines } from './kit';
import { Dataset, type Dataset as DatasetT } from './schema';
import { STARS_SOURCE } from '../domain/credit';
import { confidenceFor } from './confidence';

export { normaliseForQuote } from './kit';

export type SourceTexts = Record<string, string | undefined>;

export interface ValidationResult {
  dataset: DatasetT | null;
  errors: string[];
}

const label = (collection: string, rec: Record<string, unknown> | undefined) =>
  collection === 'cells'
    ? `${String(rec?.cluster)} × ${String(rec?.city)}`
    : String((collection === 'cities' ? rec?.code : rec?.id) ?? rec?.code ?? '?');

export function validateDataset(raw: unknown, sources: SourceTexts): ValidationResult {
  const parsed = v.safeParse(Dataset, raw);
  if (!parsed.success) {
    return { dataset: null, errors: describeIssues(raw, parsed.issues, label) };
  }
  const data = parsed.output;
  const errors: string[] = [];
  const unique = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) errors.push(`${what}: duplicate id "${k}"`);
      seen.add(k);
    }
    return seen;
  };
  const sourceIds = unique(
    'sources',
    data.sources.map((s) => s.id),
  );
  unique(
    'zones',
    data.zones.map((z) => z.id),
  );
  const cityCodes = unique(
    'cities',
    data.cities.map((c) => c.code),
  );
  unique(
    'cities (id)',
    data.cities.map((c) => c.id),
  );
  const clusterIds = unique(
    'clusters',
    data.clusters.map((c) => c.id),
  );
  for (const code of Object.keys(CITY_NAMES))
    if (!cityCodes.has(code)) errors.push(`cities: missing ${code} (${CITY_NAMES[code]})`);
  const cellKeys = data.cells.map((c) => `${c.cluster} × ${c.city}`);
  for (const d of duplicates(cellKeys))
    errors.push(`cells[${d.first}] and cells[${d.again}]: duplicate cell ${d.key}`);
  const present = new Set(cellKeys);
  for (const k of data.clusters)
    for (const c of data.cities)
      if (!present.has(`${k.id} × ${c.code}`))
        errors.push(`cells: missing ${k.id} × ${c.code} (${c.name.zh})`);
  const stars = data.sources.find((s) => s.id === STARS_SOURCE.source);
  if (!stars?.parts?.some((p) => p.id === STARS_SOURCE.part))
    errors.push(
      `sources: the stars' document ${STARS_SOURCE.source} (part ${STARS_SOURCE.part}) is missing; the credit names it by id`,
    );
  data.sources.forEach((s, i) =>
    s.parts?.forEach((p, j) => {
      if (!p.period) return;
      const where = `sources[${i}].parts[${j}] (${p.id}).period`;
      if (p.period.from > p.period.to) errors.push(`${where}: ends before it starts`);
      const text = sources[s.file];
      const lines = locatorLines(p.period.locator);
      if (text !== undefined && findQuote(text, p.period.quote, lines ?? undefined) !== 'ok')
        errors.push(`${where}.quote: not found verbatim at ${p.period.locator} in ${s.file}`);
    }),
  );
  for (const kind of ['pillar', 'emerging'] as const) {
    const n = data.clusters.filter((c) => c.kind === kind).length;
    if (n !== 10) errors.push(`clusters: expected 10 ${kind} clusters, found ${n}`);
  }
  for (const z of data.zones) {
    if (!data.cities.some((c) => c.zone === z.id)) errors.push(`zones (${z.id}): no city in zone`);
  }

  const checkEvidence = (where: string, ev: { source: string; locator: string; quote: string }) => {
    if (!sourceIds.has(ev.source)) {
      errors.push(`${where}.source: unknown source "${ev.source}"`);
      return;
    }
    const file = data.sources.find((s) => s.id === ev.source)!.file;
    const text = sources[file];
    if (text === undefined) errors.push(`${where}: source file ${file} is missing`);
    else if (findQuote(text, ev.quote) === 'missing')
      errors.push(`${where}.quote: not found verbatim in ${file}: "${ev.quote.slice(0, 60)}"`);
  };
  data.zones.forEach((z, i) =>
    z.evidence.forEach((e, j) => checkEvidence(`zones[${i}] (${z.id}).evidence[${j}]`, e)),
  );
  data.clusters.forEach((c, i) => {
    checkEvidence(`clusters[${i}] (${c.id}).target.evidence`, c.target.evidence);
    c.subsectors.forEach((s, j) => {
      checkEvidence(`clusters[${i}] (${c.id}).subsectors[${j}].evidence`, s.evidence);
      s.cities.forEach((r, k) => {
        if (!cityCodes.has(r.city))
          errors.push(
            `clusters[${i}] (${c.id}).subsectors[${j}].cities[${k}].city: unknown city "${r.city}"`,
          );
      });
    });
  });
  data.cells.forEach((cell, i) => {
    const where = `cells[${i}] (${cell.cluster} × ${cell.city})`;
    if (!clusterIds.has(cell.cluster)) errors.push(`${where}.cluster: unknown cluster`);
    if (!cityCodes.has(cell.city)) errors.push(`${where}.city: unknown city`);
    cell.evidence.forEach((e, j) => checkEvidence(`${where}.evidence[${j}]`, e));
    const expected = confidenceFor(cell.stars, cell.basis);
    if (cell.confidence !== expected)
      errors.push(
        `${where}.confidence: the rule gives "${expected}" for this basis (run npm run confidence)`,
      );
  });
  for (const c of data.contradictions)
    for (const ref of c.cells ?? [])
      if (!clusterIds.has(ref.cluster) || !cityCodes.has(ref.city))
        errors.push(`contradictions (${c.id}).cells: unknown cell ${ref.cluster} × ${ref.city}`);

  errors.push(...checkStatedCounts(data));
  return { dataset: errors.length ? null : data, errors };
}

/** Each stated row/column total must match the reconstruction or carry an exception with a reason. */
export function checkStatedCounts(data: DatasetT): string[] {
  const errors: string[] = [];
  const exception = (scope: 'cluster' | 'city', key: string) =>
    data.countExceptions.find((e) => e.scope === scope && e.key === key);
  for (const c of data.clusters) {
    if (c.statedCount === null) continue;
    const n = data.cells.filter((x) => x.cluster === c.id && x.stars !== 0).length;
    const ex = exception('cluster', c.id);
    if (n !== c.statedCount && !(ex && ex.stated === c.statedCount && ex.reconstructed === n))
      errors.push(
        `clusters (${c.id}).statedCount: table says ${c.statedCount}, cells give ${n}, no matching exception`,
      );
    if (n === c.statedCount && ex)
      errors.push(`countExceptions (cluster ${c.id}): counts agree, exception is stale`);
  }
  for (const city of data.cities)
    for (const kind of ['pillar', 'emerging'] as const) {
      const stated = city.statedCounts[kind];
      if (stated === null) continue;
      const ids = new Set(data.clusters.filter((c) => c.kind === kind).map((c) => c.id));
      const n = data.cells.filter(
        (x) => x.city === city.code && ids.has(x.cluster) && x.stars !== 0,
      ).length;
      const ex = exception('city', `${city.code}:${kind}`);
      if (n !== stated && !(ex && ex.stated === stated && ex.reconstructed === n))
        errors.push(
          `cities (${city.code}).statedCounts.${kind}: table says ${stated}, cells give ${n}, no matching exception`,
        );
      if (n === stated && ex)
        errors.push(
          `countExceptions (city ${city.code}:${kind}): counts agree, exception is stale`,
        );
    }
  return errors;
}
