"""The documents of a corpus folder: add one, remove one, list them, each with its index updated.

change   add_document, remove_document, build_corpus_index: a change to the corpus folder
         and its index, under the folder's lock and journalled (store/journal.py)
listing  document_summaries, corpus_changes: what the index holds and
         how the folder differs from it (`qa-bot docs`)
"""
