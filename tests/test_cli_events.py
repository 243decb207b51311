"""``event list|add``: networking events from scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop import cli
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from tests.test_cli import assert_one_sentence


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> Any:
    code, out, err = run(capsys, data_dir, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def with_partnerships(data_dir: Path) -> Path:
    """A data folder holding the three demo partnerships (no other demo content)."""
    store = open_store(data_dir)
    services = Services(store)
    for data in DEMO_PARTNERSHIPS:
        services.partnerships.create(data)
    store.close()
    return data_dir


def test_add_an_event_with_partnerships_and_people_then_list_it(
    capsys: pytest.CaptureFixture[str], with_partnerships: Path
) -> None:
    code, out, err = run(
        capsys,
        with_partnerships,
        "event",
        "add",
        "--title",
        "Wizyta studyjna w ZIT Aglomeracji Wałbrzyskiej",
        "--date",
        "14.05.2025",
        "--end",
        "2025-05-15",
        "--kind",
        "wizyta studyjna",
        "--theme",
        "cooperation",
        "--place",
        "Wałbrzych",
        "--host",
        "0265011",
        "--host-name",
        "Aglomeracja Wałbrzyska (ZIT)",
        "--practices",
        "wspólne biuro ZIT",
        "--partnership",
        "MOF Bolesławiec",
        "--partnership",
        "PGZB",
        "--participant",
        "Tomasz Nowak;UM Bolesławiec;koordynator;t.nowak@example.org;MOF Bolesławiec",
        "--participant",
        "Krzysztof Malinowski;UM Braniewa;kierownik referatu",
    )
    assert code == 0, err
    event_id = out.strip()
    assert len(event_id) == 36
    run(
        capsys,
        with_partnerships,
        "event",
        "add",
        "--title",
        "Forum OZE",
        "--date",
        "2025-09-24",
        "--kind",
        "forum",
        "--theme",
        "environment",
        "--partnership",
        "PZŁ",
    )

    [visit] = run_json(capsys, with_partnerships, "event", "list", "--partnership", "PGZB")
    assert visit["id"] == event_id
    assert (visit["starts_on"], visit["ends_on"]) == ("2025-05-14", "2025-05-15")
    assert visit["kind"] == "study_visit" and visit["kind_label"] == "wizyta studyjna"
    assert visit["host"] == "Aglomeracja Wałbrzyska (ZIT)"
    assert [p["short_name"] for p in visit["partnerships"]] == ["MOF Bolesławiec", "PGZB"]
    assert visit["participants"] == 2
    everything = run_json(capsys, with_partnerships, "event", "list")
    assert [e["title"] for e in everything] == [
        "Forum OZE",
        "Wizyta studyjna w ZIT Aglomeracji Wałbrzyskiej",
    ]
    code, out, _ = run(capsys, with_partnerships, "event", "list", "--kind", "forum")
    assert code == 0 and "Forum OZE" in out and "Wałbrzysk" not in out


def test_an_event_dated_before_its_partnership_existed_stores_nothing(
    capsys: pytest.CaptureFixture[str], with_partnerships: Path
) -> None:
    code, _out, err = run(
        capsys,
        with_partnerships,
        "event",
        "add",
        "--title",
        "Seminarium transportowe",
        "--date",
        "2021-03-12",
        "--kind",
        "seminar",
        "--theme",
        "transport",
        "--partnership",
        "PGZB",
        "--partnership",
        "PZŁ",
        "--participant",
        "Robert Zając;UMiG Łosice;inspektor",
    )
    assert code == 1
    line = assert_one_sentence(err)
    assert "Seminarium transportowe" in line and "12.03.2021" in line
    assert "Partnerstwo Ziemi Łosickiej" in line and "09.05.2022" in line
    assert run_json(capsys, with_partnerships, "event", "list") == []


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--kind", "piknik", "--theme", "transport"], "Nieznany rodzaj wydarzenia „piknik”"),
        (
            ["--kind", "seminar", "--theme", "transport", "--partnership", "XYZ"],
            "Nie ma partnerstwa XYZ",
        ),
        (["--kind", "study_visit", "--theme", "other"], "musi mieć gospodarza"),
    ],
)
def test_bad_input_is_one_sentence(
    capsys: pytest.CaptureFixture[str], with_partnerships: Path, extra: list[str], words: str
) -> None:
    code, _out, err = run(
        capsys,
        with_partnerships,
        "event",
        "add",
        "--title",
        "Spotkanie",
        "--date",
        "2025-06-01",
        *extra,
    )
    assert code == 1
    assert words in assert_one_sentence(err)
    assert run_json(capsys, with_partnerships, "event", "list") == []
