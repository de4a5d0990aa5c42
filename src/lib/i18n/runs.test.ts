import { describe, expect, it } from 'vitest';
import { runs } from './runs';

describe('runs', () => {
  it('marks Chinese terms inside English text', () => {
    expect(runs('Named in 专栏1 (3) for 河源.', 'en')).toEqual([
      { text: 'Named in ', lang: null },
      { text: '专栏1 (3)', lang: 'zh' },
      { text: ' for ', lang: null },
      { text: '河源', lang: 'zh' },
      { text: '.', lang: null },
    ]);
  });
  it('leaves a closing parenthesis the run did not open outside it', () => {
    expect(runs('(河源)', 'en')).toEqual([
      { text: '(', lang: null },
      { text: '河源', lang: 'zh' },
      { text: ')', lang: null },
    ]);
    expect(runs('专栏1 (3)', 'en')).toEqual([{ text: '专栏1 (3)', lang: 'zh' }]);
  });
  it('marks English words inside Chinese text', () => {
    expect(runs('依托；LNG接收站建设', 'zh')).toEqual([
      { text: '依托；', lang: null },
      { text: 'LNG', lang: 'en' },
      { text: '接收站建设', lang: null },
    ]);
  });
  it('leaves text of one language whole, and keeps every character', () => {
    expect(runs('Only English here', 'en')).toEqual([{ text: 'Only English here', lang: null }]);
    const mixed = 'A 甲 b 乙 c';
    expect(
      runs(mixed, 'en')
        .map((r) => r.text)
        .join(''),
    ).toBe(mixed);
  });
});
