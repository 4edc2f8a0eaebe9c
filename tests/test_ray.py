"""Building on Ray (qa_bot/distributed/): the same index as one process builds, the embedding
cache honoured, a worker killed mid-build retried, a failed build leaving the index in place.

The tests start one local Ray (2 CPUs) for the module and stop it at the end. Stand-in models
(a vector per text from its hash) keep them quick where the model is not the point; one test
uses the real bundled model.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from qa_bot.corpus.documents import indexed_text
from qa_bot.distributed.cluster import RayBuildError
from qa_bot.distributed.driver import build_index_on_ray
from qa_bot.distributed.options import RayOptions
from qa_bot.distributed.stages import SplitCorpus, missing_texts
from qa_bot.errors import CorpusError
from qa_bot.store import EMBEDDINGS, build_index, load_index
from qa_bot.text import embedding_text

from .conftest import CORPUS_DIR, INDEX_DIR, ROOT, SHARED_DEV
from .test_multidoc import HashEmbedder  # a stand-in model: a fixed unit vector per text

ray = pytest.importorskip("ray", reason="the Ray extra: pip install 'thai-qa-bot[ray]'")

HANDOUT = ROOT / "tests" / "fixtures" / "science_camp_handout.th.md"
EXTRA_DOC = """# บันทึกการประชุม

## วาระที่ 1 (Agenda 1)

ที่ประชุมรับทราบผลการดำเนินงานของคณะทำงานด้านการศึกษา ซึ่งได้จัดการอบรมครูจำนวนสามรุ่นในปีที่ผ่านมา

## วาระที่ 2 (Agenda 2)

