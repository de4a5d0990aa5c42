import type { ZoneId } from '../data/schema';
/**
 * Colour-blind-safe sequential palettes (ColorBrewer YlGnBu), light to dark. Class 0 is a
 * neutral grey meaning "not laid out / none", never a hue, so it reads as absence.
 */
export const NONE_COLOR = '#eeeeee';
export const STAR_COLORS = [NONE_COLOR, '#c7e9b4', '#41b6c4', '#225ea8'] as const;
/** Member whose level is not printed: a muted violet, outside both ramps, never read as a star level. */
export const UNPRINTED_COLOR = '#c9b8d9';
export const COUNT_COLORS = [NONE_COLOR, '#c7e9b4', '#7fcdbb', '#2c7fb8', '#253494'] as const;

/** Text colour with enough contrast on a class colour (dark classes get white text). */
export function inkOn(color: string): string {
  const n = parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return lum > 0.3 ? '#1a1a1a' : '#ffffff';
}

/** Okabe–Ito hues: distinct for colour-blind readers and unlike the sequential fill palette. */
export const ZONE_COLORS: Record<ZoneId, string> = {
  prd: '#D55E00',
  east: '#CC79A7',
  west: '#E69F00',
  north: '#009E73',
};
