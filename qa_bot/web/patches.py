"""Starlette middleware and handlers that work around Gradio's defaults (bench/load.py), an
import hook that keeps Gradio from rewriting its type stubs at every start, and stand-ins that
keep the start from importing what is read only when a page uses it (pandas, scipy.sparse), and
from building Gradio's app before the launch that builds the one it serves."""

from __future__ import annotations

import builtins
import importlib
import importlib.abc
import importlib.machinery
import logging
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

BUSY_TH = "ตอนนี้มีคำถามรออยู่มาก กรุณาลองใหม่อีกครั้งในอีกสักครู่"
BUSY_EN = "Busy answering other questions: please try again in a moment."
BUSY_RETRY_AFTER_S = 2


# Gradio's module whose ComponentMeta, for every component class it defines (about 50 at
# `import gradio`), reads that class's source file, parses it and compares or rewrites the
# class's `.pyi` stub beside it: type stubs for Gradio's own developers, of no use to a running
# server, and ~0.7 s of the cold start on the 2-core machine (cProfile of `python app.py`:
# create_or_modify_pyi 1.5 of the 3.0 s of `import gradio`).
_COMPONENT_META = "gradio.component_meta"
_STUB_WRITER = "create_or_modify_pyi"


def _no_stub(*_args: Any, **_kwargs: Any) -> None:
    """Stands for Gradio's stub writer: writes nothing."""


class _SkipStubWriting(importlib.abc.MetaPathFinder):
    """Finds Gradio's component_meta as Python would, and once the module has run, replaces its
    stub writer (looked up as a module global when each component class is made) with
    `_no_stub`. Removes itself from sys.meta_path once it has found the module."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _COMPONENT_META:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        loader = spec.loader if spec is not None else None
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        run_module = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run_module(module)
            if callable(getattr(module, _STUB_WRITER, None)):
                setattr(module, _STUB_WRITER, _no_stub)

        loader.exec_module = exec_module  # type: ignore[method-assign] - this spec's loader only
        return spec


def skip_gradio_stub_writing() -> bool:
    """Before Gradio is imported: keep it from checking and rewriting its type stubs for every
    component class (`_COMPONENT_META`). Returns whether the hook is in place (False when Gradio
    is already imported, when nothing can be done)."""
    if _COMPONENT_META in sys.modules:
        return False
    if not any(isinstance(finder, _SkipStubWriting) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SkipStubWriting())
    return True


# What the server imports at its start but reads only when a page uses it, by the module that
# imports it (at top level: `import pandas as pd`, `import scipy.sparse as sp`):
# - gradio.caching: pandas (with pyarrow, which pandas imports when installed), read only to
#   hash a DataFrame for `gr.cache`, which this page does not use (0.63 s of `import gradio`'s
#   2.7 s, python -X importtime; pyarrow 0.18 s of that);
# - bm25s: scipy.sparse, read only to build a score matrix with csc_backend="scipy"; the index
#   was built with bm25s's default, "numpy", and loading and scoring read no scipy (0.14 s of
#   `import bm25s`'s 0.21 s, numpy.f2py among it, which scipy's array-API layer imports).
# About 0.6 s of CPU together, of a ~5 s cold start on the 2-core machine (bench/cold_start.py).
IMPORTED_ON_FIRST_USE = {"gradio.caching": ("pandas",), "bm25s": ("scipy.sparse",)}


class _ImportedOnFirstUse(ModuleType):
    """What one module's `import NAME` gave while the server started: the first attribute read
    imports the real module (once, as any import) and every read is answered from it; a dotted
    NAME's parents stand in too, each holding the next part. Never in sys.modules: another
    module's `import NAME`, or a library asking sys.modules whether NAME is imported (rapidfuzz
    asks for pandas), sees the real state."""

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self.__name__), attribute)


def _stand_in(name: str) -> ModuleType:
    """The stand-in `import name` gives: for "a.b", the one for "a" holding b's as its b."""
    parts = name.split(".")
    top = _ImportedOnFirstUse(parts[0])
    parent = top
    for depth in range(1, len(parts)):
        child = _ImportedOnFirstUse(".".join(parts[: depth + 1]))
        setattr(parent, parts[depth], child)
        parent = child
    return top


@contextmanager
def imported_on_first_use(
    deferred: Mapping[str, Sequence[str]] = IMPORTED_ON_FIRST_USE,
) -> Iterator[None]:
    """Within the block (the server's start), a module named in `deferred` that imports one of
    its names at top level (`import pandas as pd`) gets an `_ImportedOnFirstUse` instead, when
    the name's package is installed and not imported yet; every other import, in any thread, is
    Python's own. Python's `__import__` is restored after the block."""
    python_import = builtins.__import__

    def deferring_import(
        name: str,
        globals: Mapping[str, Any] | None = None,
        locals: Mapping[str, Any] | None = None,
        fromlist: Sequence[str] | None = (),
        level: int = 0,
    ) -> ModuleType:
        if (  # every import of every thread passes here while the server starts: cheap first
            not fromlist
            and level == 0
            and globals is not None
            and name in deferred.get(globals.get("__name__"), ())
        ):
            package = name.partition(".")[0]
            if (
                package not in sys.modules
                and importlib.machinery.PathFinder.find_spec(package) is not None
            ):
                return _stand_in(name)
        return python_import(name, globals, locals, fromlist, level)

    builtins.__import__ = deferring_import
    try:
        yield
    finally:
        if builtins.__import__ is deferring_import:
            builtins.__import__ = python_import


