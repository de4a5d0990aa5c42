"""One-off migration (kept for the record): count-exception reasons and source notes of data/clusters.json become {zh, en}."""
import json
D = 'data/clusters.json'
d = json.load(open(D))
REASON_ZH = {
    '440700:pillar': '印出的合计行中江门为7，但江门地图清单标题为(10)。从江门到潮州，印出的合计（7 8 7 4 4 4）等于地图标题（10 7 8 7 4 4）左移一列，即江门本身的值在OCR中丢失。采用标题值后，列合计之和为153，与行合计之和相同。江门在全部十个集群的专栏中都被点名。',
    '441200:pillar': '印出的合计8是汕头的值左移而来（见江门）。肇庆地图清单标题为(7)，恰好列出七个集群（电子信息、石化、汽车、材料、轻纺、生物医药、农业食品）。',
    '440500:pillar': '印出的合计7是汕尾的值左移而来（见江门）。汕头地图标题为(8)；其清单列出七项，漏了先进材料，而专栏5 (4)点名汕头，行合计也需要它。',
    '441500:pillar': '印出的合计4是揭阳的值左移而来（见江门）。汕尾地图清单标题为(7)，列出七个集群；其中六个在专栏中为汕尾点名，且为凑足行合计所必需。',
    '440200:pillar': '印出的合计6与韶关地图清单不符：清单标题为(4)，列出汽车、先进材料、生物医药与健康、现代农业与食品；电子信息、石化、家电、轻纺、软件的专栏都未点名韶关，超高清中它只是配套城市。取4时列合计之和等于行合计之和（153）。',
    '441600:pillar': '印出的合计为5，但河源在六个集群的专栏中被点名（电子信息、汽车、先进材料、轻纺、生物医药（按区域）、农业食品），每个都为凑足行合计所必需。河源没有留存的地图清单。河源（5）与清远（6）的合计似乎对调了。',
    '441800:pillar': '印出的合计为6，但清远只能安排五个集群（石化、汽车、材料、生物医药、农业食品）：第六个候选电子信息（表中为★）会使该行变为16，而标明的是15，且专栏1未点名清远。没有留存的地图清单。河源（5）与清远（6）的合计似乎对调了。',
}
NOTE_ZH = {
    'gd-manufacturing-powerhouse-opinions-2023': '文本未印文号和日期；2023年出自文件名和种子说明，而非文本（文本提到党的二十大，目标年份为2027年和2035年）。',
    'gd-five-world-class-clusters-plan-2019': '征求意见稿。文本未写发文机关、文号和日期；2019—2022年是标题中的规划期。各项任务列有牵头部门（多为省工业和信息化厅）。没有地市层面的布局，因此不为任何格子提供依据。',
    'gd-industry-policy-compilation-2021': '收录十份政策文件的汇编（见 parts）；封面为“2021 年 11 月 · 东莞”，未署编者。文本是OCR/markdown转换件，已知有缺陷（如部分地方“支柱”印作“新兴”，夹杂“and”“etc”等英文词，附表错乱）；见 data/README.md。',
    'foshan-nanhai-manufacturing-action-plan': '文件以序言（“结合南海区实际，制定本计划”）开头，没有标题行、文号或日期；此处标题为描述性拟题。目标年份为2023年。',
    'heyuan-manufacturing-measures-draft': '关于河源市的征求意见稿（文本称“扎实推动河源市制造业高质量发展”）；未印文号和日期。',
}
for e in d['countExceptions']:
    e['reason'] = {'zh': REASON_ZH[e['key']], 'en': e['reason']}
for s in d['sources']:
    if s.get('note'):
        s['note'] = {'zh': NOTE_ZH[s['id']], 'en': s['note'].replace('README-pillar.md', 'data/README.md')}
json.dump(d, open(D, 'w'), ensure_ascii=False, indent=1)
open(D, 'a').write('\n')
