#!/usr/bin/env node
// Lighthouse 12 against the built explorer and embed in Debian's Chromium. Asserts
// accessibility 100 and best practices ≥ 95; prints the performance score and TBT (its LCP
// ignores canvases, so it is not used). Run after `npm run build`: node tests/lighthouse.mjs [--json]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const server = await serve({ root: 'build', port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
  ],
});
const targets = { explorer: '/?c=new-energy', embed: '/embed?c=new-energy' };
const out = {};
let failed = false;
try {
  for (const [name, path] of Object.entries(targets)) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'desktop',
      screenEmulation: {
        mobile: false,
        width: 1280,
        height: 800,
        deviceScaleFactor: 1,
        disabled: false,
      },
      throttlingMethod: 'provided',
    });
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
    const r = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    };
    out[name] = r;
    const failures = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ['accessibility', 'best-practices'].some((c) =>
            lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0),
          ),
      )
      .map((a) => a.id);
    if (r.accessibility < 100 || r.bestPractices < 95) {
      failed = true;
      console.error(
        `${name}: accessibility ${r.accessibility}, best practices ${r.bestPractices}; failing audits: ${failures.join(', ')}`,
      );
    }
    if (!process.argv.includes('--json'))
      console.log(
        `${name}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, TBT ${r.tbtMs} ms`,
      );
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(out));
process.exit(failed ? 1 : 0);
