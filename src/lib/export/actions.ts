/**
 * The explorer's export buttons: each takes the app state (never a component) and downloads a
 * file carrying the credit and the dataset version. Browser-only (downloads, canvas).
 */
import type { AtlasState } from '../state/atlas.svelte';
import { legendLabel } from '../domain/describe';
import { t } from '../i18n/messages';
import { citiesGeoJson, exportName, matrixExportCsv, selectionCsv } from './files';
import { download } from './png';

export type ExportKind = 'png' | 'png-2x' | 'csv-matrix' | 'csv-selection' | 'geojson';

export async function exportView(atlas: AtlasState, kind: ExportKind): Promise<void> {
  const { index, metric, lang } = atlas;
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
    const png = await atlas.map.png({
      title: atlas.title,
      legendTitle: atlas.legendTitle,
      legend: metric.legend.map((c) => ({ color: c.color, label: legendLabel(metric, c, lang) })),
      credit: `${t(lang, 'labelled', { label: t(lang, 'source'), text: atlas.credit.text[lang] })} · ${t(lang, 'datasetVersion', { version: index.atlas.version, date: index.atlas.date })} · ${atlas.periodNote}`,
      date: new Date().toISOString().slice(0, 10),
      scale: kind === 'png-2x' ? 2 : 1,
    });
    download(name(kind === 'png-2x' ? '2x.png' : 'png'), png);
  }
}
