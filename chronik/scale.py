"""Scale-out: run the document-level stages on a Dask cluster.

The document stages are independent per article, so they parallelise across
processes or machines; the corpus-level steps (entity linking, near-duplicates,
stories) stay in the calling process, which writes to SQLite in input order so
that results do not depend on scheduling. Batches keep task overhead small and a
bounded window of in-flight batches keeps memory flat on crawl-sized inputs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from chronik.document import Document
from chronik.pipeline import StageError, process_many


def process_parallel(docs: Iterable[Document], workers: int = 2, scheduler: str | None = None,
                     batch_size: int = 16) -> Iterator[Document | StageError]:
    """Processed documents (or their ``StageError``) in input order.

    ``scheduler`` is the address of a running Dask scheduler (``tcp://host:8786``);
    without it a local cluster of ``workers`` processes is started.
    """
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        window = max(2, 2 * workers)
        pending: deque = deque()
        source = iter(docs)
        while True:
            while len(pending) < window:
                batch = list(islice(source, batch_size))
                if not batch:
                    break
                pending.append(client.submit(process_many, batch, pure=False))
            if not pending:
                break
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
