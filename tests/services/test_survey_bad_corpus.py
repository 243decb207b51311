"""The committed bad-input corpus of the survey import (``tests/data/surveys/bad/``).

Each file is one way a survey export goes wrong; the user gets one Polish
sentence naming the file (and the row and column where that applies), and
nothing is stored: no survey, no outbox entry, and an earlier survey stays
as it was. ``tests/data/surveys/make_bad_corpus.py`` re-makes the files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.survey_import import parse_survey
from cwd_desktop.services.tabular import OLE_SIGNATURE, is_encrypted_workbook
from tests.services.test_survey_import import GOOGLE_PL, write_xlsx

BAD = Path(__file__).resolve().parents[1] / "data" / "surveys" / "bad"

NOT_A_WORKBOOK = "Plik „{}” nie jest skoroszytem (XLSX), który można odczytać."
EXPECTED = {
    "pusty.csv": "Plik „pusty.csv” jest pusty.",
    "pusty.xlsx": "Plik „pusty.xlsx” jest pusty.",
    "naglowek.csv": "Plik „naglowek.csv” ma tylko wiersz nagłówka (1), bez żadnych odpowiedzi.",
    "naglowek.xlsx": "Plik „naglowek.xlsx” ma tylko wiersz nagłówka (1), bez żadnych odpowiedzi.",
    "bez_naglowka.xlsx": (
        "Plik „bez_naglowka.xlsx” nie ma wiersza nagłówka: wiersz 1 zawiera dane "
        "(„02.03.2026”), a pierwszy wiersz musi podawać treść pytań."
    ),
    "uciety.xlsx": NOT_A_WORKBOOK.format("uciety.xlsx"),
    "archiwum.xlsx": NOT_A_WORKBOOK.format("archiwum.xlsx"),
    "notatki.xlsx": NOT_A_WORKBOOK.format("notatki.xlsx"),
    "haslo.xlsx": (
        "Plik „haslo.xlsx” jest chroniony hasłem; zapisz go bez hasła i zaimportuj ponownie."
    ),
    "kodowanie.csv": (
        "Pliku „kodowanie.csv” nie da się odczytać jako tekstu w UTF-8 ani Windows-1250 "
        "(bajt nr 19); zapisz go ponownie jako CSV UTF-8."
    ),
    "krzywy.csv": (
        "Plik „krzywy.csv”, wiersz 3: wartość w kolumnie C, która nie ma nagłówka "
        "(wiersz jest dłuższy niż nagłówek, ma 3 komórek, a nagłówek 2)."
    ),
    "krzywy.xlsx": (
        "Plik „krzywy.xlsx”, wiersz 3: wartość w kolumnie C, która nie ma nagłówka "
        "(wiersz jest dłuższy niż nagłówek, ma 3 komórek, a nagłówek 2)."
    ),
    "dwa_naglowki.csv": (
        "Plik „dwa_naglowki.csv”, wiersz 1: nagłówek „Płeć” powtarza się w kolumnach A i C; "
        "nadaj kolumnom różne nazwy."
    ),
    "dwa_naglowki.xlsx": (
        "Plik „dwa_naglowki.xlsx”, wiersz 1: nagłówek „Płeć” powtarza się w kolumnach A i C; "
        "nadaj kolumnom różne nazwy."
    ),
    "brak_naglowka.csv": "Plik „brak_naglowka.csv”, wiersz 1: kolumna B nie ma nagłówka.",
    "brak_naglowka.xlsx": "Plik „brak_naglowka.xlsx”, wiersz 1: kolumna B nie ma nagłówka.",
}


@pytest.fixture
def partnership(services: Services) -> str:
    """A partnership to import into (the demo one of Braniewo)."""
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


def survey_count(services: Services) -> int:
    (count,) = services.store.reader().execute("SELECT count(*) FROM survey").fetchone()
    return int(count)


def test_every_file_of_the_corpus_has_its_sentence() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_bad_file_gets_one_sentence_naming_it(name: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_survey(BAD / name)
    assert str(caught.value) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_bad_file_stores_nothing(services: Services, partnership: str, name: str) -> None:
    surveys, outbox = survey_count(services), services.store.pending_changes()
    with pytest.raises(UserError) as caught:
        services.surveys.import_file(BAD / name, partnership, "residents")
    assert str(caught.value) == EXPECTED[name]
    assert survey_count(services) == surveys == 0
    assert services.store.pending_changes() == outbox


def test_a_bad_file_after_a_good_one_leaves_the_first_survey_intact(
    services: Services, partnership: str, tmp_path: Path
) -> None:
    good = write_xlsx(tmp_path / "Ankieta mieszkańców (Odpowiedzi).xlsx", GOOGLE_PL)
    first = services.surveys.import_file(good, partnership, "residents")
    before = services.surveys.load(first.survey_id)
    answers = {q.key: before.answers(q.key) for q in before.questions}
    outbox = services.store.pending_changes()

    for name in ("krzywy.xlsx", "haslo.xlsx", "kodowanie.csv"):
        with pytest.raises(UserError):
            services.surveys.import_file(BAD / name, partnership, "residents")

    assert [s.id for s in services.surveys.list(partnership)] == [first.survey_id]
    after = services.surveys.load(first.survey_id)
    assert after.info.response_count == first.responses == 6
    assert {q.key: after.answers(q.key) for q in after.questions} == answers
    assert services.store.pending_changes() == outbox


def test_the_password_protected_workbook_is_a_real_encrypted_package() -> None:
    # Excel's "Encrypt with password": an OLE compound file holding the encrypted zip.
    data = (BAD / "haslo.xlsx").read_bytes()
    assert data.startswith(OLE_SIGNATURE)
    assert "EncryptionInfo".encode("utf-16-le") in data
    assert "EncryptedPackage".encode("utf-16-le") in data
    # an XLS is an OLE file anyway: only those streams make it a locked one
    assert is_encrypted_workbook(Path("haslo.xls"), data)
    assert not is_encrypted_workbook(Path("stary.xls"), OLE_SIGNATURE + b"\0" * 504)
