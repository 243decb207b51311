"""The stakeholder register: its rules, its reads, custom categories and contact persons."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.services.stakeholders import (
    StakeholderService,
    match_category,
    match_jst,
)
from cwd_desktop.store import Store

#: PGZB-like partnership: Braniewo is both a town (…011) and a rural gmina (…022).
MEMBERS = ["2802011", "2802022", "2802033", "2802062"]


@pytest.fixture
def register(services: Services) -> StakeholderService:
    return StakeholderService(services)


@pytest.fixture
def pid(services: Services) -> str:
    data = PartnershipData(name="Ziemia Braniewska", short_name="ZB", members=MEMBERS)
    return services.partnerships.create(data)


def stored(store: Store, table: str = "stakeholder") -> int:
    """Rows of ``table``, tombstones included: what a refused change must not add to."""
    return int(store.reader().execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def add(register: StakeholderService, pid: str, name: str, **values: object) -> str:
    return register.add(pid, {"name": name, "category": "ngo", **values})


# -- rules -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": "  "}, "name", "Podaj nazwę interesariusza."),
        ({"category": "klub"}, "category", "Nieznana kategoria interesariusza: „klub”."),
        ({"teryt": "1410023"}, "teryt", "JST o kodzie 1410023 nie należy do partnerstwa."),
        (
            {"influence": 6},
            "influence",
            "Wpływ musi być liczbą całkowitą od 1 do 5 (podano „6”).",
        ),
        (
            {"interest": "dużo"},
            "interest",
            "Zainteresowanie musi być liczbą całkowitą od 1 do 5 (podano „dużo”).",
        ),
        (
            {"influence": 2.5},
            "influence",
            "Wpływ musi być liczbą całkowitą od 1 do 5 (podano „2.5”).",
        ),
    ],
)
def test_a_bad_stakeholder_is_refused_naming_the_field_and_nothing_is_stored(
    register: StakeholderService,
    pid: str,
    store: Store,
    values: dict[str, object],
    field: str,
    message: str,
) -> None:
    before = (stored(store), store.pending_changes())

    with pytest.raises(UserError) as caught:
        register.add(pid, {"name": "OSP Rogity", "category": "osp", **values})

    assert caught.value.field == field
    assert str(caught.value) == message
    assert (stored(store), store.pending_changes()) == before


def test_a_stakeholder_is_stored_cleaned_with_defaults(
    register: StakeholderService, pid: str
) -> None:
    """Text is trimmed, scores given as text become numbers, "" JST means none."""
    new_id = register.add(
        pid, {"name": "  OSP Rogity ", "category": "osp", "teryt": "", "influence": "4"}
    )

    row = register.get(new_id)
    assert (row.name, row.category, row.teryt, row.influence, row.interest) == (
        "OSP Rogity",
        "osp",
        None,
        4,
        3,
    )


def test_jst_must_be_a_live_member(
    services: Services, register: StakeholderService, pid: str
) -> None:
    """A gmina removed from the partnership can no longer be given to a stakeholder."""
    add(register, pid, "Sołectwo Pierzchały", teryt="2802062")
    data = services.partnerships.get(pid).data
    data.members = [m for m in data.members if m != "2802062"]
    services.partnerships.update(pid, data)

    with pytest.raises(UserError, match="2802062 nie należy do partnerstwa"):
        add(register, pid, "KGW Pierzchały", teryt="2802062")


def test_custom_category_belongs_to_its_partnership(
    services: Services, register: StakeholderService, pid: str
) -> None:
    """A partnership's own category can be used there, and nowhere else."""
    other = services.partnerships.create(
        PartnershipData(name="Inne", short_name="INNE", members=["1410023"])
    )
    code = register.add_category(pid, "  Kluby  sportowe ")

    new_id = add(register, pid, "LKS Zalew", category=code)
    assert register.get(new_id).category == code
    assert register.categories(pid)[-1].label == "Kluby sportowe"
    assert register.category_code(pid, "kluby SPORTOWE") == code
    with pytest.raises(UserError, match="Nieznana kategoria"):
        add(register, other, "LKS Zalew", category=code)


