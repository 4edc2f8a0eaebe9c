"""The chat page (Gradio) and its server: Thai first, for phones, desks and event kiosks, and
the /ask API.

- `service`: ChatService, what the page and the API do with a question (no Gradio);
- `page`: the Gradio Blocks layout (`create_app`);
- `assets`: fonts, stylesheets and the page's inline scripts;
- `patches`: Starlette middleware and handlers that work around Gradio's defaults;
- `server`: `serve` / `qa-bot serve`, the launch options and queue settings;
- `limits`: what the server accepts from the network (sizes, times, the per-client share of the
  queue, trusted proxies, Host), and `guard`: the ASGI middleware that applies them;
- `reload`: following the index (a new build is loaded and swapped in between questions).

Gradio is imported inside functions only, so that `serve` can load the index on a second thread
while Gradio itself is being imported: the two together are most of the cold start
(bench/cold_start.py).
"""

from __future__ import annotations

import os

# Before Gradio is imported anywhere: kiosks are offline and nothing is reported anywhere.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
# Gradio's in-memory record of recent events feeds only its monitoring page (off here); its
# default of 10,000 records grows the server by ~4 MB under load for nothing (bench/load.py).
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "500")
# Nor is its summary of them read (the monitoring page is off): Gradio rebuilt it after every
# question, as a pandas DataFrame of those records, on a worker thread beside the questions,
# and imported pandas for it (~0.5 s after a start). Rebuilt every this many questions: never.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(2**62))

from .patches import skip_gradio_stub_writing  # after the settings above

# And before Gradio is imported: no rewriting of its type stubs at every start (~0.7 s).
skip_gradio_stub_writing()
