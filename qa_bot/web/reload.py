"""Follow the index: a running server answers from the build that `qa-bot add`, `remove` or
`build` swapped in, without a restart and without dropping or failing a question.

A build is moved into place with one atomic rename (qa_bot.store.atomic.replace_directory), so the
index folder always holds one whole build; what can go wrong is a load that reads the manifest
of one build and files of the next (a false "checksum mismatch — rebuild", issue #15: 2 loads
in 5,000). `load_stable` loads, and loads again when the manifest changed meanwhile.

`IndexFollower` checks the manifest every `interval_s` (a stat and a read of a few KB); when it
changed, it loads the new build beside the one in use (questions go on meanwhile), answers one
question with it, and hands it over (`on_swap`) between questions: a question that has started
finishes on the bot it started with. What it did goes to the log, and to the operator's
terminal through `report`. The old index is dropped when its last question is done; while
both are in memory the process holds two indexes (+~30 MiB on the bundled one).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import DEFAULT, Config
from ..errors import IndexLoadError

if TYPE_CHECKING:
    from .. import QABot

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"  # the name qa_bot.store writes; read here without importing FAISS
# Checked once a second: an added document is answered "within a few seconds" of its build.
FOLLOW_INTERVAL_S = 1.0
LOAD_ATTEMPTS = 5


def manifest_signature(index_dir: Path) -> str | None:
    """sha256 of the index's manifest (which names every file's sha256): a new build, a new
    signature. None when there is no manifest to read (no index, or a build mid-swap elsewhere
    than Linux)."""
    try:
        return hashlib.sha256((Path(index_dir) / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return None


def build_identity(index_dir: Path) -> tuple[str | None, int, int, int] | None:
    """Which build the folder holds: its manifest's signature and the folder's inode and
    times. Every build is a new folder renamed into place, so a swap changes the identity even
    back to an equal manifest (A → B → A during one load)."""
    try:
        folder = Path(index_dir).stat()
    except OSError:
        return None
    return (manifest_signature(index_dir), folder.st_ino, folder.st_mtime_ns, folder.st_ctime_ns)


def load_stable(
    index_dir: str | Path,
    corpus_dir: str | Path | None = None,
    attempts: int = LOAD_ATTEMPTS,
    pause_s: float = 0.05,
    config: Config = DEFAULT,
) -> tuple[QABot, str | None]:
    """Load the index as one build: again (up to `attempts` times) when another build was
    swapped in while loading, so that it is neither mixed with the old one nor reported as
    damaged. Returns the bot (asking with config) and the manifest signature it was loaded
    from.

    Raises IndexLoadError when the index itself is wrong (as QABot.load does).
    """
    from .. import QABot

    index_dir = Path(index_dir)
    last_error: IndexLoadError | None = None
    for _ in range(attempts):
        before = build_identity(index_dir)
        try:
            bot = QABot.load(index_dir, corpus_dir=corpus_dir, config=config)
        except IndexLoadError as error:
            if build_identity(index_dir) == before:
                raise  # the same build both times: the error is real
            last_error = error
        else:
            if before is not None and build_identity(index_dir) == before:
                return bot, before[0]
        log.info("the index at %s changed while it was loading: loading it again", index_dir)
        time.sleep(pause_s)
    assert last_error is not None or attempts > 0
    if last_error is not None:
        raise last_error
    raise IndexLoadError(
        f"ดัชนีที่ {index_dir} เปลี่ยนอยู่ตลอดระหว่างโหลด ลองใหม่อีกครั้ง",
        f"the index at {index_dir} kept changing while it was loading; try again",
    )


def _summary(bot: QABot) -> tuple[str, str]:
    documents = len(bot.index.documents)
    passages = len(bot.index.passages)
    # The manifest holds no build time (equal input, equal files): its file's time is it.
    try:
        stamp = (Path(bot.index.directory) / MANIFEST).stat().st_mtime
        built = datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")
    except OSError:
        built = "?"
    return (
        f"{documents} เอกสาร {passages} ข้อความ สร้างเมื่อ {built}",
        f"{documents} document{'s' * (documents != 1)}, {passages} passages, built {built}",
    )


class IndexFollower:
    """Watches an index folder and swaps each new build in (see the module doc).

    on_swap(bot) is called with the new, warmed-up bot; it must make the next questions use it
    (one assignment). report(message) tells the operator (default: the log); on_stale(), when
    given, is called when a new build would not load, so that the page can say its answers
    come from the previous one. corpus_dir None: each build is checked against the folder its
    own manifest records (a `qa-bot build --corpus OTHER` of the same index is followed);
    given, against that folder.
    """

    def __init__(
        self,
        index_dir: str | Path,
        bot: QABot,
        on_swap: Callable[[QABot], None],
        corpus_dir: str | Path | None = None,
        interval_s: float = FOLLOW_INTERVAL_S,
        report: Callable[[str], None] | None = None,
        signature: str | None = None,
        on_stale: Callable[[], None] | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.on_stale = on_stale
        self.corpus_dir = corpus_dir
        self.bot = bot
        self.on_swap = on_swap
        self.interval_s = interval_s
        self.report = report or log.warning
        self.signature = signature if signature is not None else manifest_signature(self.index_dir)
        self.swaps = 0
        self._failed_for: str | None = None  # a build that would not load: said once
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> bool:
        """One look at the index folder; True when a new build was swapped in."""
        current = manifest_signature(self.index_dir)
        if current is None or current == self.signature or current == self._failed_for:
            return False
        started = time.perf_counter()
        try:
            corpus = self.corpus_dir
            if corpus is None:  # the folder this build was made from (FRESH16a K6: a rebuild
                # from another folder was checked against the first one's and never loaded)
                from ..store.manifest import default_corpus

                recorded = default_corpus(self.index_dir)
                corpus = recorded if recorded.is_dir() else None
            # A new build is asked with the settings of the one it replaces.
            bot, loaded = load_stable(self.index_dir, corpus, config=self.bot.config)
            bot.warm_up()  # the first question on the new build does not wait
        except Exception as error:  # whatever it is, the index in use stays
            self._failed_for = current
            message = getattr(error, "message_en", None) or f"{type(error).__name__}: {error}"
            message_th = getattr(error, "message_th", "")
            log.debug("loading the new index failed", exc_info=True)
            self.report(
                f"โหลดดัชนีใหม่ที่ {self.index_dir} ไม่ได้ ยังตอบจากดัชนีเดิม ({message_th}) / "
                f"could not load the new index at {self.index_dir}: still answering from the "
                f"previous one ({message})"
            )
            if self.on_stale is not None:
                self.on_stale()
            return False
        self.on_swap(bot)
        self.bot, self.signature, self._failed_for = bot, loaded or current, None
        self.swaps += 1
        thai, english = _summary(bot)
        seconds = time.perf_counter() - started
        self.report(
            f"ดัชนีใหม่พร้อมแล้ว ({thai}) ใช้ตอบคำถามต่อจากนี้ / new index loaded from "
            f"{self.index_dir} in {seconds:.1f} s ({english}): answering from it now"
        )
        return True

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.check()
            except Exception:  # never let the watcher die: the next look may work
                log.exception("following the index at %s failed", self.index_dir)

    def start(self) -> IndexFollower:
        """Start the watcher thread (a daemon named qa-bot-follow) that calls check() every
        interval_s seconds; a second call does nothing. Returns self."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="qa-bot-follow", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Tell the watcher to stop and wait up to 10 s for it to finish its current check. The stop
        flag stays set: a start() after it runs no more checks."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None


def follow_index(
    demo: Any,
    use: Callable[[QABot], None],
    bot: QABot,
    corpus_dir: str | Path | None = None,
    signature: str | None = None,
    quiet: bool = False,
    on_stale: Callable[[], None] | None = None,
) -> IndexFollower:
    """Start following bot's index for a launched Gradio app: use(new_bot) on each new build,
    on_stale() when one would not load, what happened printed (or only logged when quiet);
    demo.close() stops it. corpus_dir as IndexFollower takes it."""
    follower = IndexFollower(
        bot.index.directory,
        bot,
        use,
        corpus_dir=corpus_dir,
        report=log.info if quiet else (lambda message: print(message, flush=True)),
        signature=signature,
        on_stale=on_stale,
    ).start()
    close = demo.close

    def close_and_stop(*args: Any, **kwargs: Any) -> Any:
        follower.stop()
        return close(*args, **kwargs)

    demo.close = close_and_stop
    return follower
