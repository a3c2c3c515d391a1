"""What real servers do that the booking protocol must not trip over, driven with a scripted server on
127.0.0.1: 5xx under contention, 412-then-404, 409/405 for missing calendars, 404 inside a 207, redirects,
slow and oversized answers, untrusted certificates, logins in the address."""

from __future__ import annotations

import datetime as dt
import ipaddress
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.rooms.fake_dav import Reply, Seen, collection, event_data, fake_dav, missing, multistatus, report
from vpdesk.domain.rooms import AMSTERDAM, Criteria, SlotTaken
from vpdesk.errors import KnownError
from vpdesk.rooms import http
from vpdesk.rooms.caldav_pool import CalDavPool, LocksMissing, NoSuchPool, NoSuchRoom, check_url
from vpdesk.rooms.pool import ServerBusy, free_slots

T = datetime(2026, 12, 1, 10, 0, tzinfo=AMSTERDAM)
ROOM = "/pool/kamer/"


class Dav:
    """A small, correct CalDAV store (one pool, one room, `_locks`); tests wrap it to misbehave."""

    def __init__(self, locks: bool = True) -> None:
        self.collections = {"/pool/", ROOM} | ({"/pool/_locks/"} if locks else set())
        self.items: dict[str, bytes] = {}
        self.guard = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        with self.guard:
            return self.answer(seen)

    def answer(self, seen: Seen) -> Reply:
        path, parent = seen.path, seen.path.rsplit("/", 1)[0] + "/"
        if seen.method == "PROPFIND":
            if path not in self.collections:
                return Reply(404)
            if seen.headers.get("Depth") == "1":
                children = [c for c in self.collections if c.startswith(path) and c != path]
                return multistatus(collection(path, calendar=False), *(collection(c) for c in sorted(children)))
            return multistatus(collection(path, calendar=path != "/pool/"))
        if seen.method == "MKCALENDAR":
            if path in self.collections:
                return Reply(405)
            self.collections.add(path)
            return Reply(201)
        if seen.method == "PUT":
            if parent not in self.collections:
                return Reply(409)
            if path in self.items and seen.headers.get("If-None-Match") == "*":
                return Reply(412)
            self.items[path] = seen.body
            return Reply(201, headers={"ETag": f'"{len(self.items)}"'})
        if seen.method == "GET":
            return Reply(200, self.items[path], {"ETag": '"1"'}) if path in self.items else Reply(404)
        if seen.method == "DELETE":
            return Reply(204) if self.items.pop(path, None) is not None else Reply(404)
        if seen.method == "REPORT":  # every event, whatever the range: more inclusive even than DAViCal
            if path not in self.collections:
                return Reply(404)
            found = [report(p, d.decode()) for p, d in self.items.items() if p.startswith(path)]
            return multistatus(*found)
        return Reply(405)

    def locks(self) -> list[str]:
        return [p for p in self.items if p.startswith("/pool/_locks/")]


def _pool(url: str, **options: object) -> CalDavPool:
    return CalDavPool(url, **options)  # type: ignore[arg-type]


def _book(url: str, **options: object) -> object:
    return _pool(url, **options).book("kamer", T, T + timedelta(minutes=30), "VP-1")


def test_a_5xx_on_a_lock_write_is_contention_retried_and_then_the_booking_is_made() -> None:
    dav, failures = Dav(), [0]

    def script(seen: Seen) -> Reply:
        if seen.method == "PUT" and "_locks" in seen.path and failures[0] < 3:
            failures[0] += 1  # DAViCal: a duplicate-key error in its database, where it means "exists"
            return Reply(500)
        return dav(seen)

    with fake_dav(script) as fake:
        _book(fake.url)
    assert failures[0] == 3 and len(dav.locks()) == 2 and len([p for p in dav.items if p.startswith(ROOM)]) == 1


