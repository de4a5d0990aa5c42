"""
One-off migration (kept for the record): every cell note of data/clusters.json becomes
{zh, en}. Formulaic clauses are translated by the templates in notes_zh.py; the 109 notes with
other wording by hand (notes-zh-*.json). The English of the nine "member, level not printed"
cells is updated to say so.
"""
import json, re, sys
sys.path.insert(0, 'scripts/migrations')
from notes_zh import translate_clause, split

D = 'data/clusters.json'
d = json.load(open(D))
manual = {}
for f in ['notes-zh-1.json', 'notes-zh-2.json', 'notes-zh-3.json']:
    manual.update(json.load(open('scripts/migrations/' + f)))

UNPRINTED_EN = {
    'high-end-equipment|445200': ("Level ★ from the map list (揭阳's entries are all ★, consistent with every ★ printed for 揭阳 in the table).",
                                  "揭阳's list entries are all ★, so they are not levels: the level is not printed (shown as ★ until 2026-11-29)."),
    'intelligent-robots|440500': ("so its level is not legible; ★ is the minimum level consistent with presence (汕头's ★★★★ map entries are not levels).",
                                  "so its level is not printed (shown as ★, the minimum consistent with presence, until 2026-11-29; 汕头's ★★★★ map entries are not levels)."),
    'new-energy|440700': ('Level not legible: ★ is the minimum.', 'Level not printed (shown as ★, the minimum, until 2026-11-29).'),
    'laser-additive-manufacturing|440700': ('Level not legible; ★ is the minimum and matches the other cities of that 支持 clause (揭阳, 汕头, 潮州, 河源 all ★).',
                                            'Level not printed (shown as ★, the minimum, until 2026-11-29; the other cities of that 支持 clause, 揭阳, 汕头, 潮州 and 河源, are all ★).'),
    'digital-creative|440700': ('Level not legible; ★ is the minimum.', 'Level not printed (shown as ★, the minimum, until 2026-11-29).'),
    'safety-emergency-environmental|440500': ("汕头's own cell collapsed; ★ is the minimum level.",
                                              "汕头's own cell collapsed: level not printed (shown as ★, the minimum, until 2026-11-29)."),
    'safety-emergency-environmental|440800': ("Level ★ from the map list (湛江's list is uniformly ★, so weakly level-bearing).",
                                              "湛江's list is uniformly ★, so not level-bearing: level not printed (shown as ★ until 2026-11-29)."),
    'precision-instruments|440500': ('Level not legible; ★ is the minimum (the other cities of that clause are ★★ or ★★★ in the table, so ★ may understate).',
                                     'Level not printed (shown as ★, the minimum, until 2026-11-29; the other cities of that clause are ★★ or ★★★ in the table).'),
    'precision-instruments|440800': ('; level ★ from the (uniformly ★) map list.',
                                     "; 湛江's list is uniformly ★, so not level-bearing: level not printed (shown as ★ until 2026-11-29)."),
}

for c in d['cells']:
    note = c.get('note')
    if not note:
        continue
    key = f"{c['cluster']}|{c['city']}"
    en = note
    if key in UNPRINTED_EN:
        old, new = UNPRINTED_EN[key]
        assert old in en, key
        en = en.replace(old, new)
    if key in manual:
        zh = manual[key]
    else:
        parts = [translate_clause(p) for p in split(note)]
        assert all(parts), (key, note)
        zh = ''.join(parts)
    c['note'] = {'zh': zh, 'en': en}

json.dump(d, open(D, 'w'), ensure_ascii=False, indent=1)
open(D, 'a').write('\n')