@pytest.mark.parametrize("name", ["kluby Sportowe", "KGW", "ochotnicza straz pozarna", "NGO"])
def test_a_category_cannot_be_added_twice(
    register: StakeholderService, pid: str, store: Store, name: str
) -> None:
    """Neither a built-in category (by any of its names) nor an existing custom one."""
    register.add_category(pid, "Kluby sportowe")
    before = stored(store, "stakeholder_category")

    with pytest.raises(UserError, match="już istnieje"):
        register.add_category(pid, name)
    assert stored(store, "stakeholder_category") == before


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("osp", "osp"),
        ("OSP", "osp"),
        ("Ochotnicza Straż Pożarna", "osp"),
        ("KGW (koło gospodyń wiejskich)", "kgw"),
        ("koło gospodyń wiejskich", "kgw"),
        ("fundacja", "ngo"),
        ("Sołectwo", "solectwo"),
        ("solectwo", "solectwo"),
        ("szkoła", "school"),
        ("JST sąsiednia", "neighbour_jst"),
        ("klub", None),
    ],
)
def test_categories_are_found_by_code_or_polish_label(text: str, code: str | None) -> None:
    from cwd_desktop.services.stakeholder_reads import builtin_categories

    assert match_category(text, builtin_categories()) == code


def test_jst_found_by_code_name_or_name_and_kind(register: StakeholderService, pid: str) -> None:
    """Ambiguous names need the kind; codes may have lost a leading zero in a spreadsheet."""
    members = register.members(pid)

    assert [j.code for j in match_jst("Braniewo", members)] == ["2802011", "2802022"]
    assert [j.code for j in match_jst("Braniewo (gmina wiejska)", members)] == ["2802022"]
    assert [j.code for j in match_jst("Miasto Braniewo", members)] == ["2802011"]
    assert [j.code for j in match_jst("gmina Płoskinia", members)] == ["2802062"]
    assert [j.code for j in match_jst("PLOSKINIA", members)] == ["2802062"]
    assert [j.code for j in match_jst(2802033.0, members)] == ["2802033"]
    assert match_jst("Łosice", members) == []
    with pytest.raises(UserError, match=r"niejednoznaczna: podaj kod TERYT \(2802011, 2802022\)"):
        register.jst_code(pid, "Braniewo")


def test_leading_zero_of_a_code_comes_back(
    services: Services, register: StakeholderService
) -> None:
    pid = services.partnerships.create(
        PartnershipData(name="MOF", short_name="MOF", members=["0201011"])
    )
    assert [j.code for j in match_jst("201011", register.members(pid))] == ["0201011"]


# -- contact persons and consent -----------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": ""}, "name", "Podaj imię i nazwisko osoby kontaktowej."),
        ({"email": "jan@wp"}, "email", "„jan@wp” nie jest poprawnym adresem e-mail."),
        ({"email": "jan wp.pl"}, "email", "„jan wp.pl” nie jest poprawnym adresem e-mail."),
        (
            {"phone": "601 22"},
            "phone",
            "„601 22” nie jest poprawnym numerem telefonu "
            "(9–15 cyfr; dozwolone spacje, +, - i nawiasy).",
        ),
        (
            {"phone": "tel. 601222333"},
            "phone",
            "„tel. 601222333” nie jest poprawnym numerem telefonu "
            "(9–15 cyfr; dozwolone spacje, +, - i nawiasy).",
        ),
        (
            {"consent_purpose": "konsultacje"},
            "consent_on",
            "Podaj datę udzielenia zgody na cel „konsultacje”.",
        ),
        (
            {"consent_withdrawn_on": "2024-01-01"},
            "consent_on",
            "Wycofanie zgody wymaga daty jej udzielenia.",
        ),
        (
            {"consent_on": "2024-03-01", "consent_withdrawn_on": "29.02.2024"},
            "consent_withdrawn_on",
            "Data wycofania zgody (29.02.2024) nie może być wcześniejsza "
            "niż data jej udzielenia (01.03.2024).",
        ),
    ],
)
def test_a_bad_contact_is_refused_naming_the_field(
    register: StakeholderService,
    pid: str,
    store: Store,
    values: dict[str, object],
    field: str,
    message: str,
) -> None:
    owner = add(register, pid, "KGW Rogity")
    before = stored(store, "contact_person")

    with pytest.raises(UserError) as caught:
        register.add_contact(owner, {"name": "Jan Nowak", **values})

    assert (caught.value.field, str(caught.value)) == (field, message)
    assert stored(store, "contact_person") == before