def test_a_5xx_that_never_ends_is_busy_not_taken_and_leaves_no_lock() -> None:
    dav = Dav()

    def script(seen: Seen) -> Reply:
        if seen.method == "PUT" and seen.path.endswith("T091500Z.ics"):  # the second quantum's lock
            return Reply(503)
        return dav(seen)

    with fake_dav(script) as fake:
        start = time.monotonic()
        with pytest.raises(ServerBusy, match="busy; nothing was booked"):
            _book(fake.url)
        assert time.monotonic() - start < 10
        assert dav.locks() == []  # the first quantum's lock was taken away again
        assert fake.count("PUT", "T091500Z") <= 8  # bounded


def test_412_then_404_for_ever_ends_with_a_clear_sentence_within_the_deadline() -> None:
    """Xandikos under contention: the lock PUT says "exists", the GET right after says "not found"."""

    def script(seen: Seen) -> Reply:
        if seen.method == "PROPFIND":
            return multistatus(collection(seen.path))
        return Reply(412) if seen.method == "PUT" else Reply(404)

    with fake_dav(script) as fake:
        start = time.monotonic()
        with pytest.raises(ServerBusy) as told:
            _book(fake.url, deadline=5.0)
        took = time.monotonic() - start
    assert took < 5.0 and "Try again in a moment" in str(told.value)
    assert fake.count("PUT") <= 8 and fake.count("GET") <= 8  # was 2,302 PUTs in 15 s


def test_a_slow_enough_server_meets_the_booking_deadline() -> None:
    def script(seen: Seen) -> Reply:
        time.sleep(0.3)
        if seen.method == "PROPFIND":
            return multistatus(collection(seen.path))
        return Reply(412) if seen.method == "PUT" else Reply(404)

    with fake_dav(script) as fake:
        start = time.monotonic()
        with pytest.raises(ServerBusy):
            _book(fake.url, deadline=1.0)
        assert time.monotonic() - start < 1.0 + http.TIMEOUT


@pytest.mark.parametrize("status", [404, 409, 405])
def test_a_missing_locks_calendar_is_repaired_when_the_login_may(status: int) -> None:
    dav = Dav(locks=False)

    def script(seen: Seen) -> Reply:
        reply = dav(seen)
        return Reply(status) if reply.status == 409 else reply  # Radicale 404, Xandikos 409, DAViCal 405

    with fake_dav(script) as fake:
        _book(fake.url)
    assert "/pool/_locks/" in dav.collections and len(dav.locks()) == 2


def test_a_missing_locks_calendar_the_login_may_not_create_is_named() -> None:
    dav = Dav(locks=False)

    def script(seen: Seen) -> Reply:
        return Reply(403) if seen.method == "MKCALENDAR" else dav(seen)

    with (
        fake_dav(script) as fake,
        pytest.raises(LocksMissing, match="no '_locks' calendar and your login may not create it"),
    ):
        _book(fake.url)
        assert fake.count("MKCALENDAR") == 1 and fake.count("PUT") == 1  # once, not in a loop


@pytest.mark.parametrize("status", [404, 409, 405])
def test_no_such_room_is_said_before_any_lock_is_written(status: int) -> None:
    dav = Dav()

    def script(seen: Seen) -> Reply:
        if seen.path.startswith("/pool/gone/"):
            return Reply(status) if status != 404 else multistatus(missing(seen.path))  # DAViCal's 404 in a 207
        return dav(seen)

    with fake_dav(script) as fake, pytest.raises(NoSuchRoom, match="There is no room 'gone' in the pool"):
        _pool(fake.url).book("gone", T, T + timedelta(minutes=30), "VP-1")
        assert fake.count("PUT") == 0
        with pytest.raises(NoSuchRoom):
            _pool(fake.url).bookings("gone", T, T + timedelta(hours=1))


def test_a_room_removed_between_locks_and_commit_is_named_and_the_locks_go() -> None:
    dav = Dav()

    def script(seen: Seen) -> Reply:
        if seen.method == "PUT" and seen.path.startswith(ROOM):
            return Reply(409)
        return dav(seen)

    with fake_dav(script) as fake, pytest.raises(NoSuchRoom):
        _book(fake.url)
    assert dav.locks() == []


