"""Form view benchmark: how long one keystroke blocks the event loop in the INTERPOL form.

Usage (from the project root):
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_form_view.py [--keys 200]

Renders the built-in INTERPOL form with a full set of answers
(tests/forms/fixtures/interpol_abuse_full.json), then types ``--keys`` characters into a
long text question. Each key press is delivered synchronously, so its time is everything
the view does for it: the widget's own work, reading every answer, relevance, validation
and scheduling the autosave. The peer is the same keys typed into a bare QPlainTextEdit in
the same run. Prints median and worst per key against the 100 ms target (issue 5), the
ratio to the peer, and the time to build the view.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget  # noqa: E402

from forms import builtin_forms  # noqa: E402
from intake_app.ui.forms_view import FormView  # noqa: E402

TARGET_MS = 100.0
TEXT = "They stopped me at passport control and took my phone. "


def _type(widget: QWidget, keys: int) -> list[float]:
    samples = []
    for i in range(keys):
        char = TEXT[i % len(TEXT)]
        start = time.perf_counter()
        QTest.keyClicks(widget, char)
        samples.append(time.perf_counter() - start)
    return samples


def _line(name: str, samples: list[float]) -> tuple[float, float]:
    median, worst = statistics.median(samples) * 1000, max(samples) * 1000
    print(f"{name:<28} median {median:7.3f} ms   worst {worst:7.3f} ms")
    return median, worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    form = builtin_forms()["interpol_abuse"]
    answers_path = ROOT / "tests" / "forms" / "fixtures" / "interpol_abuse_full.json"
    answers = json.loads(answers_path.read_text("utf-8")) if answers_path.is_file() else {}

    start = time.perf_counter()
    view = FormView(form, "en", on_edit=lambda: None)
    view.set_answers(answers)
    built_ms = (time.perf_counter() - start) * 1000
    view.resize(1000, 760)
    view.show()
    story = view.field_widget("real_reason_story")
    assert story is not None
    view.show_page(next(i for i, p in enumerate(form.pages) if p.name == "reasons_page"))
    story.input.setFocus()
    app.processEvents()

    peer = QPlainTextEdit()
    peer.show()
    peer.setFocus()
    app.processEvents()

    print(f"INTERPOL form, {len(list(view.field_widgets()))} questions, {args.keys} keys")
    print(f"build the view with full answers: {built_ms:.1f} ms")
    _, peer_worst = _line("bare QPlainTextEdit (peer)", _type(peer, args.keys))
    _, worst = _line("form view", _type(story.input, args.keys))
    print(f"worst / target ({TARGET_MS:.0f} ms): {worst / TARGET_MS:.3f}")
    print(f"worst / peer worst: {worst / max(peer_worst, 1e-6):.1f}x")
    view.dispose()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the widgets (nothing to save)


if __name__ == "__main__":
    raise SystemExit(main())
