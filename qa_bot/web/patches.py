"""Starlette middleware and handlers that work around Gradio's defaults (bench/load.py), and
an import hook that keeps Gradio from rewriting its type stubs at every start."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import sys
from collections.abc import Sequence
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
