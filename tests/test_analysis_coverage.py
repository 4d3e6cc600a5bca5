"""Coverage on the five seed articles: who reports what, counted in outlets and lineages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.analysis import (
    Comparison,
    account_alone,
    compare,
    counted_items,
    coverage_phrase,
    numbered,
    outlet_summaries,
    outlet_summary,
)
from briefing.load import load

SEEDS = Path(__file__).resolve().parent / "data" / "analysis" / "seeds.yaml"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    """The comparison of the seed fixture (no wires declared; lineages from text)."""
    return compare(load(SEEDS))


def ids(entries: object) -> list[str]:
    """The ids of items (or the ids of sources) in a sequence of coverage entries."""
    out = []
    for entry in entries:  # type: ignore[attr-defined]
        out.append(getattr(entry.item, "id", "timeline"))
    return out


def by_id(comparison: Comparison, item_id: str):  # type: ignore[no-untyped-def]
    """The coverage of the item with this id."""
    for entry in comparison.items:
        if getattr(entry.item, "id", None) == item_id:
            return entry
    raise KeyError(item_id)


@pytest.mark.parametrize(
    ("item_id", "outlets", "independent", "lineages", "phrase"),
    [
        ("meeting", ["s000", "s001", "s002", "s004"], 3, ["Unnamed", "ANI", "UNI"],
         "reported by 4 outlets, 3 independent accounts"),
        ("third-asian", ["s000", "s001"], 2, ["Unnamed", "ANI"],
         "reported by 2 outlets, 2 independent accounts"),
        ("soia", ["s004"], 1, ["UNI"], "reported by 1 outlet"),
        ("summit", ["s002", "s003"], 1, ["ANI"], "reported by 2 outlets, 1 independent account"),
        ("kallas-milestone", ["s001", "s002", "s000"], 2, ["Unnamed", "ANI"],
         "reported by 3 outlets, 2 independent accounts"),
        ("substance", [], 0, [], "cited from no outlet"),
        ("signed-or-agreed", ["s001", "s004"], 2, ["ANI", "UNI"],
         "reported by 2 outlets, 2 independent accounts"),
    ],
)  # fmt: skip
def test_each_item_counts_outlets_and_independent_accounts(  # noqa: PLR0917
    comparison: Comparison,
    item_id: str,
    outlets: list[str],
    independent: int,
    lineages: list[str],
    phrase: str,
) -> None:
    """Outlets in citation order, lineages in comparison order, and the shared phrase."""
    entry = by_id(comparison, item_id)
    assert [source.id for source in entry.sources] == outlets
    assert entry.outlets == len(outlets)
    assert entry.independent == independent
    assert [lineage.name for lineage in entry.lineages] == lineages
    assert entry.phrase == phrase


def test_items_follow_the_briefing_and_keep_each_outlets_excerpts(comparison: Comparison) -> None:
    """Every item once, in Briefing.items() order; an outlet's cell holds all its excerpts."""
    items = list(comparison.briefing.items())
    assert [entry.item for entry in comparison.items] == items
    assert all(comparison.coverage_of(item).item is item for item in items)
    soia = by_id(comparison, "soia")
    uni = comparison.briefing.source("s004")
    excerpts = [e.excerpt for e in soia.evidence_from(uni)]
    assert len(excerpts) == 2
    assert excerpts[0].startswith("announced the launch of negotiations")
    assert excerpts[1].startswith("They also welcomed the launch")
    assert soia.evidence_from(comparison.briefing.source("s001")) == ()
    assert soia.reported_by(uni)
    assert not soia.reported_by(comparison.briefing.source("s000"))
    timeline = comparison.items[-1]
    assert timeline.kind == "timeline"
    assert timeline.phrase == "reported by 2 outlets, 1 independent account"


