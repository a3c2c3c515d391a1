"""Pure domain code: no Qt, no SQL, no files, no clock."""
