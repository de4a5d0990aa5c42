import { getDataset } from '$lib/server/dataset';
import { matrixCsv } from '$lib/data/csv';

export const prerender = true;

/** The tidy matrix, one row per cell (UTF-8, no comment lines). */
export function GET() {
  return new Response(matrixCsv(getDataset()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
