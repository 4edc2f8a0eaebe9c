"""What every `qa-bot` command shares: counts in messages, errors and notices on stderr, the
build progress bar."""

from __future__ import annotations

import sys
from typing import Any

from ..errors import QABotError
from ..request import error_text


def plural(count: int, word: str) -> str:
    """ "1 passage", "2 passages": English counts in messages."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def print_error(error: QABotError) -> None:
    """An error a person caused, on stderr: "qa-bot: Thai / English"."""
    print(f"qa-bot: {error_text(error)}", file=sys.stderr)


def notify(message: str) -> None:
    """What a change command says besides its result (a wait, a recovered change)."""
    print(f"qa-bot: {message}", file=sys.stderr, flush=True)


# Counts and elapsed time, no speed: a stage's first report may come after work already done
# (texts taken from the embedding cache, the Ray build's cached passages), and tqdm's rate
# over that showed impossible speeds ("743670.92/s").
BAR_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}]"


def progress_bar() -> Any:
    """A build's progress callback (stage, done, total): one tqdm bar per stage, on stderr,
    showing texts done of total and the time taken (BAR_FORMAT)."""
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def progress(stage: str, done: int, total: int) -> None:
        """Advance the bar of one build stage ("passages", "sentences") to done of total."""
        bar = bars.get(stage)
        if bar is None:
            label = {"passages": "ข้อความ/passages", "sentences": "ประโยค/sentences"}
            bar = bars[stage] = tqdm(
                total=total,
                initial=done,
                desc=label.get(stage, stage),
                bar_format=BAR_FORMAT,
                leave=True,
            )
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return progress
