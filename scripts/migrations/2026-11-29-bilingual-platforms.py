"""
One-off migration (kept for the record): the notes, scopes, schemes and open questions shown from
data/platforms.json get zh and en (platforms-text.json, platforms-schemes-en.json, by hand);
English notes made stale by the 2026-11-29 re-sourcing are corrected first.
"""
import json
D = 'data/platforms.json'
d = json.load(open(D))
zh = json.load(open('scripts/migrations/platforms-text.json'))
schemes = json.load(open('scripts/migrations/platforms-schemes-en.json'))
STALE = {
    "A formal lead-industry list is known only for 潮州 and 韶关; elsewhere industries are either unknown or not stated as the platform's own list.":
        "A formal lead-industry list is known only for 潮州 (韶关's appears only on a spam copy and is unconfirmed); elsewhere industries are either unknown or not stated as the platform's own list.",
    "Components come from a 2025 funding notice; industries and area unconfirmed. 2023 partner 广州 at county level (增城—四会, 番禺—封开).":
        "Components come from a 2025 funding notice (seen as a reprint); industries and area unconfirmed. 2023 partner 广州 at county level (增城—四会, 番禺—封开).",
    "Existence high; area and lead industries come from a low-quality aggregator (low).":
        "Existence high; its area (1,395 km²) and lead industries appear only on content-farm pages and are listed as unconfirmed.",
    "No component park is confirmed for the 江门, 汕头, 梅州, 汕尾, 揭阳, 云浮, 阳江 and 惠州 platforms; composition is partial for 湛江 and 清远.":
        "No component park is confirmed for the 江门, 汕头, 梅州, 汕尾, 揭阳, 云浮, 阳江 and 惠州 platforms (韶关's appear only on a spam copy and are unconfirmed); composition is partial for 湛江 and 清远.",
    "Planned area is known only for 韶关 (72.34 km²), 茂名 (59.48 km²) and 湛江 (80 km²).":
        "Planned area is known only for 茂名 (59.48 km², from a reprint) and 湛江 (80 km²); 韶关's 72.34 km² is unconfirmed (spam copy only).",
}

def bi(en):
    if en is None:
        return None
    return {'zh': zh[en], 'en': STALE.get(en, en)}

for c in d['carriers']:
    c['note'] = bi(c['note'])
    for k in c['components']:
        k['note'] = bi(k['note'])
    if c['area']:
        c['area']['scope'] = bi(c['area']['scope'])
for p in d['pairings']:
    p['note'] = bi(p['note'])
    p['scheme'] = {'zh': p['scheme'], 'en': schemes[p['scheme']]}
    for k in p['countyPairs']:
        k['note'] = bi(k['note'])
for c in d['counts'].values():
    c['note'] = bi(c['note'])
for u in d['unknowns']:
    u['detail'] = bi(u['detail'])
    if u['id'] in ('main-platform-components', 'main-platform-lead-industries', 'main-platform-areas') and 'main-platform-shaoguan' not in u['carriers']:
        u['carriers'].append('main-platform-shaoguan')
json.dump(d, open(D, 'w'), ensure_ascii=False, indent=2)
open(D, 'a').write('\n')

# Second step (run after the first): location reasons and exclusion notes.
def second_step():
    d = json.load(open(D))
    zh2 = json.load(open('scripts/migrations/platforms-text-2.json'))
    for c in d['carriers']:
        c['location']['reason'] = {'zh': zh2[c['location']['reason']], 'en': c['location']['reason']}
    for e in d['excludedMentions']:
        e['note'] = {'zh': zh2[e['note']], 'en': e['note']}
    json.dump(d, open(D, 'w'), ensure_ascii=False, indent=2)
    open(D, 'a').write('\n')