def _no_app(*_args: Any, **_kwargs: Any) -> None:
    """Stands for Gradio's App.create_app before the launch: builds nothing."""


@contextmanager
def app_made_at_launch_only() -> Iterator[None]:
    """Within the block (making the page and its queue, before `launch`), Gradio builds no
    FastAPI app: it builds one when a Blocks closes and another in `Blocks.queue()`, each with
    every route's pydantic models (~0.1 s of CPU apiece on the 2-core machine), and `launch()`
    builds the one it serves and sets `Blocks.app` to it. Until the launch, `Blocks.app` is
    None."""
    from gradio.routes import App

    build = App.__dict__["create_app"]
    App.create_app = staticmethod(_no_app)  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        App.create_app = build  # type: ignore[method-assign]


def http_exception_class() -> type[Exception]:
    """starlette's HTTPException class, imported only when called (the handler for it is
    busy_or_default)."""
    from starlette.exceptions import HTTPException

    return HTTPException


def middleware(cls: type) -> Any:
    """A starlette Middleware entry for an ASGI middleware class (imported only when called)."""
    from starlette.middleware import Middleware

    return Middleware(cls)


class ForgetFinishedCalls:
    """Gradio's queue keeps an entry per session with its pending events; after a call over the
    REST route (/gradio_api/call/ask) the entry stays, empty, for ever: ~1 KB a question, and
    a longer scan on every later call. Empty entries are dropped after each such call, as
    Gradio itself does when a browser disconnects (Queue.clean_events). Runs on the server's
    event loop, like the code that reads the table."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)
        if scope.get("type") != "http" or "/call/" not in scope.get("path", ""):
            return
        blocks = scope["app"].get_blocks() if hasattr(scope.get("app"), "get_blocks") else None
        sessions = getattr(getattr(blocks, "_queue", None), "pending_event_ids_session", None)
        if isinstance(sessions, dict):
            for session in [key for key, pending in sessions.items() if not pending]:
                sessions.pop(session, None)


async def busy_or_default(request: Any, error: Any) -> Any:
    """Gradio's "Queue is full" (HTTP 503) as a Thai / English "busy, try again", with
    Retry-After; every other HTTP error as FastAPI gives it. (The page and gradio_client show
    their own "busy, try again" for any 503.)"""
    from fastapi.exception_handlers import http_exception_handler
    from fastapi.responses import JSONResponse

    if error.status_code == 503 and "Queue is full" in str(error.detail):
        return JSONResponse(
            {"detail": f"{BUSY_TH} / {BUSY_EN}"},
            status_code=503,
            headers={"Retry-After": str(BUSY_RETRY_AFTER_S)},
        )
    return await http_exception_handler(request, error)


def wrong_inputs_message(api_name: str, needed: int, got: int) -> tuple[str, str]:
    """(Thai, English) for an API call with the wrong number of inputs ("data")."""
    return (
        f"/{api_name} ต้องการข้อมูล {needed} ค่าใน data (ได้รับ {got}) "
        f'เช่น {{"data": ["คำถาม", 3, null, null]}}',
        f"/{api_name} needs {needed} values in data (got {got}), "
        f'e.g. {{"data": ["question", 3, null, null]}}',
    )


def check_api_inputs(demo: Any, api_names: frozenset[str]) -> None:
    """A call of one of api_names with too few or too many inputs gets a Thai / English
    `gr.Error` (shown in every mode, kiosk too) instead of Gradio's English-only ValueError,
    which quoted its components' reprs ("<gradio.components.api_component.Api object at …>")
    and which Gradio only raises for too few (extra inputs were dropped silently).

    Gradio checks the count in `Blocks.validate_inputs(block_fn, inputs)` before anything
    else reads them; this wraps that method on this one Blocks instance, and leaves every other
    event (the page's own, whose inputs the browser sends) to Gradio's own check.

    A refused call is the caller's mistake, not the server's: one warning line in the log
    (Gradio would print a 20-line traceback with the install path for every such call)."""
    import gradio as gr

    gradio_check = demo.validate_inputs

    def validate_inputs(block_fn: Any, inputs: list[Any]) -> None:
        name = getattr(block_fn, "api_name", None)
        needed = len(getattr(block_fn, "inputs", ()) or ())
        if name in api_names and len(inputs) != needed:
            thai, english = wrong_inputs_message(name, needed, len(inputs))
            log.warning("/%s refused: %d values in data, %d needed", name, len(inputs), needed)
            raise gr.Error(f"{thai} / {english}", print_exception=False)
        gradio_check(block_fn, inputs)

    demo.validate_inputs = validate_inputs
