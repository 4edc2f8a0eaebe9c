"""The page's fonts, stylesheets and inline scripts: nothing is fetched from another host."""

from __future__ import annotations

from pathlib import Path

DEFAULT_IDLE_SECONDS = 120
# The kiosk's idle timer is a browser setTimeout, which fires at once for a delay past 2^31 − 1
# ms (24.8 days): the page would then start over again and again. A day is the limit.
MAX_IDLE_SECONDS = 86_400
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# Debian's fonts-thai-tlwg: used where installed, otherwise served to the browser by the app.
THAI_FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
THAI_FONT_FILES = {400: "Loma.ttf", 700: "Loma-Bold.ttf"}
FONT_STACK = [
    "QA Thai",
    "Noto Sans Thai",
    "Noto Sans Thai UI",
    "Leelawadee UI",
    "Thonburi",
    "Tahoma",
    "ui-sans-serif",
    "system-ui",
    "sans-serif",
    # Emoji in questions: Debian's fonts-noto-color-emoji (.ci/run installs it), else the
    # system's own emoji font.
    "Noto Color Emoji",
    "Apple Color Emoji",
    "Segoe UI Emoji",
]
MONO_STACK = ["Tlwg Mono", "ui-monospace", "DejaVu Sans Mono", "monospace"]


def font_css() -> str:
    """@font-face for Thai: the installed TLWG font, else the same file served by the app."""
    rules = []
    for weight, name in THAI_FONT_FILES.items():
        family = name.removesuffix(".ttf").replace("-Bold", "")
        sources = [f'local("{family}{" Bold" if weight == 700 else ""}")', f'local("{family}")']
        if (THAI_FONT_DIR / name).is_file():
            sources.append(f'url("/gradio_api/file={THAI_FONT_DIR / name}") format("truetype")')
        rules.append(
            '@font-face { font-family: "QA Thai"; font-style: normal; '
            f"font-weight: {weight}; font-display: swap; src: {', '.join(sources)}; "
            "unicode-range: U+0E00-0E7F, U+200B-200D; }"
        )
    return "\n".join(rules)


def page_css(kiosk: bool) -> str:
    """The page's css, read from qa_bot/static/ on each call: the Thai @font-face rules
    (font_css), ui.css, and kiosk.css too in kiosk mode. Raises OSError if a file is missing."""
    css = font_css() + "\n" + (STATIC_DIR / "ui.css").read_text(encoding="utf-8")
    if kiosk:
        css += "\n" + (STATIC_DIR / "kiosk.css").read_text(encoding="utf-8")
    return css


def page_head(kiosk: bool, idle_seconds: float = DEFAULT_IDLE_SECONDS) -> str:
    """Inline styles for Gradio's frame and inline scripts (nothing fetched): scrolling to the
    new answer and plain-text names for messages; the kiosk's idle timer, which presses "start
    over" after idle_seconds without a touch, key or scroll."""
    scripts = [(STATIC_DIR / "chat.js").read_text(encoding="utf-8")]
    if kiosk:
        scripts.append(f"window.QA_IDLE_MS = {int(idle_seconds * 1000)};")
        scripts.append((STATIC_DIR / "idle.js").read_text(encoding="utf-8"))
    # Gradio scopes the page's css to its app container; the frame around it is styled here.
    outer = (STATIC_DIR / "outer.css").read_text(encoding="utf-8")
    return f"<style>\n{outer}\n</style>" + "".join(
        f"<script>\n{script}\n</script>" for script in scripts
    )
