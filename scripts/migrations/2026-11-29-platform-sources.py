"""
One-off migration (kept for the record): re-sources data/platforms.json from
data/reference/transfer-platforms.sources.json. Every web source now records its publisher as
bylined, its date and its host kind; a fact resting only on a mirror or spam copy becomes a
`reprint` (original byline, no link, confidence one step lower); a fact with no byline at all is
dropped into the record's `unconfirmed` list. Prints the before/after counts. Run once:
python3 scripts/migrations/2026-11-29-platform-sources.py
"""
import json, re, collections, urllib.parse

D = 'data/platforms.json'
d = json.load(open(D))
ref = json.load(open('data/reference/transfer-platforms.sources.json'))
hosts = json.load(open('data/hosts.json'))['hosts']
host = lambda u: urllib.parse.urlparse(u).hostname
by_url = collections.defaultdict(list)
for s in ref['sources']:
    by_url[s['url']].append(s)

LOWER = {'high': 'medium', 'medium': 'low', 'low': 'low'}
PUBLISHER_BY_HOST = {  # hosts kept as cited whose page did not resurface in the new research
    'gdipa.org': '广东省工业园区协会网站',
    'www.meizhou.gov.cn': '梅州市人民政府门户网站',
    'www.mm111.net': '茂名日报',
    'news.chinaxiaokang.com': '中国小康网',
    'ep.ycwb.com': '新快报',
}

def clean_publisher(p):
    return re.split(r' \(|（', p)[0].strip()

def clean_date(s):
    m = re.match(r'^\d{4}(?:-\d{2}(?:-\d{2})?)?', s or '')
    return m.group(0) if m else None

def linked(entry, confidence):
    return {'kind': 'reference', 'url': entry['url'], 'publisher': clean_publisher(entry['publisher']),
            'date': clean_date(entry['date']), 'hostKind': entry['host_kind'],
            'says': entry['quote'], 'confidence': confidence}

def new_entry(url, fact_hint=None):
    for e in by_url[url]:
        if fact_hint is None or fact_hint in e['fact_path']:
            return e
    raise KeyError(url)

def reprint(src, byline, date=None):
    return {'kind': 'reprint', 'byline': byline, 'date': date, 'says': src['says'],
            'confidence': LOWER[src['confidence']]}

