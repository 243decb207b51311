"""Security through sync, against the real server: row-level security, versions, secrets.

An advisor sees and writes only the partnerships the administrator
assigned to her, through the app and through any SQL she may type; a
client older than the server pushes nothing; a connection problem is one
sentence without the password; and the password lives in the OS keyring,
never in a file of the data folder.
"""

from __future__ import annotations

import contextlib
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from cwd_desktop.errors import UserError
from cwd_desktop.services import consultations
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.sync.client import configured_dsn, synchronise
from cwd_desktop.sync.config import ServerConfig, get_password, save_config, set_password
from tests.sync.conftest import Central, Device, team

SCAN = b"%PDF-1.4\n% umowa partnerska (skan)\n" + bytes(range(256)) * 8


def _outbox(device: Device) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in device.store.reader().execute(
            "SELECT mutation_id, changes FROM outbox ORDER BY seq"
        )
    ]


def _server_counts(central: Central) -> list[tuple[object, ...]]:
    return central.query(
        "SELECT (SELECT count(*) FROM processed_mutations), (SELECT count(*) FROM change_feed), "
        "(SELECT count(*) FROM stakeholder), (SELECT count(*) FROM partnership), "
        "(SELECT count(*) FROM conflicts), (SELECT count(*) FROM blob)"
    )


# -- the app: held back, not pulled --------------------------------------------------------


def test_an_advisor_neither_pulls_nor_pushes_a_partnership_she_is_not_assigned_to(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna,), braniewo = team(central, make_fast_device, "anna")
    anna.services.records.create(
        "stakeholder", braniewo, {"name": "OSP Frombork", "category": "osp"}
    )
    anna.sync()
    probe = make_fast_device("celina", "")
    boleslawiec = probe.services.partnerships.create(DEMO_PARTNERSHIPS[1])
    losice = probe.services.partnerships.create(DEMO_PARTNERSHIPS[2])  # not hers on the server
    probe.services.records.create("stakeholder", losice, {"name": "KGW Łosice", "category": "kgw"})
    celina = Device(probe.services, central.add_advisor("celina", boleslawiec))
    waiting = (
        celina.store.reader()
        .execute("SELECT count(*) FROM outbox WHERE partnership_id = ?", (losice,))
        .fetchone()[0]
    )
    held = _outbox(celina)

    report = celina.sync()

    assert report.partnerships == [boleslawiec]
    assert report.held_back == waiting > 0
    assert celina.store.pending_changes() == waiting
    assert all(row in held for row in _outbox(celina))  # the held-back changes are intact
    assert central.query(
        "SELECT count(*) FROM partnership WHERE partnership_id = %s", (losice,)
    ) == [(0,)]
    assert central.query(
        "SELECT count(*) FROM stakeholder WHERE partnership_id = %s", (losice,)
    ) == [(0,)]
    reader = celina.store.reader()
    assert reader.execute(
        "SELECT count(*) FROM partnership WHERE id = ?", (braniewo,)
    ).fetchone() == (0,)
    assert reader.execute(
        "SELECT count(*) FROM stakeholder WHERE partnership_id = ?", (braniewo,)
    ).fetchone() == (0,)

    # Once the administrator assigns Łosice to her, the changes that waited go through.
    central.assign("celina", losice)
    report = celina.sync()
    assert (report.pushed, report.held_back) == (waiting, 0)
    assert celina.store.pending_changes() == 0
    assert central.query("SELECT name FROM stakeholder WHERE partnership_id = %s", (losice,)) == [
        ("KGW Łosice",)
    ]

    # Assigned to Braniewo as well, she pulls all of it, made before she joined included.
    central.assign("celina", braniewo)
    celina.sync()
    assert (
        celina.services.partnerships.get(braniewo).data.short_name
        == DEMO_PARTNERSHIPS[0].short_name
    )
    assert reader.execute(
        "SELECT name FROM stakeholder WHERE partnership_id = ?", (braniewo,)
    ).fetchall() == [("OSP Frombork",)]


# -- direct SQL as an advisor role ---------------------------------------------------------


