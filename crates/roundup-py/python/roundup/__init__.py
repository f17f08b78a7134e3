"""roundup: many news articles about one story into one short, faithful, cited summary.

The Python face of the Rust library (one abi3 wheel for CPython >= 3.9). Every function returns
the same objects the ``roundup`` command line writes as JSON; bad input raises ``ValueError``
with the reason the command line gives. The work runs with the GIL released, so threads scale.

>>> import roundup
>>> doc = roundup.summarize(["The city closed the bridge on Tuesday after inspectors found "
...     "corroded girders.", "Inspectors found corroded girders; the city closed the bridge."])
>>> doc["schema"]
'roundup.summary/1'
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Union

from . import _roundup

__all__ = [
    "Article",
    "StoryGrouper",
    "WarcReader",
    "__version__",
    "compare",
    "extract",
    "read_articles",
    "read_warc",
    "rouge",
    "story_signature",
    "summarize",
    "summarize_story",
]

__version__: str = _roundup.__version__

#: An article: its text alone, or a dict with ``text`` (or ``body``, ``content``, ``article``,
#: ``articleBody``) and optional ``id``, ``title``, ``source``, ``url``, ``date``, ``origin``.
Article = Union[str, Mapping[str, Any]]

PathLike = Union[str, "os.PathLike[str]"]


def _articles_json(articles: Article | Sequence[Article]) -> str:
    if isinstance(articles, (str, Mapping)):
        raise ValueError(  # noqa: TRY004 (bad input is a ValueError throughout the API)
            "articles must be a list of strings or dicts, not one article"
        )
    try:
        return json.dumps(list(articles))
    except TypeError as e:
        raise ValueError(f"articles are not JSON-serializable data: {e}") from None


def summarize(
    articles: Sequence[Article],
    words: int | None = None,
    sentences: int | None = None,
    method: str = "coverage",
    order: str = "reading",
    cluster_id: str = "articles",
    comparison: bool = True,
) -> dict[str, Any]:
    """Summarize articles about one story, with citations.

    Returns the ``roundup.summary/1`` object ``roundup summarize --format json`` writes: the
    summary sentences (each citing its article numbers), the articles, folded duplicates, and
    (unless ``comparison=False``) the outlet comparison.

    :param articles: texts, or dicts with ``text`` and optional ``id``, ``title``, ``source``,
        ``url``, ``date`` (and ``origin``, shown as where the article came from).
    :param words: word budget (default 120); or give ``sentences`` instead.
    :param method: ``coverage`` (default), ``lexrank``, ``lead`` or ``learned``.
    :param order: ``reading`` (default) or ``date``.
    :param cluster_id: the name of the cluster in the output.
    :raises ValueError: a bad article, option, or nothing left to summarize.
    """
    out = _roundup.summarize(
        _articles_json(articles),
        cluster_id,
        words=words,
        sentences=sentences,
        method=method,
        order=order,
        comparison=comparison,
    )
    result: dict[str, Any] = json.loads(out)
    return result


def compare(articles: Sequence[Article], cluster_id: str = "articles") -> dict[str, Any]:
    """Compare the outlets: quotes by speaker, consensus, what only one reports, disputes.

    Returns the ``roundup.comparison/1`` object ``roundup compare --format json`` writes.

    :raises ValueError: a bad article, or nothing left to compare.
    """
    result: dict[str, Any] = json.loads(_roundup.compare(_articles_json(articles), cluster_id))
    return result


def extract(html: str | bytes, url: str | None = None) -> dict[str, str | None]:
    """Main text and metadata of one web page.

    Returns ``text``, ``title``, ``author``, ``date`` (``YYYY-MM-DD``), ``site_name``, ``url``
    and ``language`` (``None`` when the page does not tell), as ``roundup extract --format json``.
    Bytes are decoded by the page's declared charset; ``url`` is where the page came from.

    :raises ValueError: not a page (binary, no markup, too large or deep, empty).
    """
    result: dict[str, str | None] = json.loads(_roundup.extract(html, url))
    return result


def read_articles(
    paths: PathLike | Sequence[PathLike], strict: bool = False
) -> list[dict[str, Any]]:
    """Read articles from files, folders and archives, exactly as the command line does.

    Returns dicts with ``id``, ``title``, ``source``, ``url``, ``date``, ``origin``, ``text``
    (articles inside cluster lines are taken one by one). Problems with some inputs are warnings
    (``warnings.warn``) unless ``strict``; nothing usable raises ``ValueError``.
    """
    import warnings

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    articles_json, problems = _roundup.read_articles([os.fspath(p) for p in paths])
    if problems and strict:
        raise ValueError(problems[0])
    for p in problems:
        warnings.warn(p, stacklevel=2)
    articles: list[dict[str, Any]] = json.loads(articles_json)
    if not articles:
        raise ValueError("no usable articles in the input")
    return articles


def rouge(
    prediction: str, references: str | Sequence[str], stemming: bool = True
) -> dict[str, dict[str, float]]:
    """ROUGE-1, -2, -L and -Lsum as Google's rouge-score 0.1.2 computes them.

    With several references the best one by F counts (rouge-score's ``score_multi``).
    ROUGE-Lsum reads one sentence a line. Returns
    ``{"rouge1": {"precision", "recall", "fmeasure"}, "rouge2": ..., "rougeL": ..., "rougeLsum": ...}``.
    """
    refs = [references] if isinstance(references, str) else list(references)
    raw = json.loads(_roundup.rouge(prediction, refs, stemming))
    return {
        name: {"precision": v["p"], "recall": v["r"], "fmeasure": v["f"]} for name, v in raw.items()
    }


def summarize_story(
    articles: Sequence[Article], story_id: str, words: int = 100
) -> list[dict[str, Any]] | None:
    """The cited summary of a story's distinct articles, as ``roundup stories`` writes it.

    Returns ``[{"text", "citations": [article ids]}]``, or ``None`` when the articles have no text.
    """
    result: list[dict[str, Any]] | None = json.loads(
        _roundup.summarize_story(_articles_json(articles), story_id, words)
    )
    return result


def story_signature(articles: Sequence[Article]) -> list[int] | None:
    """A MinHash signature (64 values) of a story's topical terms.

    The stemmed content terms of the articles' titles and leads (all content terms when none), from
    the story grouper's feature extractor. The share of equal values estimates the Jaccard
    similarity of two stories' term sets; the Spark job stitches stories across time blocks by it.
    ``None`` when the articles have no content terms.
    """
    result: list[int] | None = _roundup.story_signature(_articles_json(articles))
    return result


class WarcReader:
    """The HTML pages of a WARC archive (``.warc`` or ``.warc.gz``), one dict at a time.

    Pages are read and extracted on a background thread. Each page has ``id`` (``STEM:RECORD``,
    as the command line numbers them), ``origin``, ``record``, ``target_uri``, ``crawl_date``,
    ``title``, ``author``, ``date``, ``source``, ``url``, ``language``, ``text``. Records that are
    not pages are counted in :attr:`stats`; unusable records are listed in :attr:`problems`.
    """

    def __init__(self, source: PathLike | bytes, name: str | None = None) -> None:
        src: str | bytes = source if isinstance(source, bytes) else os.fspath(source)
        self._reader = _roundup.WarcReader(src, name)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self

    def __next__(self) -> dict[str, Any]:
        page = self._reader.next_page()
        if page is None:
            raise StopIteration
        result: dict[str, Any] = json.loads(page)
        return result

    @property
    def problems(self) -> list[str]:
        """Records that could not be used, one ``origin: reason`` line each."""
        return list(self._reader.problems)

    @property
    def stats(self) -> dict[str, Any] | None:
        """``records``, ``pages``, ``skipped`` (by reason) and ``bytes_read``, once read to the end."""
        raw = self._reader.stats_json()
        return None if raw is None else json.loads(raw)

    def close(self) -> None:
        """Stop reading."""
        self._reader.close()

    def __enter__(self) -> WarcReader:  # noqa: PYI034 (no typing_extensions on 3.9/3.10)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_warc(source: PathLike | bytes, name: str | None = None) -> WarcReader:
    """Iterate over the HTML pages of a WARC archive (a path, or its bytes named by ``name``).

    :raises OSError: the file cannot be opened.
    :raises ValueError: (while iterating) the input is not a WARC archive.
    """
    return WarcReader(source, name)


class StoryGrouper:
    """Groups a stream of articles, added in time order, into de-duplicated stories.

    The same grouper as ``roundup stories`` (options by their ``StoryOptions`` names, e.g.
    ``threshold``, ``window_days``, ``max_copies``). Stories close once the articles' dates move
    ``window_days`` past them; :meth:`take_closed` hands them over, :meth:`finish` closes the rest.
    Stories are the ``roundup.stories/1`` objects the command line writes.
    """

    def __init__(self, **options: Any) -> None:
        self._core = _roundup.GrouperCore(json.dumps(options))

    @staticmethod
    def default_options() -> dict[str, Any]:
        """The default grouping options."""
        result: dict[str, Any] = json.loads(_roundup.default_story_options())
        return result

    def add(self, article: Article) -> dict[str, Any]:
        """Add one article; returns its placement ``{"article", "story", "duplicate_of"}``."""
        return self.add_many([article])[0]

    def add_many(self, articles: Sequence[Article]) -> list[dict[str, Any]]:
        """Add articles in time order (features computed in parallel); returns their placements."""
        result: list[dict[str, Any]] = json.loads(self._core.add(_articles_json(articles)))
        return result

    def take_closed(self, summarize: bool = True, words: int = 100) -> list[dict[str, Any]]:
        """Stories closed since the last call, with their cited summaries unless ``summarize=False``."""
        result: list[dict[str, Any]] = json.loads(self._core.take_closed(summarize, words))
        return result

    def finish(self, summarize: bool = True, words: int = 100) -> list[dict[str, Any]]:
        """Close every story; returns the stories not yet taken, ordered by id. Ends the grouper."""
        stories, stats = self._core.finish(summarize, words)
        self.final_stats: dict[str, int] = json.loads(stats)
        result: list[dict[str, Any]] = json.loads(stories)
        return result

    def take_merges(self) -> list[dict[str, str]]:
        """Stories merged into another since the last call: ``[{"from", "into"}]`` (story ids)."""
        result: list[dict[str, str]] = json.loads(self._core.take_merges())
        return result

    @property
    def stats(self) -> dict[str, int]:
        """Counts so far: articles, duplicates, stories, ..."""
        result: dict[str, int] = json.loads(self._core.stats_json())
        return result

    @property
    def open_stories(self) -> int:
        """Stories open now."""
        return int(self._core.open_stories())

    def save_state(self) -> bytes:
        """The grouper's whole state (take the closed stories first)."""
        return bytes(self._core.save_state())

    @classmethod
    def load_state(cls, state: bytes) -> StoryGrouper:
        """A grouper from :meth:`save_state`'s bytes (of the same roundup version)."""
        grouper = cls.__new__(cls)
        grouper._core = _roundup.GrouperCore.load_state(state)
        return grouper

    def save(self, path: PathLike) -> None:
        """Write the state to a file."""
        with open(path, "wb") as f:
            f.write(self.save_state())

    @classmethod
    def load(cls, path: PathLike) -> StoryGrouper:
        """A grouper from a file written by :meth:`save`."""
        with open(path, "rb") as f:
            return cls.load_state(f.read())
