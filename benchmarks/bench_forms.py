"""Forms benchmark: relevance + validation per keystroke, and loading every built-in form.

Usage (from the project root):
    python benchmarks/bench_forms.py [--form FORM.json --answers ANSWERS.json] [--runs 1000]

By default it uses the built-in INTERPOL form (resources/forms/interpol_abuse.json) with
tests/forms/fixtures/interpol_abuse_full.json, falling back to the small example form.
Prints the median and worst of ``--runs`` evaluations against the 5 ms keystroke target,
and load times against plain json.loads of the same file (the peer).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from forms import builtin_forms_dir, load_form, relevant_fields, validate  # noqa: E402

TARGET_MS = 5.0


def _default_inputs() -> tuple[Path, Path]:
    form = builtin_forms_dir() / "interpol_abuse.json"
    answers = ROOT / "tests" / "forms" / "fixtures" / "interpol_abuse_full.json"
    if form.is_file() and answers.is_file():
        return form, answers
    fixtures = ROOT / "tests" / "forms" / "fixtures"
    return fixtures / "example.json", fixtures / "example.answers.json"


def _ms(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples) * 1000, max(samples) * 1000


def main() -> int:
    default_form, default_answers = _default_inputs()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--form", type=Path, default=default_form)
    parser.add_argument("--answers", type=Path, default=default_answers)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--builtin-dir", type=Path, default=builtin_forms_dir())
    args = parser.parse_args()

    form = load_form(args.form.read_bytes())
    answers = json.loads(args.answers.read_text("utf-8"))
    today = "2026-01-01"
    first = validate(form, answers, "en", today=today)
    print(
        f"form {form.id} {form.version}: {len(form.fields())} fields, "
        f"answers {args.answers.name}: {len(first.issues)} issue(s)"
    )

    rel: list[float] = []
    val: list[float] = []
    for _ in range(args.runs):
        t = time.perf_counter()
        relevant_fields(form, answers, today)
        rel.append(time.perf_counter() - t)
        t = time.perf_counter()
        validate(form, answers, "ru", today=today)
        val.append(time.perf_counter() - t)
    for label, samples in (("relevance", rel), ("validation (incl. relevance)", val)):
        median, worst = _ms(samples)
        print(
            f"{label}: median {median:.3f} ms, worst {worst:.3f} ms over {args.runs} runs; "
            f"median is {median / TARGET_MS:.2f}x the {TARGET_MS:.0f} ms keystroke target"
        )

    folder = args.builtin_dir
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        print(f"no built-in forms in {folder}")
    for path in files:
        data = path.read_bytes()
        loads, parses = [], []
        for _ in range(20):
            t = time.perf_counter()
            load_form(data)
            loads.append(time.perf_counter() - t)
            t = time.perf_counter()
            json.loads(data)
            parses.append(time.perf_counter() - t)
        ours, peer = statistics.median(loads), statistics.median(parses)
        print(
            f"load {path.name} ({len(data) // 1024} KiB): {ours * 1000:.2f} ms vs "
            f"{peer * 1000:.2f} ms (json.loads) = {ours / peer:.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
