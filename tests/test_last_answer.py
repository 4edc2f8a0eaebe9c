"""qa_bot.last_answer: one answer kept, for the same corpus object and the same question."""

from qa_bot.last_answer import LastAnswer


def test_the_kept_answer_is_for_the_same_corpus_object_and_question_only() -> None:
    kept: LastAnswer[tuple[str, ...]] = LastAnswer()
    corpus = "ภูเก็ต ชัยนาท"
    assert kept.get(corpus, "q") is None
    assert kept.put(corpus, "q", ("ภูเก็ต",)) == ("ภูเก็ต",)
    assert kept.get(corpus, "q") == ("ภูเก็ต",)
    assert kept.get(corpus, "another question") is None
    rebuilt = "".join(["ภูเก็ต ", "ชัยนาท"])  # equal text, another object: a rebuilt index
    assert rebuilt == corpus and rebuilt is not corpus
    assert kept.get(rebuilt, "q") is None


def test_only_the_last_question_is_kept_and_forget_keeps_none() -> None:
    kept: LastAnswer[int] = LastAnswer()
    kept.put("corpus", "first", 1)
    kept.put("corpus", "second", 2)
    assert kept.get("corpus", "first") is None
    assert kept.get("corpus", "second") == 2
    kept.forget()
    assert kept.get("corpus", "second") is None
