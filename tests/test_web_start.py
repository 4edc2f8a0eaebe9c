"""What the page does before its first visitor: the app loads the index and warms it up
(web/server.py calls QABot.warm_up), so that the first question of each kind waits for no table
built once per index (FRESH7 #12: a process's first question took ~0.8 s, later ones 13–57 ms).
Speed itself is measured by bench/latency.py and bench/cold_start.py, not here."""

from __future__ import annotations

from qa_bot import QABot

from .conftest import INDEX_DIR

# One question of each kind the page is asked: Thai in the document's words, English, a kiosk
# typo, romanised Thai, a lower-case acronym, an English exam and a Thai exam typed with their
# choices.
FIRST_QUESTIONS = (
    "ศูนย์ผู้สูงวัยของอาเซียนจะตั้งที่ไหน",
    "When did the ASEAN leaders sign the consensus on migrant workers?",
    "คลังเกบของอยุไหน",
    "raeng ngan tang dao",
    "aqrf",
    "Which of the following was NOT an initiative of Thailand? a) ASEAN Guidelines for CSR on "
    "Labour b) education for out-of-school children c) ASEAN Smart Cities Network "
    "d) Active Ageing",
    "ข้อใดไม่ได้จัดขึ้นที่สิงคโปร์ ก. การประชุม SAMCA ข. การประชุมสุดยอดอาเซียนครั้งที่ 33 "
    "ค. การประชุมสุดยอดอาเซียนครั้งที่ 32 ง. การประชุม AMCA ครั้งที่ 8",
)


def test_after_warm_up_the_first_questions_build_no_table() -> None:
    bot = QABot.load(INDEX_DIR)  # its own index: the shared fixture's tables are built already
    bot.warm_up()
    warmed = set(bot.index.derived)
    for question in FIRST_QUESTIONS:
        bot.ask(question, k=3)
        built = [table.name for table in set(bot.index.derived) - warmed]
        assert built == [], question


def test_a_fresh_index_has_tables_to_build() -> None:
    # The check above can fail: without warm_up the same questions build tables.
    bot = QABot.load(INDEX_DIR)
    before = set(bot.index.derived)
    for question in FIRST_QUESTIONS:
        bot.ask(question, k=3)
    assert set(bot.index.derived) - before