ที่ประชุมมีมติให้จัดการประชุมครั้งต่อไปในเดือนมีนาคม โดยให้ฝ่ายเลขานุการเตรียมเอกสารล่วงหน้า
"""


class CountingEmbedder(HashEmbedder):
    """Records, in a file every worker appends to, each text it is asked to embed."""

    def __init__(self, log: str) -> None:
        super().__init__()
        self.log = log

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        with open(self.log, "a", encoding="utf-8") as handle:
            handle.write("".join(text.replace("\n", " ") + "\n" for text in texts))
        return self._vectors(texts)


class LifeLoggingEmbedder(HashEmbedder):
    """Logs each model load and each encoder call, with the worker's process id."""

    def __init__(self, log: str) -> None:
        super().__init__()
        self.log = log
        self._write("load")

    def _write(self, event: str) -> None:
        with open(self.log, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {os.getpid()}\n")

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self._write("encode")
        return self._vectors(texts)


class KillOnceEmbedder(HashEmbedder):
    """The first worker to reach its second batch is killed (SIGKILL), once in the build."""

    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker, self.calls = marker, 0

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == 2:
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                pass
            else:
                os.kill(os.getpid(), signal.SIGKILL)
        return self._vectors(texts)


class GpuRecordingEmbedder(HashEmbedder):
    """Records, per worker process, the GPUs Ray gave it."""

    def __init__(self, log: str) -> None:
        super().__init__()
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {ray.get_gpu_ids()}\n")


class AlwaysKilledEmbedder(HashEmbedder):
    """Every worker dies on its first batch: the build can only fail."""

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        os.kill(os.getpid(), signal.SIGKILL)
        raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def local_ray():
    # Workers import the stand-ins above from this package, so they need the repository root.
    saved = os.environ.get("PYTHONPATH")
    paths = [str(ROOT), *filter(None, (saved or "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    # One logical GPU (Ray schedules by declared resources), to see --ray-gpus-per-worker
    # reach the workers on a machine without one.
    ray.init(
        num_cpus=2, num_gpus=1, include_dashboard=False, log_to_driver=False, logging_level="ERROR"
    )
    try:
        yield ray
    finally:
        ray.shutdown()
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, folder)
    shutil.copy(HANDOUT, folder / HANDOUT.name)
    (folder / "meeting.md").write_text(EXTRA_DOC, encoding="utf-8")
    (folder / "meeting copy.md").write_text(EXTRA_DOC, encoding="utf-8")  # skipped, named
    return folder


def _files(index_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(index_dir)): p.read_bytes() for p in index_dir.rglob("*") if p.is_file()
    }


def _bm25_scores(index, word: str) -> np.ndarray:
    return index.bm25.get_scores_from_ids(index.bm25.get_tokens_ids([word]))


def assert_same_index(ray_index, one_index, same_cache_use: bool = True) -> None:
    """The same documents, passages, sentences, BM25 statistics; vectors within tolerance."""
    assert ray_index.documents == one_index.documents
    assert ray_index.passages == one_index.passages
    keys = ("corpus", "skipped_duplicates", "embedder", "settings", "passage_count")
    for key in (*keys, "sentence_count", "dense_kind"):
        assert getattr(ray_index.manifest, key) == getattr(one_index.manifest, key), key
    assert ray_index.manifest.embedding_cache == one_index.manifest.embedding_cache
    if same_cache_use:  # what was encoded and what was reused
        assert ray_index.build_stats == one_index.build_stats
    # bm25s numbers its vocabulary in set order: compare words, then every word's scores.
    words = sorted(one_index.bm25.vocab_dict)
    assert sorted(ray_index.bm25.vocab_dict) == words
    for word in words[1:] if words[:1] == [""] else words:  # "" is bm25s's padding, unscored
        np.testing.assert_allclose(_bm25_scores(ray_index, word), _bm25_scores(one_index, word))
    ids = np.arange(len(one_index.passages), dtype=np.int64)
    np.testing.assert_allclose(
        ray_index.dense.reconstruct_batch(ids), one_index.dense.reconstruct_batch(ids), atol=1e-5
    )
    np.testing.assert_allclose(ray_index.sentence_vectors, one_index.sentence_vectors, atol=1e-5)
    ray_cache = np.load(ray_index.directory / EMBEDDINGS)
    one_cache = np.load(one_index.directory / EMBEDDINGS)
    assert ray_cache["keys"].tolist() == one_cache["keys"].tolist()


def test_two_workers_build_the_same_index_as_one_process(local_ray, corpus, tmp_path) -> None:
    one = build_index(corpus, tmp_path / "one", embedder=HashEmbedder())
    seen: list[tuple[str, int, int]] = []
    on_ray = build_index_on_ray(
        corpus,
        tmp_path / "ray",
        options=RayOptions(workers=2, batch_size=4),
        embedder_factory=HashEmbedder,
        progress=lambda stage, done, total: seen.append((stage, done, total)),
    )
    assert len(on_ray.documents) == 3 and len(on_ray.passages) > 25
    assert [entry.doc_id for entry in on_ray.manifest.skipped_duplicates] == ["meeting.md"]
    assert_same_index(on_ray, one)
    # One bar, over passages, that ends full.
    assert {stage for stage, _, _ in seen} == {"passages"}
    assert seen[-1] == ("passages", len(one.passages), len(one.passages))
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)


def test_only_texts_missing_from_the_cache_go_to_the_workers(local_ray, corpus, tmp_path) -> None:
    index_dir = tmp_path / "index"
    (tmp_path / "aside").mkdir()
    (corpus / "meeting copy.md").unlink()
    shutil.move(corpus / "meeting.md", tmp_path / "aside" / "meeting.md")
    first = build_index(corpus, index_dir, embedder=HashEmbedder())
    shutil.move(tmp_path / "aside" / "meeting.md", corpus / "meeting.md")

    log = tmp_path / "encoded.txt"
    factory = functools.partial(CountingEmbedder, str(log))
    on_ray = build_index_on_ray(
        corpus, index_dir, options=RayOptions(workers=2, batch_size=2), embedder_factory=factory
    )
    encoded = log.read_text(encoding="utf-8").splitlines()
    new_doc = [p for p in on_ray.passages if p.doc_id == "meeting.md"]
    # A passage is encoded as indexed (its document's title and section labels first).
    expected = {embedding_text(indexed_text(p)) for p in new_doc} | {
        embedding_text(p.source[a:b]) for p in new_doc for a, b in p.sentences
    }
    assert 0 < len(encoded) == len(set(encoded)) <= len(expected)  # each text once, no more
    assert on_ray.build_stats["encoded"] == len(encoded)
    assert on_ray.build_stats["reused"] == first.manifest.embedding_cache.entries
    # What the workers returned is in the cache: nothing more to encode the next time.
    log.unlink()
    again = build_index_on_ray(corpus, index_dir, embedder_factory=factory)
    assert not log.exists()
    assert again.build_stats["encoded"] == 0
    one = build_index(corpus, tmp_path / "one", embedder=HashEmbedder())
    assert_same_index(again, one, same_cache_use=False)


def test_each_worker_loads_the_model_once(local_ray, corpus, tmp_path) -> None:
    log = tmp_path / "life.txt"
    build_index_on_ray(
        corpus,
        tmp_path / "ray",
        options=RayOptions(workers=2, batch_size=2),
        embedder_factory=functools.partial(LifeLoggingEmbedder, str(log)),
    )
    events = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    loads = [pid for event, pid in events if event == "load"]
    encoders = {pid for event, pid in events if event == "encode"}
    calls = sum(event == "encode" for event, _ in events)
    # Once to describe the model (a task), once in each of the two workers, whatever the
    # number of batches.
    assert len(encoders) == 2 and calls >= 10
    assert len(loads) == 3 and set(loads) > encoders and len(set(loads)) == 3


def test_rows_for_the_workers_hold_each_missing_text_once() -> None:
    corpus = SplitCorpus(
        [],
        [],
        [],
        texts=[["p0", "s", "t"], ["p1", "s"], ["p2"]],
        keys=[["a", "b", "c"], ["d", "b"], ["e"]],
    )
    rows = missing_texts(corpus, {"c": np.zeros(2), "e": np.zeros(2)})
    assert rows == [
        {"row": 0, "texts": ["p0", "s"], "keys": ["a", "b"]},
        {"row": 1, "texts": ["p1"], "keys": ["d"]},
    ]


def test_a_worker_killed_mid_build_is_retried(local_ray, corpus, tmp_path) -> None:
    marker = tmp_path / "killed"
    on_ray = build_index_on_ray(
        corpus,
        tmp_path / "ray",
        options=RayOptions(workers=2, batch_size=2),
        embedder_factory=functools.partial(KillOnceEmbedder, str(marker)),
    )
    assert marker.exists()  # a worker did die
    assert_same_index(on_ray, build_index(corpus, tmp_path / "one", embedder=HashEmbedder()))


def test_a_failed_build_leaves_the_previous_index_in_place(local_ray, corpus, tmp_path) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(INDEX_DIR, index_dir)
    before = _files(index_dir)
    with pytest.raises(RayBuildError) as error:
        build_index_on_ray(
            corpus,
            index_dir,
            options=RayOptions(workers=1, max_restarts=1),
            embedder_factory=AlwaysKilledEmbedder,
        )
    assert "previous index is unchanged" in error.value.message_en
    assert "ดัชนีเดิม" in error.value.message_th
    assert _files(index_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "index"]
    load_index(index_dir, corpus_dir=CORPUS_DIR)


def test_an_unreadable_document_is_refused_as_without_ray(local_ray, corpus, tmp_path) -> None:
    (corpus / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    with pytest.raises(CorpusError) as without:
        build_index(corpus, tmp_path / "one", embedder=HashEmbedder())
    with pytest.raises(CorpusError) as with_ray:
        build_index_on_ray(corpus, tmp_path / "ray", embedder_factory=HashEmbedder)
    assert with_ray.value.message_en == without.value.message_en
    assert with_ray.value.message_th == without.value.message_th
    assert not (tmp_path / "ray").exists()


def test_every_unreadable_document_is_named_as_without_ray(local_ray, corpus, tmp_path) -> None:
    (corpus / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    (corpus / "zero.md").write_bytes(b"\x00\x01binary")
    with pytest.raises(CorpusError) as without:
        build_index(corpus, tmp_path / "one", embedder=HashEmbedder())
    with pytest.raises(CorpusError) as with_ray:
        build_index_on_ray(corpus, tmp_path / "ray", embedder_factory=HashEmbedder)
    assert "latin1.txt" in with_ray.value.message_en and "zero.md" in with_ray.value.message_en
    assert with_ray.value.message_en == without.value.message_en
    assert with_ray.value.message_th == without.value.message_th
    assert not (tmp_path / "ray").exists()


def test_the_real_model_on_ray_builds_and_answers_as_one_process(local_ray, tmp_path) -> None:
    """The bundled model on two workers: the same index as a single-process build on this
    machine, and every dev question answered the same way."""
    import json

    from qa_bot import QABot

    on_ray = build_index_on_ray(CORPUS_DIR, tmp_path / "ray", options=RayOptions(workers=2))
    one = build_index(CORPUS_DIR, tmp_path / "one")
    assert_same_index(on_ray, one)
    ray_bot, one_bot = QABot.load(tmp_path / "ray"), QABot.load(tmp_path / "one")
    lines = SHARED_DEV.read_text("utf-8").splitlines()
    for question in [json.loads(line)["question"] for line in lines]:
        a, b = ray_bot.ask(question, k=3), one_bot.ask(question, k=3)
        assert a.answerable == b.answerable, question
        assert [(h.document, h.start, h.answer_start, round(h.score, 5)) for h in a.hits] == [
            (h.document, h.start, h.answer_start, round(h.score, 5)) for h in b.hits
        ], question


def test_gpus_per_worker_reach_the_workers(local_ray, corpus, tmp_path) -> None:
    log = tmp_path / "gpus.txt"
    build_index_on_ray(
        corpus,
        tmp_path / "ray",
        options=RayOptions(gpus_per_worker=0.5, cpus_per_worker=0.5),
        embedder_factory=functools.partial(GpuRecordingEmbedder, str(log)),
    )
    # One logical GPU shared by halves: every encoder worker holds GPU 0 (the model-describing
    # task, without a GPU, records []). How many of the pool's workers start before a corpus
    # this small is encoded is Ray's scheduling (a fresh-clone CI run saw one of two start,
    # the module's Ray busy with earlier tests): the pool's size is asserted below instead.
    records = [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()]
    assert "[]" in records
    held = [gpus for gpus in records if gpus != "[]"]
    assert held and set(held) == {"[0]"}


def test_the_pool_has_as_many_workers_as_gpus_allow() -> None:
    """GPUs / GPUs per worker by default (one GPU shared by halves: two), else CPUs / CPUs per
    worker, at least one; an explicit count wins."""
    from qa_bot.distributed.driver import _encoder_workers

    class Cluster:
        def __init__(self, resources: dict[str, float]) -> None:
            self.resources = resources

        def cluster_resources(self) -> dict[str, float]:
            return self.resources

    gpu = Cluster({"CPU": 2.0, "GPU": 1.0})
    assert _encoder_workers(gpu, RayOptions(gpus_per_worker=0.5, cpus_per_worker=0.5)) == 2
    assert _encoder_workers(gpu, RayOptions(gpus_per_worker=1.0)) == 1
    assert _encoder_workers(Cluster({"CPU": 8.0}), RayOptions(cpus_per_worker=2.0)) == 4
    assert _encoder_workers(Cluster({"CPU": 1.0}), RayOptions(cpus_per_worker=2.0)) == 1
    assert _encoder_workers(gpu, RayOptions(workers=3, gpus_per_worker=0.5)) == 3


def test_a_gpu_worker_loads_a_sentence_transformers_model_on_its_gpu(monkeypatch) -> None:
    import qa_bot.distributed.stages as stages

    loaded: list[tuple[str, dict]] = []
    monkeypatch.setattr(
        stages, "load_embedder", lambda name, **options: loaded.append((name, options))
    )
    stages.Encoder("st:/models/e5", gpu=True)
    stages.Encoder("st:/models/e5")
    stages.Encoder("e5-small-q4", gpu=True)  # the bundled model runs on CPUs
    assert loaded == [
        ("st:/models/e5", {"device": "cuda"}),
        ("st:/models/e5", {}),
        ("e5-small-q4", {}),
    ]


def test_the_command_line_options() -> None:
    from qa_bot.cli import build_parser
    from qa_bot.distributed.options import DEFAULT_BATCH_SIZE, ray_options

    parser = build_parser()
    assert ray_options(parser.parse_args(["build"])) is None
    assert ray_options(parser.parse_args(["build", "--ray"])) == RayOptions()
    argv = ["build", "--ray", "ray://head:10001", "--ray-workers", "8", "--ray-batch-size", "32"]
    assert ray_options(parser.parse_args([*argv, "--ray-gpus-per-worker", "1"])) == RayOptions(
        address="ray://head:10001", workers=8, gpus_per_worker=1, batch_size=32
    )
    assert RayOptions().batch_size == DEFAULT_BATCH_SIZE
    for bad in (["--ray-workers", "0"], ["--ray-gpus-per-worker", "-1"], ["--ray-batch-size", "x"]):
        with pytest.raises(SystemExit) as error:
            parser.parse_args(["build", "--ray", *bad])
        assert error.value.code == 2


def test_qa_bot_build_and_add_ray_on_the_command_line(local_ray, tmp_path, capsys) -> None:
    """`qa-bot build --ray`, then `qa-bot add --ray`, with the real model (a running Ray is
    used as it is); each answers from its documents, and add encodes only the new one."""
    import json

    from qa_bot.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "meeting.md").write_text(EXTRA_DOC, encoding="utf-8")
    # Two documents from the start: a second one re-titles a lone document's passages
    # (corpus.documents.indexed_texts), which add would then encode again.
    (corpus / "notice.md").write_text("# ประกาศ\n\nห้องสมุดปิดวันเสาร์\n", encoding="utf-8")
    paths = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    ray_args = ["--ray", "--ray-workers", "2", "--quiet"]
    assert main(["build", *ray_args, *paths]) == 0
    assert "index built" in capsys.readouterr().out
    before = load_index(tmp_path / "index").manifest.embedding_cache.entries
    assert main(["add", str(HANDOUT), *ray_args, *paths]) == 0
    assert f"reused {before}" in capsys.readouterr().out
    for question, document in (
        ("ที่ประชุมมีมติให้จัดการประชุมครั้งต่อไปเมื่อใด", "meeting.md"),
        ("ค่ายวิทยาศาสตร์จัดขึ้นวันที่เท่าไร", HANDOUT.name),
    ):
        assert main(["ask", question, "--json", *paths]) == 0
        assert json.loads(capsys.readouterr().out)["hits"][0]["document"] == document


def test_a_cluster_nobody_answers_at_is_reported_at_once(tmp_path, capsys) -> None:
    from qa_bot.cli import main

    from .test_exposure import free_port

    address = f"127.0.0.1:{free_port()}"  # nothing listens there any more
    paths = ["--corpus", str(CORPUS_DIR), "--index", str(tmp_path / "index")]
    assert main(["build", "--ray", address, "--quiet", *paths]) == 1
    message = capsys.readouterr().err
    assert f"no Ray cluster answers at {address}" in message
    assert "ดัชนีเดิมยังอยู่ครบ" in message
    assert not (tmp_path / "index").exists()


def test_ray_imports_after_the_server_marked_ipython_absent() -> None:
    # serve() sets sys.modules["IPython"] = None to import Gradio faster; ray.data then took any
    # "IPython" entry for a notebook and failed, so every Ray test after a server test failed.
    code = (
        "import sys; sys.modules['IPython'] = None\n"
        "from qa_bot.distributed.cluster import import_ray\n"
        "ray = import_ray(); import ray.data; print('ok')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")
