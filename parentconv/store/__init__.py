"""Storage: the SQLite database, its tables and its migrations."""
