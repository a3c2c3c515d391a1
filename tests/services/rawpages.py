"""Decrypt every page of a SQLCipher 4 database file and its WAL with the raw key, for marker searches.

SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes at each page's end (16-byte IV, then the HMAC),
AES-256-CBC over the rest; page 1 begins with the 16-byte salt, which is not encrypted. With a raw key the key
encrypts the pages directly. The -shm file is not encrypted (a hash table of page numbers): searched as it is.
"""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    return [_decrypt(data[i : i + PAGE], key, i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    if not path.exists():
        return []
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        (number,) = struct.unpack(">I", data[offset : offset + 4])
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        pages.append(_decrypt(page, key, number == 1))
        offset += FRAME_HEADER + PAGE
    return pages


def files_holding(db: Path, key: bytes, marker: bytes) -> list[str]:
    """Which of vault.db, -wal and -shm hold ``marker`` once decrypted (the -shm as it is); also in UTF-16."""
    variants = (marker, marker.decode().encode("utf-16-le"), marker.lower(), marker.upper())
    found = []
    if any(v in p for p in database_pages(db, key) for v in variants):
        found.append(db.name)
    wal = db.with_name(db.name + "-wal")
    if any(v in p for p in wal_pages(wal, key) for v in variants):
        found.append(wal.name)
    shm = db.with_name(db.name + "-shm")
    if shm.exists() and any(v in shm.read_bytes() for v in variants):
        found.append(shm.name)
    return found
