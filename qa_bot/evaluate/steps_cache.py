"""A file cache of the costly steps before the judge, so a bench re-asks its items in seconds.

Asking the 1,463 pooled items takes 2–5 minutes, nearly all of it in retrieval (encoding,
fusion) and in deciding exams. The judge's work — its features, the scope model's fit, the
verdict cuts, cross-validation — comes after those and is cheap. `cached_steps(path)` keeps
each `search.retrieve` result (by question, k and sections) and each `exam.score_choices` result
(by stem, choices and whether the stem is in scope) as the pipeline asks them, in a pickle file,
and serves them again on the next run; everything after them (sentences, value_first, the
judge, exam.verdict on the scoring) runs as usual. bench/cv.py and bench/verdicts.py take
`--features FILE`.

The cache is only valid for the code and index it was made with. It records a fingerprint:
the index's manifest, the retrieval and exam settings, and the source of every qa_bot module
except the judge's own (JUDGE_ONLY: a change there cannot alter what retrieval or an exam's
decision returns). A cache whose fingerprint differs is not used: it is rebuilt, and the files
that changed are named. A pickle runs code when read: read only a cache you made.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config

PACKAGE = Path(__file__).resolve().parent.parent
# Modules (relative to qa_bot/) that only the judge reads after retrieval and exam decisions:
# scope features, the model, its file and the benches' own code. Editing them leaves a cache
# valid. Everything else — answer_types/ included (search.py reads asked_type) — counts.
# The judge's package (qa_bot/scope/) is left out whole, as evaluate/ is.
JUDGE_ONLY_FOLDERS = ("scope/",)
JUDGE_ONLY = frozenset(
    {
        "scope_model.py",
        "scope_trees.py",
        "together.py",
        "details.py",
        # topic_words.absent_topics and its WordNet nouns: read by scope/features only (the
        # pipeline imports topic_words for warm_up's RUNNING_LOWER, which changes no result)
        "topic_words.py",
        "data/topic_nouns.json.gz",
        "data/scope_model.json",
    }
)
_SOURCE_SUFFIXES = (".py", ".json", ".gz", ".txt", ".tsv")
FORMAT = 1


def source_digests(package: Path = PACKAGE) -> dict[str, str]:
    """Relative path → sha256 of every source and data file of the package that can change a
    retrieval or an exam decision (JUDGE_ONLY and evaluate/ left out)."""
    digests = {}
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package).as_posix()
        if (
            not path.is_file()
            or not relative.endswith(_SOURCE_SUFFIXES)
            or relative in JUDGE_ONLY
            or relative.startswith(("evaluate/", "static/", "web/", *JUDGE_ONLY_FOLDERS))
            or "__pycache__" in relative
        ):
            continue
        digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def fingerprint(index_dir: Path, config: Config) -> dict[str, Any]:
    """What a cache was made with: the index manifest's digest, the retrieval and exam
    settings (their repr) and source_digests()."""
    manifest = Path(index_dir) / "manifest.json"
    index_digest = (
        hashlib.sha256(manifest.read_bytes()).hexdigest() if manifest.exists() else "none"
    )
    return {
        "format": FORMAT,
        "index": index_digest,
        "settings": repr((config.retrieval, config.exam)),
        "sources": source_digests(),
    }


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What differs between two fingerprints, as short phrases (empty: the same)."""
    said = [name for name in ("format", "index", "settings") if old.get(name) != new.get(name)]
    old_sources, new_sources = old.get("sources", {}), new.get("sources", {})
    said += sorted(
        name
        for name in set(old_sources) | set(new_sources)
        if old_sources.get(name) != new_sources.get(name)
    )
    return said


@dataclass
class StepsCache:
    """The cached steps and their fingerprint; hits/misses count this run's look-ups."""

    made_with: dict[str, Any]
    retrieve: dict[Any, Any] = field(default_factory=dict)
    scoring: dict[Any, Any] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0


def load(path: Path, made_with: dict[str, Any]) -> StepsCache:
    """The cache at path if it was made with the same fingerprint, else an empty one (and a
    line on stderr naming what changed)."""
    if path.exists():
        with path.open("rb") as handle:
            stored = pickle.load(handle)  # our own file (see the module's docstring)
        changed = differences(stored.made_with, made_with)
        if not changed:
            return StepsCache(made_with, stored.retrieve, stored.scoring)
        print(
            f"{path}: made with other code or settings ({', '.join(changed[:8])}"
            f"{' …' if len(changed) > 8 else ''}); asking again",
            file=sys.stderr,
        )
    return StepsCache(made_with)


@contextmanager
def cached(path: Path | None, index_dir: Path, config: Config) -> Iterator[StepsCache | None]:
    """cached_steps(path, …) when a path is given, else nothing cached (the benches' option
    --features is optional)."""
    if path is None:
        yield None
        return
    with cached_steps(path, index_dir, config) as cache:
        yield cache
        print(f"{path}: {cache.hits} steps served, {cache.misses} asked", file=sys.stderr)


@contextmanager
def cached_steps(path: Path, index_dir: Path, config: Config) -> Iterator[StepsCache]:
    """Within the block, qa_bot.pipeline's retrieve and score_choices are served from the cache
    file at path (made or refreshed on leaving the block, when anything was added). The
    pipeline has no hook for this; its two module names are swapped and put back."""
    from .. import pipeline

    cache = load(Path(path), fingerprint(index_dir, config))
    real_retrieve, real_score = pipeline.retrieve, pipeline.score_choices

    def retrieve(
        index: Any,
        question: str,
        k: int = 5,
        sections: Any = None,
        config: Any = None,
        searched_with: Any = (),
    ):
        key = (
            question,
            k,
            None if sections is None else tuple(sorted(sections)),
            repr(config),
            tuple(searched_with),
        )
        if key in cache.retrieve:
            cache.hits += 1
        else:
            cache.misses += 1
            cache.retrieve[key] = real_retrieve(
                index, question, k=k, sections=sections, config=config, searched_with=searched_with
            )
        return cache.retrieve[key]

    def score_choices(
        index: Any, question: str, choices: Any, sections: Any, vector: Any, **options: Any
    ):
        key = (
            question,
            tuple(choices),
            None if sections is None else tuple(sorted(sections)),
            options.get("stem_verdict", "answered"),
            repr(options.get("retrieval")),
        )
        if key in cache.scoring:
            cache.hits += 1
        else:
            cache.misses += 1
            cache.scoring[key] = real_score(index, question, choices, sections, vector, **options)
        return cache.scoring[key]

    pipeline.retrieve, pipeline.score_choices = retrieve, score_choices  # type: ignore[assignment]
    try:
        yield cache
    finally:
        pipeline.retrieve, pipeline.score_choices = real_retrieve, real_score
    if cache.misses:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        stored = StepsCache(cache.made_with, cache.retrieve, cache.scoring)
        # Written beside and renamed over: a run killed mid-write leaves the old cache whole.
        partial = Path(path).with_name(Path(path).name + ".partial")
        with partial.open("wb") as handle:
            pickle.dump(stored, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
