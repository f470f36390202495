"""The SQLite store: schema and migrations, the single-writer repository, the integrity chain."""
