#!/usr/bin/env node
// The benchmark: builds, serves the build on 127.0.0.1, and drives Debian's Chromium headless
// (software GL) over N loads of the floor page (bare MapLibre), the explorer, the explorer with
// deck.gl layers on, and the embed (interleaved, after a warm-up round); then 30 view changes
// in the explorer against 30 feature-state recolours on the floor. Reports medians and min–max, and ratios against the floor measured in
// the same run.
//   npm run bench [-- --runs 10] [--json] [--check] [--no-build]
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../tests/serve.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runs =
  Number(args[args.indexOf('--runs') + 1]) > 0 ? Number(args[args.indexOf('--runs') + 1]) : 10;
const json = flag('--json');
const log = (...a) => (json ? console.error(...a) : console.log(...a));

if (!flag('--no-build'))
  execSync('npm run --silent build', { stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit' });

// The floor page sits next to the same MapLibre build and TopoJSON the app uses.
const require = createRequire(import.meta.url);
const ml = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
const topo = join(dirname(require.resolve('topojson-client/package.json')), 'dist');
mkdirSync('build/bench', { recursive: true });
for (const [from, to] of [
  ['bench/floor.html', 'index.html'],
  ['bench/floor.js', 'floor.js'],
  [join(ml, 'maplibre-gl-csp.js'), 'maplibre-gl-csp.js'],
  [join(ml, 'maplibre-gl-csp-worker.js'), 'maplibre-gl-csp-worker.js'],
  [join(ml, 'maplibre-gl.css'), 'maplibre-gl.css'],
  [join(topo, 'topojson-client.min.js'), 'topojson-client.min.js'],
])
  copyFileSync(from, join('build/bench', to));

const server = await serve({ root: 'build', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--enable-precise-memory-info',
  ],
});

const PAGES = {
  floor: '/bench/',
  explorer: '/?c=new-energy',
  deck: '/?c=new-energy&carriers=1&pairs=2023',
  embed: '/embed?c=new-energy',
};

/**
 * One load, always a first visit: the service worker (registered after load) would precache the
 * site in the background and answer later loads, so it is blocked to measure the page itself. First values paint: first contentful paint when the static map is in the HTML (it
 * paints with the page), else the map's own `map-ready`. JS before the first interaction: what
 * loaded until the page settled (its map drawn, or, when the map waits for the reader, 2 s after
 * the load event with nothing pending). A deferred map (the embed) is then asked for with a tap
 * on "explore", and its map-ready is timed from that tap.
 */
async function load(path, mark) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // Whether the parsed HTML holds the static map (it is gone once WebGL has drawn).
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      window.__staticMap = !!document.querySelector('[data-testid="static-map"] path');
    }),
  );
  await page.goto(server.url + path);
  await page.waitForFunction(
    (m) =>
      performance.getEntriesByName(m).length > 0 ||
      document.querySelector('[data-testid="map-explore"]'),
    mark,
    { timeout: 60_000 },
  );
  const deferred = (await page.getByTestId('map-explore').count()) > 0;
  if (deferred) await page.waitForTimeout(2000);
  const before = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const staticMap = window.__staticMap === true;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(e.name))
      .reduce((a, e) => a + e.encodedBodySize, 0);
    return { fcp: staticMap ? fcp : null, js, at: performance.now() };
  });
  let tapAt = 0;
  if (deferred) {
    tapAt = await page.evaluate(() => performance.now());
    await page.getByTestId('map-explore').click();
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, {
      timeout: 60_000,
    });
  }
  await page.waitForTimeout(1500); // let lazy chunks settle for "total JS"
  const r = await page.evaluate((m) => {
    const ready = performance.getEntriesByName(m)[0].startTime;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(e.name))
      .map((e) => ({ end: e.responseEnd, bytes: e.encodedBodySize }));
    const nav = performance.getEntriesByType('navigation')[0];
    const doc = nav ? nav.encodedBodySize : 0;
    return {
      ready,
      initialJs: js.filter((e) => e.end <= ready).reduce((a, e) => a + e.bytes, 0),
      totalJs: js.reduce((a, e) => a + e.bytes, 0),
      doc,
      heap: performance.memory ? performance.memory.usedJSHeapSize : 0,
    };
  }, mark);
  await context.close();
  return {
    ...r,
    // A deferred map's time to draw counts from the reader's tap.
    ready: r.ready - tapAt,
    firstValues: before.fcp ?? r.ready,
    jsBeforeInteraction: deferred ? before.js : r.initialJs,
  };
}