@dataclass
class World:
    """Braniewo (Anna's and Bartek's) and Bolesławiec (Celina's), both on the server."""

    braniewo: str
    boleslawiec: str
    stakeholder: str  # in Braniewo
    celina_dsn: str
    anna: Device
    bartek: Device


@pytest.fixture
def world(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> World:
    """Braniewo with a stakeholder, a file and a conflict; Bolesławiec with a stakeholder."""
    (anna, bartek), braniewo = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", braniewo, {"name": "OSP Frombork", "category": "osp"}
    )
    event = anna.services.records.create(
        "consultation", braniewo, {"held_on": "2021-11-30", "subject": "Projekt strategii"}
    )
    scan = tmp_path / "umowa.pdf"
    scan.write_bytes(SCAN)
    consultations.add_attachment(anna.services, "consultation", event, scan)
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"notes": "Prezes: druh K."})
    bartek.services.records.update("stakeholder", sid, {"notes": "Spotkania we wtorki"})
    anna.sync()
    assert bartek.sync().new_conflicts == 1

    celina = make_fast_device("celina", "")
    boleslawiec = celina.services.partnerships.create(DEMO_PARTNERSHIPS[1])
    celina.services.records.create(
        "stakeholder", boleslawiec, {"name": "LGD Bory", "category": "ngo"}
    )
    celina_dsn = central.add_advisor("celina", boleslawiec)
    synchronise(celina.store, celina_dsn)
    return World(braniewo, boleslawiec, sid, celina_dsn, anna, bartek)


SCOPED = ("stakeholder", "change_feed", "conflicts", "blob")


def test_direct_sql_as_an_advisor_sees_nothing_of_another_partnership(
    central: Central, world: World
) -> None:
    braniewo, boleslawiec, celina_dsn = world.braniewo, world.boleslawiec, world.celina_dsn
    for table in SCOPED:
        [(theirs,)] = central.query(
            f"SELECT count(*) FROM {table} WHERE partnership_id = %s", (braniewo,)
        )
        assert int(str(theirs)) > 0, table  # there is something to hide
    with psycopg.connect(celina_dsn, autocommit=True) as conn:
        for table in SCOPED:
            seen = conn.execute(
                sql.SQL("SELECT DISTINCT partnership_id FROM {}").format(sql.Identifier(table))
            ).fetchall()
            assert seen in ([(boleslawiec,)], []), table
            assert seen == [(boleslawiec,)] or table in ("conflicts", "blob"), table
        # Not even by guessing the hash of a file or going around the policy with a join.
        [(sha,)] = central.query("SELECT sha256 FROM blob WHERE partnership_id = %s", (braniewo,))
        assert conn.execute("SELECT count(*) FROM blob WHERE sha256 = %s", (sha,)).fetchone() == (
            0,
        )
        assert conn.execute(
            "SELECT count(*) FROM stakeholder s JOIN change_feed f ON f.row_id = s.id "
            "WHERE s.partnership_id = %s OR f.partnership_id = %s",
            (braniewo, braniewo),
        ).fetchone() == (0,)
        assert conn.execute("SELECT partnership_id FROM advisor_partnership").fetchall() == [
            (boleslawiec,)
        ]


def _refused(
    conn: psycopg.Connection[tuple[object, ...]],
    statement: sql.Composed | sql.SQL,
    params: tuple[object, ...] = (),
) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement, params)