def test_each_outlet_lists_what_cites_it_by_kind(comparison: Comparison) -> None:
    """Per outlet: its lineage, its words, and the outcomes, quotes, questions and discrepancies."""
    uni = comparison.outlet(comparison.briefing.source("s004"))
    assert uni.lineage.name == "UNI"
    assert uni.words == len(uni.source.text.split())
    assert ids(uni.outcomes) == ["meeting", "soia"]
    assert ids(uni.quotes) == ["mukharji"]
    assert ids(uni.questions) == []
    assert ids(uni.discrepancies) == ["signed-or-agreed"]
    assert ids(uni.items) == ["meeting", "soia", "mukharji", "signed-or-agreed"]
    ani = comparison.outlet(comparison.briefing.source("s003"))
    assert ids(ani.items) == ["summit", "first-dialogue"]
    assert ids(ani.questions) == ["first-dialogue"]
    assert [o.source.id for o in comparison.outlets] == ["s000", "s001", "s002", "s003", "s004"]


def test_copied_share_is_the_text_found_in_any_other_outlet(comparison: Comparison) -> None:
    """The ANI copies carry much of each other; UNI almost nothing; the paraphrase a little."""
    share = {o.source.id: o.copied_share for o in comparison.outlets}
    assert share["s001"] > 0.7
    assert share["s002"] > 0.5
    assert share["s004"] < 0.01
    assert 0.03 < share["s000"] < 0.1
    reuse = comparison.reuse
    for outlet in comparison.outlets:
        best = max(
            reuse.containment(outlet.source, o.source) for o in comparison.outlets if o != outlet
        )
        assert best <= outlet.copied_share + 1e-12  # the union is at least the largest part


def test_exclusives_by_lineage(comparison: Comparison) -> None:
    """What only one lineage reports, of every kind; and of the counted kinds only."""
    ani, uni = comparison.lineages[1], comparison.lineages[2]
    assert ids(comparison.exclusives(ani)) == ["summit", "first-dialogue", "timeline"]
    assert ids(comparison.exclusives(uni)) == ["soia", "mukharji"]
    assert comparison.exclusives(comparison.lineages[0]) == ()
    assert by_id(comparison, "summit").exclusive_to == ani
    assert by_id(comparison, "meeting").exclusive_to is None
    assert by_id(comparison, "substance").exclusive_to is None
    # The per-outlet figures count outcomes, quotes and discrepancies only.
    assert ids(account_alone(comparison, ani)) == ["summit"]
    assert ids(account_alone(comparison, uni)) == ["soia", "mukharji"]
    assert numbered(comparison, account_alone(comparison, uni)) == "outcome 3; quote 2"
    assert numbered(comparison, comparison.exclusives(ani)) == (
        "outcome 4; open question 1; timeline event 1"
    )


@pytest.mark.parametrize(
    ("source", "reports", "alone", "phrase"),
    [
        ("s000", ["meeting", "third-asian", "kallas-milestone"], [],
         "reports 3 of the 7 outcomes, quotes and differences,"
         " each also reported by another account"),
        # summit: s002 and s003 report it, both ANI copy: only their account does.
        ("s002", ["meeting", "summit", "kallas-milestone"], ["summit"],
         "reports 3 of the 7 outcomes, quotes and differences,"
         " 1 of them reported by no other account"),
        # first-dialogue (an open question) is not counted: s003 reports one counted item.
        ("s003", ["summit"], ["summit"],
         "reports 1 of the 7 outcomes, quotes and differences, reported by no other account"),
        ("s004", ["meeting", "soia", "mukharji", "signed-or-agreed"], ["soia", "mukharji"],
         "reports 4 of the 7 outcomes, quotes and differences,"
         " 2 of them reported by no other account"),
    ],
)  # fmt: skip
def test_each_outlets_figures_count_outcomes_quotes_and_discrepancies(
    comparison: Comparison, source: str, reports: list[str], alone: list[str], phrase: str
) -> None:
    """What it reports of the 7 counted items, what only its account reports, in words."""
    summary = outlet_summary(comparison, comparison.briefing.source(source))
    assert summary.counted == 7 == len(counted_items(comparison))  # 4 + 2 + 1, not 10
    assert ids(summary.reports) == reports
    assert ids(summary.alone) == alone
    assert summary.phrase == phrase
    count, rest = summary.tally.split(", ", 1)  # the same counts, for under a heading
    assert int(count) == len(reports) and phrase.endswith(f"differences, {rest}")
    assert outlet_summaries(comparison)[int(source[1:])] == summary


