#!/usr/bin/env python3
"""Rebuild every published form in forms/*.json as xlsx/<id>.xlsx (see README.md and CORPUS-FORMAT).

Deterministic: fixed document dates and fixed zip entry times, sheets and cells written in JSON order, so
re-running the script on unchanged JSON gives byte-identical workbooks (git shows no change).

Per sheet the JSON may give: rows (values: string | number | null), merges ("A1:J1"), numberFormats
({"G5": "0.00%"}), formulas ({"G5": "=F5/E5"}: written instead of the value), colWidths ({"A": 12}),
hiddenRows ([3]). Strings with a line break get wrap_text so they show as the published cell did.

Usage: python3 test/layout-corpus/generate.py [id ...]   (no ids: every form)
The README's form table (between <!-- forms:start --> and <!-- forms:end -->) is rewritten from the JSON each run.
"""
import datetime
import io
import json
import os
import sys
import zipfile

try:
    import openpyxl
except ImportError:  # a pyenv/venv python without openpyxl: retry with the system one, where it is installed
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
FORMS = os.path.join(HERE, "forms")
OUT = os.path.join(HERE, "xlsx")
FIXED_DATE = datetime.datetime(2026, 1, 1, 0, 0, 0)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def fill_sheet(ws, sheet):
    formulas = sheet.get("formulas", {})
    formats = sheet.get("numberFormats", {})
    for r, row in enumerate(sheet["rows"], start=1):
        for c, value in enumerate(row, start=1):
            ref = f"{get_column_letter(c)}{r}"
            if ref in formulas or value is None:
                continue
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise ValueError(f"{sheet['name']}!{ref}: value must be string, number or null, got {value!r}")
            cell = ws.cell(row=r, column=c, value=value)
            if cell.data_type == "f":
                # openpyxl took a published text such as "=100%" (a fused target) for a formula: keep it a string
                cell.data_type = "s"
                cell.quotePrefix = True
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
    for ref, formula in formulas.items():
        ws[ref] = formula
    for ref, fmt in formats.items():
        ws[ref].number_format = fmt
    for rng in sheet.get("merges", []):
        ws.merge_cells(rng)
    for col, width in sheet.get("colWidths", {}).items():
        ws.column_dimensions[col].width = width
    for r in sheet.get("hiddenRows", []):
        ws.row_dimensions[r].hidden = True


def build(form):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in form["sheets"]:
        fill_sheet(wb.create_sheet(sheet["name"]), sheet)
    wb.properties.creator = "jixiao layout corpus (generate.py)"
    wb.properties.title = form.get("title", form["id"])
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    raw = io.BytesIO()
    wb.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(data):
    """openpyxl stamps each zip entry with the current time; rewrite them with a fixed one."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def write_readme_table(forms):
    """Rewrite the table between the README's <!-- forms --> markers from the JSON (so it never drifts)."""
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    text = open(path, encoding="utf-8").read()
    start, end = "<!-- forms:start -->", "<!-- forms:end -->"
    if start not in text or end not in text:
        return
    lines = ["| id | province | place | year | family | source |", "|---|---|---|---|---|---|"]
    for form in forms:
        families = ", ".join(dict.fromkeys(t["family"] for t in form["expected"]["tables"]))
        cells = [form["id"], form["province"], form["place"], str(form["year"]), families, form["source"]["url"]]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head + start + "\n" + "\n".join(lines) + "\n" + end + tail)


def main(ids):
    os.makedirs(OUT, exist_ok=True)
    names = sorted(f for f in os.listdir(FORMS) if f.endswith(".json"))
    forms = []
    for name in names:
        with open(os.path.join(FORMS, name), encoding="utf-8") as fh:
            forms.append(json.load(fh))
    write_readme_table(forms)
    for name, form in zip(names, forms):
        if ids and name[:-5] not in ids:
            continue
        if form["id"] != name[:-5]:
            raise SystemExit(f"{name}: id {form['id']!r} does not match the file name")
        target = os.path.join(OUT, form["id"] + ".xlsx")
        data = build(form)
        with open(target, "wb") as fh:
            fh.write(data)
        print(f"{form['id']}.xlsx  ({len(data)} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