def test_direct_sql_as_an_advisor_cannot_write_another_partnership(
    central: Central, world: World
) -> None:
    braniewo, boleslawiec, sid = world.braniewo, world.boleslawiec, world.stakeholder
    celina_dsn = world.celina_dsn
    before = {
        table: central.query(f"SELECT * FROM {table} ORDER BY 1")
        for table in (*SCOPED, "partnership")
    }
    with psycopg.connect(celina_dsn, autocommit=True) as conn:
        # INSERT into a partnership not hers.
        new_id = str(uuid.uuid4())
        _refused(
            conn,
            sql.SQL(
                "INSERT INTO stakeholder (id, partnership_id, version, name, category, place, "
                "influence, interest, notes) "
                "VALUES (%s, %s, 1, 'Fałszywa OSP', 'osp', '', 3, 3, '')"
            ),
            (new_id, braniewo),
        )
        _refused(
            conn,
            sql.SQL(
                "INSERT INTO conflicts (table_name, row_id, partnership_id, field) "
                "VALUES ('stakeholder', %s, %s, 'name')"
            ),
            (sid, braniewo),
        )
        _refused(
            conn,
            sql.SQL(
                "INSERT INTO blob (sha256, partnership_id, size, data) VALUES (%s, %s, 1, 'x')"
            ),
            ("0" * 64, braniewo),
        )
        _refused(
            conn,
            sql.SQL(
                "INSERT INTO change_feed (table_name, row_id, partnership_id) "
                "VALUES ('stakeholder', %s, %s)"
            ),
            (sid, braniewo),
        )
        # UPDATE: rows of Braniewo are invisible, so nothing matches.
        for table, change in (
            ("stakeholder", "name = 'Przejęta'"),
            ("conflicts", "resolved_at = now()"),
        ):
            cur = conn.execute(
                sql.SQL("UPDATE {} SET {} WHERE partnership_id = %s").format(
                    sql.Identifier(table), sql.SQL(change)
                ),
                (braniewo,),
            )
            assert cur.rowcount == 0, table
        # Files and the feed are never updated by anyone.
        _refused(conn, sql.SQL("UPDATE blob SET size = 0 WHERE partnership_id = %s"), (braniewo,))
        _refused(conn, sql.SQL("UPDATE change_feed SET partnership_id = %s"), (boleslawiec,))
        # …nor can she move her own row into Braniewo, or assign Braniewo to herself.
        _refused(
            conn,
            sql.SQL("UPDATE stakeholder SET partnership_id = %s WHERE partnership_id = %s"),
            (braniewo, boleslawiec),
        )
        _refused(
            conn,
            sql.SQL(
                "INSERT INTO advisor_partnership (role_name, partnership_id) "
                "VALUES (current_user, %s)"
            ),
            (braniewo,),
        )
        _refused(
            conn,
            sql.SQL("INSERT INTO processed_mutations (mutation_id, advisor) VALUES (%s, 'anna')"),
            (str(uuid.uuid4()),),
        )
        # DELETE and TRUNCATE: nothing, anywhere, not even her own rows.
        for table in (
            *SCOPED,
            "partnership",
            "processed_mutations",
            "device",
            "advisor",
            "advisor_partnership",
            "schema_version",
        ):
            _refused(conn, sql.SQL("DELETE FROM {}").format(sql.Identifier(table)))
            _refused(conn, sql.SQL("TRUNCATE {}").format(sql.Identifier(table)))
    after = {table: central.query(f"SELECT * FROM {table} ORDER BY 1") for table in before}
    assert after == before


