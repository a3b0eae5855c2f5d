"""The form view: a form definition rendered as pages of questions, live.

Layout: the list of pages on one side (the current one selected), and the page itself
with "Page N of M", a progress bar, and Back / Next. Everything mirrors by itself when
the application's layout direction is right-to-left.

On every edit the view re-reads the answers, re-evaluates relevance (questions appear and
disappear with ``setVisible``; focus stays where it is) and re-validates with the forms
package, in the person's language. A question's inline message appears once the person
has left that question, or has tried to go on to the next page; trying to go on with
something to fix keeps the page once and says so, a second Next goes on anyway - a draft
may be left unfinished and finished later.

Keyboard: Tab follows the form; Ctrl+PgDown / Ctrl+PgUp and Alt+Right / Alt+Left (swapped
in a right-to-left layout) change page; every control is reachable without a mouse.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forms import FormDefinition, Page, choices_for, relevant_fields, validate
from intake_app.ui.forms_view.base import AttachFn, FieldContext, FieldWidget, plain_label
from intake_app.ui.forms_view.fieldset import FieldSet, RepeatWidget


@dataclass
class _PageView:
    page: Page
    scroll: QScrollArea
    fields: FieldSet


class FormView(QWidget):
    """Renders ``form`` in ``language`` (the form's default language as fallback).

    Signals: ``page_changed(int)`` after another page is shown (its index in the form).
    ``on_edit`` (a plain callable) runs after every change of an answer, once the view
    has updated itself - the report window schedules its autosave there.
    """

    page_changed = Signal(int)

    def __init__(
        self,
        form: FormDefinition,
        language: str,
        *,
        on_edit: Callable[[], None] | None = None,
        attach: AttachFn | None = None,
        attachment_names: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formView")
        self.form = form
        self.language = language
        self._on_edit = on_edit
        self.ctx = FieldContext(form, language, self._edited, attach, attachment_names or {})
        self._touched: set[str] = set()
        self._issues: dict[str, str] = {}
        self._relevant: set[str] = set()
        self._warned_page: int | None = None
        self._read_only = False
        self.current = 0
        # Choice questions whose offered choices depend on other answers.
        self._filtered = {f.name for f in form.fields() if f.choice_filter is not None}

        self.page_list = QListWidget(self)
        self.page_list.setObjectName("pageList")
        self.page_list.setMaximumWidth(240)
        self.page_list.setWordWrap(True)  # long page titles (Russian) wrap, never scroll
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self.pages: list[_PageView] = []
        for index, page in enumerate(form.pages):
            self.pages.append(self._build_page(index, page))
            self.page_list.addItem(self.ctx.text(page.label) or str(index + 1))

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("pageProgress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("pageProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.notice = plain_label("", self, "formNotice")
        self.notice.setVisible(False)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("pageBack")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("pageNext")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        column = QVBoxLayout()
        column.addWidget(self.progress_label)
        column.addWidget(self.progress_bar)
        column.addWidget(self.stack, 1)
        column.addWidget(self.notice)
        column.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self.page_list)
        layout.addLayout(column, 1)

        for keys, step in (
            ("Ctrl+PgDown", 1),
            ("Ctrl+PgUp", -1),
            ("Alt+Right", 1),
            ("Alt+Left", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            arrow = keys.startswith("Alt")
            shortcut.activated.connect(lambda s=step, a=arrow: self._step(s, a))

        self.page_list.currentRowChanged.connect(self._page_chosen)
        app = QApplication.instance()
        self._following_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._retranslate()
        self._evaluate(self.answers())
        self._show_page(self._first_relevant(), focus=False)

    # -- answers ---------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """Every answer shown now (hidden ones included; saving drops those)."""
        result: dict[str, Any] = {}
        for view in self.pages:
            result.update(view.fields.answers())
        return result

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Show stored answers and re-evaluate; reports no edit."""
        for view in self.pages:
            view.fields.set_answers(answers)
        self._evaluate(self.answers())
        if self.current not in self._relevant_pages():
            self._show_page(self._first_relevant(), focus=False)

    def field_widgets(self) -> Iterator[FieldWidget]:
        """Every question widget, in form order (entries of repeats included)."""
        for view in self.pages:
            yield from view.fields.walk()

    def field_widget(self, path: str) -> FieldWidget | None:
        """The question widget at ``path`` (``detentions[0].det_place``), or None."""
        return next((w for w in self.field_widgets() if w.path == path), None)

    def issues(self) -> dict[str, str]:
        """Every current validation message by path (shown or not yet)."""
        return dict(self._issues)

    def set_read_only(self, read_only: bool) -> None:
        """Make every answer unchangeable (a sent report); pages can still be browsed."""
        self._read_only = read_only
        for view in self.pages:
            view.fields.set_read_only(read_only)

    def dispose(self) -> None:
        """Stop following application focus (call before the view is thrown away; once
        or more)."""
        if not self._following_focus:
            return
        self._following_focus = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # never connected / gone
                app.focusChanged.disconnect(self._focus_changed)

    # -- pages -----------------------------------------------------------------------

    def go_next(self) -> bool:
        """Go to the next page that applies; True if the page changed.

        The first try with something to fix on this page stays and shows the messages.
        """
        view = self.pages[self.current]
        shown = list(view.fields.walk_shown())
        self._touched.update(w.path for w in shown)
        self._touched.update(r.path for r in view.fields.walk_repeats())
        self._show_issues()
        problems: list[FieldWidget | RepeatWidget] = [w for w in shown if w.issue]
        problems += [r for r in view.fields.walk_repeats() if r.isVisibleTo(self) and r.issue]
        if problems and not self._read_only and self._warned_page != self.current:
            self._warned_page = self.current
            self._set_notice(
                self.tr(
                    "Some answers on this page need attention. You can fix them now, "
                    "or press Next again and come back to them later."
                )
            )
            first = problems[0]
            target = first.focus_target() if isinstance(first, FieldWidget) else first.add_button
            self._focus(target)
            return False
        later = [i for i in self._relevant_pages() if i > self.current]
        if not later:
            return False
        self._show_page(later[0])
        return True

    def go_back(self) -> bool:
        """Go to the previous page that applies; True if the page changed."""
        earlier = [i for i in self._relevant_pages() if i < self.current]
        if not earlier:
            return False
        self._show_page(earlier[-1])
        return True

    def show_page(self, index: int) -> None:
        """Show page ``index`` of the form (if it applies now)."""
        if index in self._relevant_pages():
            self._show_page(index)

    # -- internals -------------------------------------------------------------------

    def _build_page(self, index: int, page: Page) -> _PageView:
        scroll = QScrollArea(self.stack)
        scroll.setObjectName(f"page_{page.name}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The page takes the focus when it has no question (a page of notes) so the
        # arrow keys can scroll it: a screen reader then says the page's title.
        scroll.setAccessibleName(self.ctx.text(page.label) or str(index + 1))
        content = QWidget(scroll)
        layout = QVBoxLayout(content)
        title = plain_label(self.ctx.text(page.label), content, f"pageTitle_{page.name}")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        description = self.ctx.text(page.description)
        if description:
            layout.addWidget(plain_label(description, content, f"pageDescription_{page.name}"))
        body = QWidget(content)
        fields = FieldSet(page.items, "", self.ctx, body)
        layout.addWidget(body)
        layout.addStretch(1)
        scroll.setWidget(content)
        self.stack.addWidget(scroll)
        return _PageView(page, scroll, fields)

    def _edited(self) -> None:
        self._warned_page = None
        if self.notice.isVisible():
            self._set_notice("")
        self._evaluate(self.answers())
        if self._on_edit is not None:
            self._on_edit()

    def _evaluate(self, answers: dict[str, Any]) -> None:
        self._relevant = relevant_fields(self.form, answers)
        for view in self.pages:
            view.fields.apply_relevance(self._relevant)
        for index, view in enumerate(self.pages):
            hidden = view.page.name not in self._relevant
            if self.page_list.isRowHidden(index) != hidden:
                self.page_list.setRowHidden(index, hidden)
        self._apply_choice_filters(answers)
        result = validate(self.form, answers, self.language)
        issues: dict[str, str] = {}
        for issue in result.issues:
            issues.setdefault(issue.path, issue.message)
        self._issues = issues
        self._show_issues()
        self._update_progress()

    def _apply_choice_filters(self, answers: dict[str, Any]) -> None:
        if not self._filtered:
            return
        for widget in self.field_widgets():
            if widget.field.name in self._filtered and widget.path in self._relevant:
                offered = choices_for(self.form, answers, widget.path)
                widget.set_offered(frozenset(c.value for c in offered))

    def _show_issues(self) -> None:
        for widget in self.field_widgets():
            path = widget.path
            widget.set_issue(self._issues.get(path) if path in self._touched else None)
        for view in self.pages:
            for repeat in view.fields.walk_repeats():
                path = repeat.path
                repeat.set_issue(self._issues.get(path) if path in self._touched else None)

    def _relevant_pages(self) -> list[int]:
        return [i for i, v in enumerate(self.pages) if v.page.name in self._relevant]

    def _first_relevant(self) -> int:
        pages = self._relevant_pages()
        return pages[0] if pages else 0

    def _show_page(self, index: int, *, focus: bool = True) -> None:
        changed = index != self.current
        self.current = index
        self._warned_page = None
        self._set_notice("")
        self.stack.setCurrentIndex(index)
        if self.page_list.currentRow() != index:
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(index)
            self.page_list.blockSignals(False)
        self._update_progress()
        if focus:
            first = next(self.pages[index].fields.walk_shown(), None)
            if first is not None:
                self._focus(first.focus_target())
        if changed:
            self.page_changed.emit(index)

    def _focus(self, target: QWidget) -> None:
        """Give ``target`` the focus, show it, and scroll its page so it can be seen."""
        # Styles draw the focus frame only once the window has seen keyboard navigation
        # (Tab); after Ctrl+PgDown the first question had the focus but showed nothing,
        # so a keyboard user could not tell where typing would go.
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        target.update()
        self.pages[self.current].scroll.ensureWidgetVisible(target)

    def _update_progress(self) -> None:
        pages = self._relevant_pages()
        position = pages.index(self.current) + 1 if self.current in pages else 1
        total = max(len(pages), 1)
        text = self.tr("Page %1 of %2").replace("%1", str(position)).replace("%2", str(total))
        if self.progress_label.text() != text:
            self.progress_label.setText(text)
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(position)
            self.progress_bar.setAccessibleName(text)
        has_back = bool(pages) and pages[0] < self.current
        has_next = bool(pages) and pages[-1] > self.current
        if self.back_button.isEnabled() != has_back:
            self.back_button.setEnabled(has_back)
        if self.next_button.isEnabled() != has_next:
            self.next_button.setEnabled(has_next)

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages) and row != self.current:
            self._show_page(row, focus=False)

    def _step(self, step: int, arrow_key: bool) -> None:
        if arrow_key and self.isRightToLeft():
            step = -step  # Alt+Left points forward when the page reads right to left
        if step > 0:
            self.go_next()
        else:
            self.go_back()

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or old is None or not shiboken6.isValid(old):
            return
        left = _field_of(old)
        if left is None or not self.isAncestorOf(left) or left.contains_widget(new):
            return
        if left.path not in self._touched:
            self._touched.add(left.path)
            self._show_issues()

    def _retranslate(self) -> None:
        self.page_list.setAccessibleName(self.tr("Pages of the form"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous page (Ctrl+PgUp)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next page (Ctrl+PgDown)"))
        self.progress_label.setText("")
        self._update_progress()


def _field_of(widget: QWidget) -> FieldWidget | None:
    current: QWidget | None = widget
    while current is not None and not isinstance(current, FieldWidget):
        current = current.parentWidget()
    return current
