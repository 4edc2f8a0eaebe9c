"""The corpus: documents → labelled sections → passages → answer sentences, each with exact
character offsets into its document's stored text.

The modules, in the order a build uses them:

    model      Document, Section, Passage: what the corpus is made of
    documents  reading files (.txt/.md as they are; .pdf/.docx/.html through qa_bot.extract),
               titles and metadata files, the corpus folder, duplicate documents
    sections   a document's title and its sections (headings of any style, labels in Thai and
               English)
    passages   sections → passages: paragraphs, long ones cut to a size
    sentences  a passage's answer sentences (PyThaiNLP's CRF splitter, pieces joined back)
    clauses    where an answer may cut a run-on sentence (the CRF model's likeliest ends)
"""
