"""Parts of a text styled by the .tcss, each styled whole, against what is under it.

Our texts name their parts by component class (`Content("5").stylize(".section-list--count")`),
so that the .tcss decides their look. Textual (8.2) draws such a part with a
*partial* style, worked out as if nothing were under it: an "auto" colour
(`$text-muted`, `$text-disabled`) is then picked against black and came out
near white on the light theme, and a background given in full (`$warning`)
was dropped. Here each part gets the style the widget would give it as a whole
(`get_visual_style`, its ancestors' backgrounds included, and the block it sits
in for a list), so colours are worked out against the real background.

Text on a list's highlight is also kept legible (`legible`): Textual picks an
"auto" colour by brightness, not by contrast, and a theme's highlight can be
a mid-tone on which the colour picked (or the theme's own cursor text) reads
at about 3:1 (textual-dark's blue, solarized's).
"""

from __future__ import annotations

from dataclasses import replace

from rich.color import ColorSystem
from textual.app import RenderResult
from textual.color import Color
from textual.content import Content, Span
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

LEGIBLE = 4.5
"""The least contrast (WCAG ratio) of text on a highlight: the WCAG AA level for body text."""
_EXTREMES = (Color(255, 255, 255), Color(0, 0, 0))


def _luminance(color: Color) -> float:
    """WCAG relative luminance of an opaque colour."""

    def linear(value: int) -> float:
        """One channel, linearised."""
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)


def _in_256_colours(color: Color) -> Color:
    """The colour a 256-colour terminal (tmux's default) shows for `color`."""
    return Color(*color.rich_color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def seen_contrast(text: Color, background: Color) -> float:
    """The contrast of text on a background in true colour or in 256 colours, whichever is lower.

    Rounding to the 256-colour palette moves a mid-tone enough to matter:
    textual-dark's highlight (#0178D4) becomes #0087D7, on which white falls
    from 4.5:1 to 3.9:1.
    """
    rounded = contrast(_in_256_colours(text), _in_256_colours(background))
    return min(contrast(text, background), rounded)


def legible(style: Style) -> Style:
    """`style`, its text white or black instead when its own colour reads below `LEGIBLE`.

    White or black: one that reads at `LEGIBLE` in both true colour and 256
    colours, else one that does in true colour (one of them always reaches
    4.58:1 there). Terminal (ANSI) colours are left alone: the terminal
    decides what they look like.
    """
    background, foreground = style.background, style.foreground
    if background is None or foreground is None or background.ansi is not None:
        return style
    if foreground.ansi is not None or seen_contrast(background + foreground, background) >= LEGIBLE:
        return style

    def merit(extreme: Color) -> tuple[bool, bool, float]:
        """Legible in both; else legible in true colour (one always is); then the higher."""
        seen = seen_contrast(extreme, background)
        return seen >= LEGIBLE, contrast(extreme, background) >= LEGIBLE, seen

    return replace(style, foreground=max(_EXTREMES, key=merit), auto_color=False)


def inverted(style: Style) -> Style:
    """`style` with its text and background colours swapped (made opaque first).

    Textual's styles carry no "reverse" from the .tcss: this draws it with
    colours, so that what the reader sees is what a test reads. Text kept
    `legible` stays legible swapped: the pair, and its contrast, are the same.
    """
    background, foreground = style.background, style.foreground
    if background is None or foreground is None:
        return style
    return replace(
        style, background=background + foreground, foreground=background, auto_color=False
    )


def owner_of(node: Widget, name: str) -> Widget | None:
    """The nearest widget, `node` or an ancestor, that declares the component class `name`."""
    for ancestor in node.ancestors_with_self:
        if isinstance(ancestor, Widget) and name in ancestor.COMPONENT_CLASSES:
            return ancestor
    return None


def whole_styles(
    content: Content, node: Widget, *under: str, over: tuple[str, ...] = ()
) -> Content:
    """`content` with each part named ".component-class" given its whole style.

    Args:
        content: A text whose parts may name component classes.
        node: The widget that draws it (it, or an ancestor, declares the classes).
        under: Component classes of `node` the text is drawn in (a list's block,
            highlighted or not): the parts are styled on top of them.
        over: Component classes of `node` laid over each of its own parts (a
            highlighted block's text colour, which a part's own colour, chosen
            for the plain background, must not override); those parts are
            kept `legible`.
    """
    spans: list[Span] = []
    changed = False
    for span in content.spans:
        style = span.style
        if isinstance(style, str) and style.startswith(".") and " " not in style:
            name = style[1:]
            owner = owner_of(node, name)
            if owner is not None:
                if owner is node:
                    whole = owner.get_visual_style(*under, name, *over)
                    whole = legible(whole) if over else whole
                else:
                    whole = owner.get_visual_style(name)
                spans.append(Span(span.start, span.end, whole))
                changed = True
                continue
        spans.append(span)
    return Content(content.plain, spans, content.cell_length) if changed else content


class PartsStatic(Static):
    """A Static whose text's parts are styled whole (see the module's docstring).

    They are worked out at each render, so a new theme restyles them.
    """

    def render(self) -> RenderResult:
        """The text set with `update`, its parts styled whole."""
        visual = super().render()
        return whole_styles(visual, self) if isinstance(visual, Content) else visual
