"""Choosing a new passphrase: typed twice, with an honest strength hint.

Used by the first-run wizard and the change-passphrase dialog. The strength estimate runs
on the task runner's CPU pool (zxcvbn can take tens of milliseconds on long input), so
typing never stutters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from intake_app.core.strength import Strength, StrengthEstimate, estimate
from intake_app.ui.cpu_ops import CpuOp
from intake_app.ui.tasks import TaskRunner


class PassphrasePairWidget(QWidget):
    """Two passphrase fields, a strength bar and inline hints.

    Signals: ``changed()`` whenever ``is_acceptable`` may have changed.
    """

    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        # Empty to begin with: the hint says what to do and the bar is at zero (with no
        # estimate yet the bar stood empty and unexplained, like a second text field).
        self._estimate: StrengthEstimate | None = estimate("")
        self._generation = 0  # discards estimates that finished after newer typing

        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)  # a thin gauge, not something to type into
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strengthHint")
        self.strength_label.setWordWrap(True)
        self.mismatch_label = QLabel(self)
        self.mismatch_label.setObjectName("mismatchError")
        self.mismatch_label.setStyleSheet("color: #b00020;")
        self.mismatch_label.setWordWrap(True)

        self._first_label = QLabel(self)
        self._first_label.setBuddy(self.first)
        self._second_label = QLabel(self)
        self._second_label.setBuddy(self.second)
        form = QFormLayout(self)
        form.addRow(self._first_label, self.first)
        form.addRow(self.meter)
        form.addRow(self.strength_label)
        form.addRow(self._second_label, self.second)
        form.addRow(self.mismatch_label)

        self.first.textChanged.connect(self._on_first_changed)
        self.second.textChanged.connect(self._update_mismatch)
        self._retranslate()
        self._show_estimate()

    # -- public -----------------------------------------------------------------------

    @property
    def matches(self) -> bool:
        """True when both fields hold the same, non-empty text."""
        return bool(self.first.text()) and self.first.text() == self.second.text()

    @property
    def is_acceptable(self) -> bool:
        """True when the passphrase matches and is not trivially guessable."""
        est = self._estimate
        return (
            self.matches
            and est is not None
            and est.strength > Strength.VERY_WEAK
            and not est.too_short
        )

    def passphrase_bytes(self) -> bytearray:
        """The passphrase as UTF-8 in a fresh ``bytearray`` the caller should wipe."""
        return bytearray(self.first.text().encode("utf-8"))

    def clear(self) -> None:
        """Empty both fields (after use, and on lock)."""
        self.first.clear()
        self.second.clear()

    # -- internals --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._first_label.setText(self.tr("&Passphrase:"))
        self._second_label.setText(self.tr("&Repeat it:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.first.setPlaceholderText(self.tr("Several unrelated words are easy to remember"))
        self._show_estimate()
        self._update_mismatch()

    def _on_first_changed(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        self._estimate = None
        self._update_mismatch()
        if not text:
            self._estimate = estimate("")
            self._show_estimate()
            self.changed.emit()
            return
        CpuOp(self._runner, lambda _ctx: estimate(text), parent=self).success(
            lambda est: self._on_estimated(generation, est)
        ).run()

    def _on_estimated(self, generation: int, est: StrengthEstimate) -> None:
        if generation != self._generation:
            return
        self._estimate = est
        self._show_estimate()
        self.changed.emit()

    def _show_estimate(self) -> None:
        est = self._estimate
        if est is None:
            return
        self.meter.setValue(int(est.strength))
        hints = {
            Strength.EMPTY: self.tr("Choose a passphrase only you know."),
            Strength.VERY_WEAK: self.tr(
                "Very weak: this is a common password or close to one. "
                "It could be guessed within hours."
            ),
            Strength.WEAK: self.tr(
                "Weak: a seized computer could be opened by guessing within months. "
                "Add another word or two."
            ),
            Strength.FAIR: self.tr(
                "Fair: guessing it would take years. Another word makes it much stronger."
            ),
            Strength.STRONG: self.tr("Strong: guessing it would take centuries."),
        }
        text = hints[est.strength]
        if est.too_short and est.strength is not Strength.EMPTY:
            text += " " + self.tr("Use at least 10 characters.")
        self.strength_label.setText(text)

    def _update_mismatch(self) -> None:
        show = bool(self.second.text()) and self.first.text() != self.second.text()
        self.mismatch_label.setText(self.tr("The two passphrases are different.") if show else "")
        self.changed.emit()
