"""Values derived from an index: typed keys, built once, kept with the index."""

from __future__ import annotations

from qa_bot.store import Derived


class _FakeIndex:
    def __init__(self) -> None:
        self.derived: dict = {}
        self.passages = ["a", "bb", "ccc"]


def test_a_derived_value_is_built_once_per_index_and_kept_with_it() -> None:
    calls = []

    def build(index) -> int:
        calls.append(index)
        return sum(len(p) for p in index.passages)

    total: Derived[int] = Derived("letters", build)
    first, second = _FakeIndex(), _FakeIndex()
    assert total.of(first) == 6 and total.of(first) == 6
    assert calls == [first]  # built once
    assert total.of(second) == 6 and calls == [first, second]  # each index its own
    assert first.derived == {total: 6}  # the key is the declaration itself


def test_two_declarations_with_one_name_do_not_share_a_value() -> None:
    index = _FakeIndex()
    one: Derived[str] = Derived("same name", lambda index: "one")
    other: Derived[str] = Derived("same name", lambda index: "other")
    assert (one.of(index), other.of(index)) == ("one", "other")
