import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (dir?: string) => {
  try {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/validate-data.ts', ...(dir ? ['--data', dir] : [])],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
};

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync('data', dir, { recursive: true });
  return dir;
}

describe('npm run validate', () => {
  it('accepts the real data', () => {
    expect(run()).toMatchObject({ code: 0 });
  }, 30_000);

  it('fails a build whose data is invalid, naming the record and field', () => {
    const dir = copyData();
    const file = join(dir, 'clusters.json');
    const d = JSON.parse(readFileSync(file, 'utf8'));
    d.cells[7].stars = 5;
    d.cells[8].evidence[0].quote = '这句话不在任何来源里';
    writeFileSync(file, JSON.stringify(d));
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/clusters.json is invalid');
    expect(r.out).toMatch(/cells\[7\] \([a-z-]+ × 44\d{4}\)\.stars: /);
    expect(r.out).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, 30_000);

  it('reports a quote that is not in its source', () => {
    const dir = copyData();
    const file = join(dir, 'clusters.json');
    const d = JSON.parse(readFileSync(file, 'utf8'));
    d.cells[8].evidence[0].quote = '这句话不在任何来源里';
    writeFileSync(file, JSON.stringify(d));
    expect(run(dir).out).toMatch(/cells\[8\] .*\.evidence\[0\]\.quote: not found verbatim/);
  }, 30_000);

  it('fails on broken subsidy rules too', () => {
    const dir = copyData();
    const file = join(dir, 'subsidies.json');
    const d = JSON.parse(readFileSync(file, 'utf8'));
    d.rules[0].recipient = 'nobody';
    writeFileSync(file, JSON.stringify(d));
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/rules\[0\] \(tech-upgrade-equipment\)\.recipient/);
  }, 30_000);

  it('fails on an edition quote outside its lines, and on a product city its quote does not name', () => {
    const dir = copyData();
    const ed = join(dir, 'editions.json');
    const d = JSON.parse(readFileSync(ed, 'utf8'));
    d.targets[0].evidence.lines = [1, 2];
    writeFileSync(ed, JSON.stringify(d));
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/editions.json is invalid');
    expect(r.out).toMatch(
      /targets\[0\] \(2019 electronic-information 2022\)\.evidence: quote not within lines 1–2/,
    );

    writeFileSync(ed, readFileSync('data/editions.json', 'utf8'));
    const pr = join(dir, 'products.json');
    const p = JSON.parse(readFileSync(pr, 'utf8'));
    p.terms[0].places[0].cities.push('440500');
    writeFileSync(pr, JSON.stringify(p));
    const r2 = run(dir);
    expect(r2.code).toBe(1);
    expect(r2.out).toMatch(/terms\[0\] \(new-energy-vehicles\)\.places\[0\].*汕头 is not named/);
  }, 60_000);

  it('fails on an unglossed quote, a stale gloss and an English note with bare Chinese', () => {
    const dir = copyData();
    const file = join(dir, 'glossary.json');
    const g = JSON.parse(readFileSync(file, 'utf8'));
    const [quote] = Object.keys(g.quotes);
    delete g.quotes[quote];
    g.identifiers['专栏99'] = 'Box 99';
    writeFileSync(file, JSON.stringify(g));
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/glossary.json is invalid');
    expect(r.out).toMatch(/: no English gloss in glossary\.json quotes for “/);
    expect(r.out).toContain('identifiers[“专栏99”]: stale');

    writeFileSync(file, readFileSync('data/glossary.json', 'utf8'));
    const cl = join(dir, 'clusters.json');
    const d = JSON.parse(readFileSync(cl, 'utf8'));
    d.cells[5].note = { zh: '见专栏1', en: 'See 专栏1.' };
    writeFileSync(cl, JSON.stringify(d));
    expect(run(dir).out).toMatch(
      /cells\[5\] \([a-z-]+ × 44\d{4}\)\.note\.en: Chinese outside a name in parentheses or a glossed quote: “专栏1”/,
    );
  }, 60_000);
});