# Mirror/spam sources: decision per (record id, url host) -> replacement, reprint or unconfirmed.
SZ = 'https://xczxhxzjlj.sz.gov.cn/ztzl/zxzt/bxxzxd/content/post_11848141.html'
GQ = '人民日报客户端（据早前研究文件，本次未再见）'
DECIDE = {
    ('main-platform-maoming', 'leonstrydom.com'): ('reprint', '广东省工业和信息化厅（据转载页页头）', None),
    ('keySupportedMainPlatforms', 'leonstrydom.com'): ('reprint', '广东省工业和信息化厅（据转载页页头）', None),
    ('foshan-maoming-transfer-park', 'leonstrydom.com'): ('replace', 'http://www.foshannews.net/h/191/20230322/593019.html', None),
    ('main-platform-qingyuan', 'm1291179847.sjfzxm.com'): ('replace', 'https://appimg.modaily.cn/app/szb/pc/content/202406/30/content_347845.html', None),
    ('shenzhen-shanwei-special-cooperation-zone', '116p.com'): ('replace', 'https://www.qiuwenbaike.cn/wiki/', 'shenshan.established'),
    ('shenzhen-heyuan-transfer-park', 'villa-graf.com'): ('reprint', '广东省人民政府网站「投资动态」（据转载页路径）', '2025-01'),
    ('2021-shenzhen-shantou', 'wikiyumyum.com'): ('replace', SZ, None),
    ('2023-shenzhen-shantou', 'wikiyumyum.com'): ('replace', SZ, None),
    ('2023-shenzhen-shanwei', 'envoykitchen.com'): ('replace', SZ, None),
    ('2023-shenzhen-heyuan', 'villa-graf.com'): ('replace', SZ, None),
    ('2021-zhuhai-yangjiang', 'beaumontfootspecialists.com'): ('replace', 'http://www.yangxi.gov.cn/xw/yxxw/content/post_671862.html', None),
    ('2023-zhuhai-yangjiang', 'beaumontfootspecialists.com'): ('reprint', '珠海市金湾区政府网站（据转载页路径）', None),
    ('2021-zhongshan-chaozhou', 'www.kuoxiong.cn'): ('replace', 'http://zs.gov.cn/xlz/zwdt/content/post_2323677.html', None),
    ('2023-guangzhou-meizhou', 'mziit.com'): ('replace', 'https://www.panyu.gov.cn/gkmlpt/content/9/9802/post_9802424.html', None),
    ('main-platform-zhaoqing', 'www.chacewang.com'): ('reprint', '肇庆市当地通知（据早前研究文件）', None),
    ('main-platform-huizhou', 'yanshiren.com'): ('reprint', '南方日报网络版', '2017-02-21'),
    ('agglomeration-zone-zhaoqing', 'www.fensifuwu.com'): ('reprint', '经济日报', '2022-06-24'),
    ('agglomeration-zone-jiangmen', 'im.dizo.com.cn'): ('reprint', '南方Plus', '2023-08-17'),
    ('guangzhou-qingyuan-special-cooperation-zone', 'huafocus.com'): ('reprint', GQ, None),
    ('guangzhou-qingyuan-special-cooperation-zone', 'www.aigdjj.com'): ('reprint', GQ, None),
    ('guangzhou-qingyuan-special-cooperation-zone', 'reportify.cn'): ('reprint', '南方日报网络版', '2026-01-14'),
    ('guangqing-industrial-park', 'www.aigdjj.com'): ('reprint', GQ, None),
    ('guangfo-fogang-industrial-park', 'www.aigdjj.com'): ('reprint', GQ, None),
    ('guangzhou-meizhou-transfer-park', 'taxs.vip'): ('reprint', '园区招商网', None),
    ('2021-guangzhou-qingyuan', 'www.njpanjin.com'): ('reprint', '中国新闻网', '2022-12-05'),
    ('2023-shenzhen-huizhou', 'reportify.ai'): ('reprint', '南方农村报', '2025-12-16'),
    ('2023-foshan-maoming', 'ttkbjd.830036.com'): ('reprint', '佛山日报', '2023-07-05'),
}
BY_HOST = {  # the same copy cited by several records
    'fensifuwu.com': ('reprint', '羊城晚报', None),
    'ccmaker56000.com': ('reprint', '南方日报 / 南方Plus', '2022-06-16'),
    'reportify.cn': ('reprint', '南方日报网络版', '2025-12-18'),
}
# No byline, or a contradicted figure: not a fact any more.
UNCONFIRMED = {'www.0878bet365.com', 'www.61893.com', 'bkwk.cn', 'fx361.cc', 'www.nbafz.com',
               'jxdczy.com', 'www.gdgjsy.com'}
REASON = {
    'www.0878bet365.com': ('仅见于无署名的垃圾站转载页，原发布者无法确定。', 'Only on an unbylined copy on a spam site; the original publisher could not be established.'),
    'www.61893.com': ('仅见于无署名的转载页（转述湛江市政府新闻发布会），原发布者无法确定。', 'Only on an unbylined copy (reporting a Zhanjiang government press conference); the original publisher could not be established.'),
    'bkwk.cn': ('仅见于内容农场页面，且同一网站另一页把1395平方公里归于三江新区，互相矛盾。', 'Only on content-farm pages, one of which gives 1,395 km² to a different area: contradicted.'),
    'fx361.cc': ('仅见于无署名的期刊转载页。', 'Only on an unbylined periodical mirror.'),
    'www.nbafz.com': ('仅见于经机器改写、无署名的转载页。', 'Only on a machine-rewritten copy without a byline.'),
    'jxdczy.com': ('仅见于垃圾站转载页，本次研究未再见。', 'Only on a spam copy that did not resurface in the new research.'),
    'www.gdgjsy.com': ('仅见于无署名的公司网站转载。', 'Only on an unbylined company-site repost.'),
}

