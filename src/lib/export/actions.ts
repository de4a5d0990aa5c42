/**
 * The explorer's export buttons: each takes the app state (never a component) and downloads a
 * file carrying the credit and the dataset version. Browser-only (downloads, canvas).
 */
import type { AtlasState } from '../state/atlas.svelte';
import { citiesGeoJson, exportName, matrixExportCsv, selectionCsv } from './files';
import { download } from './png';
import { pngSpec } from './png-spec';

export type ExportKind = 'png' | 'png-2x' | 'csv-matrix' | 'csv-selection' | 'geojson';

export async function exportView(atlas: AtlasState, kind: ExportKind): Promise<void> {
  const { index, metric } = atlas;
  const name = (ext: string) => exportName(metric, index.atlas.version, ext);
  if (kind === 'csv-matrix') download(name('matrix.csv'), matrixExportCsv(index), 'text/csv');
  else if (kind === 'csv-selection') download(name('csv'), selectionCsv(index, metric), 'text/csv');
  else if (kind === 'geojson')
    download(
      name('geojson'),
      JSON.stringify(citiesGeoJson(index, metric, atlas.map?.features() ?? [])),
      'application/geo+json',
    );
  else if (atlas.map) {
    const spec = pngSpec(atlas, new Date().toISOString().slice(0, 10), kind === 'png-2x' ? 2 : 1);
    const png = await atlas.map.png(spec);
    download(name(kind === 'png-2x' ? '2x.png' : 'png'), png);
  }
}
