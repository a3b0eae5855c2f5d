"""Reading an XLSForm workbook into plain tables, with every size bounded.

Contract: ``read_workbook`` returns the survey, choices and settings sheets as lists of
rows (header names lower-cased, cell values as str/int/float/bool/None) or raises
``XLSFormError`` with one plain sentence: not a spreadsheet, too large, no survey sheet.
The zip's declared sizes are checked before openpyxl parses anything, and openpyxl
parses through defusedxml (no entity expansion, no external entities).
"""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forms.errors import XLSFormError
from forms.problems import Problem, Severity, shown

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ROWS = {"survey": 5000, "choices": 20000, "settings": 50}
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10000

Cell = str | int | float | bool | None

#: Other spellings of column headers that pyxform accepts, to the one we use. Applied to
#: the part before a language suffix too (``jr:constraintMsg::English (en)``).
HEADER_ALIASES = {
    "bind::jr:constraintmsg": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "constraint message": "constraint_message",
    "bind::jr:requiredmsg": "required_message",
    "jr:requiredmsg": "required_message",
    "required message": "required_message",
    "bind::relevant": "relevant",
    "relevance": "relevant",
    "bind::required": "required",
    "bind::constraint": "constraint",
    "bind::calculate": "calculation",
    "choice filter": "choice_filter",
    "caption": "label",
    "list name": "list_name",
    "control::jr:count": "repeat_count",
    "jr:count": "repeat_count",
}
#: What a spreadsheet shows for a formula that failed (openpyxl reads them as text).
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)
#: XLSForm sheets this importer does not read; their presence is a warning, not silence.
UNSUPPORTED_SHEETS = ("external_choices", "entities", "osm")


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
    titles: dict[str, str] = field(default_factory=dict)  # header -> as written
    #: What reading found (duplicate columns, formulas without a saved result...).
    problems: list[Problem] = field(default_factory=list)

    def title(self, header: str) -> str:
        """The header as the author wrote it (for messages), made safe to show."""
        return shown(self.titles.get(header, header))

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
    notes: list[Problem] = []
    try:
        sheets: dict[str, Sheet] = {}
        for ws in book.worksheets:
            key = str(ws.title).strip().lower()
            if key in MAX_ROWS and key in sheets:
                notes.append(
                    _warning(
                        str(ws.title),
                        f"There are two '{key}' sheets; only '{shown(sheets[key].name)}' is used.",
                    )
                )
            elif key in MAX_ROWS:
                sheets[key] = _read_sheet(ws, str(ws.title), MAX_ROWS[key], get_column_letter)
            elif key in UNSUPPORTED_SHEETS:
                notes.append(
                    _warning(str(ws.title), f"The '{key}' sheet is not supported and was ignored.")
                )
    except XLSFormError:
        raise
    except Exception:
        raise XLSFormError(f"{path.name} is damaged and cannot be read.") from None
    finally:
        book.close()
    if "survey" not in sheets:
        raise XLSFormError(f"{path.name} has no 'survey' sheet, so it is not an XLSForm.")
    sheets["survey"].problems[:0] = notes
    _check_formulas(path, sheets)
    return sheets


def _warning(where: str, message: str) -> Problem:
    return Problem(shown(where), message, Severity.WARNING)


def _check_formulas(path: Path, sheets: dict[str, Sheet]) -> None:
    """Report formula cells whose result was not saved in the file.

    Spreadsheet programs save each formula's result beside it, and that result is what
    was read. Files written by scripts often have none: the cell would read as empty and,
    in a 'relevant' or 'required' column, silently change the form. So it is an error at
    the cell. A second, formulas-only pass keeps the first one simple.
    """
    if not _has_formulas(path):
        return  # the usual case: no second pass
    import openpyxl

    by_title = {sheet.name: sheet for sheet in sheets.values()}
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception:
        raise XLSFormError(f"{path.name} is not a readable .xlsx spreadsheet.") from None
    try:
        for ws in book.worksheets:
            sheet = by_title.get(str(ws.title))
            if sheet is None:
                continue
            saved = {row.number: row.cells for row in sheet.rows}
            headers = {letter: header for header, letter in sheet.columns.items()}
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS[sheet.name.strip().lower()] + 1:
                    break
                for index, value in enumerate(values[:MAX_COLUMNS]):
                    if not (isinstance(value, str) and value.startswith("=")):
                        continue
                    letter = _letter(index + 1)
                    header = headers.get(letter)
                    if header is None or saved.get(number, {}).get(header) is not None:
                        continue  # outside the table, or its saved result was read
                    sheet.problems.append(
                        Problem(
                            f"{sheet.name}!{letter}{number}",
                            "This cell has a formula whose result was not saved; open the "
                            "file in a spreadsheet program and save it, or type the value.",
                        )
                    )
    except Exception:
        raise XLSFormError(f"{path.name} is damaged and cannot be read.") from None
    finally:
        book.close()


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet's XML has a formula element (a fast scan of the raw XML)."""
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            with zf.open(name) as member:
                tail = b""
                while chunk := member.read(1 << 20):
                    if _FORMULA_TAG.search(tail + chunk):
                        return True
                    tail = chunk[-64:]
    return False


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


