"""`python -m qa_bot.cli`: the `qa-bot` command."""

import sys

from . import main

sys.exit(main())
