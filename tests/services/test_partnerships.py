"""Creating, reading, editing and removing partnerships through the service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from cwd_desktop.domain import OutboxEntry, Partnership, PartnershipJst
from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    MERIT_CRITERIA,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
)
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store

LOSICE = "1410023"
HUSZLEW = "1410012"
POWIAT_LOSICKI = "1410"


def full_data() -> PartnershipData:
    """A partnership with every field the dialog edits filled in."""
    return PartnershipData(
        name="Partnerstwo Ziemi Łosickiej",
        short_name="PZŁ",
        voivodeship="14",
        osi=Osi.SMALL_TOWN,
        edition=Edition.PILOT,
        strategy_type=StrategyType.ZIT,
        formal_basis=FormalBasis.LETTER_OF_INTENT,
        formal_basis_note="List intencyjny z 9 maja 2022 r.",
        leader_teryt=LOSICE,
        members=[LOSICE, HUSZLEW, POWIAT_LOSICKI],
        council="Burmistrz Łosic\nStarosta Łosicki",
        coordinator="Ewa Sadowska",
        advisors="Piotr Kamiński\nAgnieszka Wójcik",
        stage=Stage.COMPONENT_II,
        notes="Rolnictwo i przetwórstwo.",
        criteria={
            "crit_area": 1,
            "crit_council": 1,
            "crit_scope": 1,
            "merit_srw": 3,
            "merit_links": 5,
            "merit_experience": 0,
        },
        formed_on=date(2022, 5, 9),
        selected_on=date(2022, 6, 15),
        advisory_start=date(2022, 10, 3),
        strategy_adopted_on=date(2023, 9, 28),
        advisory_end=date(2023, 12, 31),
    )


def stored_rows(store: Store) -> tuple[int, int, int]:
    """(partnerships, memberships, outbox rows) in the database, tombstones included."""
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Partnership)) or 0,
            session.scalar(select(func.count()).select_from(PartnershipJst)) or 0,
            session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        )


def test_every_field_round_trips(services: Services) -> None:
    """What the dialog saves is exactly what it shows when reopened."""
    data = full_data()

    pid = services.partnerships.create(data)
    view = services.partnerships.get(pid)

    got = view.data
    assert view.id == pid
    assert view.version == 1
    for name in (
        "name",
        "short_name",
        "voivodeship",
        "osi",
        "edition",
        "strategy_type",
        "formal_basis",
        "formal_basis_note",
        "leader_teryt",
        "council",
        "coordinator",
        "advisors",
        "stage",
        "notes",
        "formed_on",
        "selected_on",
        "advisory_start",
        "strategy_adopted_on",
        "advisory_end",
    ):
        assert getattr(got, name) == getattr(data, name), name
    assert isinstance(got.osi, Osi) and isinstance(got.stage, Stage)
    assert isinstance(got.formal_basis, FormalBasis)
    assert set(got.members) == {LOSICE, HUSZLEW, POWIAT_LOSICKI}
    expected_criteria = {c.field: 0 for c in FORMAL_CRITERIA + MERIT_CRITERIA}
    expected_criteria.update(data.criteria)
    assert got.criteria == expected_criteria
    assert view.formal_score() == 3
    assert view.merit_score() == 8
    assert view.leader is not None and view.leader.name == "Łosice"


def test_members_list_gminy_first_then_powiaty(services: Services) -> None:
    """Members are shown gminy first by name, then the powiat."""
    pid = services.partnerships.create(full_data())

    view = services.partnerships.get(pid)

    assert [j.code for j in view.members] == [HUSZLEW, LOSICE, POWIAT_LOSICKI]
    assert view.data.members == [HUSZLEW, LOSICE, POWIAT_LOSICKI]


def test_update_round_trips_every_changed_field(services: Services) -> None:
    """Editing every field, members and criteria included, is saved and shown back."""
    pid = services.partnerships.create(full_data())
    edited = PartnershipData(
        name="Łosickie Partnerstwo Rozwoju",
        short_name="ŁPR",
        voivodeship="mazowieckie",
        osi=Osi.MARGINALISED,
        edition=Edition.PLUS,
        strategy_type=StrategyType.IIT,
        formal_basis=FormalBasis.ASSOCIATION,
        formal_basis_note="Stowarzyszenie.",
        leader_teryt=HUSZLEW,
        members=[HUSZLEW, "1410032"],
        council="Wójt Gminy Huszlew",
        coordinator="Jan Nowak",
        advisors="Piotr Kamiński",
        stage=Stage.DIAGNOSIS,
        notes="",
        criteria={"crit_publish": 1, "merit_srw": 5},
        formed_on=date(2022, 5, 10),
        selected_on=None,
        advisory_start=date(2022, 11, 1),
        strategy_adopted_on=None,
        advisory_end=None,
    )

    services.partnerships.update("PZŁ", edited)
    view = services.partnerships.get(pid)

    got = view.data
    assert (got.name, got.short_name, got.voivodeship) == (
        "Łosickie Partnerstwo Rozwoju",
        "ŁPR",
        "14",
    )
    assert (got.osi, got.edition, got.strategy_type) == (
        Osi.MARGINALISED,
        Edition.PLUS,
        StrategyType.IIT,
    )
    assert (got.formal_basis, got.stage) == (FormalBasis.ASSOCIATION, Stage.DIAGNOSIS)
    assert (got.leader_teryt, got.coordinator, got.notes) == (HUSZLEW, "Jan Nowak", "")
    assert sorted(got.members) == sorted([HUSZLEW, "1410032"])
    assert (got.selected_on, got.strategy_adopted_on, got.advisory_end) == (None, None, None)
    assert got.criteria["crit_publish"] == 1 and got.criteria["crit_area"] == 0
    assert got.criteria["merit_srw"] == 5 and got.criteria["merit_links"] == 0
    assert view.version == 2
    with pytest.raises(UserError):
        services.partnerships.get("PZŁ")


def test_list_is_sorted_by_name_and_skips_deleted(services: Services) -> None:
    """The partnership list shows live partnerships alphabetically, with their members."""
    services.partnerships.create(
        PartnershipData(name="Żuławy", short_name="Ż", members=["2802011"])
    )
    services.partnerships.create(PartnershipData(name="azyl", short_name="A"))
    gone = services.partnerships.create(PartnershipData(name="Bory", short_name="B"))
    services.partnerships.delete(gone)

    views = services.partnerships.list()

    assert [v.data.name for v in views] == ["azyl", "Żuławy"]
    assert [j.code for j in views[1].members] == ["2802011"]
    assert services.partnerships.count() == 2


@pytest.mark.parametrize("key", ["PZŁ", "pzł", "Pzł", "  pzł  "])
def test_get_by_short_name_ignores_case_with_polish_letters(services: Services, key: str) -> None:
    """'pzł' finds 'PZŁ': SQLite's ASCII-only lower() is not enough."""
    pid = services.partnerships.create(full_data())

    assert services.partnerships.get(key).id == pid


