"""RODO for a contact person: everything stored about her, her erasure, her withdrawn consent.

The scene is a partnership where Halina Wiśniewska, prezes of OSP Frombork,
is a contact person and also appears on an attendance list, in a working
group, as the author of a consultation comment, as the owner of an action
item and a work plan task, as the partnership's coordinator, in the minutes
of a meeting and (her phone and e-mail) in the stakeholder's notes. Jan
Nowak is another contact of the same partnership and must never be touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.gdpr import (
    erase_person,
    export_person_file,
    plan_erasure,
    restore_consent,
    withdraw_consent,
    withheld_people,
)
from cwd_desktop.services.gdpr_match import REDACTED, Identity
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.sync import conflicts

HALINA = "Halina Wiśniewska"
PHONE = "600 100 200"
EMAIL = "h.wisniewska@example.pl"
MINUTES = "Halina Wiśniewska przedstawiła potrzeby OSP; Jan Nowak poparł wniosek."
NOTES = "Prezes: tel. 600-100-200, H.Wisniewska@Example.pl; dyżur w remizie we wtorki."
BRANIEWO_MEMBERS = ["2802011", "2802022", "2802033"]


@dataclass
class Scene:
    """Ids of the records the tests look at."""

    pid: str
    osp: str
    halina: str
    jan: str
    meeting: str
    attendance_halina: str
    attendance_jan: str
    member: str
    comment: str
    action: str
    task: str


def make_partnership(services: Services) -> str:
    return services.partnerships.create(
        PartnershipData(
            name="Partnerstwo Gmin Ziemi Braniewskiej",
            short_name="PGZB",
            members=BRANIEWO_MEMBERS,
            coordinator="halina wiśniewska",
        )
    )


def build_scene(services: Services, pid: str) -> Scene:
    """Halina and Jan and every record that names them, in partnership ``pid``."""
    create = services.records.create
    osp = create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp", "notes": NOTES})
    kgw = create("stakeholder", pid, {"name": "KGW Płoskinia", "category": "kgw"})
    halina = create(
        "contact_person",
        pid,
        {
            "stakeholder_id": osp,
            "name": HALINA,
            "role": "prezes",
            "phone": PHONE,
            "email": EMAIL,
            "consent_purpose": "kontakt w sprawie konsultacji",
            "consent_on": date(2021, 6, 17),
        },
    )
    jan = create(
        "contact_person",
        pid,
        {"stakeholder_id": kgw, "name": "Jan Nowak", "phone": "601 555 666"},
    )
    meeting = create(
        "meeting",
        pid,
        {"title": "Warsztat strategiczny", "held_on": date(2024, 3, 12), "minutes": MINUTES},
    )
    attendance_halina = create(
        "attendance",
        pid,
        {
            "meeting_id": meeting,
            "name": "Halina  Wisniewska",  # typed without diacritics, with a double space
            "role": "prezes OSP",
            "stakeholder_id": osp,
        },
    )
    attendance_jan = create(
        "attendance", pid, {"meeting_id": meeting, "name": "Jan Nowak", "stakeholder_id": kgw}
    )
    group = create("working_group", pid, {"name": "Bezpieczeństwo"})
    member = create(
        "working_group_member", pid, {"group_id": group, "name": HALINA, "role": "prezes OSP"}
    )
    consultation = create(
        "consultation", pid, {"held_on": date(2024, 4, 2), "subject": "Projekt strategii"}
    )
    comment = create(
        "comment",
        pid,
        {
            "consultation_id": consultation,
            "author": HALINA,
            "stakeholder_id": osp,
            "content": "Dodać remont remizy we Fromborku.",
        },
    )
    action = create(
        "action_item",
        pid,
        {"meeting_id": meeting, "description": "Przesłać listę potrzeb", "owner": HALINA},
    )
    task = create(
        "work_task",
        pid,
        {
            "title": "Konsultacje z OSP",
            "start_on": date(2024, 3, 1),
            "end_on": date(2024, 3, 31),
            "responsible": HALINA,
        },
    )
    return Scene(
        pid,
        osp,
        halina,
        jan,
        meeting,
        attendance_halina,
        attendance_jan,
        member,
        comment,
        action,
        task,
    )


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services, make_partnership(services))


def value(services: Services, table: str, row_id: str, field: str) -> object:
    row = (
        services.store.reader()
        .execute(f"SELECT {field} FROM {table} WHERE id = ?", (row_id,))
        .fetchone()
    )
    return row[0]


def is_deleted(services: Services, table: str, row_id: str) -> bool:
    return value(services, table, row_id, "deleted_at") is not None


# -- matching ----------------------------------------------------------------------------------


def test_the_person_is_recognised_however_her_details_were_typed() -> None:
    halina = Identity(HALINA, EMAIL, "+48 600 100 200")

    assert halina.is_name("halina  WISNIEWSKA")
    assert not halina.is_name("Halina Wiśniewska-Kowalska")
    assert halina.matches("Rozmowa z Haliną Wiśniewską") == ["name"]  # folds to her name
    assert halina.matches("Wniosek Haliny Wiśniewskiej") == []  # inflected: not guessed
    assert halina.matches("Ustalenia: Halina Wiśniewska, tel. (600) 100-200") == ["name", "phone"]
    assert halina.matches("tel. 0048 600100200") == ["phone"]
    assert halina.matches("tel. 600 100 2001") == []  # a longer number is another one
    assert halina.matches("pisać na H.Wisniewska@EXAMPLE.pl.") == ["email"]
    assert halina.matches("pisać na xh.wisniewska@example.pl") == []
    assert halina.redact("tel. +48 600-100-200 lub h.wisniewska@example.pl") == (
        f"tel. {REDACTED} lub {REDACTED}"
    )


# -- access --------------------------------------------------------------------------------------


def test_the_json_export_holds_her_record_and_every_place_that_names_her(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    path = export_person_file(services, scene.halina, tmp_path / "halina.json")
    data = json.loads(path.read_text(encoding="utf-8"))

    person = data["person"]
    assert (person["name"], person["role"], person["phone"], person["email"]) == (
        HALINA,
        "prezes",
        PHONE,
        EMAIL,
    )
    assert person["consent"] == {
        "purpose": "kontakt w sprawie konsultacji",
        "given_on": "2021-06-17",
        "withdrawn_on": None,
    }
    assert data["stakeholder"]["name"] == "OSP Frombork"
    assert data["partnership"]["short_name"] == "PGZB"
    found = {(m["table"], m["row_id"], m["field"]): m for m in data["mentions"]}
    assert set(found) == {
        ("attendance", scene.attendance_halina, "name"),
        ("working_group_member", scene.member, "name"),
        ("comment", scene.comment, "author"),
        ("action_item", scene.action, "owner"),
        ("work_task", scene.task, "responsible"),
        ("partnership", scene.pid, "coordinator"),
        ("meeting", scene.meeting, "minutes"),
        ("stakeholder", scene.osp, "notes"),
    }
    attended = found[("attendance", scene.attendance_halina, "name")]
    assert attended["where"] == "Warsztat strategiczny (2024-03-12)"
    assert attended["record"]["role"] == "prezes OSP"
    assert attended["on_erasure"] == "tombstone"
    notes = found[("stakeholder", scene.osp, "notes")]
    assert (notes["found"], notes["on_erasure"]) == (["email", "phone"], "redact")
    assert found[("meeting", scene.meeting, "minutes")]["on_erasure"] == "review"
    assert all(m["row_id"] not in (scene.attendance_jan, scene.jan) for m in data["mentions"])


def test_the_xlsx_export_opens_with_her_data_and_the_records_naming_her(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    path = export_person_file(services, scene.halina, tmp_path / "halina.XLSX")
    book = load_workbook(path, read_only=True)

    assert book.sheetnames == ["Osoba", "Wzmianki"]
    facts = {r[0]: r[1] for r in book["Osoba"].iter_rows(min_row=2, values_only=True)}
    assert facts["Imię i nazwisko"] == HALINA
    assert facts["Telefon"] == PHONE and facts["E-mail"] == EMAIL
    assert facts["Data udzielenia zgody"].date() == date(2021, 6, 17)
    assert facts["Interesariusz"] == "OSP Frombork"
    rows = list(book["Wzmianki"].iter_rows(min_row=2, values_only=True))
    kinds = sorted(r[0] for r in rows)
    assert kinds == sorted(
        [
            "lista obecności",
            "członek grupy roboczej",
            "uwaga z konsultacji",
            "zadanie ze spotkania",
            "zadanie planu pracy",
            "partnerstwo",
            "spotkanie",
            "interesariusz",
        ]
    )
    minutes = next(r for r in rows if r[0] == "spotkanie")
    assert (minutes[2], minutes[4], minutes[6]) == (
        "przebieg spotkania",
        MINUTES,
        "do poprawienia ręcznie",
    )


def test_an_export_to_another_format_or_of_an_erased_person_is_refused(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match=r"tylko do pliku \.json lub \.xlsx"):
        export_person_file(services, scene.halina, out / "halina.csv")
    services.records.delete("contact_person", scene.halina)
    with pytest.raises(UserError, match="już nie istnieje"):
        export_person_file(services, scene.halina, out / "halina.json")
    assert list(out.iterdir()) == []


def test_a_namesake_makes_unlinked_name_fields_a_matter_for_a_person(
    services: Services, scene: Scene
) -> None:
    services.records.create(
        "contact_person", scene.pid, {"stakeholder_id": scene.osp, "name": "Jan Nowak"}
    )

    plan = plan_erasure(services, scene.jan)

    # Jan's attendance line names his own stakeholder, so it is his; nothing else is sure.
    assert plan.removed == {"contact_person": 1, "attendance": 1}
    assert [(m.table, m.field) for m in plan.review] == [("meeting", "minutes")]


# -- erasure -------------------------------------------------------------------------------------


def test_erasure_removes_her_everywhere_it_is_sure_and_leaves_everyone_else(
    services: Services, scene: Scene
) -> None:
    planned = plan_erasure(services, scene.halina)
    assert not is_deleted(services, "contact_person", scene.halina)  # a plan changes nothing

    done = erase_person(services, scene.halina)

    assert (
        done.removed
        == planned.removed
        == {
            "contact_person": 1,
            "attendance": 1,
            "working_group_member": 1,
        }
    )
    assert done.blanked == {
        "comment.author": 1,
        "action_item.owner": 1,
        "work_task.responsible": 1,
        "partnership.coordinator": 1,
    }
    assert done.redacted == {"stakeholder.notes": 1}
    assert [(m.table, m.field) for m in done.review] == [("meeting", "minutes")]
    for table, row_id in (
        ("contact_person", scene.halina),
        ("attendance", scene.attendance_halina),
        ("working_group_member", scene.member),
    ):
        assert is_deleted(services, table, row_id)
        assert value(services, table, row_id, "name") == ""
        assert value(services, table, row_id, "role") == ""
    assert value(services, "contact_person", scene.halina, "phone") == ""
    assert value(services, "contact_person", scene.halina, "email") == ""
    assert value(services, "comment", scene.comment, "author") == ""
    assert (
        value(services, "comment", scene.comment, "content") == "Dodać remont remizy we Fromborku."
    )
    assert value(services, "action_item", scene.action, "owner") == ""
    assert value(services, "work_task", scene.task, "responsible") == ""
    assert services.partnerships.get(scene.pid).data.coordinator == ""
    assert value(services, "stakeholder", scene.osp, "notes") == (
        f"Prezes: tel. {REDACTED}, {REDACTED}; dyżur w remizie we wtorki."
    )
    assert value(services, "meeting", scene.meeting, "minutes") == MINUTES  # left for a person
    # Jan is untouched.
    assert value(services, "contact_person", scene.jan, "phone") == "601 555 666"
    assert not is_deleted(services, "attendance", scene.attendance_jan)
    # The erasure syncs: the tombstones and edits wait in the outbox.
    ops = set(
        services.store.reader().execute(
            "SELECT table_name, op FROM outbox WHERE row_id IN (?, ?, ?)",
            (scene.halina, scene.attendance_halina, scene.comment),
        )
    )
    assert {("contact_person", "delete"), ("attendance", "delete"), ("comment", "update")} <= ops
    # Search no longer finds her as a comment author; the minutes still mention her.
    assert [k for k, _ in services.search("Wiśniewska", scene.pid)] == ["meeting"]
    with pytest.raises(UserError, match="już nie istnieje"):
        erase_person(services, scene.halina)


def test_erasure_closes_conflicts_that_held_her_name_or_number(
    services: Services, scene: Scene
) -> None:
    with services.store.unit_of_work() as session:
        conflicts.record_local(
            session,
            table="comment",
            row_id=scene.comment,
            partnership_id=scene.pid,
            field="author",
            base=HALINA,
            current=HALINA,
            current_by="Anna",
            current_at=None,
            other="H. Wiśniewska (OSP)",
            other_by="Bartek",
            other_at=None,
        )
        conflicts.record_local(
            session,
            table="stakeholder",
            row_id=scene.osp,
            partnership_id=scene.pid,
            field="notes",
            base="",
            current=NOTES,
            current_by="Anna",
            current_at=None,
            other=f"tel. {PHONE}",
            other_by="Bartek",
            other_at=None,
        )

    erase_person(services, scene.halina)

    dump = " ".join(str(r) for r in services.store.reader().execute("SELECT * FROM sync_conflict"))
    assert PHONE not in dump and "600-100-200" not in dump and HALINA not in dump
    # The notes clash still offers both (redacted) versions; the author clash is closed
    # only if nothing is left to choose: here "H. Wiśniewska (OSP)" is not her exact name.
    assert {c.field for c in conflicts.open_conflicts(services.store)} == {"author", "notes"}


def test_the_store_file_no_longer_holds_her_phone_or_email_after_erasure(
    services: Services, scene: Scene
) -> None:
    # Earlier numbers and a clash on her own row: in the outbox and a conflict record.
    services.records.update("contact_person", scene.halina, {"phone": "600 100 201"})
    services.records.update("contact_person", scene.halina, {"phone": PHONE})
    with services.store.unit_of_work() as session:
        conflicts.record_local(
            session,
            table="contact_person",
            row_id=scene.halina,
            partnership_id=scene.pid,
            field="email",
            base="",
            current=EMAIL,
            current_by="Anna",
            current_at=None,
            other="halina.w@example.pl",
            other_by="Bartek",
            other_at=None,
        )
    db = services.store.path
    before = db.read_bytes() + db.with_name(DB_FILENAME + "-wal").read_bytes()
    assert EMAIL.encode() in before and PHONE.encode() in before

    erase_person(services, scene.halina)
    conn = services.store.reader()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    wal = db.with_name(DB_FILENAME + "-wal")
    on_disk = db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for secret in (PHONE, "600 100 201", EMAIL, "halina.w@example.pl"):
        assert secret.encode() not in on_disk, secret
    # Her number in the stakeholder's notes was replaced by an ordinary edit, which
    # carries the old text to the server (it merges by comparing values): until the
    # next sync that text waits in the outbox. After a sync it is gone from the file
    # too (tests/sync/test_gdpr_sync.py).
    outbox = " ".join(str(r) for r in conn.execute("SELECT changes FROM outbox"))
    assert "600-100-200" in outbox
    assert "600-100-200" not in str(value(services, "stakeholder", scene.osp, "notes"))


# -- consent -------------------------------------------------------------------------------------


def test_withdrawn_consent_is_recorded_once_and_can_be_given_again(
    services: Services, scene: Scene
) -> None:
    old = withdraw_consent(services, scene.halina, date(2024, 5, 6))
    assert old == {"consent_withdrawn_on": None}
    assert withdraw_consent(services, scene.halina, date(2024, 6, 1)) == {}  # the first date stays
    assert value(services, "contact_person", scene.halina, "consent_withdrawn_on") == "2024-05-06"
    assert withheld_people(services.store, scene.pid).hides("HALINA WISNIEWSKA")
    assert value(services, "contact_person", scene.halina, "phone") == PHONE  # data is kept

    restore_consent(services, scene.halina, date(2024, 9, 2))

    assert value(services, "contact_person", scene.halina, "consent_on") == "2024-09-02"
    assert value(services, "contact_person", scene.halina, "consent_withdrawn_on") is None
    assert not withheld_people(services.store, scene.pid).hides(HALINA)


def test_consent_that_was_never_given_cannot_be_withdrawn(services: Services, scene: Scene) -> None:
    with pytest.raises(UserError, match="nie ma zapisanej zgody") as caught:
        withdraw_consent(services, scene.jan)
    assert caught.value.field == "consent_withdrawn_on"
    with pytest.raises(UserError, match="nie może być wcześniejsza"):
        withdraw_consent(services, scene.halina, date(2020, 1, 1))


def test_withdrawn_consent_hides_her_from_minutes_and_consultation_exports(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    from cwd_desktop.exports.docx.registry import build_document
    from cwd_desktop.exports.xlsx.consultations import export_log
    from tests.exports.docx_check import reopen, table_texts

    def exported() -> tuple[list[str], list[str], list[str], list[str], str]:
        """Attendance names, action owners, report authors, log authors; the minutes text."""
        path = build_document(
            services, "minutes", scene.pid, tmp_path / "p.docx", meeting=scene.meeting
        )
        minutes = reopen(path)
        attendance, actions = table_texts(minutes)
        report = reopen(
            build_document(services, "consultation-report", scene.pid, tmp_path / "s.docx")
        )
        comments = table_texts(report)[-1]
        export_log(services.store, scene.pid, tmp_path / "k.xlsx")
        sheet = load_workbook(tmp_path / "k.xlsx").worksheets[0]
        header = [c.value for c in sheet[1]]
        column = header.index("Zgłaszający")
        log = [str(r[column] or "") for r in sheet.iter_rows(min_row=2, values_only=True)]
        return (
            [row[1] for row in attendance[1:]],
            [row[2] for row in actions[1:]],
            [row[1] for row in comments[1:]],
            log,
            " ".join(p.text for p in minutes.paragraphs),
        )

    names, owners, authors, log, text = exported()
    assert names == ["Halina  Wisniewska", "Jan Nowak"]
    assert owners == [HALINA] and log == [HALINA]
    assert authors == [f"{HALINA}\nOSP Frombork\n(OSP (ochotnicza straż pożarna))"]

    withdraw_consent(services, scene.halina, date(2024, 5, 6))
    names, owners, authors, log, text = exported()

    assert names == ["Jan Nowak"]
    assert "Obecni: 1 osoba; nieobecni: 0 osób." in text
    assert owners == [""] and log == [""]
    assert authors == ["OSP Frombork\n(OSP (ochotnicza straż pożarna))"]
    # What was said at the meeting is the partnership's record, not a list of people.
    assert MINUTES in text
