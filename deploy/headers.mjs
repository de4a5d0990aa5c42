// The one definition of the security and caching headers, and the three files generated from
// it: an nginx server snippet, a Caddyfile and a `_headers` file for static hosts (Netlify,
// Cloudflare Pages). Pure: pages come in as { file, html }, text goes out; scripts/deploy-config.mjs
// does the reading and writing after `vite build`.

/** Hashed build output never changes under its name, so browsers may keep it for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, data and unhashed files: cache, but ask the server (ETag) every time. */
export const REVALIDATE = 'no-cache';
export const IMMUTABLE_PREFIX = '/_app/immutable/';

/** Sent with every response. */
export const COMMON = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
});

/** Only the embed pages (`/embed` and every page under it) may be framed, by any site; everything else by no one. */
export const FRAMABLE = '/embed';

/** @param {string} path a URL path such as `/embed/auto-en` */
export function framable(path) {
  return path === FRAMABLE || path.startsWith(`${FRAMABLE}/`);
}

/**
 * Headers-only CSP for responses that are not prerendered pages (data, scripts, the 400 page):
 * the directives of `kit.csp` without hashes, so no inline script runs.
 * @param {Record<string, string[]>} directives as in svelte.config.js `kit.csp.directives`
 */
export function baseCsp(directives) {
  const quoted = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values.map((v) => (quoted.has(v) ? `'${v}'` : v))].join(' '))
    .join('; ');
}

/**
 * The CSP SvelteKit wrote into a page's `<meta http-equiv="content-security-policy">`, or null.
 * @param {string} html
 */
export function metaCsp(html) {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m ? m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null;
}

/**
 * The URL paths a prerendered HTML file answers: `index.html` → `/`, `a/b.html` → `/a/b`, each
 * also under its file name.
 * @param {string} file path relative to the build root, with `/`
 */
export function pagePaths(file) {
  const clean = file === 'index.html' ? '/' : `/${file.replace(/(\/index)?\.html$/, '')}`;
  return [clean, `/${file}`];
}

/**
 * A page's CSP header: its meta policy plus `frame-ancestors`, which browsers ignore in <meta>.
 * @param {string} csp
 * @param {string} path
 */
export function withFrameAncestors(csp, path) {
  const ancestors = framable(path) ? '*' : "'none'";
  return `${csp.replace(/;?\s*$/, '')}; frame-ancestors ${ancestors}`;
}

/**
 * @typedef {{ kind: 'page', paths: string[], file: string, headers: Record<string, string> }} PageRule
 * @typedef {{ kind: 'prefix', prefix: string, headers: Record<string, string> }} PrefixRule
 * @typedef {{ kind: 'default', headers: Record<string, string> }} DefaultRule
 * @typedef {PageRule | PrefixRule | DefaultRule} Rule
 */

/**
 * Every rule with its complete header set (hosts differ in how they merge rules, so no rule relies
 * on another): one per page, the immutable assets, and the default for everything else.
 * @param {{ pages: { file: string, html: string }[], directives: Record<string, string[]> }} input
 * @returns {Rule[]}
 */
export function buildRules({ pages, directives }) {
  const base = baseCsp(directives);
  /** @type {Rule[]} */
  const rules = [...pages]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ file, html }) => {
      const paths = pagePaths(file);
      return {
        kind: 'page',
        file,
        paths,
        headers: {
          ...COMMON,
          'Content-Security-Policy': withFrameAncestors(metaCsp(html) ?? base, paths[0] ?? '/'),
          'Cache-Control': REVALIDATE,
        },
      };
    });
  rules.push({
    kind: 'prefix',
    prefix: IMMUTABLE_PREFIX,
    headers: {
      ...COMMON,
      'Content-Security-Policy': withFrameAncestors(base, ''),
      'Cache-Control': IMMUTABLE,
    },
  });
  rules.push({
    kind: 'default',
    headers: {
      ...COMMON,
      'Content-Security-Policy': withFrameAncestors(base, ''),
      'Cache-Control': REVALIDATE,
    },
  });
  return rules;
}

