import { describe, expect, it } from 'vitest';
import {
  baseCsp,
  buildRules,
  caddyfile,
  headersFile,
  IMMUTABLE,
  metaCsp,
  nginxSite,
  pagePaths,
  perViewRewrites,
  REVALIDATE,
  withFrameAncestors,
  type Rule,
} from './headers.mjs';

const directives = {
  'default-src': ['self'],
  'script-src': ['self'],
  'img-src': ['self', 'data:'],
};
const page = (file: string, hash: string) => ({
  file,
  html: `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-${hash}&#39;"></head>`,
});
const pages = [page('index.html', 'AAA'), page('embed.html', 'BBB'), page('404.html', 'CCC')];
const rules = buildRules({ pages, directives });
const pageRule = (path: string) =>
  rules.find(
    (r): r is Extract<Rule, { kind: 'page' }> => r.kind === 'page' && r.paths.includes(path),
  );

describe('page paths', () => {
  it.each([
    ['index.html', ['/', '/index.html']],
    ['embed.html', ['/embed', '/embed.html']],
    ['a/b.html', ['/a/b', '/a/b.html']],
    ['a/index.html', ['/a', '/a/index.html']],
  ])('maps %s to %j', (file, paths) => expect(pagePaths(file)).toEqual(paths));
});

describe('CSP', () => {
  it('reads the policy SvelteKit put in a page, unescaping quotes', () => {
    expect(metaCsp(page('index.html', 'X').html)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-X'",
    );
    expect(metaCsp('<html></html>')).toBeNull();
  });

  it('quotes keywords but not schemes in the base policy', () => {
    expect(baseCsp(directives)).toBe("default-src 'self'; script-src 'self'; img-src 'self' data:");
  });

  it.each([
    ['/embed', "a 'self'; frame-ancestors *"],
    ['/', "a 'self'; frame-ancestors 'none'"],
    ['/embed.html', "a 'self'; frame-ancestors 'none'"],
    ['/embed/auto-en', "a 'self'; frame-ancestors *"],
    ['/embed/compare', "a 'self'; frame-ancestors *"],
    ['/embedded', "a 'self'; frame-ancestors 'none'"],
    ['/compare', "a 'self'; frame-ancestors 'none'"],
    ['', "a 'self'; frame-ancestors 'none'"],
  ])('lets only the embed pages be framed (%s)', (path, csp) =>
    expect(withFrameAncestors("a 'self';", path)).toBe(csp),
  );

  it("gives each page its own hashes and the embed's framing to both of its paths", () => {
    expect(pageRule('/')?.headers['Content-Security-Policy']).toContain("'sha256-AAA'");
    expect(pageRule('/404.html')?.headers['Content-Security-Policy']).toContain("'sha256-CCC'");
    expect(pageRule('/embed')?.headers['Content-Security-Policy']).toMatch(
      /'sha256-BBB'.*frame-ancestors \*$/,
    );
  });

  it('falls back to the hashless base policy for a page without a meta CSP', () => {
    const [rule] = buildRules({ pages: [{ file: '400.html', html: '<p>' }], directives });
    expect(rule?.headers['Content-Security-Policy']).toBe(
      `${baseCsp(directives)}; frame-ancestors 'none'`,
    );
  });
});

