"""The comparison view (`c`): who reported what, copied text, and two outlets side by side.

    keys.py           the keys of the comparison and pair views, declared once
    compute.py        one `Comparison` per briefing, computed once, off the UI thread
    wording.py        how outlets are ordered and numbered, and the view's words for things
    cells.py          cell text built and clipped when a table draws it (theme styles apply)
    columns.py        where each column sits and which scroll into view (pure)
    grid.py           the line-API table both views draw with, fixed columns and a divider
    coverage_table.py one column per outlet, one row per item, each cell its own excerpt
    reuse_matrix.py   the share of each outlet's text found in each other outlet, shaded
    pair_layout.py    two texts cut into aligned blocks at the passages they share (pure)
    pair_text.py      those blocks drawn side by side, a line at a time
    pair_screen.py    the screen around them: heading, n/p through the passages, swap

The screen itself is `briefing.tui.screens.comparison.ComparisonScreen`. This
package's `__init__` imports nothing, so that the header can ask `compute.py`
for the count of independent accounts without loading the view.
"""
