"""Rewrite the shipped vectors of the scope judge's background paragraphs and retrieval's
language direction after editing qa_bot/data/background.jsonl or background_en.jsonl
(tests/test_background.py fails until this is run).

    python scripts/background_vectors.py [MODEL]      # default: the bundled e5-small-q4
"""

from __future__ import annotations

import sys

from qa_bot.background import write_language_direction, write_shipped_vectors
from qa_bot.embedders import DEFAULT_MODEL

if __name__ == "__main__":
    model = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_MODEL
    print(write_shipped_vectors(model))
    print(write_language_direction(model))
