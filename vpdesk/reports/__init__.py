"""PDF, ODS and CSV writers, fed with domain objects, never with the store."""