def test_gradio_checks_no_type_stubs_when_the_page_starts() -> None:
    # Gradio's ComponentMeta reads, parses and rewrites a .pyi stub for each of its ~50
    # component classes at `import gradio` (~0.7 s of the cold start); qa_bot.web turns that
    # off before Gradio is imported (web/patches.py). A new process: Gradio imported once.
    import subprocess
    import sys

    check = (
        "import qa_bot.web, gradio, gradio.component_meta as meta, sys;"
        "print(meta.create_or_modify_pyi.__name__, gradio.Textbox.__name__,"
        " any(type(f).__name__ == '_SkipStubWriting' for f in sys.meta_path))"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["_no_stub", "Textbox", "False"]


def test_the_tables_left_for_after_the_port_opens_are_all_a_question_waits_for() -> None:
    # The server warms up with later=False before its port opens, then runs warm_up_later on a
    # thread; a Thai question naming a multi-word name (dev's first item) then builds nothing
    # of entities' (the Wikipedia titles took 0.6 s of a first such question). A new process:
    # this one's tables are built by other tests.
    import subprocess
    import sys

    check = f"""
from qa_bot import QABot, entities, pipeline
tables = (entities._wikipedia_title_hashes, entities._common_words)
bot = QABot.load({str(INDEX_DIR)!r})
bot.warm_up(later=False)
before = [t.cache_info().currsize for t in tables]
pipeline.warm_up_later()
ready = [t.cache_info().misses for t in tables]
bot.ask("งานด้านกีฬากับงานสารสนเทศ นับเป็นสาขาความร่วมมือภายใต้เสาสังคมและวัฒนธรรมของอาเซียนด้วยไหม")
print(before, [t.cache_info().misses for t in tables] == ready, ready)
"""
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.split("]", 1)[0] == "[0, 0" and " True " in done.stdout, done.stdout


def test_the_page_starts_and_answers_without_importing_pandas_or_scipy() -> None:
    # `import gradio` imported pandas (~0.5 s of the cold start) for gradio.caching alone, which
    # reads it only to hash a DataFrame for gr.cache; `import bm25s` imported scipy.sparse
    # (~0.15 s), read only to build with csc_backend="scipy". serve() starts with stand-ins for
    # both (web/patches.py). A new process: the page is served and answers over HTTP with
    # neither imported, and the first read through either name imports the real module (the
    # one `import` gives), with which gr.cache hashes a DataFrame.
    import subprocess
    import sys

    check = f"""
import json, socket, sys, urllib.request
from qa_bot.web.server import serve
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
import fastapi
apps = []
made = fastapi.FastAPI.__init__
def counted(self, *args, **kwargs):
    apps.append(type(self).__name__)
    made(self, *args, **kwargs)
fastapi.FastAPI.__init__ = counted
demo, url = serve({str(INDEX_DIR)!r}, port=port, prevent_thread_lock=True, quiet=True,
                  follow=False)
body = json.dumps({{"data": ["AQRF คืออะไร", 3, None, None]}}).encode()
request = urllib.request.Request(url + "gradio_api/call/ask", body,
                                 {{"Content-Type": "application/json"}})
event = json.load(urllib.request.urlopen(request, timeout=60))["event_id"]
stream = urllib.request.urlopen(url + "gradio_api/call/ask/" + event, timeout=60).read()
answered = b"event: complete" in stream and "AQRF".encode() in stream
loaded = [name for name in sys.modules if name.split(".")[0] in ("pandas", "pyarrow", "scipy")]
import bm25s, gradio.caching
frame_class = gradio.caching.pd.DataFrame
matrix_class = bm25s.sp.csc_matrix
import pandas, scipy.sparse
hashed = gradio.caching.cache_hash(pandas.DataFrame({{"a": [1, 2]}}))
print(answered, loaded, frame_class is pandas.DataFrame, matrix_class is scipy.sparse.csc_matrix,
      type(pandas).__name__, len(hashed), apps, type(demo.app).__name__)
demo.close()
"""
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.split()[:8] == [
        *("True", "[]", "True", "True", "module", "64"),
        *("['App']", "App"),  # one FastAPI app made: the launch's (web/patches.py)
    ], done.stdout


def test_garbage_collection_is_off_while_the_page_starts_and_on_once_it_answers() -> None:
    # serve() turns Python's garbage collector off while it loads the index and imports Gradio
    # (the collector's repeated passes over the new objects were ~0.9 s of a start's CPU), and
    # on again (after one full collection) once the tables left for later are built; a start
    # that fails turns it back on at once. A new process: its collector is its own.
    import subprocess
    import sys

    check = f"""
import gc, socket, threading
from qa_bot.web.server import serve
seen = []
def note(phase, info):
    if phase == "start" and threading.current_thread().name == "qa-bot-load":
        seen.append(info["generation"])
gc.callbacks.append(note)
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
demo, url = serve({str(INDEX_DIR)!r}, port=port, prevent_thread_lock=True, quiet=True,
                  follow=False)
during = gc.isenabled()
for thread in threading.enumerate():
    if thread.name == "qa-bot-warm-up":
        thread.join(timeout=120)
after = gc.isenabled()
demo.close()
try:
    serve("/nonexistent-index", port=port, prevent_thread_lock=True, quiet=True, follow=False)
except Exception as error:
    failed = type(error).__name__
print(seen, during, after, gc.isenabled(), failed)
"""
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.split()[-5:] == ["[]", "False", "True", "True", "IndexLoadError"], (
        done.stdout
    )
