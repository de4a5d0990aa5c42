"""Clause templates for translating the cells' English notes into Chinese (one-off, kept for the record)."""
import re

def end(p):
    return '。' if p == '.' else '；'

T = [
    (r'Table cell reads (★+) \(key\)([.;])', lambda m: f'表格该格为{m[1]}（重点）{end(m[2])}'),
    (r'Table cell reads (★+) \(core in the table legend\)([.;])', lambda m: f'表格该格为{m[1]}（表格图例中为核心）{end(m[2])}'),
    (r'Table cell reads (★+) \(general\)([.;])', lambda m: f'表格该格为{m[1]}（一般）{end(m[2])}'),
    (r'Table cell reads (★+), but every cell of the OCR table is filled although the row total is (\d+): (\S+) is not named in (专栏\d+);',
     lambda m: f'表格该格为{m[1]}，但OCR表格每格都有星，而行合计只有{m[2]}：{m[4]}未点名{m[3]}；'),
    (r'Table cell reads (★+)([.;])', lambda m: f'表格该格为{m[1]}{end(m[2])}'),
    (r'[Rr]ated (\d) \(not laid out\)([.;])', lambda m: f'评为{m[1]}（未布局）{end(m[2])}'),
    (r'[Rr]ated (\d)([.;])', lambda m: f'评为{m[1]}{end(m[2])}'),
    (r'Named in (专栏\d+.*?)([.;])$', lambda m: f'{m[1]}点名该市{end(m[2])}'),
    (r'the row total (\d+) is met by the reconstruction([.;])', lambda m: f'重建结果满足行合计{m[1]}{end(m[2])}'),
    (r'the (\S+) map list includes it([.;])', lambda m: f'{m[1]}的地图清单包含此集群{end(m[2])}'),
    (r'the (\S+) map list \((\d+)\) omits it, and the (\d+) hosting cities are accounted for without it\.',
     lambda m: f'{m[1]}的地图清单（{m[2]}）未列此集群，没有它也已凑足{m[3]}个布局城市。'),
    (r'no map list survives for this city, and the (\d+) hosting cities are accounted for without it\.',
     lambda m: f'该市没有留存的地图清单，没有它也已凑足{m[1]}个布局城市。'),
    (r'Not named individually in (专栏\d+) \(only regional wording\);', lambda m: f'{m[1]}未单独点名（仅有区域性表述）；'),
    (r'row total (\d+) = every city([.;])', lambda m: f'行合计{m[1]}即全部地市{end(m[2])}'),
    (r'★★ is also the value the OCR put in empty cells, and the 专栏 names the city only through regional wording, so the level is not corroborated\.',
     lambda m: '★★也是OCR填入空格的值，而专栏只以区域性表述提及该市，故等级未得佐证。'),
    (r'★★ is also the value the OCR put in empty cells, and the 专栏 gives only a passing mention, so the level is not corroborated\.',
     lambda m: '★★也是OCR填入空格的值，而专栏只是顺带提及，故等级未得佐证。'),
    (r'(\S+) has no entry in the emerging map lists \(空间布局图\);', lambda m: f'{m[1]}在新兴产业地图清单（空间布局图）中没有条目；'),
    (r"rating read from the table cell, consistent with (\S+)'s printed column total (\d+) \(present in all ten emerging clusters\)\.",
     lambda m: f'等级按表格该格读取，与{m[1]}印出的列合计{m[2]}（十个新兴集群全部布局）一致。'),
    (r'Cell printed empty([.;])', lambda m: f'该格印为空白{end(m[2-1+1]) if False else end(m[1])}'),
    (r'(★+) realigned from the (\S+) position([.;])', lambda m: f'{m[1]}由{m[2]}位置对齐而来{end(m[3])}'),
    (r"The (★+) printed under (\S+) is (\S+)'s run \(row printed one column left\)\.",
     lambda m: f'印在{m[2]}下的{m[1]}属于{m[3]}（该行整体左移一列）。'),
    (r"The (★+) printed under (\S+) is (\S+)'s run\.", lambda m: f'印在{m[2]}下的{m[1]}属于{m[3]}。'),
    (r"(\S+)'s column total is reached without it\.", lambda m: f'没有它{m[1]}的列合计也已达到。'),
    (r'the row total needs it\.', lambda m: '行合计需要它。'),
    (r'Level not legible;', lambda m: '等级无法辨认；'),
    (r'See contradiction ([a-z-]+)\.', lambda m: f'见矛盾条目 {m[1]}。'),
]

def translate_clause(c):
    for pat, f in T:
        m = re.fullmatch(pat, c)
        if m:
            return f(m)
    return None

def split(note):
    return re.split(r'(?<=[.;])\s+(?=[A-Z\u4e00-\u9fff★(“"a-z])', note)
