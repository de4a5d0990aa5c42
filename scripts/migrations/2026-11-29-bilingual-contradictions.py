"""
One-off migration (kept for the record): every contradiction of data/clusters.json gets its
topic, description and decision in both languages (contradictions-zh-*.json, by hand). Decisions
that gave a "level not legible" cell ★ are updated to "member, level not printed".
"""
import json
D = 'data/clusters.json'
d = json.load(open(D))
zh = {}
for f in ['contradictions-zh-1.json', 'contradictions-zh-2.json', 'contradictions-zh-3.json']:
    zh.update(json.load(open('scripts/migrations/' + f)))
EN_DECISION = {
    'emerging-row12-high-end-equipment': ('揭阳 ★ (run lost; level from the map list).',
                                          "揭阳 is a member (run lost; its list is uniformly ★, so not level-bearing: level not printed)."),
    'emerging-row13-intelligent-robots': ('汕头 ★ (level not legible, minimum)', '汕头 member, level not printed'),
    'emerging-map-star-runs': (' and, as a weak fallback flagged in the cell note, for the uniformly-★ lists of east/west cities where the table run was lost.',
                               '; the uniformly-★ lists of east/west cities are not levels: where the table run was lost the cell is "member, level not printed" (until 2026-11-29 they gave a weak ★).'),
    'emerging-row16-new-energy': ('江门 ★ (minimum; the alternative reading gives ★★)', '江门 member, level not printed (the alternative reading gives ★★)'),
    'emerging-row17-laser-additive': ('江门 ★ (minimum)', '江门 member, level not printed'),
    'emerging-row18-digital-creative': ('江门 ★ (minimum)', '江门 member, level not printed'),
    'emerging-row19-safety-emergency': ('汕头 ★ and 湛江 ★ restored from map lists/text/row total with minimum or map level (their own runs collapsed).',
                                        '汕头 and 湛江 restored as members from map lists/text/row total, level not printed (their own runs collapsed).'),
    'emerging-row20-precision-instruments': ('汕头 ★ (minimum) and 湛江 ★ restored from map lists, text and the row total',
                                             '汕头 and 湛江 restored as members from map lists, text and the row total, level not printed'),
}
for c in d['contradictions']:
    t, desc, dec = zh[c['id']]
    en_dec = c['decision']
    if c['id'] in EN_DECISION:
        old, new = EN_DECISION[c['id']]
        assert old in en_dec, c['id']
        en_dec = en_dec.replace(old, new)
    c['topic'] = {'zh': t, 'en': c['topic']}
    c['description'] = {'zh': desc, 'en': c['description']}
    c['decision'] = {'zh': dec, 'en': en_dec}
json.dump(d, open(D, 'w'), ensure_ascii=False, indent=1)
open(D, 'a').write('\n')
