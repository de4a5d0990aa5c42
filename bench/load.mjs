#!/usr/bin/env node
// Load benchmark (not a test): the same requests through the production server (nginx with the
// generated config) and the test server (tests/serve.mjs), in one run, on 127.0.0.1. Each server
// runs in its own process; the client is this one (plain node:http, keep-alive), so on a small
// machine the figures are a floor for both. Run after `npm run build`:
//   node bench/load.mjs [--requests 10000] [--concurrency 100] [--json]
// Bounded: each server gets at most --requests requests and --seconds (default 120) of wall time.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { freePort, startNginx } from '../deploy/nginx.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('requests', 10_000);
const CONCURRENCY = arg('concurrency', 100);
const SECONDS = arg('seconds', 120);
const WARMUP = Math.min(300, TOTAL);
const PATHS = ['/', '/embed', '/data/clusters.json'];
const json = process.argv.includes('--json');

/** The test server in a child process, so it does not share this thread with the client. */
async function startTestServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ['tests/serve.mjs', 'build', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('serving') && resolve(undefined));
    child.on('exit', (code) => reject(new Error(`tests/serve.mjs exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

/**
 * Sends `total` GETs cycling through PATHS with `concurrency` in flight, as a browser asks
 * (accepting br and gzip); returns throughput, latency quantiles and errors.
 * @param {string} base @param {number} total
 */
async function load(base, total) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(PATHS.map((p) => [p, []]));
  /** @type {Record<string, number>} */
  const errors = {};
  let bytes = 0;
  let next = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const one = (path) =>
    new Promise((resolve) => {
      const t0 = process.hrtime.bigint();
      const req = request(
        `${base}${path}`,
        { agent, headers: { 'accept-encoding': 'br, gzip' }, timeout: 10_000 },
        (res) => {
          res.on('data', (c) => (bytes += c.length));
          res.on('end', () => {
            if (res.statusCode === 200)
              times[path].push(Number(process.hrtime.bigint() - t0) / 1e6);
            else errors[`HTTP ${res.statusCode}`] = (errors[`HTTP ${res.statusCode}`] ?? 0) + 1;
            resolve(undefined);
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => {
        errors[e.message] = (errors[e.message] ?? 0) + 1;
        resolve(undefined);
      });
      req.end();
    });
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total && Date.now() < deadline) await one(PATHS[next++ % PATHS.length]);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  const all = Object.values(times)
    .flat()
    .sort((a, b) => a - b);
  const ms = (v) => Math.round(v * 10) / 10;
  return {
    sent: next,
    ok: all.length,
    errors,
    seconds: ms(seconds),
    requestsPerSecond: Math.round(all.length / seconds),
    megabytesPerSecond: ms(bytes / 1e6 / seconds),
    p50ms: ms(quantile(all, 0.5)),
    p99ms: ms(quantile(all, 0.99)),
    byPath: Object.fromEntries(
      Object.entries(times).map(([p, t]) => {
        t.sort((a, b) => a - b);
        return [p, { p50ms: ms(quantile(t, 0.5)), p99ms: ms(quantile(t, 0.99)) }];
      }),
    ),
  };
}

const servers = [
  ['nginx (npm start)', () => startNginx({ root: 'build' })],
  ['tests/serve.mjs', startTestServer],
];
/** @type {Record<string, Awaited<ReturnType<typeof load>>>} */
const results = {};
for (const [name, start] of servers) {
  const server = await start();
  try {
    await load(server.url, WARMUP);
    results[name] = await load(server.url, TOTAL);
  } finally {
    await server.close();
  }
}

if (json) console.log(JSON.stringify({ requests: TOTAL, concurrency: CONCURRENCY, results }));
else {
  console.log(
    `${TOTAL} requests per server at concurrency ${CONCURRENCY} over ${PATHS.join(', ')} (accept-encoding: br, gzip; ${WARMUP} warm-up requests first)`,
  );
  console.log('server              req/s    MB/s   p50 ms  p99 ms  errors');
  for (const [name, r] of Object.entries(results)) {
    const errs = Object.entries(r.errors)
      .map(([k, v]) => `${k}×${v}`)
      .join(', ');
    console.log(
      `${name.padEnd(18)} ${String(r.requestsPerSecond).padStart(6)} ${String(r.megabytesPerSecond).padStart(7)} ${String(r.p50ms).padStart(8)} ${String(r.p99ms).padStart(7)}  ${errs || 'none'}${r.sent < TOTAL ? ` (stopped at ${r.sent}: time limit)` : ''}`,
    );
    for (const [p, q] of Object.entries(r.byPath))
      console.log(`  ${p.padEnd(22)} p50 ${q.p50ms} ms, p99 ${q.p99ms} ms`);
  }
}
