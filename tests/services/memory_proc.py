"""Test-only child process (issue 15 point 10): how many copies of a marker note stay in this process's memory
after the vault is locked. Prints one JSON line: {"open": N, "locked": M}.

The marker is made here at random and never kept whole once written: the search pattern is a regex with every
character in its own class ([Q][Z]...), so the needle itself is not a copy. Memory is read through
/proc/self/mem region by region (/proc/self/maps), into one buffer whose own range is skipped.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import re
import secrets
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from vpdesk.domain.model import Case, Conversation, SearchHit
from vpdesk.hardening import harden_process
from vpdesk.services.session import Session
from vpdesk.store.keyslots import Argon2Params
from vpdesk.store.repositories import Repositories

PASSPHRASE = "correct horse battery staple"
CHUNK = 1 << 20
_buffer = bytearray(CHUNK + 4096)
_view = memoryview(_buffer)
_start = ctypes.addressof((ctypes.c_char * len(_buffer)).from_buffer(_buffer))
_own = (_start, _start + len(_buffer))


def _regions() -> list[tuple[int, int]]:
    out = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        span, perms = fields[0], fields[1]
        name = fields[5] if len(fields) > 5 else ""
        if not perms.startswith("r") or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        low, high = (int(x, 16) for x in span.split("-"))
        out.append((low, high))
    return out


def count(pattern: re.Pattern[bytes]) -> int:
    found = 0
    fd = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for low, high in _regions():
            at = low
            while at < high:
                size = min(CHUNK, high - at)
                if at < _own[1] and at + size > _own[0]:  # the buffer we read into: not a copy of ours
                    at += size
                    continue
                try:
                    got = os.preadv(fd, [_view[:size]], at)
                except OSError:
                    got = 0
                found += len(pattern.findall(_view[:got]))
                at += size
    finally:
        os.close(fd)
    return found


def main(home: Path, notes: int, mode: str) -> None:
    if mode != "plain":
        harden_process(wipe_database_memory=mode == "wiped")  # what `vpdesk` does first thing
    marker = "QZX" + secrets.token_hex(8).upper()
    pattern = re.compile("".join(f"[{c}]" for c in marker).encode())
    session = Session(home)
    session.create(PASSPHRASE, "", params=Argon2Params(8192, 1, 1))  # a fast KDF: memory is measured, not time
    case = session.write(lambda r: r.cases.add(Case(categories=("oo",), opened=date(2026, 3, 1))))
    assert case.id is not None
    case_id = case.id

    def add(text: str) -> Callable[[Repositories], Conversation]:
        return lambda r: r.conversations.add(Conversation(case_id, datetime(2026, 3, 2, 10), notes=text))

    def search(query: str) -> Callable[[Repositories], list[SearchHit]]:
        return lambda r: r.search.notes(query)

    for i in range(notes):
        session.write(add(f"Gesprek {i}: melder vertelt over {marker} en de afdeling."))
    hits = session.reader.run(search(marker))  # read back as the desk does: search and view
    shown = session.reader.run(lambda r: [c.notes for c in r.conversations.for_case(case_id)])
    assert len(hits) == notes and len(shown) == notes
    del hits, shown, marker, case
    gc.collect()
    opened = count(pattern)
    session.lock()
    gc.collect()
    print(json.dumps({"open": opened, "locked": count(pattern)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