def test_an_advisor_cannot_take_over_a_colleagues_device(central: Central, world: World) -> None:
    """Conflicts name people through the device table; nobody may claim another's laptop."""
    anna, bartek, sid, celina_dsn = world.anna, world.bartek, world.stakeholder, world.celina_dsn
    device = anna.store.device_id
    with (
        psycopg.connect(celina_dsn, autocommit=True) as conn,
        contextlib.suppress(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("UPDATE device SET role_name = current_user WHERE device_id = %s", (device,))
    # Anna and Bartek clash once more; the conflict must still name Anna.
    anna.services.records.update("stakeholder", sid, {"place": "Frombork, Rynek 1"})
    bartek.services.records.update("stakeholder", sid, {"place": "Frombork, ul. Młyńska 5"})
    anna.sync()
    bartek.sync()
    assert central.query("SELECT remote_by, local_by FROM conflicts WHERE field = 'place'") == [
        ("Anna", "Bartek")
    ]
    assert central.query("SELECT role_name FROM device WHERE device_id = %s", (device,)) == [
        ("anna",)
    ]


# -- versions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("revision", "says"), [("0099", "zaktualizuj program"), ("0001", "server init")]
)
def test_a_client_and_server_of_different_versions_push_nothing(
    central: Central, make_fast_device: Callable[[str, str], Device], revision: str, says: str
) -> None:
    (anna,), pid = team(central, make_fast_device, "anna")
    anna.services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    anna.sync()
    anna.services.records.update(
        "stakeholder",
        anna.store.reader().execute("SELECT id FROM stakeholder").fetchone()[0],
        {"notes": "Zmiana czekająca na wysłanie"},
    )
    waiting = _outbox(anna)
    central.query("UPDATE schema_version SET revision = %s RETURNING 1", (revision,))
    before = _server_counts(central)

    with pytest.raises(UserError) as caught:
        anna.sync()

    assert says in str(caught.value) and revision in str(caught.value)
    assert "Nic nie wysłano" in str(caught.value)
    assert _server_counts(central) == before
    assert central.query("SELECT notes FROM stakeholder") == [("",)]
    assert _outbox(anna) == waiting


# -- connections and secrets -----------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket is closed


def test_an_unreachable_server_is_one_sentence_naming_it_without_the_password(
    make_fast_device: Callable[[str, str], Device],
) -> None:
    port = _closed_port()
    device = make_fast_device("anna", "")
    pid = device.services.partnerships.create(DEMO_PARTNERSHIPS[0])
    waiting = device.store.pending_changes()
    dsn = make_conninfo(
        host="127.0.0.1", port=port, user="anna", password="Tajne!Haslo-7", dbname="cwd"
    )

    with pytest.raises(UserError) as caught:
        synchronise(device.store, dsn)

    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message
    assert "Tajne!Haslo-7" not in message
    assert "\n" not in message and message.rstrip().endswith(".")
    assert device.store.pending_changes() == waiting and pid


def test_a_wrong_password_is_refused_without_repeating_it(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna,), _pid = team(central, make_fast_device, "anna")
    dsn = make_conninfo(anna.dsn, password="Zle!Haslo-42")
    with pytest.raises(UserError) as caught:
        synchronise(anna.store, dsn)
    assert "Zle!Haslo-42" not in str(caught.value) and "\n" not in str(caught.value)
    assert central.query("SELECT count(*) FROM processed_mutations") == [(0,)]


def test_a_ca_file_means_verified_tls(tmp_path: Path) -> None:
    ca = tmp_path / "cwd-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
    config = ServerConfig("cwd.example.pl", "anna", ca_file=str(ca))
    parts = conninfo_to_dict(config.dsn("sekret"))
    assert (parts["sslmode"], parts["sslrootcert"]) == ("verify-full", str(ca))
    assert (parts["host"], parts["user"], parts["dbname"]) == ("cwd.example.pl", "anna", "cwd")
    plain = conninfo_to_dict(ServerConfig("cwd.example.pl", "anna").dsn("sekret"))
    assert "sslrootcert" not in plain and plain.get("sslmode") != "disable"


def test_with_a_ca_file_a_server_without_tls_is_refused(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    (anna,), _pid = team(central, make_fast_device, "anna")
    parts = conninfo_to_dict(anna.dsn)
    ca = tmp_path / "cwd-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
    config = ServerConfig(
        str(parts["host"]), "anna", int(str(parts["port"])), str(parts["dbname"]), str(ca)
    )
    with pytest.raises(UserError) as caught:
        synchronise(anna.store, config.dsn(str(parts["password"])))  # the test server has no TLS
    assert str(parts["password"]) not in str(caught.value)
    assert central.query("SELECT count(*) FROM processed_mutations") == [(0,)]


def test_the_password_is_in_no_file_of_the_data_folder(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna,), pid = team(central, make_fast_device, "anna")
    anna.services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    parts = conninfo_to_dict(anna.dsn)
    password = str(parts["password"])
    config = ServerConfig(str(parts["host"]), "anna", int(str(parts["port"])), str(parts["dbname"]))
    save_config(anna.store.settings, config)
    set_password(config, password)

    report = synchronise(anna.store, configured_dsn(anna.store))

    assert report.pushed > 0 and get_password(config) == password
    files = [p for p in anna.store.data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)
    for path in files:
        data = path.read_bytes()
        assert password.encode() not in data, path
        assert password.encode("utf-16-le") not in data, path
