/** What the map host lends the app while a map is drawn: enough for the exports, no more. */
import type { PngSpec } from '../export/png';
import type { CityFeature } from './map-state';

export interface MapHandle {
  /** PNG of the drawn map with its labels, title, legend and credit. */
  png(spec: Omit<PngSpec, 'labels'>): Promise<Blob>;
  /** The city polygons as drawn (for GeoJSON export). */
  features(): CityFeature[];
}