@pytest.mark.parametrize(
    "reply",
    [Reply(404), multistatus(missing("/pool/")), Reply(409)],
    ids=["404", "404-in-207", "409"],
)
def test_no_such_pool_is_said_not_an_empty_list(reply: Reply) -> None:
    with (
        fake_dav(lambda seen: reply) as fake,
        pytest.raises(NoSuchPool, match=r"There is no room pool at 127\.0\.0\.1:\d+/pool/"),
    ):
        _pool(fake.url).rooms()


def test_a_pool_the_login_may_not_read_is_said() -> None:
    with fake_dav(lambda seen: Reply(403)) as fake, pytest.raises(NoSuchPool, match="or your login may not read it"):
        _pool(fake.url).rooms()


def test_login_refused() -> None:
    with (
        fake_dav(lambda seen: Reply(401, headers={"WWW-Authenticate": 'Basic realm="pool"'})) as fake,
        pytest.raises(KnownError, match="refused the login"),
    ):
        CalDavPool(fake.url, "vp-07", "wrong").rooms()


def test_cleanup_continues_after_a_failed_delete() -> None:
    """Taking the third lock fails; of the two held, deleting the second answers 500: the first still goes."""
    dav = Dav()
    dav.items["/pool/_locks/kamer-20261201T093000Z.ics"] = event_data(
        "x", T, T, X_VPDESK_BOOKING="other", X_VPDESK_EXPIRES="20991231T000000Z"
    ).encode()
    dav.items["/pool/kamer/other.ics"] = event_data("other", T, T, X_VPDESK_VP="VP-9").encode()

    def script(seen: Seen) -> Reply:
        if seen.method == "DELETE" and seen.path.endswith("T091500Z.ics"):
            return Reply(500)
        return dav(seen)

    with fake_dav(script) as fake, pytest.raises(SlotTaken):
        _pool(fake.url).book("kamer", T, T + timedelta(minutes=45), "VP-1")
        assert fake.count("DELETE", "T090000Z") == 1 and fake.count("DELETE", "T091500Z") == 1
    assert "/pool/_locks/kamer-20261201T090000Z.ics" not in dav.items


def test_a_500_on_clearing_an_expired_lock_is_not_an_error() -> None:
    """Xandikos answers 500 to one of two simultaneous DELETEs of the same expired lock."""
    dav, refused = Dav(), [0]
    dav.items["/pool/_locks/kamer-20261201T090000Z.ics"] = event_data(
        "x", T, T, X_VPDESK_BOOKING="dead", X_VPDESK_EXPIRES="20000101T000000Z"
    ).encode()

    def script(seen: Seen) -> Reply:
        if seen.method == "DELETE" and refused[0] == 0:
            refused[0] += 1
            dav(seen)  # the other client's DELETE won
            return Reply(500)
        return dav(seen)

    with fake_dav(script) as fake:
        _book(fake.url)
    assert refused[0] == 1 and len(dav.locks()) == 2


def test_a_commit_answered_500_that_landed_counts_as_booked() -> None:
    dav = Dav()

    def script(seen: Seen) -> Reply:
        if seen.method == "PUT" and seen.path.startswith(ROOM):
            dav(seen)
            return Reply(500)
        return dav(seen)

    with fake_dav(script) as fake:
        booking = _pool(fake.url).book("kamer", T, T + timedelta(minutes=30), "VP-1")
    assert f"{ROOM}{booking.uid}.ics" in dav.items and len(dav.locks()) == 2  # the locks stay as its claim


def test_inclusive_time_ranges_do_not_make_a_slot_look_taken() -> None:
    """DAViCal returns a 10:00-11:00 booking for 09:00-10:00; this fake returns every event for any range."""
    dav = Dav()
    dav.items[f"{ROOM}b.ics"] = event_data("b", T, T + timedelta(hours=1), X_VPDESK_VP="VP-9").encode()
    with fake_dav(dav) as fake:
        pool = _pool(fake.url)
        assert pool.bookings("kamer", T - timedelta(hours=1), T) == []
        assert pool.bookings("kamer", T + timedelta(hours=1), T + timedelta(hours=2)) == []
        assert [b.uid for b in pool.bookings("kamer", T - timedelta(minutes=1), T + timedelta(minutes=1))] == ["b"]
        slots = free_slots(pool, Criteria(), T.date(), 1, timedelta(hours=1), limit=20)
        starts = [f"{s.start:%H:%M}" for s in slots]
    assert "09:00" in starts and "11:00" in starts and "10:00" not in starts and "10:15" not in starts


