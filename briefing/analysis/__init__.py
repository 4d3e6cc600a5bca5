"""How the outlets of a briefing covered it: coverage, copied text, lineages, exclusives.

Pure Python (no textual, no rich): the plain brief and the app both read it.

    from briefing.analysis import compare
    comparison = compare(briefing)          # immutable; computed once

    comparison.lineages                     # tuple[Lineage]: name, sources, wire
    comparison.independent                  # how many lineages (independent accounts)
    comparison.lineage_of(source)           # a source's Lineage
    comparison.within(lineage)              # its pairs that share text (PairReuse, with shares)

    comparison.items                        # tuple[ItemCoverage], in Briefing.items() order
    comparison.coverage_of(item)            # one item's ItemCoverage
        .sources / .by_source               #   the outlets reporting it (with their excerpts)
        .evidence_from(source)              #   one outlet's excerpts for it, () if it does not
        .outlets / .independent / .phrase   #   3, 1, "reported by 3 outlets, 1 independent account"
        .exclusive_to                       #   the only lineage reporting it, or None

    comparison.outlets                      # tuple[SourceCoverage], in briefing source order
    comparison.outlet(source)               # one outlet's SourceCoverage
        .lineage / .words / .copied_share   #   header facts: share of its text found elsewhere
        .items / .outcomes / .quotes / .questions / .discrepancies / .timeline
    comparison.exclusives(lineage)          # items of every kind no other lineage reports

    outlet_summary(comparison, source)      # one outlet's figures, as every view shows them
        .reports / .alone / .counted        #   outcomes, quotes, discrepancies: those it reports,
                                            #   those only its account reports, how many in all
        .phrase                             #   "reports 14 of the 38 outcomes, quotes and ..."
        .tally                              #   "14, 3 of them ...", under `reports_heading(38)`
    account_alone(comparison, lineage)      # the outcomes, quotes, discrepancies only it reports
    numbered(comparison, entries)           # "outcomes 5, 6, 14–16; quote 3"

    comparison.reuse                        # TextReuse
        .containment(a, b)                  #   share of a's text found in b (word 8-grams)
        .matrix()                           #   containment for every (row, column) pair
        .pairs / .pair(a, b)                #   PairReuse for pairs sharing any text
        .shared_passages(a, b)              #   SharedPassage spans in a.text and b.text (lazy)

    coverage_phrase(outlets, independent)   # the phrase, for counts computed elsewhere

The rules (what a word is, the shingle size, the lineage threshold and why it
is 0.2, how lineages are named, what a passage span covers) are documented in
words.py, reuse.py and lineage.py; what the per-outlet figures count (the
outcomes, quotes and discrepancies) and why, in summary.py. Sources are matched by id throughout; an
"outlet" is one source (article).
"""

from briefing.analysis.compare import Comparison, compare
from briefing.analysis.coverage import (
    ItemCoverage,
    ItemKind,
    SourceCoverage,
    coverage_phrase,
    kind_of,
)
from briefing.analysis.lineage import LINEAGE_THRESHOLD, Lineage, find_lineages
from briefing.analysis.reuse import SHINGLE_WORDS, PairReuse, SharedPassage, TextReuse
from briefing.analysis.summary import (
    COUNTED,
    COUNTED_KINDS,
    COUNTED_SECTIONS,
    OutletSummary,
    account_alone,
    account_label,
    counted_items,
    number_ranges,
    numbered,
    outlet_summaries,
    outlet_summary,
    reports_heading,
)

__all__ = [
    "COUNTED",
    "COUNTED_KINDS",
    "COUNTED_SECTIONS",
    "LINEAGE_THRESHOLD",
    "SHINGLE_WORDS",
    "Comparison",
    "ItemCoverage",
    "ItemKind",
    "Lineage",
    "OutletSummary",
    "PairReuse",
    "SharedPassage",
    "SourceCoverage",
    "TextReuse",
    "account_alone",
    "account_label",
    "compare",
    "counted_items",
    "coverage_phrase",
    "find_lineages",
    "kind_of",
    "number_ranges",
    "numbered",
    "outlet_summaries",
    "outlet_summary",
    "reports_heading",
]
