"""Values computed from an index on first use and kept with it: a typed, lazily built cache.

Each value is declared once, beside the code that computes it, as a `Derived` with a name and
a function of the index, and read with `.of(index)`:

    VOCABULARY_TEXT = Derived("vocabulary text", lambda index: "\\n".join(vocabulary(index)))
    text: str = VOCABULARY_TEXT.of(index)

The key is the `Derived` object itself (not a string two modules could both write), and its
type parameter says what `.of` returns. Building never changes the index; two threads asking at
once may both build, and the first value stored is the one kept (every build gives an equal
value).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .load import Index

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Derived(Generic[T]):
    """A value of type T derived from an index: `name` for people, `build(index) -> T`."""

    name: str
    build: Callable[[Index], T]

    def of(self, index: Index) -> T:
        """The value for this index, built on first use."""
        cache: dict[Derived[Any], Any] = index.derived
        try:
            return cache[self]
        except KeyError:
            return cache.setdefault(self, self.build(index))
