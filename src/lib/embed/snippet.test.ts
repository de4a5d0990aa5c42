import { describe, expect, it } from 'vitest';
import { COMPARE_HEIGHTS, embedSnippet } from './snippet';

describe('embedSnippet', () => {
  it('writes a default height per width band, the iframe and the host script', () => {
    const html = embedSnippet({
      src: 'https://atlas.example/embed?c=new-energy&lang=en',
      title: 'New energy',
      script: 'https://atlas.example/embed.js',
    });
    expect(html.split('\n')).toEqual([
      '<style>.gdatlas-embed{width:100%;border:0;height:640px}@media (max-width:800px){.gdatlas-embed{height:720px}}@media (max-width:480px){.gdatlas-embed{height:820px}}</style>',
      '<iframe class="gdatlas-embed" src="https://atlas.example/embed?c=new-energy&amp;lang=en" title="New energy" loading="lazy"></iframe>',
      '<script src="https://atlas.example/embed.js" async></script>',
    ]);
  });

  it('escapes the title and takes other heights', () => {
    const html = embedSnippet({
      src: 'https://a/embed/compare',
      title: '"><script>x</script>',
      script: 'https://a/embed.js',
      heights: COMPARE_HEIGHTS,
    });
    expect(html).toContain('title="&quot;>&lt;script>x&lt;/script>"');
    expect(html).toContain('height:1100px}@media (max-width:800px){.gdatlas-embed{height:1300px}}');
  });
});
