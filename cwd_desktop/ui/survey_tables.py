"""The tables under a survey chart: answer counts, a grid as a matrix, a cross-tab.

Each is a small ``QStandardItemModel`` (a question has a handful of answers,
a cross-tab a few dozen cells), rebuilt when the question, filters or
breakdown change. Every number cell keeps its raw value in ``ValueRole``, so
the text can follow the UI locale (``33,3%`` in Polish) while tests and
copy-paste have the number. Answers are listed in the chart's order
(``answer_order``: a rating scale in its natural order, else most frequent
first), so the table reads like the bars above it.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import NO_ANSWER, CrossTab, QuestionSummary
from cwd_desktop.ui.survey_answer_order import answer_order

ValueRole = Qt.ItemDataRole.UserRole + 10
#: Characters per line of a column header before it wraps.
HEADER_WIDTH = 12

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MUTED = QBrush(QColor("#6b6b6b"))


def number_text(value: float, decimals: int = 1) -> str:
    """A number in the UI locale without trailing noise (``3,5``; ``4`` stays ``4``)."""
    if float(value).is_integer() and decimals <= 1:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def percent_text(value: float) -> str:
    """``33,3%``: one decimal, as survey reports print percentages."""
    return QLocale().toString(float(value), "f", 1) + "%"


def _set_headers(model: QStandardItemModel, labels: list[str]) -> None:
    """Column headers wrapped onto short lines (``gmina⏎nieprzypisana``), so a
    cross-tab of seven gminy fits beside the chart without scrolling."""
    for column, label in enumerate(labels):
        lines = textwrap.wrap(label, HEADER_WIDTH, break_long_words=False) or [label]
        item = QStandardItem("\n".join(lines))
        item.setToolTip(label)
        model.setHorizontalHeaderItem(column, item)


def _as_number(label: str) -> float:
    """A numeric answer label (``4``, ``2,5``; ranges ``10–19`` by their start)."""
    return float(label.split("–")[0].replace(",", ".").strip())


def _is_number(label: str) -> bool:
    try:
        _as_number(label)
    except ValueError:
        return False
    return True


def _label(text: str, *, bold: bool = False, muted: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if muted:
        item.setForeground(_MUTED)
    return item


def _count(value: int, *, bold: bool = False, muted: bool = False) -> QStandardItem:
    item = _label(QLocale().toString(value), bold=bold, muted=muted)
    item.setData(value, ValueRole)
    item.setTextAlignment(_RIGHT)
    return item


def _percent(value: float, *, muted: bool = False) -> QStandardItem:
    item = _label(percent_text(value), muted=muted)
    item.setData(value, ValueRole)
    item.setTextAlignment(_RIGHT)
    return item


def _blank() -> QStandardItem:
    return QStandardItem("")


def answer_table(summary: QuestionSummary) -> QStandardItemModel:
    """Answer | liczba | %: one row per option, then the respondents who did not answer."""
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("SurveyTables", "Odpowiedź"),
            QCoreApplication.translate("SurveyTables", "Liczba"),
            QCoreApplication.translate("SurveyTables", "%"),
        ]
    )
    answers = list(summary.answers)
    if summary.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        order = answer_order([a.label for a in answers], [a.count for a in answers])
        answers = [answers[i] for i in order]
    for answer in answers:
        model.appendRow([_label(answer.label), _count(answer.count), _percent(answer.percent)])
    missing = summary.respondents - summary.answered
    if missing > 0:
        model.appendRow(
            [
                _label(QCoreApplication.translate("survey", NO_ANSWER), muted=True),
                _count(missing, muted=True),
                _blank(),
            ]
        )
    return model


def grid_table(summary: QuestionSummary, percent: bool) -> QStandardItemModel:
    """A grid question as a matrix: its rows down, the answer options across.

    Cells are counts, or percentages of those who rated that row; the last
    column says how many did.
    """
    totals: dict[str, int] = {}
    for row in summary.grid:
        for answer in row.answers:
            totals[answer.label] = totals.get(answer.label, 0) + answer.count
    labels = list(totals)
    options = [labels[i] for i in answer_order(labels, list(totals.values()))]
    model = QStandardItemModel(0, len(options) + 2)
    _set_headers(
        model,
        [
            QCoreApplication.translate("SurveyTables", "Wiersz"),
            *options,
            QCoreApplication.translate("SurveyTables", "Odpowiedzi"),
        ],
    )
    for row in summary.grid:
        found = {a.label: a for a in row.answers}
        cells: list[QStandardItem] = [_label(row.label)]
        for option in options:
            answer = found.get(option)
            if answer is None:
                cells.append(_percent(0.0) if percent else _count(0))
            else:
                cells.append(_percent(answer.percent) if percent else _count(answer.count))
        cells.append(_count(row.answered, bold=True))
        model.appendRow(cells)
    return model


def crosstab_table(tab: CrossTab, percent: bool) -> QStandardItemModel:
    """Answers down, groups across, a total column, and the base of each group at the bottom.

    Percentages are of the group's respondents who answered the question,
    so the columns of a multiple choice may add up to more than 100%.
    """
    model = QStandardItemModel(0, len(tab.groups) + 2)
    _set_headers(
        model,
        [
            QCoreApplication.translate("SurveyTables", "Odpowiedź"),
            *tab.groups,
            QCoreApplication.translate("SurveyTables", "Razem"),
        ],
    )
    grand = sum(tab.totals)
    if all(_is_number(label) for label in tab.labels):  # a scale or a number: 1, 2, 3 …
        order = sorted(range(len(tab.labels)), key=lambda a: _as_number(tab.labels[a]))
    else:
        order = answer_order(tab.labels, [sum(row) for row in tab.counts])
    for a in order:
        cells: list[QStandardItem] = [_label(tab.labels[a])]
        for g in range(len(tab.groups)):
            cells.append(_percent(tab.percent(a, g)) if percent else _count(tab.counts[a][g]))
        row_total = sum(tab.counts[a])
        if percent:
            cells.append(_percent(100.0 * row_total / grand if grand else 0.0))
        else:
            cells.append(_count(row_total, bold=True))
        model.appendRow(cells)
    base = [_label(QCoreApplication.translate("SurveyTables", "Odpowiedziało"), bold=True)]
    base += [_count(total, bold=True) for total in tab.totals]
    base.append(_count(grand, bold=True))
    model.appendRow(base)
    return model
