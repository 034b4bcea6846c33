"""Where batch work runs: in this process, on every local core, or on a Dask cluster.

Work is shipped in chunks of documents (a few dozen per task), so the cost of sending a task (pickling, a
round trip to a Dask scheduler) is paid once per chunk, not per article. The three runners share one
interface, ``concurrent.futures.Executor``:

- ``jobs=1``: :class:`InlineExecutor`, the work runs here as it is submitted (tests, debugging, tiny inputs);
- ``jobs=N`` (default: every core): a ``ProcessPoolExecutor`` whose workers start with the ``forkserver``
  method (a clean interpreter, not a fork of a process holding an open SQLite file) and each load the models
  once;
- ``scheduler="tcp://host:port"``: a Dask ``distributed.Client`` on that scheduler, through its
  ``concurrent.futures`` executor. The workers need unspin installed; the store is still written here, by
  one process.

The work function is :func:`analyze_chunk`, a plain module-level function so every runner can send it by
reference.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

from unspin.document import Document
from unspin.settings import DEFAULT_SETTINGS, Settings

__all__ = ["InlineExecutor", "analyze_chunk", "default_jobs", "executor"]

P = ParamSpec("P")
T = TypeVar("T")

ChunkItem = tuple[str, dict[str, Any]]
ChunkResult = tuple[dict[str, Any] | None, str | None]


def default_jobs() -> int:
    """The cores this process may use (the CPU affinity mask, which ``taskset`` and containers narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def analyze_chunk(items: list[ChunkItem], settings: Settings = DEFAULT_SETTINGS) -> list[ChunkResult]:
    """Analyse ``(text, meta)`` pairs; per item ``(analysis without the text, None)`` or ``(None, reason)``.

    A stage that fails on one article (a bug) costs that article, reported with the reason, not the batch.
    """
    from unspin.pipeline import analyze_document

    results: list[ChunkResult] = []
    for text, meta in items:
        try:
            data = analyze_document(Document(text, dict(meta)), settings=settings).to_dict()
        except Exception as exc:
            results.append((None, f"analysis failed ({type(exc).__name__}: {exc})"))
            continue
        del data["text"]
        results.append((data, None))
    return results


def _warm_up() -> None:
    """Load the pipeline and its models once per worker, before the first chunk arrives."""
    from unspin.pipeline import analyze

    analyze("Warm-up text. It loads the models once.")


class InlineExecutor(Executor):
    """Runs each task when it is submitted, in this process."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


@contextmanager
def executor(*, jobs: int | None = None, scheduler: str | None = None) -> Iterator[Executor]:
    """The runner for ``jobs``/``scheduler`` (see the module docstring), shut down on exit."""
    if scheduler is not None:
        from distributed import Client

        client = Client(scheduler, set_as_default=False)  # type: ignore[no-untyped-call]
        try:
            yield client.get_executor()  # type: ignore[no-untyped-call]
        finally:
            client.close()  # type: ignore[no-untyped-call]
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1:
        yield InlineExecutor()
        return
    # One BLAS thread per worker: the workers already use every core, and oversubscribed BLAS threads slow
    # the technique model down. Set before the fork server starts so the workers inherit it.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_warm_up)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