def test_an_outlets_citations_are_counted_as_excerpts_and_items(comparison: Comparison) -> None:
    """Distinct excerpts (as the source list counts them), and the items of every kind citing it."""
    briefing = comparison.briefing
    s003 = outlet_summary(comparison, briefing.source("s003"))
    assert s003.excerpts == len(briefing.evidence_in(briefing.source("s003"))) == 2
    assert s003.citing == 2  # summit and the open question first-dialogue
    assert s003.cited_phrase == (
        "2 excerpts cited by 2 items, open questions and timeline events included"
    )
    uni = outlet_summary(comparison, briefing.source("s004"))
    assert (uni.excerpts, uni.citing) == (5, 4)  # soia cites two excerpts of it
    assert uni.account is None and s003.account == "ANI copy"
    assert uni.alone_listed == "outcome 3; quote 2"


def test_one_account_has_no_alone_figures(comparison: Comparison) -> None:
    """With a single account nothing is reported by one alone, and the phrase does not say so."""
    single = compare(comparison.briefing, threshold=0.0)
    summary = outlet_summary(single, single.briefing.source("s004"))
    assert not summary.several and summary.alone == ()
    assert summary.phrase == "reports 4 of the 7 outcomes, quotes and differences"
    assert summary.tally == "4"
    assert account_alone(single, single.lineages[0]) == ()


def test_one_lineage_has_no_exclusives(comparison: Comparison) -> None:
    """Threshold 0: every pair sharing a shingle joins; one lineage, so nothing is exclusive."""
    single = compare(comparison.briefing, threshold=0.0)
    assert single.independent == 1
    assert all(entry.exclusive_to is None for entry in single.items)
    assert single.exclusives(single.lineages[0]) == ()
    assert by_id(single, "meeting").phrase == "reported by 4 outlets, 1 independent account"


@pytest.mark.parametrize(
    ("outlets", "independent", "phrase"),
    [
        (0, 0, "cited from no outlet"),
        (1, 1, "reported by 1 outlet"),
        (2, 1, "reported by 2 outlets, 1 independent account"),
        (3, 1, "reported by 3 outlets, 1 independent account"),
        (3, 3, "reported by 3 outlets, 3 independent accounts"),
    ],
)
def test_coverage_phrase(outlets: int, independent: int, phrase: str) -> None:
    """The one wording the plain brief and the app share."""
    assert coverage_phrase(outlets, independent) == phrase


def test_comparison_is_immutable(comparison: Comparison) -> None:
    """The result object cannot be changed after compare()."""
    with pytest.raises(AttributeError):
        comparison.lineages = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        comparison.items[0].lineages = ()  # type: ignore[misc]
    assert isinstance(comparison.items, tuple)
    assert isinstance(comparison.outlets[0].items, tuple)


def test_foreign_item_is_refused(comparison: Comparison) -> None:
    """coverage_of() answers only for this briefing's own items."""
    other = load(SEEDS)
    with pytest.raises(KeyError):
        comparison.coverage_of(next(other.items()))


def test_analysis_imports_neither_textual_nor_rich() -> None:
    """The analysis is core: importing and running it loads no UI library."""
    code = (
        "import sys; from briefing.analysis import compare, outlet_summaries; "
        f"from briefing.load import load; outlet_summaries(compare(load({str(SEEDS)!r}))); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