def test_get_unknown_partnership_is_a_user_error(services: Services) -> None:
    """Asking for a partnership that does not exist names what was asked for."""
    with pytest.raises(UserError) as caught:
        services.partnerships.get("XYZ")
    assert "XYZ" in str(caught.value)


@pytest.mark.parametrize("short_name", ["PZŁ", "pzł", " PZŁ "])
def test_duplicate_short_name_is_refused_and_nothing_stored(
    services: Services, store: Store, short_name: str
) -> None:
    """Two live partnerships cannot share a short name, whatever its case."""
    services.partnerships.create(full_data())
    before = stored_rows(store)

    with pytest.raises(UserError) as caught:
        services.partnerships.create(
            PartnershipData(name="Inne partnerstwo", short_name=short_name, members=[HUSZLEW])
        )

    assert "Partnerstwo Ziemi Łosickiej" in str(caught.value)
    assert stored_rows(store) == before


def test_renaming_onto_another_short_name_is_refused(services: Services, store: Store) -> None:
    """Editing a short name into one already used is refused and the edit is not saved."""
    services.partnerships.create(full_data())
    other = services.partnerships.create(PartnershipData(name="Inne", short_name="INN"))
    before = stored_rows(store)
    data = services.partnerships.get(other).data

    with pytest.raises(UserError):
        services.partnerships.update(other, replace(data, short_name="pzł", name="Zmienione"))

    assert services.partnerships.get(other).data.name == "Inne"
    assert stored_rows(store) == before


