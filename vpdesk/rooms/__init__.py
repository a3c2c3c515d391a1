"""The room pool: one interface, a `local` backend (embedded default) and a `caldav` backend (shared server)."""
