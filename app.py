"""Start the chat page: python app.py [--kiosk] [--host 127.0.0.1] [--port 7860] [--index index]
[--idle-seconds 120]. The same as `qa-bot serve`; see README.md, "Web page"."""

from __future__ import annotations

import sys

from qa_bot.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
