"""The consultation log of a partnership as an XLSX workbook.

Sheet "Uwagi": one row per comment with its event's data, as the
coordinator hands it to the office preparing the consultation report.
Sheet "Wydarzenia": one row per event with the art. 6 findings. The header
is bold and frozen, long texts wrap, dates are real dates (so Calc and Excel
can sort and filter them). The author of a comment who is a contact person
that withdrew consent is left blank (``services.gdpr.withheld_people``).

The workbook is written to a temporary file next to the target and renamed
into place, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from cwd_desktop.exports.xlsx.sheet import add_sheet, cells, discard, save
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.consultation_reads import (
    Label,
    art6_checks,
    category_labels,
    comment_source,
    disposition_labels,
    events,
    form_labels,
)
from cwd_desktop.services.gdpr import withheld_people
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.store import Store

CONTEXT = "ConsultationLogXlsx"
_PAGE = 2000
COMMENTS_SHEET = QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Uwagi")
EVENTS_SHEET = QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Wydarzenia")

#: (title, width) of the comment sheet's columns, in order; texts from "Nr" on wrap.
COMMENT_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Data"), 11),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Miejsce"), 18),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Forma"), 16),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Temat / konsultowany dokument"), 30),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Ogłoszono"), 11),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Uwagi do"), 11),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Nr"), 5),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Zgłaszający"), 22),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Kategoria"), 18),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Fragment dokumentu"), 18),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Treść uwagi"), 45),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Propozycja zmiany"), 35),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Rozstrzygnięcie"), 16),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Uzasadnienie"), 45),
)

EVENT_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Data"), 11),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Miejsce"), 18),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Forma"), 16),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Temat / konsultowany dokument"), 34),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Ogłoszono"), 11),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Uwagi do"), 11),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Uczestnicy"), 10),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Liczba uwag"), 10),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Sprawozdanie do"), 14),
    (QT_TRANSLATE_NOOP("ConsultationLogXlsx", "Art. 6 uzppr — ustalenia"), 60),
)


def export_log(
    store: Store,
    partnership_id: str,
    path: Path,
    *,
    translate: Translate = identity,
    progress: Progress = NO_PROGRESS,
    today: date | None = None,
) -> int:
    """Write the partnership's consultation log to ``path``; return the number of comments."""
    workbook = Workbook(write_only=True)
    try:
        return _write(workbook, store, partnership_id, path, translate, progress, today)
    except BaseException:
        discard(workbook)
        raise


def _write(
    workbook: Workbook,
    store: Store,
    partnership_id: str,
    path: Path,
    translate: Translate,
    progress: Progress,
    today: date | None,
) -> int:
    comments_sheet = add_sheet(
        workbook, translate(CONTEXT, COMMENTS_SHEET), COMMENT_COLUMNS, translate, CONTEXT
    )
    events_sheet = add_sheet(
        workbook, translate(CONTEXT, EVENTS_SHEET), EVENT_COLUMNS, translate, CONTEXT
    )
    log = events(store, partnership_id)
    forms = form_labels()
    total = sum(e.comments for e in log)
    written = 0
    for values in _comment_rows(store, partnership_id, translate):
        comments_sheet.append(cells(comments_sheet, values, wrap={3, *range(7, 14)}))
        written += 1
        if written % _PAGE == 0:
            progress.update(written, total)
    for event in log:
        findings = art6_checks(store, event.id, today)
        due = next((w.due_on for w in findings if w.due_on is not None), None)
        values = [
            event.held_on,
            event.place,
            forms[event.form].render(translate) if event.form in forms else event.form,
            event.subject,
            event.announced_on,
            event.comments_until,
            event.participants,
            event.comments,
            due,
            "\n".join(w.render(translate) for w in findings if w.code != "report_due"),
        ]
        events_sheet.append(cells(events_sheet, values, wrap={3, 9}))
    progress.update(total, total)
    save(workbook, path)
    return written


def _comment_rows(store: Store, partnership_id: str, translate: Translate) -> Iterator[list[Any]]:
    """The values of each comment row, page by page (constant memory for a long log)."""
    read = comment_source(store, partnership_id, None)
    event_data = {e.id: e for e in events(store, partnership_id)}
    categories = category_labels(store, partnership_id)
    forms, dispositions = form_labels(), disposition_labels()
    withheld = withheld_people(store, partnership_id)

    def name(labels: dict[str, Label], code: str | None) -> str:
        if not code:
            return ""
        found = labels.get(code)
        return found.render(translate) if found is not None else code

    offset = 0
    while True:
        page = read("", offset, _PAGE)
        for row in page:
            event = event_data[row["consultation_id"]]
            yield [
                event.held_on,
                event.place,
                name(forms, event.form),
                event.subject,
                event.announced_on,
                event.comments_until,
                row["number"],
                withheld.shown(row["author"]),  # "" once the author withdrew consent (RODO)
                name(categories, row["author_category"]),
                row["section"],
                row["content"],
                row["proposal"],
                name(dispositions, row["disposition"]),
                row["justification"],
            ]
        if len(page) < _PAGE:
            return
        offset += len(page)