describe('rules', () => {
  it('caches hashed assets for a year and revalidates everything else', () => {
    const cache = Object.fromEntries(
      rules.map((r) => [r.kind === 'page' ? r.file : r.kind, r.headers['Cache-Control']]),
    );
    expect(cache).toEqual({
      '404.html': REVALIDATE,
      'embed.html': REVALIDATE,
      'index.html': REVALIDATE,
      prefix: IMMUTABLE,
      default: REVALIDATE,
    });
  });

  it('puts the common security headers on every rule', () => {
    for (const r of rules) {
      expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
      expect(r.headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(r.headers['Permissions-Policy']).toContain('camera=()');
    }
  });
});

describe('nginx', () => {
  const conf = nginxSite(rules, { brotli: true });
  const location = (head: string) => {
    const start = conf.indexOf(`location ${head} {`);
    return start < 0 ? '' : conf.slice(start, conf.indexOf('}', start));
  };

  it('repeats the whole header set in every location, sent with error statuses too', () => {
    const blocks = conf.split('location ').slice(1);
    expect(blocks).toHaveLength(8);
    for (const b of blocks) expect(b.match(/add_header .* always;/g)).toHaveLength(5);
  });

  it('serves pages by clean path and by file name, and 404/400 pages for errors', () => {
    expect(location('= /embed')).toContain('try_files /embed.html =404;');
    expect(location('= /embed.html')).not.toContain('try_files');
    expect(location('= /embed')).toContain('frame-ancestors *');
    expect(location('= /')).toContain("frame-ancestors 'none'");
    expect(location('^~ /_app/immutable/')).toContain(IMMUTABLE);
    expect(conf).toContain('error_page 404 403 =404 /404.html;');
    expect(conf).toContain('error_page 400 414 /400.html;');
  });

  it('serves brotli files only with the module', () => {
    expect(conf).toMatch(/^brotli_static on;$/m);
    expect(nginxSite(rules)).not.toMatch(/^brotli_static on;$/m);
    expect(nginxSite(rules)).toMatch(/^gzip_static on;$/m);
  });

  it('escapes quotes in header values', () => {
    const odd: Rule[] = [{ kind: 'default', headers: { X: 'a "b"' } }];
    expect(nginxSite(odd)).toContain('add_header X "a \\"b\\"" always;');
  });
});

describe('Caddyfile', () => {
  const file = caddyfile(rules);
  it('gives every rule a disjoint matcher, the default excluding all others', () => {
    expect(file).toContain('@r0 path /404 /404.html');
    expect(file).toContain('@r3 path /_app/immutable/*');
    expect(file).toContain(
      '@r4 not path /404 /404.html /embed /embed.html / /index.html /_app/immutable/*',
    );
    expect(file).toContain('precompressed br gzip');
  });

  it('sends the 404 page with its own policy, so its boot script runs', () => {
    const handler = file.slice(file.indexOf('handle @notfound'));
    expect(handler).toMatch(
      /header Content-Security-Policy ".*'sha256-CCC'.*frame-ancestors 'none'"/,
    );
  });
});

describe('_headers', () => {
  const file = headersFile(rules);
  const block = (pattern: string) => {
    const lines = file.split('\n');
    const i = lines.indexOf(pattern);
    if (i < 0) return [];
    const end = lines.findIndex((l, j) => j > i && !l.startsWith('  '));
    return lines.slice(i + 1, end);
  };
  it('puts only the common headers on /*, so no CSP or cache value is ever joined with another', () => {
    expect(block('/*').join('\n')).not.toMatch(/Content-Security-Policy|Cache-Control/);
    expect(block('/_app/immutable/*')).toEqual([`  Cache-Control: ${IMMUTABLE}`]);
    expect(block('/embed')[0]).toMatch(/^ {2}Content-Security-Policy: .*frame-ancestors \*$/);
    expect(block('/')[0]).toMatch(/frame-ancestors 'none'$/);
    expect(block('/data/*')).toEqual([`  Cache-Control: ${REVALIDATE}`]);
  });
});

describe('per-view rewrites', () => {
  const page = (file: string) => ({ file, html: '<p>' });
  const rules = buildRules({
    pages: [
      'index.html',
      'embed.html',
      'a-b-zh.html',
      'a-b-en.html',
      'c-zh.html',
      'c-en.html',
      'embed/c-en.html',
      '404.html',
      'about.html',
    ].map(page),
    directives,
  });

  it('sends a one-cluster link to that view’s own page, per route and language', () => {
    const views = perViewRewrites(rules);
    expect(views.get('/')).toEqual([
      ['^c=(?<atlas_view>a-b|c)&lang=en$', '/${atlas_view}-en?'],
      ['^c=(?<atlas_view>a-b|c)$', '/${atlas_view}-zh?'],
    ]);
    expect(views.get('/embed')).toEqual([
      ['^c=(?<atlas_view>c)&lang=en$', '/embed/${atlas_view}-en?'],
    ]);
    expect(views.has('/about')).toBe(false);
  });

  it('writes the rewrites into the route’s nginx location, before its file', () => {
    const conf = nginxSite(rules);
    const root = conf.slice(
      conf.indexOf('location = / {'),
      conf.indexOf('}\n', conf.indexOf('try_files /index.html')),
    );
    expect(root).toContain(
      'if ($args ~ "^c=(?<atlas_view>a-b|c)$") { rewrite ^ /${atlas_view}-zh? last; }',
    );
    expect(root.indexOf('rewrite')).toBeLessThan(root.indexOf('try_files'));
    expect(conf).not.toMatch(/location = \/about \{[^}]*rewrite/);
  });
});
