"""
One-off migration (kept for the record): cites the corroboration data/clusters.json did not use
yet — the emerging-cluster section of the digital-transformation plan (L2196–2226 of the 2021
compilation) and 河源's "6+5" (河源 draft measures （三）) — and records the conflict found.
Run before `npm run confidence`.
"""
import json

D = 'data/clusters.json'
d = json.load(open(D))
code = {c['name']['zh']: c['code'] for c in d['cities']}
cell = {(c['cluster'], c['city']): c for c in d['cells']}
COMP = 'gd-industry-policy-compilation-2021'
PLAN = '数字化转型实施方案 三(二)战略性新兴产业集群 '

CITED = [
    ('high-end-equipment', PLAN + '12.高端装备制造产业集群, L2202',
     '支持广州、深圳、佛山、东莞、中山打造高端数控精密加工装备和激光装备产业基地', '广州 深圳 佛山 东莞 中山'),
    ('intelligent-robots', PLAN + '13.智能机器人产业集群, L2204',
     '围绕广州、深圳、珠海、佛山、东莞、中山等机器人产业基地', '广州 深圳 珠海 佛山 东莞 中山'),
    ('frontier-materials', PLAN + '15.前沿新材料产业集群, L2210',
     '以广州、深圳、佛山、东莞、珠海等地为引领', '广州 深圳 佛山 东莞 珠海'),
    ('frontier-materials', PLAN + '15.前沿新材料产业集群, L2210',
     '辐射带动汕头、韶关、梅州、惠州、汕尾、江门、肇庆、清远等地新材料产业加快发展',
     '汕头 韶关 梅州 惠州 汕尾 江门 肇庆 清远'),
    ('laser-additive-manufacturing', PLAN + '17.激光与增材制造产业集群, L2214', '以广州、深圳为引领', '广州 深圳'),
]
for cluster, locator, quote, cities in CITED:
    for name in cities.split():
        c = cell[(cluster, code[name])]
        c['evidence'].append({'source': COMP, 'locator': locator, 'quote': quote})
        c['basis']['text'] = True

sw = cell[('frontier-materials', '441500')]
assert not sw.get('note')
sw['note'] = ("Table cell blank and 汕尾's map list (4 = its total 4) omits 前沿新材料; 专栏15 does not name "
              "汕尾. The 数字化转型实施方案 names 汕尾 among the places 新材料 should radiate to (L2210). "
              "Rated 0; see contradiction frontier-materials-shanwei.")

SIX_FIVE = {'source': 'heyuan-manufacturing-measures-draft', 'locator': '河源措施（征求意见稿）（三）, L14',
            'quote': '加快推进以“6+5”为格局的战略性支柱产业集群和战略性新兴产业集群数字化改造'}
heyuan = [c for c in d['cells'] if c['city'] == '441600' and c['stars'] != 0]
assert len(heyuan) == 11
for c in heyuan:
    c['evidence'].append(dict(SIX_FIVE))

d['contradictions'] += [
    {
        'id': 'heyuan-six-plus-five',
        'topic': '河源 cluster counts: “6+5” corroborates the reconstruction (6 pillar, 5 emerging)',
        'description': 'The 河源 draft measures （三） (L14) speak of “以“6+5”为格局的战略性支柱产业集群和战略性新兴产业集群”: six pillar and five emerging clusters in 河源. The printed pillar column total reads 5 for 河源; the reconstruction has 6 (see heyuan-qingyuan-totals), and 5 emerging clusters, matching the printed emerging total 5.',
        'decision': 'No rating changes: the city’s own document agrees with the reconstruction’s 6 + 5 and against the printed pillar total 5, which supports reading the 河源/清远 totals as transposed. The quote is cited on the 11 河源 member cells.',
        'confidence': 'high',
        'cells': [{'cluster': c['cluster'], 'city': '441600'} for c in heyuan],
    },
    {
        'id': 'frontier-materials-shanwei',
        'topic': '前沿新材料 × 汕尾: named by the digital-transformation plan, rated 0',
        'description': 'The emerging-cluster section of the 数字化转型实施方案 (L2210) says the leading cities should “辐射带动汕头、韶关、梅州、惠州、汕尾、江门、肇庆、清远等地新材料产业加快发展”. Seven of the eight are 前沿新材料 members in the reconstruction; 汕尾 is rated 0: its table cell is blank, its map list (4 = its total 4) omits the cluster, 专栏15 does not name it and the row total 16 is met without it. The other cities the section names for 高端装备制造 (L2202), 智能机器人 (L2204), 前沿新材料 (L2210) and 激光与增材制造 (L2214) all host the cluster.',
        'decision': 'Keep 汕尾 = 0 (the table, the map list and the row total agree; “新材料产业” in a radiating list is not the layout); the mention is cited on the cell and its confidence follows the rule (one source names it: medium).',
        'confidence': 'medium',
        'cells': [{'cluster': 'frontier-materials', 'city': '441500'}],
    },
]
json.dump(d, open(D, 'w'), ensure_ascii=False, indent=1)
open(D, 'a').write('\n')
