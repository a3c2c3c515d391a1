"""A scripted HTTP server on 127.0.0.1 that answers as a misbehaving CalDAV server would: each test gives a
function from the request to the answer, and reads back every request the client made."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import icalendar


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drip: float = 0.0  # seconds between the bytes of the body (a slow server)


Script = Callable[[Seen], Reply]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: object) -> None:
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        seen = Seen(self.command, self.path, dict(self.headers.items()), self.rfile.read(length) if length else b"")
        with self.server.guard:
            self.server.seen.append(seen)
        reply = self.server.script(seen)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            if reply.drip:
                for i in range(len(reply.body)):
                    self.wfile.write(reply.body[i : i + 1])
                    self.wfile.flush()
                    threading.Event().wait(reply.drip)
            else:
                self.wfile.write(reply.body)
        except OSError:
            pass  # the client hung up: what the test wants to see

    do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCALENDAR = do_MKCOL = do_OPTIONS = _any


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script
        self.seen: list[Seen] = []
        self.guard = threading.Lock()


@dataclass
class Fake:
    url: str
    server: _Server

    @property
    def seen(self) -> list[Seen]:
        with self.server.guard:
            return list(self.server.seen)

    def count(self, method: str, part: str = "") -> int:
        return sum(1 for s in self.seen if s.method == method and part in s.path)


@contextmanager
def fake_dav(script: Script, tls: tuple[Path, Path] | None = None) -> Iterator[Fake]:
    server = _Server(script)
    scheme = "http"
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(tls[0]), str(tls[1]))
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Fake(f"{scheme}://127.0.0.1:{server.server_address[1]}/pool/", server)
    finally:
        server.shutdown()
        server.server_close()


def multistatus(*responses: str) -> Reply:
    body = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
    return Reply(207, (body + "".join(responses) + "</d:multistatus>").encode(), {"Content-Type": "application/xml"})


def collection(href: str, calendar: bool = True, name: str = "") -> str:
    kind = "<d:collection/><c:calendar/>" if calendar else "<d:collection/>"
    return (
        f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:resourcetype>{kind}</d:resourcetype>"
        f"<d:displayname>{name}</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
        "</d:response>"
    )


def missing(href: str) -> str:
    return f"<d:response><d:href>{href}</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>"


def event_data(uid: str, start: datetime, end: datetime, **extra: str) -> str:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//test//")
    calendar.add("VERSION", "2.0")
    event = icalendar.Event()
    event.add("UID", uid)
    event.add("DTSTART", start)
    event.add("DTEND", end)
    event.add("DTSTAMP", start)
    for name, value in extra.items():
        event.add(name.replace("_", "-"), value)
    calendar.add_component(event)
    return bytes(calendar.to_ical()).decode()


def report(href: str, data: str) -> str:
    escaped = data.replace("&", "&amp;").replace("<", "&lt;")
    return (
        f'<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:getetag>"1"</d:getetag>'
        f"<c:calendar-data>{escaped}</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
        "</d:response>"
    )