before = collections.Counter()
after = collections.Counter()
removed = []  # (record, says, reason)

def convert(rid, src):
    """Returns (new source or None, unconfirmed entry or None)."""
    if src['kind'] != 'reference':
        return src, None
    h = host(src['url'])
    kind = hosts[h]
    before[kind] += 1
    if kind in ('official', 'press', 'portal'):
        entries = by_url.get(src['url'])
        pub = clean_publisher(entries[0]['publisher']) if entries else PUBLISHER_BY_HOST[h]
        date = clean_date(entries[0]['date']) if entries else None
        out = {'kind': 'reference', 'url': src['url'], 'publisher': pub, 'date': date,
               'hostKind': kind, 'says': src['says'], 'confidence': src['confidence']}
        after[kind] += 1
        return out, None
    dec = DECIDE.get((rid, h)) or BY_HOST.get(h)
    if h in UNCONFIRMED or dec is None:
        assert h in UNCONFIRMED, (rid, h)
        zh, en = REASON[h]
        after['unconfirmed'] += 1
        removed.append((rid, src['says'], en))
        return None, {'says': src['says'], 'reason': {'zh': zh, 'en': en}}
    what, arg, extra = dec
    if what == 'replace':
        entries = [e for e in ref['sources'] if e['url'].startswith(arg) and (extra is None or extra in e['fact_path'])]
        e = entries[0]
        after[e['host_kind']] += 1
        return linked(e, src['confidence']), None
    after['reprint (' + kind + ')'] += 1
    return reprint(src, arg, extra), None

def lower_if_unlinked(rec):
    linked_or_seed = [s for s in rec['sources'] if s['kind'] in ('seed', 'reference')]
    if not linked_or_seed:
        rec['confidence'] = LOWER[rec['confidence']]

dropped_records = []
for coll in ('carriers', 'pairings'):
    keep = []
    for rec in d[coll]:
        new, unconf = [], []
        for s in rec['sources']:
            n, u = convert(rec['id'], s)
            if n: new.append(n)
            if u: unconf.append(u)
        area = rec.get('area')
        if area and area['source']['kind'] == 'reference':
            n, u = convert(rec['id'], area['source'])
            if n: area['source'] = n
            else:
                unconf.append({**u, 'says': u['says']})
                rec['area'] = None
        if rec['id'] == 'main-platform-shaoguan':
            # The platform itself is in the seed's count of 15; its partner is in 韶关日报. What
            # rested only on the spam copy (parts, industries, area, the name) is unconfirmed.
            new = [d['counts']['mainTransferPlatforms']['sources'][0],
                   linked(new_entry('http://cmstop.sgfb.sgxw.cn/p/42507.html'), 'high')]
            rec.update(nameBasis='pattern', countiesNamed=[], components=[], confidence='low',
                       leadIndustries={'clusters': [], 'raw': []},
                       location={'precision': 'city', 'reason': '韶关 hosts one of the 15 main platforms; no source with a byline names its parts or site.'},
                       note='Name follows the official pattern. Its parts (莞韶产业园, 翁源产业园), lead industries and 72.34 km² area were read from an unbylined copy on a spam site and are listed as unconfirmed.')
        if rec['id'] == 'main-platform-jieyang':
            rec['partner'] = None
        rec['sources'] = new
        if unconf:
            rec['unconfirmed'] = unconf
        if not new:
            dropped_records.append((coll, rec['id'], [u['says'] for u in unconf]))
            continue
        lower_if_unlinked(rec)
        keep.append(rec)
    d[coll] = keep
for k, c in d['counts'].items():
    c['sources'] = [convert(k, s)[0] for s in c['sources']]
    c['sources'] = [s for s in c['sources'] if s]

json.dump(d, open(D, 'w'), ensure_ascii=False, indent=2)
open(D, 'a').write('\n')
print('before', dict(before))
print('after', dict(after))
print('dropped records', dropped_records)
for r in removed: print('unconfirmed:', r)