def test_keeping_its_own_short_name_in_another_case_is_allowed(services: Services) -> None:
    """A partnership may change the case of its own short name."""
    pid = services.partnerships.create(full_data())
    data = services.partnerships.get(pid).data

    services.partnerships.update(pid, replace(data, short_name="Pzł"))

    assert services.partnerships.get(pid).data.short_name == "Pzł"


@pytest.mark.parametrize(("name", "short_name"), [("", "X"), ("   ", "X"), ("Nazwa", " ")])
def test_empty_name_or_short_name_is_refused(
    services: Services, store: Store, name: str, short_name: str
) -> None:
    """A partnership needs a name and a short name."""
    with pytest.raises(UserError):
        services.partnerships.create(PartnershipData(name=name, short_name=short_name))
    assert stored_rows(store) == (0, 0, 0)


def test_names_are_stored_trimmed(services: Services) -> None:
    """Spaces typed around the names are not stored."""
    pid = services.partnerships.create(PartnershipData(name="  Nazwa  ", short_name=" N "))

    data = services.partnerships.get(pid).data
    assert (data.name, data.short_name) == ("Nazwa", "N")


@pytest.mark.parametrize("field", ["members", "leader_teryt"])
def test_unknown_teryt_code_is_refused_and_nothing_stored(
    services: Services, store: Store, field: str
) -> None:
    """A mistyped TERYT code stops the save and is named in the message."""
    data = PartnershipData(name="Błędne", short_name="BŁ", members=[LOSICE])
    if field == "members":
        data.members = [LOSICE, "1410099"]
    else:
        data.leader_teryt = "1410099"

    with pytest.raises(UserError) as caught:
        services.partnerships.create(data)

    assert "1410099" in str(caught.value)
    assert stored_rows(store) == (0, 0, 0)


def test_unknown_code_in_an_edit_keeps_the_old_members(services: Services, store: Store) -> None:
    """A wrong code added while editing leaves the saved partnership as it was."""
    pid = services.partnerships.create(full_data())
    before = stored_rows(store)
    data = services.partnerships.get(pid).data

    with pytest.raises(UserError):
        services.partnerships.update(pid, replace(data, members=[*data.members, "0000000"]))

    assert stored_rows(store) == before
    assert set(services.partnerships.get(pid).data.members) == {LOSICE, HUSZLEW, POWIAT_LOSICKI}


def test_leader_is_added_as_a_member(services: Services) -> None:
    """Choosing a leader that is not among the members makes it a member too."""
    pid = services.partnerships.create(
        PartnershipData(name="P", short_name="P", leader_teryt=LOSICE, members=[HUSZLEW])
    )

    view = services.partnerships.get(pid)
    assert set(view.data.members) == {LOSICE, HUSZLEW}
    assert view.leader is not None and view.leader.code == LOSICE


def test_duplicate_members_are_stored_once(services: Services, store: Store) -> None:
    """A gmina picked twice is one member."""
    pid = services.partnerships.create(
        PartnershipData(name="P", short_name="P", members=[HUSZLEW, HUSZLEW, " 1410012 "])
    )

    assert services.partnerships.get(pid).data.members == [HUSZLEW]
    assert stored_rows(store)[1] == 1


def test_voivodeship_is_taken_from_the_leader(services: Services) -> None:
    """With no voivodeship given, the leader's voivodeship is used."""
    pid = services.partnerships.create(
        PartnershipData(name="P", short_name="P", leader_teryt="0201011", members=[LOSICE])
    )

    assert services.partnerships.get(pid).data.voivodeship == "02"


@pytest.mark.parametrize("value", ["14", "mazowieckie", "Mazowieckie", "woj. mazowieckie"])
def test_voivodeship_accepted_as_name_or_code(services: Services, value: str) -> None:
    """The voivodeship may be typed as its name or its code; the code is stored."""
    pid = services.partnerships.create(
        PartnershipData(name="P", short_name="P", voivodeship=value, members=[LOSICE])
    )

    assert services.partnerships.get(pid).data.voivodeship == "14"


def test_unknown_voivodeship_is_refused(services: Services, store: Store) -> None:
    """A voivodeship that does not exist is refused and nothing is stored."""
    with pytest.raises(UserError):
        services.partnerships.create(PartnershipData(name="P", short_name="P", voivodeship="99"))
    assert stored_rows(store) == (0, 0, 0)


