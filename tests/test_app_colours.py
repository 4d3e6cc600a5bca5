"""Colours a reader relies on: muted text legible, the current excerpt standing out, both themes.

The app is driven with Pilot and the lines are taken as the widgets draw them
(the segments and their colours), so these fail if a part of a text is drawn
against the wrong background (as Textual's own class lookup did for "auto"
colours on the light theme) or the current excerpt loses its highlight.
"""

from __future__ import annotations

import pytest
from app_snapshots.targets import drive, small_app, small_briefing
from rich.color import Color, ColorSystem
from rich.segment import Segment
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from briefing.tui.app import BriefingApp
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.widgets.article import ArticleText
from briefing.tui.widgets.evidence import EvidenceList

THEMES = ("textual-dark", "textual-light")


def luminance(color: Color) -> float:
    """WCAG relative luminance of a colour."""
    red, green, blue = color.get_truecolor()

    def channel(value: int) -> float:
        """One channel, linearised."""
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def distance(one: Color, other: Color) -> float:
    """How far apart two colours are (Euclidean, in RGB)."""
    pairs = zip(one.get_truecolor(), other.get_truecolor(), strict=True)
    return float(sum((a - b) ** 2 for a, b in pairs) ** 0.5)


def segments(widget: Widget) -> list[Segment]:
    """Every segment of every line the widget draws now."""
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return [segment for line in lines for segment in line]


def drawn(widget: Widget, words: str) -> Segment:
    """The drawn segment holding `words`."""
    for segment in segments(widget):
        if words in segment.text:
            return segment
    raise AssertionError(f"{words!r} is not drawn in {widget}")


def colours(segment: Segment) -> tuple[Color, Color]:
    """A segment's text and background colours."""
    style = segment.style
    assert style is not None and style.color is not None and style.bgcolor is not None
    return style.color, style.bgcolor


@pytest.mark.parametrize("theme", THEMES)
def test_muted_text_in_the_header_and_the_sections_is_legible(theme: str) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.theme = theme
        await pilot.pause()
        header = app.screen.query_one("#header")
        sections = app.screen.query_one("#sections")
        count = str(len(small_briefing().outcomes))
        for widget, words in ((header, "outlets"), (sections, f" {count}")):
            text, background = colours(drawn(widget, words))
            assert contrast(text, background) >= 3, (theme, words, text, background)

    drive(small_app(), scenario)


@pytest.mark.parametrize("theme", THEMES)
def test_the_current_excerpt_is_the_most_visible_text_of_the_article(theme: str) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.theme = theme
        await pilot.press("7", "enter", "enter")  # Sources, ANI, its first excerpt
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        article = app.screen.query_one(ArticleText)
        source = small_briefing().source("ani")
        current, other = (source.text[e.span.start : e.span.end] for e in article.cited[:2])
        current_text, current_background = colours(drawn(article, current.split()[0]))
        _, cited_background = colours(drawn(article, other.split()[0]))
        page = article.get_visual_style().background.rich_color
        warning = app.current_theme.warning
        assert warning is not None
        drawn_rgb, theme_rgb = (
            current_background.get_truecolor(),
            Color.parse(warning).get_truecolor(),
        )
        assert all(abs(a - b) <= 2 for a, b in zip(drawn_rgb, theme_rgb, strict=True))  # rounding
        assert current_background != cited_background
        # Stands out from the page more than the other cited excerpts do (by colour
        # distance: a saturated amber differs from a grey page by hue, not by luminance).
        assert distance(current_background, page) > 2 * distance(cited_background, page)
        assert contrast(current_text, current_background) >= 4.5

    drive(small_app(), scenario)


def in_256_colours(color: Color) -> Color:
    """The colour a 256-colour terminal (tmux's default) shows for `color`."""
    return Color.from_triplet(color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())


def first_block(widget: Widget) -> list[Segment]:
    """The text segments of a list's first block: the lines under the border, down to a rule."""
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    block: list[Segment] = []
    for line in lines[1:]:
        if not any(character.isalnum() for character in line.text):
            break
        block += [segment for segment in line if any(c.isalnum() for c in segment.text)]
    return block


def line_with(widget: Widget, words: str) -> list[Segment]:
    """The text segments of the line that holds `words`."""
    for line in widget.render_lines(Region(0, 0, widget.size.width, widget.size.height)):
        if words in line.text:
            return [segment for segment in line if any(c.isalnum() for c in segment.text)]
    raise AssertionError(f"{words!r} is not drawn in {widget}")


def assert_legible(block: list[Segment], what: str, *, rounded: bool = True) -> None:
    """Every segment reads at 4.5:1 or more, in true colour and (`rounded`) in 256 colours."""
    assert block, what
    for segment in block:
        text, background = colours(segment)
        ratios = [contrast(text, background)]
        if rounded:
            ratios.append(contrast(in_256_colours(text), in_256_colours(background)))
        assert min(ratios) >= 4.5, (what, segment.text, text, background, ratios)


@pytest.mark.parametrize("theme", THEMES)
def test_the_highlighted_excerpt_block_is_legible_focused_or_not(theme: str) -> None:
    """The outlet, the context and the excerpt read at 4.5:1 on the highlight (the outlet's
    blue on the blue highlight read at 1.1:1), and the excerpt still stands out."""

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.theme = theme
        await pilot.press("2", "enter")  # the first outcome's excerpts, the pane focused
        await pilot.pause()
        evidence = app.screen.query_one("#evidence")
        assert app.focused is evidence
        for state in ("focused", "blurred"):
            block = first_block(evidence)
            words = " ".join(segment.text for segment in block)
            assert "[1] ANI" in words, words  # the outlet line is part of it
            assert_legible(block, f"{theme} {state}")
            # Drawn on the highlight, not on the pane; the excerpt on a shade of its own.
            backgrounds = {colours(segment)[1] for segment in block}
            assert colours(drawn(evidence, "UNI"))[1] not in backgrounds
            assert len(backgrounds) == 2, backgrounds
            # The excerpt stands out from its context by brightness, not by hue alone
            # (a tint on the highlight read about 1.1:1), in true colour and 256 colours.
            excerpt = app.screen.query_one(EvidenceList).selected_evidence
            assert excerpt is not None
            around = colours(drawn(evidence, "[1] ANI"))[1]
            marked = colours(drawn(evidence, excerpt.excerpt.split()[0]))
            assert marked[1] != around
            assert contrast(marked[1], around) >= 3, (theme, state, marked, around)
            assert contrast(in_256_colours(marked[1]), in_256_colours(around)) >= 3
            await pilot.press("escape")  # back to the items: the highlight stays, blurred
            await pilot.pause()

    drive(small_app(), scenario)


def test_highlighted_text_is_legible_in_every_theme_the_app_offers() -> None:
    """The palette's themes (the ANSI ones aside: the terminal picks those colours)."""

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "enter")
        themes = sorted(name for name in app.available_themes if not name.startswith("ansi"))
        assert len(themes) > 10, themes
        for theme in themes:
            app.theme = theme
            for pane in ("evidence", "sections"):
                app.screen.query_one(f"#{pane}").focus()
                await pilot.pause()
                evidence = first_block(app.screen.query_one("#evidence"))
                section = line_with(app.screen.query_one("#sections"), "Key outcomes")
                # 256 colours can round a mid-tone highlight to where neither
                # white nor black reaches 4.5 (catppuccin-latte): true colour here.
                for block, name in ((evidence, "evidence"), (section, "section")):
                    assert_legible(block, f"{theme}: {name}, {pane} focused", rounded=False)

    drive(small_app(), scenario)
