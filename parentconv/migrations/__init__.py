"""Alembic migrations of the store, shipped inside the package and run at start.

``REVISIONS`` lists them oldest first, so that a start with nothing to migrate knows the head
without loading alembic (``tests/test_store.py`` checks it against the scripts in
``versions/``). Add the revision of every new migration at the end.
"""

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
)