def test_hrefs_as_full_urls_or_absolute_paths() -> None:
    def script(seen: Seen) -> Reply:
        return multistatus(
            collection("/pool/", calendar=False),
            collection("http://127.0.0.1/pool/kamer-a/", name="A"),
            collection("/pool/kamer%20b/", name="B"),
            collection("/pool/_locks/"),
        )

    with fake_dav(script) as fake:
        assert [(r.id, r.name) for r in _pool(fake.url).rooms()] == [("kamer b", "B"), ("kamer-a", "A")]


# --- the HTTP client's bounds (issue 15, point 4) --------------------------------------------------------------
def test_a_redirect_is_an_error_and_the_login_goes_nowhere_else() -> None:
    with fake_dav(lambda seen: Reply(200)) as elsewhere:

        def script(seen: Seen) -> Reply:
            return Reply(302, headers={"Location": elsewhere.url})

        with (
            fake_dav(script) as fake,
            pytest.raises(KnownError, match=r"redirect .302.; vpdesk does not follow redirects"),
        ):
            CalDavPool(fake.url, "vp-07", "adviser-secret").rooms()
        assert elsewhere.seen == []


def test_a_server_that_drips_is_cut_off_at_the_overall_deadline() -> None:
    body = multistatus(collection("/pool/", calendar=False)).body

    with fake_dav(lambda seen: Reply(207, body, drip=0.2)) as fake:  # 0.2 s per byte: minutes for the whole
        start = time.monotonic()
        with pytest.raises(KnownError, match=r"127\.0\.0\.1:\d+ did not answer within 1 seconds"):
            _pool(fake.url, timeout=1.0).rooms()
        assert time.monotonic() - start < 2.0


def test_the_default_deadline_is_the_admin_guides_five_seconds() -> None:
    assert http.TIMEOUT == 5.0
    guide = (Path(__file__).resolve().parents[2] / "docs" / "admin-rooms.md").read_text()
    assert "within 5 seconds" in guide


def test_an_oversized_answer_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http, "MAX_BODY", 1024)
    big = b"<" * 5000
    with fake_dav(lambda seen: Reply(207, big)) as fake, pytest.raises(KnownError, match="larger than"):
        _pool(fake.url).rooms()
    with (
        fake_dav(lambda seen: Reply(207, big, {"Content-Length": "5000"}, drip=0.0)) as fake,
        pytest.raises(KnownError, match="larger than"),
    ):
        _pool(fake.url).rooms()


def test_a_login_in_the_address_is_refused_and_never_printed() -> None:
    for url in ("https://vp-07:adviser-secret@kamers.example.nl/pool/", "http://a:adviser-secret@127.0.0.1:1/p/"):
        with pytest.raises(KnownError) as told:
            check_url(url)
        assert "adviser-secret" not in str(told.value) and "user name or password" in str(told.value)
    assert "secret" not in repr(CalDavPool("http://127.0.0.1:1/pool/", "vp-07", "adviser-secret"))


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return folder / "cert.pem", folder / "key.pem"


def test_an_untrusted_certificate_names_the_host_and_the_reason(tmp_path: Path) -> None:
    with fake_dav(lambda seen: Reply(207), tls=_self_signed(tmp_path)) as fake:
        with pytest.raises(KnownError) as told:
            _pool(fake.url).rooms()
        assert fake.seen == []  # nothing was sent
    text = str(told.value)
    assert "certificate this computer does not trust" in text and "127.0.0.1:" in text
    assert "self-signed" in text and "cannot be reached" not in text
