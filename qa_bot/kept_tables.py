"""Start-up tables handed in from a cache instead of being built again (warm_tables.py).

Some tables are built once a process from files that change only with a new package or data
file (the Thai WordNet's synsets, the dictionary's word families, the Thai National Corpus's
counts): a second or more of every start. warm_tables reads them from a cache beside the index
and hands each in here before it is first asked for; the function that builds the table takes
the handed value instead (`handed`), once, and keeps it as it keeps what it builds.
"""

from __future__ import annotations

_HANDED: dict[str, object] = {}


def hand(name: str, value: object) -> None:
    """Give the table `name` the value read from the cache."""
    _HANDED[name] = value


def handed(name: str) -> object | None:
    """The value handed in for the table `name`, or None (build it); taken once."""
    return _HANDED.pop(name, None)
