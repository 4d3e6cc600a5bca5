"""Parts of a text styled by the .tcss, each styled whole, against what is under it.

Our texts name their parts by component class (`Content("5").stylize(".section-list--count")`),
so that the .tcss decides their look. Textual (8.2) draws such a part with a
*partial* style, worked out as if nothing were under it: an "auto" colour
(`$text-muted`, `$text-disabled`) is then picked against black and came out
near white on the light theme, and a background given in full (`$warning`)
was dropped. Here each part gets the style the widget would give it as a whole
(`get_visual_style`, its ancestors' backgrounds included, and the block it sits
in for a list), so colours are worked out against the real background.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content, Span
from textual.widget import Widget
from textual.widgets import Static


def owner_of(node: Widget, name: str) -> Widget | None:
    """The nearest widget, `node` or an ancestor, that declares the component class `name`."""
    for ancestor in node.ancestors_with_self:
        if isinstance(ancestor, Widget) and name in ancestor.COMPONENT_CLASSES:
            return ancestor
    return None


def whole_styles(content: Content, node: Widget, *under: str) -> Content:
    """`content` with each part named ".component-class" given its whole style.

    Args:
        content: A text whose parts may name component classes.
        node: The widget that draws it (it, or an ancestor, declares the classes).
        under: Component classes of `node` the text is drawn in (a list's block,
            highlighted or not): the parts are styled on top of them.
    """
    spans: list[Span] = []
    changed = False
    for span in content.spans:
        style = span.style
        if isinstance(style, str) and style.startswith(".") and " " not in style:
            name = style[1:]
            owner = owner_of(node, name)
            if owner is not None:
                classes = (*under, name) if owner is node else (name,)
                spans.append(Span(span.start, span.end, owner.get_visual_style(*classes)))
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