@pytest.mark.parametrize("phone", ["601 222 333", "+48 (55) 243-10-20", "0048601222333"])
def test_ordinary_phone_numbers_are_accepted(
    register: StakeholderService, pid: str, phone: str
) -> None:
    owner = add(register, pid, "KGW Rogity")
    contact = register.add_contact(owner, {"name": "Jan Nowak", "phone": phone})
    assert register.contact(contact).phone == phone


def test_consent_record_and_withdrawal(register: StakeholderService, pid: str) -> None:
    """Withdrawal is stored with the consent it ends; the contact then shows as withdrawn."""
    owner = add(register, pid, "KGW Rogity")
    contact = register.add_contact(
        owner,
        {
            "name": "Jan Nowak",
            "email": "jan@example.pl",
            "consent_purpose": "konsultacje strategii",
            "consent_on": "01.03.2024",
        },
    )
    assert register.contact(contact).has_consent

    old = register.update_contact(contact, {"consent_withdrawn_on": date(2024, 5, 1)})

    person = register.get(owner).contacts[0]
    assert old == {"consent_withdrawn_on": None}
    assert person.withdrawn and not person.has_consent
    assert person.consent_on == date(2024, 3, 1)


def test_removing_a_contact_erases_the_personal_data_at_once(
    register: StakeholderService, pid: str, store: Store
) -> None:
    owner = add(register, pid, "KGW Rogity")
    contact = register.add_contact(
        owner, {"name": "Jan Nowak", "phone": "601222333", "email": "jan@example.pl"}
    )

    register.remove_contact(contact)

    assert register.get(owner).contacts == []
    row = (
        store.reader()
        .execute(
            "SELECT name, phone, email, deleted_at FROM contact_person WHERE id = ?", (contact,)
        )
        .fetchone()
    )
    assert row[:3] == ("", "", "") and row[3] is not None


def test_a_contact_must_belong_to_a_stakeholder_of_the_partnership(
    services: Services, register: StakeholderService, pid: str
) -> None:
    owner = add(register, pid, "KGW Rogity")
    with pytest.raises(UserError, match="musi należeć do interesariusza"):
        services.records.create(
            "contact_person", "another-partnership", {"name": "Jan", "stakeholder_id": owner}
        )


# -- reads -------------------------------------------------------------------------------------


def test_filter_ignores_diacritics_and_case(register: StakeholderService, pid: str) -> None:
    """``zolw`` finds ``Żółw``; every word is a prefix; place and notes count too."""
    zolw = add(register, pid, "Stowarzyszenie Żółw Morski")
    add(register, pid, "OSP Rogity", place="Rogity", notes="remiza do remontu")

    assert [r["id"] for r in register.rows(pid, "zolw")] == [zolw]
    assert [r["name"] for r in register.rows(pid, "ZÓŁW mor")] == ["Stowarzyszenie Żółw Morski"]
    assert [r["name"] for r in register.rows(pid, "remiz")] == ["OSP Rogity"]
    assert register.rows(pid, "zolw kot") == []
    assert len(register.rows(pid, "  ")) == 2


