"""Reading an XLSForm workbook into plain tables, with every size bounded.

Contract: ``read_workbook`` returns the survey, choices and settings sheets as lists of
rows (header names lower-cased, cell values as str/int/float/bool/None) or raises
``XLSFormError`` with one plain sentence: not a spreadsheet, too large, no survey sheet.
The zip's declared sizes are checked before openpyxl parses anything, and openpyxl
parses through defusedxml (no entity expansion, no external entities).
"""

from __future__ import annotations

import datetime as _dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forms.errors import XLSFormError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ROWS = {"survey": 5000, "choices": 20000, "settings": 50}
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10000

Cell = str | int | float | bool | None


@dataclass
class Row:
    """One data row: its 1-based sheet row number and cells by lower-cased header."""

    number: int
    cells: dict[str, Cell]


@dataclass
class Sheet:
    """A sheet: its name, header names with their column letters, and data rows."""

    name: str
    columns: dict[str, str] = field(default_factory=dict)  # header -> column letter
    rows: list[Row] = field(default_factory=list)

    def where(self, row: Row | int, column: str | None = None) -> str:
        """``survey!C12``-style location; the row alone when the column is unknown."""
        number = row.number if isinstance(row, Row) else row
        letter = self.columns.get(column or "", "")
        return f"{self.name}!{letter}{number}" if letter else f"{self.name}!row {number}"


def read_workbook(path: Path) -> dict[str, Sheet]:
    """Read the XLSForm sheets of ``path`` (survey required; choices, settings optional)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise XLSFormError(f"Cannot read {path.name}: {exc.strerror or 'error'}.") from None
    if size > MAX_FILE_BYTES:
        raise XLSFormError(f"{path.name} is larger than {MAX_FILE_BYTES >> 20} MiB.")
    _check_zip(path)
    import openpyxl  # imported late: the CLI starts faster without it
    from openpyxl.utils import get_column_letter

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for damaged files; one sentence for all
        raise XLSFormError(f"{path.name} is not a readable .xlsx spreadsheet.") from None
    try:
        sheets: dict[str, Sheet] = {}
        for ws in book.worksheets:
            key = str(ws.title).strip().lower()
            if key in MAX_ROWS and key not in sheets:
                sheets[key] = _read_sheet(ws, str(ws.title), MAX_ROWS[key], get_column_letter)
    except XLSFormError:
        raise
    except Exception:
        raise XLSFormError(f"{path.name} is damaged and cannot be read.") from None
    finally:
        book.close()
    if "survey" not in sheets:
        raise XLSFormError(f"{path.name} has no 'survey' sheet, so it is not an XLSForm.")
    return sheets


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise XLSFormError(f"{path.name} is not an .xlsx spreadsheet.") from None
    if len(infos) > 10000 or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise XLSFormError(f"{path.name} unpacks to more than {MAX_UNPACKED_BYTES >> 20} MiB.")


def _read_sheet(ws: Any, title: str, max_rows: int, letter: Any) -> Sheet:
    sheet = Sheet(title)
    headers: list[str | None] = []
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number > max_rows + 1:
            raise XLSFormError(f"The '{title}' sheet has more than {max_rows} rows.")
        if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
            raise XLSFormError(f"The '{title}' sheet has more than {MAX_COLUMNS} columns.")
        values = values[:MAX_COLUMNS]
        if not headers:
            if all(v is None for v in values):
                continue  # leading blank rows before the header
            headers = [str(v).strip().lower() if v is not None else None for v in values]
            for i, h in enumerate(headers):
                if h and h not in sheet.columns:
                    sheet.columns[h] = letter(i + 1)
            continue
        cells: dict[str, Cell] = {}
        for h, v in zip(headers, values, strict=False):
            if h and h not in cells:
                cells[h] = _cell(v, title, number)
        if any(v not in (None, "") for v in cells.values()):
            sheet.rows.append(Row(number, cells))
    return sheet


def _cell(v: Any, title: str, number: int) -> Cell:
    if isinstance(v, _dt.datetime):
        return v.date().isoformat() if v.time() == _dt.time() else v.isoformat()
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, str):
        if len(v) > MAX_CELL_CHARS:
            raise XLSFormError(f"A cell in row {number} of '{title}' is too long.")
        v = v.strip()
        return v or None
    if isinstance(v, bool | int | float) or v is None:
        return v
    return str(v)[:MAX_CELL_CHARS]
