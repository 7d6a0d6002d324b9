#!/usr/bin/python3
"""
The fidelity corpus: workbooks saved by other writers (openpyxl, LibreOffice), each holding the seed
自评表 (seed.json, from test/fixtures/seed.ts) plus one feature our writer must carry through untouched.

    npx tsx test/fidelity-corpus/seed-json.ts     # seed.json (only when the fixture changes)
    /usr/bin/python3 test/fidelity-corpus/generate.py

Needs python3-openpyxl and, for the lo-*.xlsx files, libreoffice-calc-nogui (soffice). Both are Debian
packages used only here: the files are committed, so tests need neither tool.

vbaProject.bin: no VBA project exists on this machine, so write_vba_project() builds a minimal, valid
Compound File (CFB v3) with one 4 KiB stream named PROJECT. Excel would not run it as a macro project;
it is there to prove that an .xlsm keeps its vbaProject.bin byte for byte.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = json.load(open(os.path.join(HERE, 'seed.json'), encoding='utf-8'))
DEPT, SCORE = SEED['sheets'][0]['name'], SEED['sheets'][1]['name']


def ref(row, col):
    return f'{get_column_letter(col + 1)}{row + 1}'


# Cells left empty so the evaluation fills them (执行率, 得分, 合计, 等级): the writer must patch sheets.
BLANKS = {0: {'F12', 'F13', 'F27'}, 1: {'J4', 'J5', 'J32', 'B33'}}


def seed_workbook(sheet_names=None):
    """The seed tables as values (cached, like a workbook saved by Excel), with the BLANKS left empty."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for index, sheet in enumerate(SEED['sheets']):
        ws = wb.create_sheet((sheet_names or {}).get(index, sheet['name']))
        for cell in sheet['cells']:
            if ref(cell['row'], cell['col']) in BLANKS[index]:
                continue
            target = ws.cell(row=cell['row'] + 1, column=cell['col'] + 1)
            value = cell['value']
            # A string that starts with '=' is text in the fixture: keep it text.
            target.value = value
            if isinstance(value, str) and value.startswith('='):
                target.data_type = 's'
            if cell['format']:
                target.number_format = cell['format']
        for area in sheet['merges']:
            ws.merge_cells(f"{ref(area['top'], area['left'])}:{ref(area['bottom'], area['right'])}")
    return wb


def find(ws, text):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise KeyError(text)


def comments():
    wb = seed_workbook()
    ws = wb[SCORE]
    ws['A1'].comment = Comment('请核对标题', '财务科')
    find(ws, '合计').comment = Comment('合计由系统计算', '张三')
    wb.save(os.path.join(HERE, 'op-comments.xlsx'))


def chart():
    wb = seed_workbook()
    side = wb.create_sheet('图表')
    side.append(['指标', '得分'])
    for name, score in [('产出', 40), ('效益', 30), ('满意度', 10)]:
        side.append([name, score])
    bar = BarChart()
    bar.title = '得分'
    bar.add_data(Reference(side, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    bar.set_categories(Reference(side, min_col=1, min_row=2, max_row=4))
    side.add_chart(bar, 'D2')
    wb.save(os.path.join(HERE, 'op-chart.xlsx'))


PNG_1X1 = bytes.fromhex(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000'
    '1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082'
)


def image():
    """openpyxl needs PIL for images; this adds a drawing with a PNG to the saved package by hand."""
    path = os.path.join(HERE, 'op-image.xlsx')
    seed_workbook().save(path)
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<xdr:oneCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>'
        '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>'
        '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="公章"/><xdr:cNvPicPr/></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
        '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
        '</xdr:oneCellAnchor></xdr:wsDr>'
    )
    drawing_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        'Target="../media/image1.png"/></Relationships>'
    )
    sheet_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
        'Target="../drawings/drawing1.xml"/></Relationships>'
    )
    rewrite(path, {
        'xl/drawings/drawing1.xml': drawing,
        'xl/drawings/_rels/drawing1.xml.rels': drawing_rels,
        'xl/worksheets/_rels/sheet2.xml.rels': sheet_rels,
        'xl/media/image1.png': PNG_1X1,
    }, {
        'xl/worksheets/sheet2.xml': lambda xml: xml.replace('</worksheet>', '<drawing r:id="rIdImg"/></worksheet>')
        if 'xmlns:r=' in xml else xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1).replace('</worksheet>', '<drawing r:id="rIdImg"/></worksheet>'),
        '[Content_Types].xml': lambda xml: xml.replace('</Types>',
            '<Default Extension="png" ContentType="image/png"/>'
            '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'),
    })


def rewrite(path, add, change):
    """Rewrites a zip with parts added or changed (text parts changed by a function)."""
    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            if name in change:
                data = change[name](data.decode('utf-8')).encode('utf-8')
            if name in add:
                continue
            target.writestr(name, data)
        for name, data in add.items():
            target.writestr(name, data.encode('utf-8') if isinstance(data, str) else data)


