"""Clients: pseudonyms are unique, numbered pseudonyms skip taken ones, and missing ids are clear errors."""

from __future__ import annotations

from datetime import date

import pytest

from vpdesk.domain.model import Case, Client
from vpdesk.errors import KnownError
from vpdesk.store.vault import Vault


def test_a_pseudonym_is_unique(vault: Vault) -> None:
    first = vault.clients.add(Client(pseudonym="Reiger"))
    assert first.id is not None and vault.clients.get(first.id) == first
    with pytest.raises(KnownError, match="already in use"):
        vault.clients.add(Client(pseudonym="Reiger"))
    assert vault.clients.by_pseudonym("Reiger") == first
    assert vault.clients.by_pseudonym("Fuut") is None


def test_a_missing_client_is_a_clear_error(vault: Vault) -> None:
    with pytest.raises(KnownError, match="no client 42"):
        vault.clients.get(42)


def test_the_next_numbered_pseudonym_skips_one_already_taken(vault: Vault) -> None:
    vault.clients.add(Client(pseudonym="M-0002"))  # chosen by hand before any numbered one
    assert vault.clients.next_pseudonym() == "M-0003"
    case = vault.cases.add(Case(categories=("oo",), opened=date(2026, 3, 1)))
    assert vault.clients.pseudonyms({case.id or 0}) == {case.id: "M-0003"}
    assert vault.clients.pseudonyms(set()) == {}


def test_a_case_for_an_existing_pseudonym_joins_that_client(vault: Vault) -> None:
    a = vault.cases.add(Case(categories=("oo",), opened=date(2026, 3, 1)), pseudonym="Reiger")
    b = vault.cases.add(Case(categories=("sv",), opened=date(2026, 3, 2)), pseudonym="Reiger")
    assert a.client_id == b.client_id
