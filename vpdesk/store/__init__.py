"""The encrypted vault: key slots, connection and PRAGMAs, migrations, repositories, search, backup, audit."""
