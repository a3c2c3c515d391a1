"""Anonymised statistics between adviser and coordinator: canonical JSON, Ed25519 signature, age encryption."""
