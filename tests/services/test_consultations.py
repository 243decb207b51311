"""The consultation log: what may be stored, how comments are read, art. 6 checks, statistics."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services import consultations as svc
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store


@pytest.fixture
def pid(services: Services) -> str:
    """A partnership with no consultation log yet."""
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


def add_event(services: Services, pid: str, **values: Any) -> str:
    base: dict[str, Any] = {"held_on": "2021-11-30", "subject": "Projekt strategii"}
    return services.records.create("consultation", pid, {**base, **values})


def add_comment(services: Services, event: str, **values: Any) -> str:
    return svc.add_comment(services, event, {"author": "Jan Kowal", **values})


def live_comments(services: Services) -> int:
    row = (
        services.store.reader()
        .execute("SELECT count(*) FROM comment WHERE deleted_at IS NULL")
        .fetchone()
    )
    return int(row[0])


# -- validators --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"held_on": ""}, "held_on", "Podaj datę wydarzenia konsultacyjnego."),
        ({"subject": "  "}, "subject", "Podaj temat lub konsultowany dokument."),
        ({"form": "piknik"}, "form", "Nieznana forma konsultacji „piknik”."),
        (
            {"held_on": "31.02.2021"},
            "held_on",
            "Data wydarzenia „31.02.2021” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).",
        ),
        (
            {"announced_on": "2021-11-15", "comments_until": "2021-11-14"},
            "comments_until",
            "Termin zgłaszania uwag (14.11.2021) nie może być wcześniejszy "
            "niż data ogłoszenia konsultacji (15.11.2021).",
        ),
        (
            {"participants": -3},
            "participants",
            "Liczba uczestników musi być liczbą całkowitą nie mniejszą niż 0 (podano „-3”).",
        ),
    ],
)
def test_a_bad_event_is_refused_with_a_sentence_naming_the_field(
    services: Services, pid: str, values: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(UserError) as caught:
        add_event(services, pid, **values)

    assert str(caught.value) == message
    assert caught.value.field == field
    assert svc.events(services.store, pid) == []


def test_an_event_form_may_be_given_by_its_polish_name(services: Services, pid: str) -> None:
    event = add_event(services, pid, form="Warsztat", participants="12")

    stored = svc.get_event(services.store, event)
    assert (stored.form, stored.participants) == ("workshop", 12)


def test_moving_the_end_of_the_comment_period_before_the_announcement_is_refused(
    services: Services, pid: str
) -> None:
    event = add_event(services, pid, announced_on="2021-11-15", comments_until="2021-12-20")

    with pytest.raises(UserError):
        services.records.set_field("consultation", event, "comments_until", date(2021, 11, 1))

    assert svc.get_event(services.store, event).comments_until == date(2021, 12, 20)


def test_comments_are_numbered_in_turn_and_codes_are_checked(services: Services, pid: str) -> None:
    event = add_event(services, pid)
    first = add_comment(services, event, content="Więcej autobusów")
    second = add_comment(services, event, content="Ścieżka rowerowa", disposition="wyjaśniona")

    assert services.records.get("comment", first)["number"] == 1
    stored = services.records.get("comment", second)
    assert (stored["number"], stored["disposition"]) == (2, "explained")
    assert svc.next_comment_number(services.store, event) == 3
    with pytest.raises(UserError, match="Nieznane rozstrzygnięcie uwagi „może”"):
        add_comment(services, event, disposition="może")
    with pytest.raises(UserError, match="Nieznana kategoria interesariusza „kosmici”"):
        add_comment(services, event, author_category="kosmici")
    with pytest.raises(UserError, match="Numer uwagi musi być liczbą całkowitą"):
        add_comment(services, event, number=-1)
    assert live_comments(services) == 2


def test_a_comment_of_an_unknown_event_is_refused(services: Services, pid: str) -> None:
    with pytest.raises(UserError, match="Nie ma wydarzenia konsultacyjnego nie-ma"):
        svc.add_comment(services, "nie-ma", {"content": "x"})


def test_a_comment_linked_to_a_stakeholder_takes_its_category_and_name(
    services: Services, pid: str
) -> None:
    event = add_event(services, pid)
    osp = services.records.create("stakeholder", pid, {"name": "OSP Płoskinia", "category": "osp"})

    comment = svc.add_comment(services, event, {"stakeholder_id": osp, "content": "Łodzie"})
    own = svc.add_comment(
        services, event, {"stakeholder_id": osp, "author_category": "ngo", "author": "Jan"}
    )

    stored = services.records.get("comment", comment)
    assert (stored["author"], stored["author_category"]) == ("OSP Płoskinia", "osp")
    assert services.records.get("comment", own)["author_category"] == "ngo"


def test_a_partnership_s_own_category_is_accepted_by_name_and_stored_by_id(
    services: Services, pid: str
) -> None:
    event = add_event(services, pid)
    anglers = services.records.create("stakeholder_category", pid, {"name": "koła wędkarskie"})

    comment = add_comment(services, event, author_category="Koła wędkarskie")

    assert services.records.get("comment", comment)["author_category"] == anglers
    assert svc.category_labels(services.store, pid)[anglers].text == "koła wędkarskie"


def test_a_bad_row_in_a_batch_stores_none_of_it(services: Services, pid: str) -> None:
    event = add_event(services, pid)
    rows = [
        {"consultation_id": event, "content": "dobra"},
        {"consultation_id": event, "content": "zła", "disposition": "???"},
    ]

    with pytest.raises(UserError):
        services.records.create_many("comment", pid, rows)

    assert live_comments(services) == 0


# -- reading comments --------------------------------------------------------------------


def test_comments_come_by_event_date_then_number_and_carry_the_event(
    services: Services, pid: str
) -> None:
    later = add_event(services, pid, held_on="2021-12-20", subject="Uwagi pisemne")
    earlier = add_event(services, pid, held_on="2021-06-17", subject="Warsztat")
    add_comment(services, later, content="L1")
    add_comment(services, earlier, content="E2", number=2)
    add_comment(services, earlier, content="E1", number=1)

    read = svc.comment_source(services.store, pid, None)
    rows = read("", 0, 10)

    assert [r["content"] for r in rows] == ["E1", "E2", "L1"]
    assert (rows[0]["held_on"], rows[0]["subject"]) == (date(2021, 6, 17), "Warsztat")
    assert [r["content"] for r in read("", 1, 1)] == ["E2"]
    one_event = svc.comment_source(services.store, pid, later)
    assert [r["content"] for r in one_event("", 0, 10)] == ["L1"]


def test_filtering_ignores_diacritics_and_stays_within_the_event(
    services: Services, pid: str
) -> None:
    first = add_event(services, pid)
    second = add_event(services, pid, subject="Inne")
    add_comment(services, first, content="Przystań dla żółwi błotnych", number=1)
    add_comment(services, second, content="Żółwie w stawie", number=1)  # typed in between
    add_comment(services, first, content="Więcej autobusów", number=2)
    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    add_comment(services, add_event(services, other), content="żółw też tu")

    in_event = svc.comment_source(services.store, pid, first)
    everywhere = svc.comment_source(services.store, pid, None)

    assert [r["content"] for r in in_event("zolw", 0, 50)] == ["Przystań dla żółwi błotnych"]
    assert sorted(r["content"] for r in everywhere("ZOLW", 0, 50)) == [
        "Przystań dla żółwi błotnych",
        "Żółwie w stawie",
    ]
    assert in_event("zolw", 1, 50) == []
    assert len(in_event("  ", 0, 50)) == 2  # no words: nothing to filter by


def test_a_removed_comment_or_event_is_not_read_any_more(services: Services, pid: str) -> None:
    event = add_event(services, pid)
    gone = add_comment(services, event, content="usunięta uwaga")
    kept = add_comment(services, event, content="zostaje")
    services.records.delete("comment", gone)

    read = svc.comment_source(services.store, pid, None)
    assert [r["id"] for r in read("", 0, 10)] == [kept]
    assert read("usunieta", 0, 10) == []

    services.records.delete("consultation", event)
    assert read("", 0, 10) == []
    assert read("zostaje", 0, 10) == []


# -- art. 6 ----------------------------------------------------------------------------


def codes(found: list[svc.Art6Warning]) -> list[str]:
    return [w.code for w in found]


@pytest.mark.parametrize(("until", "short"), [("2021-12-19", True), ("2021-12-20", False)])
def test_a_comment_period_of_34_days_is_flagged_and_35_is_not(
    services: Services, pid: str, until: str, short: bool
) -> None:
    event = add_event(services, pid, announced_on="2021-11-15", comments_until=until)

    found = svc.art6_checks(services.store, event, today=date(2021, 12, 1))

    assert ("short_period" in codes(found)) is short
    if short:
        warning = found[0]
        assert warning.severity == "error"
        assert warning.render() == (
            "Okres zgłaszania uwag trwa 34 dni (od 15.11.2021 do 19.12.2021); "
            "art. 6 ust. 3 uzppr wymaga co najmniej 35 dni."
        )


def test_comments_without_disposition_or_justification_are_listed_by_number(
    services: Services, pid: str
) -> None:
    event = add_event(services, pid)
    add_comment(services, event, disposition="accepted", justification="Ujęto w celu 1.")
    add_comment(services, event)
    add_comment(services, event, disposition="rejected", justification="  ")
    add_comment(services, event)

    found = {w.code: w.render() for w in svc.art6_checks(services.store, event)}

    assert found["no_disposition"] == "Uwagi bez rozstrzygnięcia: 2 (nr 2, 4)."
    assert found["no_justification"].startswith(
        "Uwagi z rozstrzygnięciem bez uzasadnienia: 1 (nr 3)"
    )
    assert "short_period" not in found and "report_due" not in found  # no dates: no deadlines


def test_the_report_is_due_30_days_after_the_comment_period(services: Services, pid: str) -> None:
    event = add_event(services, pid, announced_on="2021-11-15", comments_until="2021-12-20")

    before = svc.art6_checks(services.store, event, today=date(2022, 1, 19))
    after = svc.art6_checks(services.store, event, today=date(2022, 1, 20))

    (due,) = [w for w in before if w.code == "report_due"]
    assert (due.due_on, due.overdue, due.severity) == (date(2022, 1, 19), False, "info")
    assert due.render().startswith(
        "Sprawozdanie z przebiegu i wyników konsultacji należy opublikować do 19.01.2022"
    )
    (late,) = [w for w in after if w.code == "report_due"]
    assert late.overdue and late.render().startswith(
        "Termin publikacji sprawozdania z konsultacji minął 19.01.2022"
    )


# -- statistics ------------------------------------------------------------------------


def test_statistics_count_comments_by_category_form_and_disposition(
    services: Services, pid: str
) -> None:
    meeting = add_event(services, pid, form="open_meeting")
    workshop = add_event(services, pid, form="workshop", subject="Warsztat")
    add_comment(services, meeting, author_category="osp", disposition="accepted")
    add_comment(services, meeting, author_category="osp")
    add_comment(services, meeting, author_category="school", disposition="rejected")
    add_comment(services, workshop, author_category="kgw", disposition="accepted")
    add_comment(services, workshop)

    whole = svc.stats(services.store, pid)
    one = svc.stats(services.store, pid, meeting)

    def table(counts: list[svc.Count]) -> dict[str, int]:
        return {c.label.render(): c.count for c in counts}

    assert (whole.comments, whole.events) == (5, 2)
    assert table(whole.by_category) == {
        "OSP (ochotnicza straż pożarna)": 2,
        "KGW (koło gospodyń wiejskich)": 1,
        "szkoła / placówka oświatowa": 1,
        "bez kategorii": 1,
    }
    assert table(whole.by_form) == {"spotkanie otwarte": 3, "warsztat": 2}
    assert table(whole.by_disposition) == {
        "uwzględniona": 2,
        "uwzględniona częściowo": 0,
        "nieuwzględniona": 1,
        "wyjaśniona": 0,
        "bez rozstrzygnięcia": 2,
    }
    assert (one.comments, one.events) == (3, 1)
    assert table(one.by_category) == {
        "OSP (ochotnicza straż pożarna)": 2,
        "szkoła / placówka oświatowa": 1,
    }


# -- participants and attachments ----------------------------------------------------------


def test_a_stakeholder_is_linked_to_an_event_once(services: Services, pid: str) -> None:
    event = add_event(services, pid)
    kgw = services.records.create("stakeholder", pid, {"name": "KGW Osła", "category": "kgw"})

    svc.link_stakeholder(services, event, kgw)
    with pytest.raises(UserError, match="Interesariusz „KGW Osła” jest już na liście"):
        svc.link_stakeholder(services, event, kgw)

    linked = svc.linked_stakeholders(services.store, event)
    assert [link.stakeholder.name for link in linked] == ["KGW Osła"]


def test_an_attached_file_is_stored_by_hash_and_opens_under_its_own_name(
    services: Services, pid: str, tmp_path: Path
) -> None:
    event = add_event(services, pid)
    source = tmp_path / "lista obecności.pdf"
    source.write_bytes(b"%PDF-1.4 lista")

    attachment = svc.add_attachment(services, "consultation", event, source)
    source.unlink()

    (info,) = svc.attachments(services.store, "consultation", event)
    assert (info.id, info.filename, info.size) == (attachment, "lista obecności.pdf", 14)
    opened = svc.attachment_path(services.store, attachment)
    assert opened.name == "lista obecności.pdf"
    assert opened.read_bytes() == b"%PDF-1.4 lista"
    assert (services.store.data_dir / "blobs" / info.sha256).is_file()


def test_attaching_a_missing_file_or_to_a_missing_event_stores_nothing(
    services: Services, pid: str, tmp_path: Path
) -> None:
    event = add_event(services, pid)
    real = tmp_path / "a.txt"
    real.write_text("x")

    with pytest.raises(UserError, match="Nie można odczytać pliku"):
        svc.add_attachment(services, "consultation", event, tmp_path / "brak.pdf")
    with pytest.raises(UserError, match="Nie ma rekordu consultation nie-ma"):
        svc.add_attachment(services, "consultation", "nie-ma", real)

    assert svc.attachments(services.store, "consultation", event) == []


def test_the_log_survives_closing_and_reopening_the_store(
    services: Services, pid: str, data_dir: Path
) -> None:
    event = add_event(services, pid, announced_on="2021-11-15", comments_until="2021-12-20")
    add_comment(services, event, content="Modernizacja SUW w Wilczętach")
    services.store.close()

    reopened = open_store(data_dir)
    try:
        rows = svc.comment_source(reopened, pid, None)("wilczetach", 0, 10)
        assert [r["content"] for r in rows] == ["Modernizacja SUW w Wilczętach"]
        assert svc.get_event(reopened, event).comments_until == date(2021, 12, 20)
    finally:
        reopened.close()
