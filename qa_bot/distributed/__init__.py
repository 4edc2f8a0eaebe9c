"""Build an index on a Ray cluster, or on local Ray: `qa-bot build --ray [ADDRESS]`.

The work of a build runs as two Ray Data stages over batches; the index is written once, on
the driver, atomically, exactly as the single-process build writes it (qa_bot/store):

    corpus files ──(tasks)── read + repair, sections, passages, sentences, BM25 tokens,
                             embedding texts and their cache keys, one document a task
    driver                   passage ids in corpus order; texts missing from the embedding
                             cache, each once
    missing texts ─(actors)─ encoded by a fixed pool of workers, each loading the model once
    driver                   BM25 statistics, FAISS, files, manifest; staging folder → rename

The result is the same index as the single-process build's (same passages, sentences and
offsets, same BM25 words and statistics, vectors within float tolerance): tests/test_ray.py
proves it on local Ray with two workers. Ray retries the tasks of a worker that dies
(`max_restarts` restarts of a worker); when the build still fails, nothing has been written
and the previous index stays in place.

Every node needs the package installed (`pip install 'thai-qa-bot[ray]'`) and the corpus
folder at the same path (a shared file system): workers read the documents themselves.

The modules:

    options  RayOptions and the `--ray [ADDRESS]` command-line options (light: every
             command's parser imports it)
    cluster  Ray itself: importing it, reaching a cluster, the session, RayBuildError
    driver   build_index_on_ray: the two stages run on Ray, the index written on the driver
    stages   what the workers run: stage 1 (split) and stage 2 (encode), without Ray imports

Nothing in this package imports Ray until a build starts (cluster.import_ray).
"""
