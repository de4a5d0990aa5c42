import { describe, expect, it } from 'vitest';
import { defaultView } from './view';
import { parseView } from './url';
import {
  allSlugs,
  canonicalHref,
  parseSlug,
  routePath,
  slugOf,
  slugLang,
  startView,
  VIEW_SLUG,
} from './per-view';
import { makeContext } from './fixtures';

const ctx = makeContext();

const ids = ['new-energy', 'automobiles', 'electronic-information'];

describe('per-view pages', () => {
  it('reads a slug as a cluster and a language, and nothing else', () => {
    expect(parseSlug('new-energy-en', ids)).toEqual({ cluster: 'new-energy', lang: 'en' });
    expect(parseSlug('automobiles-zh', ids)).toEqual({ cluster: 'automobiles', lang: 'zh' });
    expect(parseSlug('new-energy', ids)).toBeNull();
    expect(parseSlug('new-energy-fr', ids)).toBeNull();
    expect(parseSlug('steel-en', ids)).toBeNull(); // looks right, names no cluster
    expect(parseSlug('New-Energy-en', ids)).toBeNull();
    expect(VIEW_SLUG.test('about')).toBe(false);
    expect(VIEW_SLUG.test('404')).toBe(false);
  });

  it('says the language of a slug’s page', () => {
    expect(slugLang('new-energy-en')).toBe('en');
    expect(slugLang('new-energy-zh')).toBe('zh');
    expect(slugLang(undefined)).toBeNull();
    expect(slugLang('about')).toBeNull();
  });

  it('starts from the slug’s view, or the default', () => {
    expect(startView('new-energy-en', ids)).toEqual({
      ...defaultView(),
      clusters: ['new-energy'],
      lang: 'en',
    });
    expect(startView(undefined, ids)).toEqual(defaultView());
    expect(startView('steel-en', ids)).toEqual(defaultView());
  });

  it('lets the query go on top of the page’s view', () => {
    const start = startView('new-energy-en', ctx.clusterIds);
    expect(parseView('', ctx, start).view).toEqual(start);
    const v = parseView('?city=heyuan', ctx, start).view;
    expect(v.clusters).toEqual(['new-energy']);
    expect(v.lang).toBe('en');
    expect(v.city).toBe('heyuan');
    expect(parseView('?c=automobiles&lang=zh', ctx, start).view).toMatchObject({
      clusters: ['automobiles'],
      lang: 'zh',
    });
    // The start view is not mutated by parsing.
    expect(start.city).toBeNull();
  });

  it('gives a slug only to a view with one cluster and nothing else but the language', () => {
    const one = { ...defaultView(), clusters: ['new-energy'] };
    expect(slugOf(one)).toBe('new-energy-zh');
    expect(slugOf({ ...one, lang: 'en' })).toBe('new-energy-en');
    expect(slugOf(defaultView())).toBeNull();
    expect(slugOf({ ...one, clusters: ['new-energy', 'automobiles'] })).toBeNull();
    expect(slugOf({ ...one, city: 'heyuan' })).toBeNull();
    expect(slugOf({ ...one, zones: true })).toBeNull();
    expect(slugOf({ ...one, title: 'Mine' })).toBeNull();
    expect(slugOf({ ...one, layers: { carriers: true, pairings: false } })).toBeNull();
  });

  it('links a view to its own page, or to its route with a query', () => {
    const one = { ...defaultView(), clusters: ['new-energy'], lang: 'en' as const };
    expect(canonicalHref('/', one)).toBe('/new-energy-en');
    expect(canonicalHref('/embed', one)).toBe('/embed/new-energy-en');
    expect(canonicalHref('/base/embed', one)).toBe('/base/embed/new-energy-en');
    expect(canonicalHref('/', { ...one, zones: true })).toBe('/?c=new-energy&zones=1&lang=en');
    expect(canonicalHref('/', defaultView())).toBe('/');
  });

  it('finds the route’s own path under a slug', () => {
    expect(routePath('/new-energy-en', 'new-energy-en')).toBe('/');
    expect(routePath('/embed/new-energy-en', 'new-energy-en')).toBe('/embed');
    expect(routePath('/base/new-energy-en', 'new-energy-en')).toBe('/base');
    expect(routePath('/embed', undefined)).toBe('/embed');
    expect(routePath('/compare', undefined)).toBe('/compare');
  });

  it('lists every cluster in every language', () => {
    expect(allSlugs(['a', 'b'])).toEqual(['a-zh', 'a-en', 'b-zh', 'b-en']);
    for (const s of allSlugs(ids)) expect(parseSlug(s, ids)).not.toBeNull();
  });
});
