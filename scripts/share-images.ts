/**
 * After `vite build`: writes the share images, build/map/<view>-<lang>.svg and .png, for the
 * default view and each single cluster in both languages (what the pages' og:image name).
 * PNGs are rasterised with resvg; CJK text needs a CJK font: Debian's fonts-wqy-microhei
 * (installed by scripts/ensure-deps.sh --browser), else any system font resvg finds.
 * Run: tsx scripts/share-images.ts [build dir]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { LANGS, t } from '../src/lib/i18n/messages';
import { readGeometry, readIndex } from '../src/lib/static-map/node';
import { shareCard, shareImagePath, shareViews } from '../src/lib/static-map/share';
import { shareSvg, staticMapView } from '../src/lib/static-map/svg';

const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const out = process.argv[2] ?? 'build';
const site = process.env.PUBLIC_SITE_ORIGIN?.replace(/^https?:\/\//, '') ?? '';

const index = readIndex();
const geometry = readGeometry();
const hasFont = existsSync(FONT);
if (!hasFont)
  console.warn(`share images: ${FONT} missing, using system fonts (CJK may not render)`);
mkdirSync(join(out, 'map'), { recursive: true });
let n = 0;
for (const view of shareViews(index))
  for (const lang of LANGS) {
    const { metric, card } = shareCard(index, view, lang, site || t(lang, 'appTitle'));
    const svg = shareSvg(
      staticMapView(
        geometry,
        index,
        metric,
        lang,
        t(lang, 'mapLabel', { legend: card.legendTitle }),
      ),
      card,
    );
    const file = join(out, shareImagePath(view, lang));
    writeFileSync(`${file}.svg`, svg);
    const png = new Resvg(svg, {
      font: hasFont
        ? { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: 'WenQuanYi Micro Hei' }
        : { loadSystemFonts: true },
    })
      .render()
      .asPng();
    writeFileSync(`${file}.png`, png);
    n++;
  }
console.log(`share images: ${n} views × (svg, png) in ${join(out, 'map')}`);
