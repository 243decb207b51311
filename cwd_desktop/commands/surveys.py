"""``survey import|list|summary|export|chart``: surveys from scripts.

``import`` reads a survey tool's export with the same parser as the wizard
and the wizard's defaults (guessed types, roles and gmina matches), so a
coordinator can load a folder of files in one go and fix details in the app.
``summary --json`` prints the frequencies the diagnosis is built on.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services

if TYPE_CHECKING:  # the GUI's start-up builds this parser: no survey code on that path
    from cwd_desktop.services.survey_summary import QuestionSummary


def register(sub: Any, add: Any) -> None:
    """Add the ``survey`` command group to the top-level parser."""
    group = sub.add_parser("survey", help="ankiety: import, lista, podsumowanie")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = add(actions, "import", cmd_import, "importuj eksport ankiety (XLSX, XLS, ODS, CSV)")
    imp.add_argument("file", help="plik z odpowiedziami")
    imp.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    imp.add_argument("--kind", required=True, help="rodzaj: residents | youth | business | leaders")
    imp.add_argument("--title", help="tytuł ankiety (domyślnie nazwa pliku)")

    listing = add(actions, "list", cmd_list, "zaimportowane ankiety")
    listing.add_argument("--partnership", help="tylko ankiety tego partnerstwa")

    summary = add(actions, "summary", cmd_summary, "częstości odpowiedzi na każde pytanie")
    _survey_filters(summary)

    export = add(actions, "export", cmd_export, "podsumowanie ankiety do pliku XLSX")
    _survey_filters(export)
    export.add_argument("--by", action="append", choices=["gmina", "gender", "age"], default=[])
    export.add_argument("-o", "--output", required=True, help="plik .xlsx")

    chart = add(actions, "chart", cmd_chart, "wykresy pytań zamkniętych jako pliki PNG")
    _survey_filters(chart)
    chart.add_argument("-o", "--output", required=True, help="folder na pliki PNG")


def _survey_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--survey", required=True, help="id lub tytuł ankiety")
    parser.add_argument(
        "--gmina", action="append", default=[], help="tylko respondenci z tej gminy (TERYT)"
    )
    parser.add_argument(
        "--age", action="append", default=[], help="tylko ta grupa wieku, np. 25–34"
    )


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def cmd_import(services: Services, args: argparse.Namespace) -> None:
    """Import one file; print the detected tool, the questions and the response count."""
    from cwd_desktop.domain.vocab import label
    from cwd_desktop.services.survey_import import parse_survey
    from cwd_desktop.services.survey_import.model import SOURCE_LABELS, Source
    from cwd_desktop.services.surveys import parse_kind

    partnership = services.partnerships.get(args.partnership)
    kind = parse_kind(args.kind)
    parsed = parse_survey(Path(args.file))
    plan = services.surveys.plan(parsed, partnership.id, kind, args.title)
    unmatched = plan.unmatched_gminy()
    result = services.surveys.store_plan(plan)
    questions = [{"text": q.text, "type": q.type.value} for q in plan.questions]
    not_stored = [m.header for m in parsed.metadata if m.personal]
    payload = {
        "survey": result.survey_id,
        "created": result.created,
        "title": result.title,
        "source": parsed.source.value,
        "responses": result.responses,
        "questions": questions,
        "not_stored": not_stored,
        "unmatched_gminy": unmatched,
    }
    status = (
        f"Zaimportowano ankietę „{result.title}” ({result.survey_id})."
        if result.created
        else f"Ten plik zaimportowano już wcześniej jako „{result.title}” "
        f"({result.survey_id}); nic nie dodano."
    )
    lines = [
        status,
        f"Źródło: {SOURCE_LABELS[Source(parsed.source)]}; rodzaj: {label(kind)}; "
        f"odpowiedzi: {result.responses}; pytań: {len(questions)}.",
    ]
    lines += [f"  {i}. [{q['type']}] {q['text']}" for i, q in enumerate(questions, 1)]
    if not_stored:
        lines.append("Nie zapisano danych osobowych z kolumn: " + ", ".join(not_stored))
    if unmatched:
        lines.append("Gminy bez kodu TERYT (przypisz je w aplikacji): " + ", ".join(unmatched))
    _print(args, payload, "\n".join(lines))


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """Imported surveys, newest first."""
    from cwd_desktop.domain.vocab import SurveyKind, label

    pid = services.partnerships.get(args.partnership).id if args.partnership else None
    surveys = services.surveys.list(pid)
    payload = [
        {
            "id": s.id,
            "partnership_id": s.partnership_id,
            "title": s.title,
            "kind": s.kind,
            "source": s.source,
            "file_name": s.file_name,
            "responses": s.response_count,
            "imported_at": s.imported_at.isoformat(),
        }
        for s in surveys
    ]
    lines = [
        f"{s.id}  {s.imported_at:%Y-%m-%d}  {s.response_count:>7}  "
        f"{label(SurveyKind(s.kind)):<16} {s.title}"
        for s in surveys
    ]
    _print(args, payload, "\n".join(lines) if lines else "Brak ankiet.")


def _filters(services: Services, args: argparse.Namespace) -> Any:
    from cwd_desktop.services.survey_summary import Filters

    codes = set()
    for value in args.gmina:
        if services.teryt.get(value.strip()) is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nieznany kod TERYT {code}."), code=value.strip()
            )
        codes.add(value.strip())
    return Filters(
        gminy=frozenset(codes) if codes else None,
        age_groups=frozenset(args.age) if args.age else None,
    )


def _answers(question: QuestionSummary) -> list[dict[str, Any]]:
    rows = [(a.label, a.count, a.percent) for a in question.answers]
    for grid_row in question.grid:
        rows += [(f"{grid_row.label}: {a.label}", a.count, a.percent) for a in grid_row.answers]
    return [{"label": lbl, "count": n, "percent": round(p, 1)} for lbl, n, p in rows]


def question_json(question: QuestionSummary) -> dict[str, Any]:
    """One question of ``summary --json``."""
    item: dict[str, Any] = {
        "text": question.text,
        "type": question.type.value,
        "answered": question.answered,
        "answers": _answers(question),
    }
    if question.mean is not None:
        item["mean"] = round(question.mean, 2)
        item["median"] = question.median
    if question.grid:
        item["rows"] = [
            {
                "label": row.label,
                "answered": row.answered,
                "answers": [
                    {"label": a.label, "count": a.count, "percent": round(a.percent, 1)}
                    for a in row.answers
                ],
            }
            for row in question.grid
        ]
    if question.texts:
        item["texts"] = list(question.texts)
    return item


def _question_lines(index: int, question: QuestionSummary) -> list[str]:
    lines = [f"{index}. {question.text}  [{question.type.value}; odpowiedzi: {question.answered}]"]
    for answer in _answers(question):
        lines.append(f"     {answer['count']:>7}  {answer['percent']:>5.1f}%  {answer['label']}")
    if question.mean is not None:
        lines.append(f"     średnia {question.mean:.2f}; mediana {question.median:g}")
    if question.texts:
        shown = question.texts[:10]
        lines += [f"     – {text}" for text in shown]
        if len(question.texts) > len(shown):
            lines.append(f"     … i {len(question.texts) - len(shown)} innych")
    return lines


def cmd_summary(services: Services, args: argparse.Namespace) -> None:
    """Counts and percents per question (``--json``: the machine-readable form)."""
    from cwd_desktop.services.survey_summary import summarise

    data = services.surveys.load(args.survey)
    summary = summarise(data, _filters(services, args))
    payload = {
        "survey": data.info.id,
        "title": data.info.title,
        "source": data.info.source,
        "kind": data.info.kind,
        "responses": summary.respondents,
        "total_responses": summary.total,
        "questions": [question_json(q) for q in summary.questions],
    }
    lines = [f"{data.info.title}: {summary.respondents} z {summary.total} odpowiedzi"]
    for index, question in enumerate(summary.questions, 1):
        lines += _question_lines(index, question)
    _print(args, payload, "\n".join(lines))


def _gmina_names(services: Services, codes: Any) -> dict[str, str]:
    names = {}
    for code in codes:
        jst = services.teryt.get(code)
        if jst is not None:
            names[code] = jst.name
    return names


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    """The summary (and cross-tabs with ``--by``) as an XLSX workbook."""
    from cwd_desktop.exports.xlsx.survey_summary import export_summary

    data = services.surveys.load(args.survey)
    path = export_summary(
        data,
        Path(args.output),
        filters=_filters(services, args),
        crosstabs=tuple(args.by),
        group_names=_gmina_names(services, data.info.gmina_map.values()),
    )
    _print(args, {"survey": data.info.id, "path": str(path)}, f"Zapisano {path}.")


def cmd_chart(services: Services, args: argparse.Namespace) -> None:
    """One PNG chart per closed question, for Word documents."""
    from cwd_desktop.exports.charts import survey_pngs

    data = services.surveys.load(args.survey)
    folder = Path(args.output)
    paths = survey_pngs(data, folder, filters=_filters(services, args))
    _print(
        args,
        {"survey": data.info.id, "files": [str(p) for p in paths]},
        f"Zapisano {len(paths)} wykresów w {folder}.",
    )