def test_deleted_partnership_is_gone_and_its_short_name_reusable(
    services: Services, store: Store
) -> None:
    """After deleting a partnership, a new one may use its short name."""
    old = services.partnerships.create(full_data())
    services.partnerships.delete("pzł")

    with pytest.raises(UserError):
        services.partnerships.get(old)
    new = services.partnerships.create(PartnershipData(name="Nowe PZŁ", short_name="PZŁ"))

    assert new != old
    assert services.partnerships.get("PZŁ").id == new
    assert [v.id for v in services.partnerships.list()] == [new]
    with pytest.raises(UserError):
        services.partnerships.delete(old)


@pytest.mark.parametrize("score", [-1, 6])
def test_merit_score_out_of_range_is_refused(services: Services, store: Store, score: int) -> None:
    """Merit criteria are scored 0 to 5; anything else is refused with the criterion named."""
    data = replace(full_data(), criteria={"merit_links": score})

    with pytest.raises(UserError) as caught:
        services.partnerships.create(data)

    assert "powiązania funkcjonalne" in str(caught.value)
    assert stored_rows(store) == (0, 0, 0)


def test_advisory_end_before_start_is_refused(services: Services, store: Store) -> None:
    """The end of advisory work cannot precede its start."""
    data = replace(full_data(), advisory_start=date(2023, 1, 1), advisory_end=date(2022, 1, 1))

    with pytest.raises(UserError) as caught:
        services.partnerships.create(data)

    assert "2022-01-01" in str(caught.value)
    assert stored_rows(store) == (0, 0, 0)


def test_caller_data_is_not_modified(services: Services) -> None:
    """The dialog's own data object is left as the user typed it."""
    data = PartnershipData(name="  P  ", short_name="P", leader_teryt=LOSICE, members=[HUSZLEW])

    services.partnerships.create(data)

    assert data.name == "  P  "
    assert data.members == [HUSZLEW]
    assert data.voivodeship is None


def test_restore_undoes_a_deletion_with_its_members(services: Services) -> None:
    """A deleted partnership comes back with the members it had, and the change is synced."""
    fill_demo(services)
    pgzb = services.partnerships.get("PGZB")
    services.partnerships.delete(pgzb.id)
    services.partnerships.restore(pgzb.id)
    back = services.partnerships.get("PGZB")
    assert back.data.members == pgzb.data.members
    assert back.version == pgzb.version + 2
    with services.store.session() as session:
        ops = list(
            session.scalars(
                select(OutboxEntry.op)
                .where(OutboxEntry.row_id == pgzb.id)
                .order_by(OutboxEntry.seq)
            )
        )
    assert ops == ["insert", "delete", "update"]


def test_restore_refused_when_short_name_was_taken(services: Services) -> None:
    """Undoing a deletion cannot create two partnerships with one short name."""
    fill_demo(services)
    pgzb = services.partnerships.get("PGZB")
    services.partnerships.delete(pgzb.id)
    services.partnerships.create(PartnershipData(name="Inne", short_name="pgzb"))
    with pytest.raises(UserError, match="PGZB"):
        services.partnerships.restore(pgzb.id)
    assert services.partnerships.get("pgzb").data.name == "Inne"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"short_name": ""}, "short_name"),
        ({"short_name": "pgzb"}, "short_name"),
        ({"members": ["9999999"]}, "members"),
        ({"voivodeship": "Atlantyda"}, "voivodeship"),
        ({"criteria": {"merit_srw": 9}}, "merit_srw"),
        ({"advisory_start": date(2023, 1, 1), "advisory_end": date(2022, 1, 1)}, "advisory_end"),
    ],
)
def test_refusals_name_the_field_at_fault(
    services: Services, change: dict[str, object], field: str
) -> None:
    """Each refusal says which input is wrong, so the dialog can take the user there."""
    fill_demo(services)
    data = replace(PartnershipData(name="Nowe", short_name="NOWE"), **change)  # type: ignore[arg-type]
    with pytest.raises(UserError) as caught:
        services.partnerships.create(data)
    assert caught.value.field == field
    assert services.partnerships.count() == 3