/** 30 view changes: input event → the next 'view-updated' mark. */
async function changes(path, steps) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  const out = [];
  for (let i = 0; i < 30; i++) {
    const ms = await page.evaluate(
      async (step) => {
        const before = performance.getEntriesByName('view-updated').length;
        const t0 = performance.now();
        if (step.fn === 'recolour') window.recolour();
        else document.querySelector(step.selector).click();
        await new Promise((resolve) => {
          const poll = () =>
            performance.getEntriesByName('view-updated').length > before
              ? resolve()
              : setTimeout(poll, 5);
          poll();
        });
        return performance.getEntriesByName('view-updated').at(-1).startTime - t0;
      },
      steps[i % steps.length],
    );
    out.push(ms);
    await page.waitForTimeout(150);
  }
  await context.close();
  return out;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: mid, min: s[0], max: s.at(-1) };
};

// Loads are interleaved (floor, explorer, deck, embed, floor, …) so that drift in the machine's
// speed during the run hits every page alike; the first round is a warm-up and is not counted.
const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
for (let round = -1; round < runs; round++)
  for (const [name, path] of Object.entries(PAGES)) {
    const s = await load(path, name === 'deck' ? 'deck-ready' : 'map-ready');
    if (round >= 0) samples[name].push(s);
  }
const results = {};
for (const [name, path] of Object.entries(PAGES)) {
  const own = samples[name];
  results[name] = {
    path,
    mapReadyMs: stats(own.map((s) => s.ready)),
    initialJsGzip: stats(own.map((s) => s.initialJs)),
    totalJsGzip: stats(own.map((s) => s.totalJs)),
    heapBytes: stats(own.map((s) => s.heap)),
    firstValuesMs: stats(own.map((s) => s.firstValues)),
    jsBeforeInteractionGzip: stats(own.map((s) => s.jsBeforeInteraction)),
  };
  log(
    `${name}: map-ready ${results[name].mapReadyMs.median.toFixed(0)} ms (${results[name].mapReadyMs.min.toFixed(0)}–${results[name].mapReadyMs.max.toFixed(0)}), initial JS ${(results[name].initialJsGzip.median / 1024).toFixed(1)} KiB gz, total JS ${(results[name].totalJsGzip.median / 1024).toFixed(1)} KiB gz, first values ${results[name].firstValuesMs.median.toFixed(0)} ms, JS before interaction ${(results[name].jsBeforeInteractionGzip.median / 1024).toFixed(1)} KiB gz, heap ${(results[name].heapBytes.median / 2 ** 20).toFixed(1)} MiB`,
  );
}
/** Median over rounds of page/floor in the same round: a paired figure, less sensitive to drift. */
const paired = (name) =>
  Number(stats(samples[name].map((s, i) => s.ready / samples.floor[i].ready)).median.toFixed(3));

const changeMs = {
  floorRecolour: stats(await changes(PAGES.floor, [{ fn: 'recolour' }])),
  explorer: stats(
    await changes('/', [
      { selector: '[data-testid="cluster-new-energy"]' },
      { selector: '[data-testid="cluster-electronic-information"]' },
      { selector: '[data-testid="zones-toggle"]' },
      { selector: '[data-testid="cell-new-energy-441600"]' },
      { selector: '[data-testid="cluster-automobiles"]' },
      { selector: '[data-testid="zones-toggle"]' },
      // The second round opens another city: a click on the city already open changes nothing,
      // paints nothing, and would wait for 'view-updated' for ever.
      { selector: '[data-testid="cluster-new-energy"]' },
      { selector: '[data-testid="cluster-electronic-information"]' },
      { selector: '[data-testid="zones-toggle"]' },
      { selector: '[data-testid="cell-new-energy-440100"]' },
      { selector: '[data-testid="cluster-automobiles"]' },
      { selector: '[data-testid="zones-toggle"]' },
    ]),
  ),
};
await browser.close();
await server.close();