#: The start of an OLE2 file: an old .xls workbook, or any password-protected one.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_zip(path: Path) -> None:
    if path.is_dir():
        raise XLSFormError(f"{path.name} is a folder, not an .xlsx spreadsheet.")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_OLE2))
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            kind = b""
            if "mimetype" in zf.namelist() and zf.getinfo("mimetype").file_size < 200:
                with zf.open("mimetype") as member:  # sizes first: never unpack a bomb
                    kind = member.read(200)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        if head == _OLE2:
            raise XLSFormError(
                f"{path.name} is an old .xls file or a password-protected spreadsheet; "
                "save it as an Excel Workbook (.xlsx) without a password and try again."
            ) from None
        raise XLSFormError(f"{path.name} is not an .xlsx spreadsheet.") from None
    if kind.startswith(b"application/vnd.oasis.opendocument"):
        raise XLSFormError(
            f"{path.name} is an OpenDocument spreadsheet; save it as an Excel Workbook "
            "(.xlsx) and try again."
        )
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
            headers = []
            for i, v in enumerate(values):
                h = _header(v)
                if h and h in sheet.columns:
                    sheet.problems.append(
                        _warning(
                            f"{title}!{letter(i + 1)}1",
                            f"The column '{shown(str(v).strip())}' appears twice; only column "
                            f"{sheet.columns[h]} is used.",
                        )
                    )
                    h = None
                elif h:
                    sheet.columns[h] = letter(i + 1)
                    sheet.titles[h] = str(v).strip()
                headers.append(h)
            continue
        cells: dict[str, Cell] = {}
        for i, (h, v) in enumerate(zip(headers, values, strict=False)):
            if h and h not in cells:
                cells[h] = _cell(v, title, number)
                if v in _EXCEL_ERRORS:  # a broken formula's result, not the author's text
                    sheet.problems.append(
                        Problem(
                            f"{title}!{letter(i + 1)}{number}",
                            f"This cell shows the spreadsheet error {v}; correct its formula "
                            "or type the value.",
                        )
                    )
        if any(v not in (None, "") for v in cells.values()):
            sheet.rows.append(Row(number, cells))
    return sheet


def _header(v: Any) -> str | None:
    """A header cell as the name we use: trimmed, lower-case, aliases resolved."""
    if v is None:
        return None
    h = re.sub(r"\s*::\s*", "::", " ".join(str(v).split()).lower())  # 'label :: en'
    for alias in sorted(HEADER_ALIASES, key=len, reverse=True):
        if h == alias or h.startswith(alias + "::"):
            return HEADER_ALIASES[alias] + h[len(alias) :]
    return h or None


def _cell(v: Any, title: str, number: int) -> Cell:
    if isinstance(v, _dt.datetime):
        return v.date().isoformat() if v.time() == _dt.time() else v.isoformat()
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, str):
        if len(v) > MAX_CELL_CHARS:
            raise XLSFormError(f"A cell in row {number} of '{title}' is too long.")
        # Windows line breaks from Excel cells become the format's single '\n'.
        v = v.replace("\r\n", "\n").replace("\r", "\n").strip()
        return v or None
    if isinstance(v, bool | int | float) or v is None:
        return v
    return str(v)[:MAX_CELL_CHARS]
