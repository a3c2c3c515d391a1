"""One HTTP request to the room pool server, bounded: no redirects, one overall deadline, a byte cap.

urllib followed redirects to any host with the Basic credentials, gave each socket read its own 5 s (a server
that drips holds the client for ever) and read answers whole. Here a request is one connection that a watchdog
shuts at the deadline, whatever the server does; a 3xx is an error; an answer above ``MAX_BODY`` is refused.
The pool's address never carries a login (``check_url``), and messages name the host only.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

from vpdesk.errors import KnownError

TIMEOUT = 5.0  # seconds for a whole request: connect, send, the answer read to its end (admin guide's promise)
MAX_BODY = 8 * 1024 * 1024  # a week of a busy pool's REPORT is well under 1 MiB


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), "")


def host_of(url: str) -> str:
    """The host (and port) of ``url`` without any login in it: the only part of an address a message shows."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        return f"{host}:{parts.port}" if parts.port else host
    except ValueError:
        return host


def check_url(url: str) -> str:
    """The pool address as used: https (plain http only to this computer), no login in it, ending in '/'."""
    parts = urllib.parse.urlsplit(url)
    if "@" in parts.netloc:
        raise KnownError(
            "A room pool address must not contain a user name or password.",
            hint="vpdesk keeps the pool's login in the system keyring or in the vault, never in the address.",
        )
    if parts.scheme == "https":
        pass
    elif parts.scheme == "http":
        host = parts.hostname or ""
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise KnownError("A room pool server must use https (plain http only on this computer, 127.0.0.1).")
    else:
        raise KnownError("A room pool address starts with https://.")
    try:
        parts.port  # noqa: B018 - a bad port number is refused here, not at the first request
    except ValueError:
        raise KnownError("The room pool address {host} has a port that is not a number.", host=parts.hostname) from None
    return url if url.endswith("/") else url + "/"


class Unreachable(KnownError):
    def __init__(self, host: str) -> None:
        super().__init__(
            "The room pool server at {host} cannot be reached.",
            hint="Nothing was booked or cancelled.",  # the app adds that it shows its own bookings (ui/errors.py)
            host=host,
        )


class TooSlow(KnownError):
    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(
            "The room pool server at {host} did not answer within {seconds} seconds.",
            hint="Nothing was booked or cancelled. Try again later.",
            host=host,
            seconds=f"{seconds:g}",
        )


class ServerError(KnownError):
    """An answer the client has no use for (a 5xx, a 4xx it did not expect). ``status`` for the callers that
    retry a 5xx."""

    def __init__(self, status: int, method: str) -> None:
        super().__init__("The room pool server answered {status} to {method}.", status=status, method=method)
        self.status = status


def _tls_error(host: str, exc: ssl.SSLError) -> KnownError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return KnownError(
            "The room pool server {host} has a certificate this computer does not trust: {reason}.",
            hint="Nothing was sent. Ask IT to install a valid certificate on the server.",
            host=host,
            reason=exc.verify_message or exc.reason or "not trusted",
        )
    return KnownError(
        "A secure connection to the room pool server {host} failed: {reason}.",
        hint="Nothing was sent.",
        host=host,
        reason=exc.reason or "TLS error",
    )


def request(
    url: str,
    method: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
    context: ssl.SSLContext | None = None,
) -> Answer:
    """Send one request and read its answer whole, within ``timeout`` seconds in all (a watchdog shuts the
    socket at the deadline). Raises Unreachable, TooSlow, a TLS KnownError, or KnownError for a redirect or an
    answer above MAX_BODY; every other status is returned."""
    parts = urllib.parse.urlsplit(url)
    host = host_of(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(
            parts.hostname or "", parts.port, timeout=timeout, context=context or ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    expired = threading.Event()
    opened: list[socket.socket] = []  # the socket, kept here: the connection forgets it once the answer is read

    def shut() -> None:
        expired.set()
        for sock in opened:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(timeout, shut)
    watchdog.daemon = True
    start = time.monotonic()
    watchdog.start()
    try:
        conn.connect()  # connect and TLS handshake: each step bounded by the socket timeout
        if conn.sock is not None:
            opened.append(conn.sock)
        if expired.is_set():
            shut()
        conn.request(method, path, body=body, headers=dict(headers or {}))
        response = conn.getresponse()
        length = response.getheader("Content-Length")
        if length is not None and length.isdigit() and int(length) > MAX_BODY:
            raise _too_large(host)
        data = bytearray()
        while chunk := response.read(65536):
            data += chunk
            if len(data) > MAX_BODY:
                raise _too_large(host)
        if expired.is_set() or time.monotonic() - start > timeout:
            raise TooSlow(host, timeout)
        if 300 <= response.status < 400:
            raise KnownError(
                "The room pool server {host} answered with a redirect ({status}); vpdesk does not follow redirects.",
                hint="Set the pool address to the one the server expects (ask IT).",
                host=host,
                status=response.status,
            )
        return Answer(response.status, bytes(data), {k: v for k, v in response.getheaders()})
    except ssl.SSLError as exc:
        if expired.is_set():
            raise TooSlow(host, timeout) from None
        raise _tls_error(host, exc) from None
    except (TimeoutError, OSError, http.client.HTTPException):
        if expired.is_set() or time.monotonic() - start >= timeout:
            raise TooSlow(host, timeout) from None
        raise Unreachable(host) from None
    finally:
        watchdog.cancel()
        conn.close()


def _too_large(host: str) -> KnownError:
    return KnownError(
        "The room pool server {host} sent an answer larger than {limit} MiB; it was not read.",
        host=host,
        limit=MAX_BODY // (1024 * 1024),
    )