def test_register_is_ordered_by_name_ignoring_case_and_diacritics(
    register: StakeholderService, pid: str
) -> None:
    for name in ("Łąka", "Zalew", "lody", "Mleczarnia", "Ćwiczenia", "Cech"):
        add(register, pid, name)

    assert [r["name"] for r in register.rows(pid)] == [
        "Cech",
        "Ćwiczenia",
        "Łąka",
        "lody",
        "Mleczarnia",
        "Zalew",
    ]
    assert [r["name"] for r in register.rows(pid, "", 2, 2)] == ["Łąka", "lody"]


def test_deleted_stakeholders_leave_the_register_and_the_search(
    register: StakeholderService, pid: str
) -> None:
    gone = add(register, pid, "Żółw")
    register.delete(gone)

    assert register.rows(pid) == [] and register.rows(pid, "zolw") == []
    assert register.count(pid) == 0
    register.restore(gone)
    assert [r["id"] for r in register.rows(pid, "zolw")] == [gone]


def test_grid_counts_stakeholders_per_score_pair(register: StakeholderService, pid: str) -> None:
    add(register, pid, "B", influence=5, interest=4)
    add(register, pid, "A", influence=5, interest=4)
    add(register, pid, "C", influence=1, interest=2)

    cells = {(c.influence, c.interest): c.names for c in register.grid(pid)}
    assert cells == {(5, 4): ["A", "B"], (1, 2): ["C"]}


def test_likely_duplicates_are_the_same_name_in_the_same_jst(
    register: StakeholderService, pid: str
) -> None:
    first = add(register, pid, "OSP Rogity", teryt="2802022")
    second = add(register, pid, "osp  ROGITY", teryt="2802022")
    add(register, pid, "OSP Rogity", teryt="2802011")  # another gmina: not a duplicate

    groups = register.duplicates(pid)
    assert [(g.teryt, sorted(g.ids)) for g in groups] == [("2802022", sorted([first, second]))]


def test_register_for_export_leaves_contacts_out_unless_asked(
    register: StakeholderService, pid: str
) -> None:
    owner = add(register, pid, "KGW Rogity")
    register.add_contact(owner, {"name": "Jan Nowak"})

    assert register.register(pid)[0].contacts == []
    assert [c.name for c in register.register(pid, with_contacts=True)[0].contacts] == ["Jan Nowak"]


def test_reads_do_not_load_sqlalchemy(data_dir: object) -> None:
    """The page reads the register at start-up, before the ORM is loaded."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from cwd_desktop.services import stakeholder_reads\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"


# -- demo ----------------------------------------------------------------------------------------


def test_demo_registers_are_varied_and_added_once(services: Services, store: Store) -> None:
    """15–25 stakeholders per demo partnership across many categories, a few with consent."""
    fill_demo(services)
    register = StakeholderService(services)
    conn = store.reader()
    for short in ("PGZB", "MOF Bolesławiec", "PZŁ"):
        pid = services.partnerships.get(short).id
        rows = register.register(pid, with_contacts=True)
        assert 15 <= len(rows) <= 25
        assert len({r.category for r in rows}) >= 12
        assert len({(r.influence, r.interest) for r in rows}) >= 8
        assert any(c.has_consent for r in rows for c in r.contacts)
    withdrawn = conn.execute(
        "SELECT count(*) FROM contact_person WHERE consent_withdrawn_on IS NOT NULL"
    ).fetchone()[0]
    assert withdrawn >= 1
    before = (stored(store), stored(store, "contact_person"), store.pending_changes())

    fill_demo(services)

    assert (stored(store), stored(store, "contact_person"), store.pending_changes()) == before


def test_demo_stakeholders_sit_in_member_jst(services: Services, store: Store) -> None:
    fill_demo(services)
    conn: sqlite3.Connection = store.reader()
    outside = conn.execute(
        "SELECT count(*) FROM stakeholder s WHERE s.teryt IS NOT NULL AND NOT EXISTS ("
        " SELECT 1 FROM partnership_jst m WHERE m.partnership_id = s.partnership_id"
        " AND m.teryt = s.teryt AND m.deleted_at IS NULL)"
    ).fetchone()[0]
    assert outside == 0
