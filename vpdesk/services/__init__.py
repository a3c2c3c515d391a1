"""Use cases that compose domain, store, rooms, exchange and reports."""
