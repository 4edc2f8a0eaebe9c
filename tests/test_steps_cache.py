"""bench/cv.py --features: retrievals and exam decisions kept in a file and served again."""

from __future__ import annotations

from pathlib import Path

from qa_bot import pipeline
from qa_bot.config import DEFAULT
from qa_bot.evaluate.steps_cache import cached_steps, differences, fingerprint, source_digests


def test_the_fingerprint_leaves_out_the_judges_own_files() -> None:
    digests = source_digests()
    assert "search.py" in digests and "answer_types/asked.py" in digests  # retrieval reads them
    for judge_only in (
        "scope/features.py",
        "scope_model.py",
        "together.py",
        "topic_words.py",
        "data/topic_nouns.json.gz",
        "data/scope_model.json",
    ):
        assert judge_only not in digests
    assert not any(name.startswith("evaluate/") for name in digests)


def test_topic_words_is_read_by_the_judge_alone() -> None:
    # JUDGE_ONLY holds topic_words.py: outside the judge's package only warm_up may import it,
    # for a table that changes no result (RUNNING_LOWER).
    package = Path(pipeline.__file__).parent
    for path in package.rglob("*.py"):
        relative = path.relative_to(package).as_posix()
        if relative.startswith("scope/") or relative == "topic_words.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if "topic_words import" in line:
                assert (relative, line.split("import", 1)[1].strip()) == (
                    "pipeline.py",
                    "RUNNING_LOWER",
                )


def test_differences_name_what_changed() -> None:
    old = {"format": 1, "index": "a", "settings": "s", "sources": {"search.py": "1", "x.py": "2"}}
    assert differences(old, old) == []
    new = {**old, "index": "b", "sources": {"search.py": "9", "y.py": "3"}}
    assert differences(old, new) == ["index", "search.py", "x.py", "y.py"]


def test_a_cached_retrieval_is_served_from_the_file(bot, tmp_path: Path) -> None:
    path = tmp_path / "steps.pkl"
    from .conftest import INDEX_DIR as index_dir

    with cached_steps(path, index_dir, DEFAULT) as cache:
        first = bot.ask("SAMCA จัดขึ้นเมื่อไร")
        assert cache.misses >= 1 and cache.hits == 0
    assert path.exists()
    real = pipeline.retrieve
    with cached_steps(path, index_dir, DEFAULT) as cache:
        again = bot.ask("SAMCA จัดขึ้นเมื่อไร")
        assert cache.misses == 0 and cache.hits >= 1
    assert pipeline.retrieve is real  # put back on leaving
    assert again.verdict == first.verdict
    assert [h.answer_sentence for h in again.hits] == [h.answer_sentence for h in first.hits]
    assert fingerprint(index_dir, DEFAULT)["sources"] == source_digests()


def test_a_stem_searched_with_its_choices_is_served_by_its_choices(bot, tmp_path: Path) -> None:
    path = tmp_path / "steps.pkl"
    from .conftest import INDEX_DIR as index_dir

    stem = "ข้อใดถูกต้อง"  # names nothing: searched with its choices (pipeline.ask)
    one, other = ["AQRF คือกรอบอ้างอิงคุณวุฒิอาเซียน", "อาเซียนมี 5 ประเทศ"], ["SAMCA", "AMCA"]
    with cached_steps(path, index_dir, DEFAULT):
        first = bot.ask(stem, choices=one)
    with cached_steps(path, index_dir, DEFAULT) as cache:
        assert bot.ask(stem, choices=one).hits == first.hits
        assert cache.misses == 0
        bot.ask(stem, choices=other)  # other choices: another search
        assert cache.misses >= 1
