import { getMapGeometry } from '$lib/server/static-map';

export function load() {
  return { mapGeometry: getMapGeometry() };
}
