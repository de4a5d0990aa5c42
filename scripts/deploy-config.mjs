#!/usr/bin/env node
// Runs after `vite build`: reads each prerendered page's CSP from build/ and writes the server
// configuration generated from deploy/headers.mjs: build/_headers (static hosts read it from the
// published folder), deploy/generated/nginx-site.conf and deploy/generated/Caddyfile.
// Usage: node scripts/deploy-config.mjs [buildDir]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import svelteConfig from '../svelte.config.js';
import { buildRules, caddyfile, headersFile, nginxSite } from '../deploy/headers.mjs';

const root = process.argv[2] ?? 'build';
const outDir = 'deploy/generated';

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === '_app' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });

const pages = htmlFiles(root).map((p) => ({
  file: relative(root, p).split('\\').join('/'),
  html: readFileSync(p, 'utf8'),
}));
const directives = /** @type {Record<string, string[]>} */ (svelteConfig.kit?.csp?.directives);
const rules = buildRules({ pages, directives });
// Debian's libnginx-mod-http-brotli-static; without it nginx serves the .gz files only.
const brotli = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so');

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'nginx-site.conf'), nginxSite(rules, { brotli }));
writeFileSync(join(outDir, 'Caddyfile'), caddyfile(rules));
writeFileSync(join(root, '_headers'), headersFile(rules));
console.log(
  `deploy: ${pages.length} pages; wrote ${outDir}/nginx-site.conf${brotli ? ' (brotli)' : ''}, ${outDir}/Caddyfile, ${root}/_headers`,
);
