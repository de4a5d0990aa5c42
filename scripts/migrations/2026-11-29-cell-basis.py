"""
One-off migration (kept for the record): gives every cell of data/clusters.json a `basis` — what
the printed table, the city's map list and the texts say about it — read from the cell's own
evidence and note, and turns the cells whose level is printed nowhere into "member, level not
printed" (stars null). The confidence itself is then set by `npm run confidence`
(scripts/confidence.ts), which applies the written rule to the basis.
"""
import json, re

D = 'data/clusters.json'
d = json.load(open(D))
kind = {c['id']: c['kind'] for c in d['clusters']}
cname = {c['id']: c['name']['zh'] for c in d['clusters']}
city = {c['code']: c['name']['zh'] for c in d['cities']}

# Members whose own table cell is lost and whose map list is not level-bearing (uniform ★):
# the level is printed nowhere. See data/README.md, "Member, level not printed".
UNPRINTED = {
    ('intelligent-robots', '440500'), ('new-energy', '440700'),
    ('laser-additive-manufacturing', '440700'), ('digital-creative', '440700'),
    ('safety-emergency-environmental', '440500'), ('safety-emergency-environmental', '440800'),
    ('precision-instruments', '440500'), ('precision-instruments', '440800'),
    ('high-end-equipment', '445200'),
}
# Readings the note describes in words the patterns below do not catch.
TABLE_OVERRIDE = {
    ('frontier-materials', '440800'): 'realigned',  # row misaligned around 湛江; printed ★★ kept
    ('frontier-materials', '440700'): 'level',      # ★★ in both readings
    ('frontier-materials', '441700'): 'realigned',  # ★★ under 阳江 belongs to 韶关; 阳江's level from its list
}

def is_list(e):
    return '空间布局图' in e['locator']

def is_text(e):
    return not is_list(e) and '布局表' not in e['locator']

def short(cl):
    return cname[cl][:3]

for c in d['cells']:
    k, code, note = c['cluster'], c['city'], c.get('note') or ''
    name = city[code]
    member = c['stars'] != 0
    ev = c['evidence']
    text = any(is_text(e) and name in e['quote'] for e in ev)
    lists = [e for e in ev if is_list(e) and (name in e['locator'] or name in e['quote'][:12])]
    listed_in_note = re.search(r"map list (also )?includes (it|this cluster|the cluster|" + short(k) + ")", note)
    if any(short(k) in e['quote'] for e in lists) or (lists and listed_in_note):
        lst = 'member'
        if re.search(r"non-uniform|level-bearing", note) and not re.search(r'not level-bearing|weakly|uniformly', note):
            lst = 'level'
    elif re.search(r'list[^.;]{0,40}(omits|excludes?|does not include)|omits the cluster|excluded by (its|their) (map )?lists?', note):
        lst = 'absent'
    else:
        lst = 'none'
    if kind[k] == 'pillar':
        m = re.match(r'Table cell reads (★+)', note)
        run = m.group(1) if m else ''
        if run == '★★':
            table = 'filler'
        elif run:
            table = 'level' if member else 'stray'
        else:
            table = 'filler'
    else:
        own = re.escape(name)
        if member:
            if re.search(r'in both readings|printed at ' + own + r' and kept|Table cell ★ \(一般\) kept|rating read from the table cell', note):
                table = 'level'
            elif re.search(r'realign|is ' + own + r"'s|belongs to " + own + r"|one column left \(under", note):
                table = 'realigned'
            elif re.search(r'printed empty|No ★ is printed|not printed in any|own cell collapsed|run lost', note):
                table = 'blank'
            else:
                table = 'level'
        else:
            if re.search(r'(?<![Nn]o )(★+) (is )?printed under ' + own + r'|printed under ' + own + r' is|LEAST SURE', note):
                table = 'stray'
            else:
                table = 'blank'
    table = TABLE_OVERRIDE.get((k, code), table)
    if (k, code) in UNPRINTED:
        c['stars'] = None
        table = 'blank'
        lst = 'member' if lst == 'level' else lst
    c['basis'] = {'table': table, 'list': lst, 'text': text}

json.dump(d, open(D, 'w'), ensure_ascii=False, indent=1)
open(D, 'a').write('\n')
