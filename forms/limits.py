"""Limits and identifier rules of the definition format (docs/forms.md, sections 2-8)."""

from __future__ import annotations

import re

FORMAT_VERSION = 1
MAX_ITEMS = 1000
MAX_PAGES = 100
MAX_DEPTH = 8
MAX_REPEAT_NESTING = 3
MAX_REPEAT_COUNT = 200
MAX_LANGUAGES = 20
MAX_TEXT = 4000
MAX_CHOICE_LISTS = 200
MAX_CHOICES = 1000
MAX_PROBLEMS = 200

NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_-]{0,63}\Z")
FORM_ID = re.compile(r"\A[a-z0-9][a-z0-9._-]{0,63}\Z")
VERSION = re.compile(r"\A[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}\Z")
LANGUAGE = re.compile(r"\A[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")
CHOICE_VALUE = re.compile(r"\A[A-Za-z0-9_.-]{1,64}\Z")