// Lighthouse (performance, TBT) on the same build in the same run, after the loads.
let lighthouse = null;
try {
  lighthouse = JSON.parse(execSync('node tests/lighthouse.mjs --json', { encoding: 'utf8' }));
} catch (e) {
  // It exits 1 when accessibility or best practices miss; its figures are still printed.
  lighthouse = e.stdout ? JSON.parse(String(e.stdout).trim().split('\n').at(-1)) : null;
}

const ratio = (a, b) => Number((a / b).toFixed(3));
const f = results.floor;
const ratios = {
  initialJsGzip: ratio(results.explorer.initialJsGzip.median, f.initialJsGzip.median),
  mapReady: ratio(results.explorer.mapReadyMs.median, f.mapReadyMs.median),
  deckReady: ratio(results.deck.mapReadyMs.median, f.mapReadyMs.median),
  totalJsGzip: ratio(results.explorer.totalJsGzip.median, f.totalJsGzip.median),
  heap: ratio(results.explorer.heapBytes.median, f.heapBytes.median),
  embedInitialJsGzip: ratio(results.embed.initialJsGzip.median, f.initialJsGzip.median),
  embedMapReady: ratio(results.embed.mapReadyMs.median, f.mapReadyMs.median),
  changeVsRecolour: ratio(changeMs.explorer.median, changeMs.floorRecolour.median),
  explorerFirstValues: ratio(results.explorer.firstValuesMs.median, f.mapReadyMs.median),
  embedFirstValues: ratio(results.embed.firstValuesMs.median, f.mapReadyMs.median),
  embedJsBeforeInteraction: ratio(
    results.embed.jsBeforeInteractionGzip.median,
    f.jsBeforeInteractionGzip.median,
  ),
};
const budgets = [
  ['explorer initial JS ≤ 1.3× floor', ratios.initialJsGzip <= 1.3],
  ['explorer map-ready ≤ 1.25× floor', ratios.mapReady <= 1.25],
  ['deck.gl layers on screen ≤ 2.5× floor', ratios.deckReady <= 2.5],
  ['view change median ≤ 2× floor recolour', ratios.changeVsRecolour <= 2],
  // "No heavier and no slower than the explorer", within the ~15% noise of these machines.
  ['explorer first values paint ≤ 0.35× floor map-ready', ratios.explorerFirstValues <= 0.35],
  ['embed first values paint ≤ 0.35× floor map-ready', ratios.embedFirstValues <= 0.35],
  ['embed JS before interaction ≤ 0.2× floor JS', ratios.embedJsBeforeInteraction <= 0.2],
  // Once asked for, the embed's map draws (from the tap) no slower than the explorer's.
  [
    'embed map-ready after "explore" ≤ explorer (+15% noise)',
    results.embed.mapReadyMs.median <= results.explorer.mapReadyMs.median * 1.15,
  ],
].map(([name, ok]) => ({ name, ok }));

// Reported beside the ratios of medians (which the budgets use), as a check on them.
const pairedMapReady = {
  explorer: paired('explorer'),
  embed: paired('embed'),
  deck: paired('deck'),
};
const report = { runs, pages: results, ratios, pairedMapReady, changeMs, lighthouse, budgets };
if (json) console.log(JSON.stringify(report));
else {
  console.log('\nratios against the floor (same run):');
  for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(20)} ${v}`);
  console.log(
    `map-ready, median of per-round ratios: explorer ${pairedMapReady.explorer}, embed ${pairedMapReady.embed}, deck ${pairedMapReady.deck}`,
  );
  console.log(
    `change latency: explorer median ${changeMs.explorer.median.toFixed(0)} ms (min ${changeMs.explorer.min.toFixed(0)}, max ${changeMs.explorer.max.toFixed(0)}); floor recolour ${changeMs.floorRecolour.median.toFixed(0)} ms`,
  );
  if (lighthouse)
    for (const [name, r] of Object.entries(lighthouse))
      console.log(`lighthouse ${name}: performance ${r.performance}, TBT ${r.tbtMs} ms`);
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name}`);
}
if (flag('--check') && budgets.some((b) => !b.ok)) process.exit(1);
