import { describe, expect, it } from 'vitest';
import { readIndex } from './node';
import { shareCard, shareImagePath, shareViewOf, shareViews } from './share';

const index = readIndex();

describe('share images', () => {
  it('has one view for the default and one per cluster', () => {
    const views = shareViews(index);
    expect(views).toHaveLength(1 + index.atlas.clusters.length);
    expect(new Set(views).size).toBe(views.length);
  });

  it.each([
    [[], 'all'],
    [['new-energy'], 'new-energy'],
    [['new-energy', 'automobiles'], 'all'],
  ])('picks the image for the selection %j', (clusters, view) => {
    expect(shareViewOf(clusters)).toBe(view);
  });

  it('names files by view and language', () => {
    expect(shareImagePath('new-energy', 'en')).toBe('map/new-energy-en');
  });

  it('titles, legends and credits the card in the view’s language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const { card, metric } = shareCard(index, 'new-energy', lang, 'atlas.example');
      expect(card.title.startsWith(index.cluster('new-energy')!.name[lang])).toBe(true);
      expect(card.legend).toHaveLength(metric.legend.length);
      expect(card.credit).toContain(index.atlas.version);
    }
    expect(shareCard(index, 'all', 'en', '').card.credit.startsWith('Source: ')).toBe(true);
    expect(shareCard(index, 'all', 'zh', '').card.credit.startsWith('来源: ')).toBe(true);
  });
});
