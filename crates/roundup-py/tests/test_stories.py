"""StoryGrouper against `roundup stories` on the labelled event sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import roundup
from conftest import run_cli


def _articles(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_grouper_equals_the_cli_on_duc2004_events(cli: Path, shared: Path) -> None:
    path = shared / "data" / "stories" / "duc2004-events.jsonl"
    expected = [json.loads(line) for line in run_cli(cli, "stories", str(path)).splitlines()]
    grouper = roundup.StoryGrouper()
    articles = roundup.read_articles(path)
    placements = grouper.add_many(articles)
    assert [p["article"] for p in placements] == [a["id"] for a in articles]
    got = grouper.take_closed() + grouper.finish()
    got.sort(key=lambda s: int(s["id"].rsplit("-", 1)[1]))
    assert got == expected
    assert len(got) > 40 and all(s["summary"] for s in got if s["flag"] is None)
    assert grouper.final_stats["articles"] == len(articles)


def test_placements_follow_merges_to_the_final_stories(shared: Path) -> None:
    articles = roundup.read_articles(shared / "data" / "stories" / "duc2003-events.jsonl")
    grouper = roundup.StoryGrouper()
    placed: dict[str, str] = {}
    for a in articles:
        p = grouper.add(a)
        for m in grouper.take_merges():
            for k, v in placed.items():
                if v == m["from"]:
                    placed[k] = m["into"]
        placed[p["article"]] = p["story"]
    stories = grouper.take_closed(summarize=False) + grouper.finish(summarize=False)
    # merges at the very end (the second look before closing) are not reported as placements move
    final = {a["id"]: s["id"] for s in stories for a in s["articles"]}
    assert set(final) == set(placed)
    agree = sum(1 for k in final if final[k] == placed[k])
    assert agree >= 0.8 * len(final), (agree, len(final))


def test_saved_state_resumes_the_same_grouping(shared: Path, tmp_path: Path) -> None:
    articles = roundup.read_articles(shared / "data" / "stories" / "duc2003-events.jsonl")
    whole = roundup.StoryGrouper()
    whole.add_many(articles)
    expected = whole.take_closed(summarize=False) + whole.finish(summarize=False)

    half = len(articles) // 2
    first = roundup.StoryGrouper()
    first.add_many(articles[:half])
    taken = first.take_closed(summarize=False)
    first.save(tmp_path / "grouper.state")
    resumed = roundup.StoryGrouper.load(tmp_path / "grouper.state")
    resumed.add_many(articles[half:])
    got = taken + resumed.take_closed(summarize=False) + resumed.finish(summarize=False)
    key = lambda s: int(s["id"].rsplit("-", 1)[1])
    assert sorted(got, key=key) == sorted(expected, key=key)


def test_a_damaged_state_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="grouper state"):
        roundup.StoryGrouper.load_state(b"\x00" * 8 + b"not a state")
    g = roundup.StoryGrouper()
    g.finish()
    with pytest.raises(ValueError, match="the grouper has finished"):
        g.add("Some text about a thing that happened today in the city.")


def test_story_signatures_tell_one_event_from_another(shared: Path) -> None:
    articles = _articles(shared / "data" / "stories" / "duc2004-events.jsonl")
    by_event: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        by_event.setdefault(a["cluster"], []).append(a)
    events = [v for v in by_event.values() if len(v) >= 6][:10]
    same, other = [], []
    for i, e in enumerate(events):
        first = roundup.story_signature(e[:3])
        second = roundup.story_signature(e[3:6])
        assert first is not None and second is not None and len(first) == 64
        same.append(sum(x == y for x, y in zip(first, second)) / 64)
        nxt = roundup.story_signature(events[(i + 1) % len(events)][3:6])
        assert nxt is not None
        other.append(sum(x == y for x, y in zip(first, nxt)) / 64)
    # halves of one event agree far more than two events do
    assert sum(same) / len(same) > 3 * (sum(other) / len(other))
    assert max(other) < 0.25
