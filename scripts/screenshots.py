"""Make the README's screenshots of the main screens (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]

Creates a throwaway vault in a temporary folder with the real, calibrated key derivation
(the fast test KDF refuses to run outside tests), writes a sample report, a photo with
location and camera details, and a partner organisation, then saves PNGs of the screens
a new user meets. Every window is drawn with Qt's Fusion style at a fixed size, so the
pictures change only when the interface does. The temporary vault is deleted at the end.
Nothing here is a test: it only draws.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEventLoop, QLoggingCategory, Qt, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from crypto.identity import VaultIdentity
from intake_app.core import cases as core_cases
from intake_app.ui.app import build_controller, create_application
from intake_app.ui.controller import AppController
from intake_app.ui.i18n import Language
from intake_app.ui.tasks import DbOp

STRONG = "plum kettle orbit seventeen"
REPORT: dict[str, Any] = {
    "request_types": ["red_notice", "diffusion"],
    "requesting_country": "TJ",
    "issued_on": "2019-03",
    "learned_on": "2019-11-14",
    "learned_how": "stopped",
    "was_detained": "yes",
    "detentions": [
        {
            "det_country": "PL",
            "det_place": "Warsaw Chopin Airport, passport control",
            "det_period": {"start": "2019-11-14", "end": "2020-01-20"},
            "det_authority": "border_police",
            "det_conditions": ["passport_taken", "reporting"],
        }
    ],
    "consequences": ["travel", "bank"],
    "travel_details": "I no longer fly anywhere: I am afraid of being stopped again.",
    "bank_details": "Two banks closed my accounts in 2020 after a compliance check.",
    "protection_status": "none",
    "ccf_stage": "not_started",
    "has_lawyer": "no",
}


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds (a script may wait; the app never)."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: timed out waiting for the interface")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle() -> None:
    """Let posted events (language changes, layouts, paints) run."""
    wait_until(lambda: True)
    for _ in range(5):
        QCoreApplication.processEvents()


def run_db(ctl: AppController, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(session)`` on the database thread and return its result."""
    box: list[Any] = []
    DbOp(ctl.runner, fn).success(box.append).failure(lambda e: box.append(e)).run()
    wait_until(lambda: bool(box))
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def sample_photo(folder: Path) -> Path:
    """A small picture carrying a phone's EXIF: make, model, owner and GPS position."""
    im = Image.new("RGB", (480, 320))
    im.putdata([(40 + x // 4, 90 + y // 5, 140) for y in range(320) for x in range(480)])
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Model 12"
    exif[0x8769] = {0xA431: "SN 7731-22", 0xA430: "Owner Name"}
    exif[0x8825] = {1: "N", 2: (52.0, 10.0, 12.5), 3: "E", 4: (21.0, 0.0, 1.0)}
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif)
    path = folder / "IMG_2041.jpg"
    path.write_bytes(out.getvalue())
    return path


class Shooter:
    """Saves windows as PNGs into one folder."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.saved: list[str] = []

    def shoot(self, widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size is not None:
            widget.resize(*size)
        widget.show()
        settle()
        path = self.out / f"{name}.png"
        widget.window().grab().save(str(path), "PNG")
        self.saved.append(path.name)
        print(f"saved {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QLoggingCategory.setFilterRules("*.debug=false\n*.info=false\n*.warning=false")
    app = create_application()
    app.setStyle("Fusion")
    shooter = Shooter(args.out)
    with tempfile.TemporaryDirectory(prefix="intake-shots-") as tmp:
        folder = Path(tmp)
        ctl = build_controller(folder / "vault")
        ctl.languages.apply(Language.ENGLISH)
        try:
            _shoot_everything(ctl, shooter, folder)
        finally:
            ctl._close_secondary_windows()
            ctl.main_window.quit_without_asking()
            ctl.shutdown()
    print("screenshots:", ", ".join(shooter.saved))
    return 0


def _shoot_everything(ctl: AppController, shooter: Shooter, folder: Path) -> None:
    # First run: the passphrase page with a strong passphrase typed twice.
    ctl.start(first_run=True)
    wizard = ctl.wizard
    assert wizard is not None
    wizard.next()
    pair = wizard.passphrase_page.pair
    pair.first.setText(STRONG)
    pair.second.setText(STRONG)
    wait_until(lambda: pair._estimate is not None)
    shooter.shoot(wizard, "first-run", (640, 520))
    wizard.next()
    done: list[bool] = []
    ctl.unlocked.connect(lambda: done.append(True))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: bool(done))
    ctl.set_autolock_interval_ms(60 * 60_000)  # no lock while drawing

    def create(session: Any) -> str:
        form = session.forms.get("interpol_abuse")
        return str(core_cases.new_case(session, form, REPORT, language="en").case.id)

    case_id = run_db(ctl, create)
    main = ctl.main_window
    main.refresh_cases()
    wait_until(lambda: main.case_model.rowCount() == 1)
    main.case_table.selectRow(0)
    shooter.shoot(main, "report-list", (900, 560))
    _shoot_form(ctl, shooter, case_id, "form-view")

    # Evidence: the photo's location and camera details removed.
    evidence = ctl.exchange.open_evidence(case_id)
    wait_until(lambda: evidence._state is not None)
    shown: list[str] = []
    evidence.preview_shown.connect(shown.append)
    evidence.add_files([sample_photo(folder)])
    wait_until(lambda: "image" in shown)
    shooter.shoot(evidence, "evidence", (900, 560))
    evidence.reject()

    # Partners: a card pasted, the 30 digits to compare.
    org = VaultIdentity.generate()
    card = org.make_card("Fair Trials Desk")
    partners = ctl.exchange.open_partners()
    add = partners.open_add_dialog()
    add.card_text.setPlainText(card.to_text())
    shooter.shoot(add, "partner-add", (620, 420))
    added: list[object] = []
    add.partner_added.connect(added.append)
    add.add_button.click()
    wait_until(lambda: bool(added) and partners.current_partner() is not None)
    shooter.shoot(partners, "partners-verify", (860, 500))

    # A card claiming the same organisation with other keys: the blocking warning.
    impostor = VaultIdentity.generate().make_card("Fair Trials Desk")
    add = partners.open_add_dialog()
    add.card_text.setPlainText(impostor.to_text())
    add.add_button.click()
    wait_until(add.warning.isVisible)
    shooter.shoot(add, "partner-key-changed", (640, 640))
    add.reject()
    partners.digits.setText(str(card.fingerprint))
    partners.verify_button.click()
    wait_until(lambda: getattr(partners.current_partner(), "verified", False))
    shooter.shoot(partners, "partners-verified", (860, 500))
    partners.reject()

    # Export wizard: review, then done.
    export = ctl.exchange.open_export(case_id)
    model = export.partners_page.model
    wait_until(lambda: model.rowCount() == 1)
    model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    shooter.shoot(export, "export-partners", (720, 560))
    export.next()
    shooter.shoot(export, "export-review", (720, 560))
    export.next()
    export.destination_page.path_edit.setText(str(folder / "k3v7qxw2ma.age"))
    written: list[object] = []
    export.exported.connect(written.append)
    export.next()
    wait_until(lambda: bool(written))
    shooter.shoot(export, "export-done", (720, 560))
    export.accept()

    identity = ctl.exchange.open_identity()
    wait_until(lambda: identity.identity is not None and not identity.qr.pixmap().isNull())
    shooter.shoot(identity, "my-card", (680, 880))
    identity.reject()

    # The same screens in Russian, with a new draft written in Russian.
    ctl.set_language(Language.RUSSIAN)
    settle()

    def create_ru(session: Any) -> str:
        form = session.forms.get("interpol_abuse")
        return str(core_cases.new_case(session, form, REPORT, language="ru").case.id)

    _shoot_form(ctl, shooter, run_db(ctl, create_ru), "ru-form-view")
    partners = ctl.exchange.open_partners()
    wait_until(lambda: partners.current_partner() is not None)
    shooter.shoot(partners, "ru-partners", (860, 500))
    partners.reject()
    evidence = ctl.exchange.open_evidence(case_id)
    wait_until(lambda: evidence._state is not None)
    shooter.shoot(evidence, "ru-evidence", (900, 560))
    evidence.reject()
    ctl.set_language(Language.ENGLISH)
    settle()

    # Locked: the unlock window.
    locked: list[bool] = []
    ctl.locked.connect(lambda: locked.append(True))
    ctl.lock()
    wait_until(lambda: bool(locked))
    shooter.shoot(ctl.unlock_window, "unlock", (560, 420))


def _shoot_form(ctl: AppController, shooter: Shooter, case_id: str, name: str) -> None:
    """The report open in the form view, on its detentions page."""
    panel = ctl.main_window.reports
    opened: list[object] = []
    panel.report_opened.connect(opened.append)
    panel.open_report(case_id)
    wait_until(lambda: bool(opened))
    editor = panel.editor
    assert editor is not None
    editor.view.show_page(2)
    shooter.shoot(ctl.main_window, name, (980, 720))
    editor.close_report()
    wait_until(lambda: panel.editor is None)


if __name__ == "__main__":
    sys.exit(main())
