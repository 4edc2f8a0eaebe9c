"""What a question names its subject by, in a language-neutral way: the acronyms it writes that
the corpus writes too (not a word nearly every passage holds, "ASEAN" over a document about
ASEAN) and the ordinals it gives ("ครั้งที่ 8", "the 8th meeting"). Scope feature
"subject_value" (features.py) asks whether the answer sentence writes them beside a value of
the asked type: "Where will the ACAI centre be set up?" over "…ศูนย์อาเซียน…(ACAI)…ที่
กรุงเทพฯ", "การประชุมรัฐมนตรีวัฒนธรรมครั้งที่ 8 จัดวันที่เท่าไร" over "…เมื่อวันที่ 24 ตุลาคม ค.ศ.
2018 …(AMCA) ครั้งที่ 8…" (FRESH17 §6: right sentences left uncertain)."""

from __future__ import annotations

from collections.abc import Callable

from ..config import ScopeConfig
from ..known_words import corpus_acronyms
from ..ordinals import ordinal_numbers, question_ordinals
from ..search import Retrieval
from ..store import Index
from ..text import matching_text
from ..vocabulary import idf_table, rare_idf


def named_subject(
    index: Index, retrieval: Retrieval, config: ScopeConfig
) -> list[Callable[[str], bool]]:
    """One test per thing the question names (a stretch of text as written → is it written
    there?): each of its words that is an acronym the corpus writes (in capitals there; a kiosk
    types it in lower case) held by fewer than config.corpus_wide_share of the passages, and
    each ordinal it gives as a claim, found as a Thai ordinal of that number. [] when it names
    nothing so."""
    vocab, idf = idf_table(index)
    line = rare_idf(index, config.corpus_wide_share)
    written = corpus_acronyms(index)
    named: list[Callable[[str], bool]] = []
    for token in dict.fromkeys(retrieval.tokens):
        if token in written and token in vocab and float(idf[vocab[token]]) > line:
            named.append(lambda piece, t=token: t in matching_text(piece))
    for number in {o.number for o in question_ordinals(retrieval.question)}:
        named.append(lambda piece, n=number: n in ordinal_numbers(piece))
    return named