/** @param {string} v */
const nginxQuote = (v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** @param {Record<string, string>} headers @param {string} indent */
const nginxHeaders = (headers, indent) =>
  Object.entries(headers)
    .map(([k, v]) => `${indent}add_header ${k} ${nginxQuote(v)} always;`)
    .join('\n');

/**
 * Directives for an nginx `server {}` block (include it after `listen` and `root`). Every location
 * repeats the whole header set because nginx drops inherited `add_header`s in a location that has
 * its own.
 * @param {Rule[]} rules
 * @param {{ brotli?: boolean }} [opts] `brotli_static` needs the ngx_brotli module
 */
export function nginxSite(rules, { brotli = false } = {}) {
  const out = [
    '# Generated by scripts/deploy-config.mjs from deploy/headers.mjs: do not edit.',
    'server_tokens off;',
    'etag on;',
    'charset utf-8;',
    'charset_types text/css text/plain text/csv application/javascript application/json image/svg+xml;',
    '# Precompressed files written by the build (adapter-static `precompress`).',
    'gzip_static on;',
    ...(brotli ? ['brotli_static on;'] : ['# brotli_static on;  (with the ngx_brotli module)']),
    'gzip on;',
    'gzip_vary on;',
    'gzip_types text/csv text/plain application/json application/javascript text/css image/svg+xml;',
    '# Share links carry the view in the query; allow long ones.',
    'large_client_header_buffers 4 32k;',
    'error_page 404 403 =404 /404.html;',
    'error_page 400 414 /400.html;',
    '',
  ];
  const views = perViewRewrites(rules);
  for (const rule of rules) {
    if (rule.kind === 'page') {
      for (const path of rule.paths) {
        out.push(`location = ${path} {`);
        out.push(nginxHeaders(rule.headers, '  '));
        for (const [query, target] of views.get(path) ?? [])
          out.push(`  if ($args ~ "${query}") { rewrite ^ ${target} last; }`);
        if (path !== `/${rule.file}`) out.push(`  try_files /${rule.file} =404;`);
        out.push('}');
      }
    } else if (rule.kind === 'prefix') {
      out.push(`location ^~ ${rule.prefix} {`, nginxHeaders(rule.headers, '  '), '}');
    } else {
      out.push('location / {', nginxHeaders(rule.headers, '  '), '  try_files $uri =404;', '}');
    }
  }
  return out.join('\n') + '\n';
}

/**
 * A link to one cluster (`/?c=new-energy`, `/embed?c=new-energy&lang=en`, as the app writes it)
 * is answered with that view's own prerendered page (`/new-energy-zh`, `/embed/new-energy-en`),
 * so a link preview or a reader without JavaScript gets the view's HTML, share image and CSP.
 * Per route path: [query regex, rewrite target] pairs, from the per-view pages that exist.
 * @param {Rule[]} rules
 * @returns {Map<string, [string, string][]>}
 */
export function perViewRewrites(rules) {
  /** @type {Map<string, Map<string, string[]>>} route → lang → cluster ids */
  const found = new Map();
  for (const rule of rules) {
    if (rule.kind !== 'page') continue;
    const m = /^(?:(.+)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)-(zh|en)\.html$/.exec(rule.file);
    if (!m) continue;
    const route = m[1] ? `/${m[1]}` : '/';
    const byLang = found.get(route) ?? new Map();
    found.set(route, byLang);
    byLang.set(m[3], [...(byLang.get(m[3]) ?? []), m[2]]);
  }
  /** @type {Map<string, [string, string][]>} */
  const out = new Map();
  for (const [route, byLang] of found) {
    const prefix = route === '/' ? '' : route;
    /** @type {[string, string][]} */
    const pairs = [];
    for (const [lang, ids] of [...byLang].sort()) {
      const alt = ids.sort().join('|');
      // The app writes `lang` after `c`, and leaves out the default language (zh).
      // A named capture: `rewrite`'s own pattern would reset $1.
      const named = `(?<atlas_view>${alt})`;
      const query = lang === 'zh' ? `^c=${named}$` : `^c=${named}&lang=${lang}$`;
      pairs.push([query, `${prefix}/\${atlas_view}-${lang}?`]);
    }
    out.set(route, pairs);
  }
  return out;
}

/** @param {string} v */
const caddyQuote = (v) => `"${v.replaceAll('"', '\\"')}"`;

/**
 * A Caddyfile serving `build/` (override the address and root with SITE_ADDRESS and SITE_ROOT).
 * Matchers are disjoint, so the order in which Caddy applies `header` directives does not matter.
 * @param {Rule[]} rules
 */
export function caddyfile(rules) {
  /** @type {string[]} */
  const claimed = [];
  const out = [
    '# Generated by scripts/deploy-config.mjs from deploy/headers.mjs: do not edit.',
    '{$SITE_ADDRESS::4173} {',
    '\troot * {$SITE_ROOT:build}',
    '\theader -Server',
  ];
  let i = 0;
  for (const rule of rules) {
    let matcher;
    if (rule.kind === 'page') {
      matcher = `path ${rule.paths.join(' ')}`;
      claimed.push(...rule.paths);
    } else if (rule.kind === 'prefix') {
      matcher = `path ${rule.prefix}*`;
      claimed.push(`${rule.prefix}*`);
    } else matcher = `not path ${claimed.join(' ')}`;
    const name = `r${i++}`;
    out.push(`\t@${name} ${matcher}`, `\theader @${name} {`);
    for (const [k, v] of Object.entries(rule.headers)) out.push(`\t\t${k} ${caddyQuote(v)}`);
    out.push('\t}');
  }
  // The 404 page runs its boot script, so it needs its own policy rather than the default's.
  const notFound = rules.find((r) => r.kind === 'page' && r.file === '404.html');
  const notFoundCsp = notFound?.headers['Content-Security-Policy'];
  out.push(
    '\ttry_files {path} {path}.html',
    '\tfile_server {',
    '\t\tprecompressed br gzip',
    '\t}',
    '\thandle_errors {',
    '\t\t@notfound expression `{err.status_code} in [403, 404]`',
    '\t\thandle @notfound {',
    ...(notFoundCsp ? [`\t\t\theader Content-Security-Policy ${caddyQuote(notFoundCsp)}`] : []),
    '\t\t\trewrite * /404.html',
    '\t\t\tfile_server',
    '\t\t}',
    '\t\thandle {',
    '\t\t\trewrite * /400.html',
    '\t\t\tfile_server',
    '\t\t}',
    '\t}',
    '}',
  );
  return out.join('\n') + '\n';
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages). Those hosts apply every matching rule and join
 * repeated header names, so CSP and caching go only on exact page paths and the immutable
 * prefix; the common headers go on `/*`.
 * @param {Rule[]} rules
 */
export function headersFile(rules) {
  const out = ['# Generated by scripts/deploy-config.mjs from deploy/headers.mjs: do not edit.'];
  /** @param {string} pattern @param {Record<string, string>} headers */
  const block = (pattern, headers) => {
    out.push(pattern);
    for (const [k, v] of Object.entries(headers)) out.push(`  ${k}: ${v}`);
  };
  block('/*', { ...COMMON });
  for (const rule of rules) {
    if (rule.kind === 'page') {
      const { 'Content-Security-Policy': csp, 'Cache-Control': cache } = rule.headers;
      for (const path of rule.paths)
        block(path, { 'Content-Security-Policy': csp ?? '', 'Cache-Control': cache ?? '' });
    } else if (rule.kind === 'prefix')
      block(`${rule.prefix}*`, { 'Cache-Control': rule.headers['Cache-Control'] ?? '' });
    else block('/data/*', { 'Cache-Control': rule.headers['Cache-Control'] ?? '' });
  }
  return out.join('\n') + '\n';
}