def features():
    """Data validation, conditional formats, freeze panes, print titles, defined names, a hidden sheet."""
    wb = seed_workbook()
    ws = wb[SCORE]
    validation = DataValidation(type='list', formula1='"优,良,中,差"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add('K30:K33')
    ws.conditional_formatting.add('J5:J30', CellIsRule(operator='lessThan', formula=['0'],
                                                       fill=PatternFill('solid', start_color='FFC7CE')))
    ws.freeze_panes = 'A5'
    ws.print_title_rows = '1:4'
    ws.print_area = 'A1:K33'
    wb.defined_names.append(DefinedName('预算总额', attr_text=f"'{DEPT}'!$E$10"))
    hidden = wb.create_sheet('隐藏说明')
    hidden['A1'] = '填表说明：本表由财务科填写'
    hidden.sheet_state = 'hidden'
    wb.save(os.path.join(HERE, 'op-features.xlsx'))


def uncached_formulas():
    """Formulas saved without cached values (openpyxl never calculates): +−×÷, SUM, ROUND, other sheet."""
    wb = seed_workbook()
    ws = wb[SCORE]
    total = find(ws, '合计')
    score_col = 10  # J: 得分
    score_cells = [row[score_col - 1] for row in ws.iter_rows(min_row=4, max_row=total.row - 1)
                   if isinstance(row[score_col - 1].value, (int, float))]
    first, last = score_cells[0].row, score_cells[-1].row
    letter = get_column_letter(score_col)
    ws.cell(row=total.row, column=score_col).value = f'=ROUND(SUM({letter}{first}:{letter}{last}),2)'
    # One score as arithmetic on its neighbours, one from the other sheet, one function we do not compute.
    ws.cell(row=first, column=score_col).value = f'={score_cells[0].value}*2/2+0-0'
    side = wb.create_sheet('计算')
    side['A1'] = '来自自评表的总分'
    side['B1'] = f"='{SCORE}'!{get_column_letter(score_col)}{total.row}"
    side['B2'] = '=VLOOKUP(1,A1:A2,1,FALSE)'
    wb.save(os.path.join(HERE, 'op-uncached-formulas.xlsx'))


def long_name():
    name = ('部门整体支出绩效单位自评表（二〇二三年度）附件一' + '号' * 31)[:31]
    assert len(name) == 31
    seed_workbook({1: name}).save(os.path.join(HERE, 'op-long-sheet-name.xlsx'))


def user_report():
    wb = seed_workbook()
    ws = wb.create_sheet('自评报告')
    ws['A1'] = '本单位自行撰写的自评报告（请勿覆盖）'
    ws['A2'] = '一、基本情况：……'
    wb.save(os.path.join(HERE, 'op-user-report-sheet.xlsx'))


def stray_cell():
    wb = seed_workbook()
    side = wb.create_sheet('附表')
    side['A1'] = '备注'
    side['XFD1048576'] = '误输入'
    wb.save(os.path.join(HERE, 'op-stray-cell.xlsx'))


def write_vba_project():
    """A minimal valid CFB v3 file: one 4096-byte stream 'PROJECT' (regular sectors, no mini stream)."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    stream = ('ID="{00000000-0000-0000-0000-000000000000}"\r\nName="jixiao_corpus"\r\n').encode('ascii')
    stream = stream.ljust(4096, b' ')
    header = bytearray(512)
    header[0:8] = bytes.fromhex('d0cf11e0a1b11ae1')
    struct.pack_into('<HHHHH', header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<IIIIIIIII', header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into('<I', header, 76, 0)
    for i in range(1, 109):
        struct.pack_into('<I', header, 76 + 4 * i, free)
    fat = [fat_sector, end] + list(range(3, 10)) + [end]
    fat += [free] * (128 - len(fat))
    fat_bytes = struct.pack('<128I', *fat)

    def entry(name, kind, child, start, size):
        data = bytearray(128)
        encoded = (name + '\0').encode('utf-16-le') if name else b''
        data[0:len(encoded)] = encoded
        struct.pack_into('<HBB', data, 64, len(encoded), kind, 1)
        struct.pack_into('<III', data, 68, free, free, child)
        struct.pack_into('<II', data, 116, start, size)
        return bytes(data)

    directory = entry('Root Entry', 5, 1, end, 0) + entry('PROJECT', 2, free, 2, len(stream))
    directory += entry('', 0, free, 0, 0) * 2
    return bytes(header) + fat_bytes + directory + stream


def xlsm():
    """An .xlsm: the seed workbook with a vbaProject.bin and the macro-enabled content type."""
    path = os.path.join(HERE, 'op-macros.xlsm')
    seed_workbook().save(path)
    rewrite(path, {
        'xl/vbaProject.bin': write_vba_project(),
        'xl/_rels/workbook.xml.rels.tmp': '',
    }, {
        '[Content_Types].xml': lambda xml: xml.replace(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
            'application/vnd.ms-excel.sheet.macroEnabled.main+xml').replace(
            '</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
        'xl/_rels/workbook.xml.rels': lambda xml: xml.replace(
            '</Relationships>',
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            'Target="vbaProject.bin"/></Relationships>'),
    })
    # Drop the placeholder entry used to keep rewrite() simple.
    with zipfile.ZipFile(path) as source:
        items = [(i.filename, source.read(i.filename)) for i in source.infolist() if not i.filename.endswith('.tmp')]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            target.writestr(name, data)


def libreoffice(sources):
    """LibreOffice re-saves of openpyxl files: its own writer (charts, comments, styles its way)."""
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        print('soffice not found: skipping the LibreOffice files', file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as work:
        for source in sources:
            copy = os.path.join(work, source.replace('op-', 'lo-'))
            shutil.copy(os.path.join(HERE, source), copy)
            out = os.path.join(work, 'out')
            subprocess.run([soffice, '--headless', f'-env:UserInstallation=file://{work}/profile',
                            '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, copy],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(out, os.path.basename(copy)), os.path.join(HERE, os.path.basename(copy)))


if __name__ == '__main__':
    comments()
    chart()
    image()
    features()
    uncached_formulas()
    long_name()
    user_report()
    stray_cell()
    xlsm()
    libreoffice(['op-comments.xlsx', 'op-chart.xlsx', 'op-features.xlsx'])
    print('\n'.join(sorted(name for name in os.listdir(HERE) if name.endswith(('.xlsx', '.xlsm')))))
