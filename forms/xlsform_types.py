"""XLSForm import: the survey sheet's vocabulary (types, columns, keywords).

Which XLSForm types map to which of ours, which exist but do not map (a warning), and
what else is read; anything not named here is an unknown type (an error, with the
closest known type suggested).
"""

from __future__ import annotations

import re

from forms.problems import shown

SURVEY_KEYS = {
    "type",
    "name",
    "required",
    "relevant",
    "constraint",
    "choice_filter",
    "default",
    "appearance",
    "repeat_count",  # begin repeat only (below)
}
SIMPLE_TYPES = {
    "text": "text",
    "string": "text",  # pyxform's alias
    "integer": "integer",
    "int": "integer",
    "decimal": "decimal",
    "date": "date",
    "note": "note",
    "image": "attachment",
    "audio": "attachment",
    "video": "attachment",
    "file": "attachment",
}
METADATA = {
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "instanceid",
}
#: The texts or_other adds (pyxform writes them in English only).
OTHER_TEXTS = {
    "en": ("Other", "Specify other"),
    "ru": ("Другое", "Уточните, что именно"),
    "tr": ("Diğer", "Lütfen belirtin"),
}
TRUE = {"yes", "true", "true()", "1"}
FALSE = {"no", "false", "false()", "0", ""}
SELECT = re.compile(
    r"\A(select_one|select_multiple|select one|select multiple|select all that apply)"
    r"\s+(\S+)(\s+or_other)?\Z",
    re.IGNORECASE,  # the keywords only in practice: the list name keeps its case below
)
#: XLSForm types that exist but do not map (a warning: the row is left out). Any other
#: type is most likely a typo, and losing a question to a typo is worse than stopping.
KNOWN_UNSUPPORTED = {
    "calculate",
    "geopoint",
    "geotrace",
    "geoshape",
    "range",
    "time",
    "datetime",
    "barcode",
    "hidden",
    "trigger",
    "xml-external",
    "csv-external",
    "begin loop",
    "end loop",
    "begin_loop",
    "end_loop",
    "osm",
    "background-geopoint",
    "background-audio",
}
#: Survey columns that mean nothing on a group, a repeat or a note.
NOT_ON_CONTAINERS = (
    "required",
    "constraint",
    "default",
    "choice_filter",
    "constraint_message",
    "required_message",
)
#: KoboToolbox's own blocks (matrix, score and rank questions): left out whole.
KOBO_BLOCKS = {
    "begin_kobomatrix": "end_kobomatrix",
    "begin_score": "end_score",
    "begin_rank": "end_rank",
}
KNOWN_UNSUPPORTED_PREFIXES = (
    "rank",
    "select_one_from_file",
    "select_multiple_from_file",
    "select_one_external",
    "select_multiple_external",
    "begin loop",
    "begin_loop",
    "osm",
)


def unknown_type(raw_type: str, kind: str) -> str:
    """Why ``raw_type`` is refused, with the closest XLSForm type when there is one."""
    import difflib

    known = [
        *(k for k, v in SIMPLE_TYPES.items() if v),
        *sorted(METADATA),
        *sorted(KNOWN_UNSUPPORTED),
        "select_one",
        "select_multiple",
        "begin group",
        "end group",
        "begin repeat",
        "end repeat",
        "acknowledge",
    ]
    # "begin grp" is compared whole, "select_onne list" by its first word
    close = difflib.get_close_matches(kind, known, n=1, cutoff=0.75) or (
        difflib.get_close_matches(kind.split(" ")[0], known, n=1, cutoff=0.75)
    )
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return f"The type '{shown(raw_type, 40)}' is not an XLSForm type.{hint}"
