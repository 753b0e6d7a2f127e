"""The strategy tree as HTML, written in Python.

The tree of a big city's strategy has some 350 nodes; rendered through a recursive
template include it took most of the page's time. This renderer makes the same markup
with ``format_html`` (every value escaped) in a fraction of it. Keep it in step with the
styles in static/css/app.css and the behaviour in static/js/tree.js.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from core.links import fill_id

from .presentation import period_label, priority_label
from .selectors import StrategyTree, TreeNode


class TreeRenderer:
    def __init__(
        self, tree: StrategyTree, *, links: dict[str, str], csrf_token: str, can_edit: bool
    ):
        self.tree = tree
        self.links = links
        self.csrf_token = csrf_token
        self.can_edit = can_edit
        self.texts = {
            "implementers": _("implementers:"),
            "no_implementer": _("no implementer"),
            "indicators": _("indicators:"),
            "details": _("Details"),
            "to": _("to"),
        }

    def render(self) -> SafeString:
        parts: list[str] = []
        for node in self.tree.roots:
            self._node(node, parts)
        return format_html('<ol class="tree-level" role="list">{}</ol>', mark_safe("".join(parts)))  # noqa: S308 - parts are built with format_html

    def _move_form(self, url: str, node: TreeNode) -> str:
        return format_html(
            '<form method="post" action="{url}" class="inline move-form" hx-post="{url}"'
            ' hx-target="#tree" hx-swap="outerHTML">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
            '<button type="submit" name="direction" value="up" class="icon-button"'
            ' aria-label="{up}">↑</button>'
            '<button type="submit" name="direction" value="down" class="icon-button"'
            ' aria-label="{down}">↓</button></form>',
            url=url,
            token=self.csrf_token,
            up=node.move_up_label,
            down=node.move_down_label,
        )

    def _node(self, node: TreeNode, parts: list[str]) -> None:
        if node.is_action:
            parts.append(self._action(node))
            return
        goal = node.goal
        ops = [
            format_html(
                '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
                fill_id(self.links["goal_detail"], goal.pk),
                self.texts["details"],
                node.number,
            )
        ]
        if node.indicators:
            ops.append(
                format_html(
                    '<span class="muted">{} {}</span>',
                    self.texts["indicators"],
                    len(node.indicators),
                )
            )
        if self.can_edit:
            if goal.depth < self.tree.goal_depth:
                add_url = f"{self.links['goal_create']}?parent={goal.pk}"
            else:
                add_url = f"{self.links['action_create']}?goal={goal.pk}"
            ops.append(
                format_html(
                    '<a href="{}">{}<span class="visually-hidden"> {} {}</span></a>',
                    add_url,
                    node.add_child_label,
                    self.texts["to"],
                    node.number,
                )
            )
            ops.append(self._move_form(fill_id(self.links["goal_move"], goal.pk), node))
        parts.append(
            format_html(
                '<li id="goal-{}" class="tree-goal depth-{}"><details open><summary>'
                '<span class="node-number">{}</span> <span class="level-name">{}:</span> '
                '<span class="node-title">{}</span></summary><div class="node-ops">{}</div>',
                goal.pk,
                goal.depth,
                node.number,
                node.level.name if node.level else "",
                goal.title,
                mark_safe("".join(ops)),  # noqa: S308 - built with format_html
            )
        )
        if node.children:
            parts.append('<ol class="tree-level" role="list">')
            for child in node.children:
                self._node(child, parts)
            parts.append("</ol>")
        parts.append("</details></li>")

    def _action(self, node: TreeNode) -> str:
        action = node.action
        implementers = action.implementers()
        if implementers:
            who = format_html(
                "{} {}",
                self.texts["implementers"],
                ", ".join(str(p.institution) for p in implementers),
            )
        else:
            who = format_html('<span class="warning-text">{}</span>', self.texts["no_implementer"])
        meta = [period_label(action), who]
        if node.indicators:
            meta.append(format_html("{} {}", self.texts["indicators"], len(node.indicators)))
        move = (
            self._move_form(fill_id(self.links["action_move"], action.pk), node)
            if self.can_edit
            else ""
        )
        return format_html(
            '<li id="action-{}" class="tree-action"><div class="node-line">'
            '<span class="node-number">{}</span> <a href="{}">{}</a></div>'
            '<p class="node-meta">{}</p>{}</li>',
            action.pk,
            node.number,
            fill_id(self.links["action_detail"], action.pk),
            action.title,
            format_html_join(" · ", "{}", ((m,) for m in meta)),
            mark_safe(move),  # noqa: S308 - built with format_html
        )


def _ordered(items: list[str], empty: str) -> str:
    if not items:
        return empty
    return format_html(
        '<ol class="plain-list">{}</ol>', format_html_join("", "<li>{}</li>", ((i,) for i in items))
    )


def plan_rows_html(items: list[TreeNode], *, action_url: str, year: int | None) -> SafeString:
    """The body rows of one area's table in the action plan (see plan_tables.html)."""
    none = format_html('<span class="warning-text">{}</span>', _("none"))
    # Each goal heading opens a <tbody> of its own, so that its scope="rowgroup" header
    # covers exactly the actions under it.
    rows = ["<tbody>"]
    for node in items:
        if not node.is_action:
            if rows[-1] != "<tbody>":
                rows.append("</tbody><tbody>")
            rows.append(
                format_html(
                    '<tr class="plan-goal"><th scope="rowgroup" colspan="7"'
                    ' id="plan-goal-{}">{}. {}: {}</th></tr>',
                    node.goal.pk,
                    node.number,
                    node.level.name if node.level else "",
                    node.goal.title,
                )
            )
            continue
        action = node.action
        rows.append(
            format_html(
                '<tr><td>{}</td><th scope="row" class="plan-title"><a href="{}">{}</a></th>'
                "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                node.number,
                fill_id(action_url, action.pk),
                action.title,
                _ordered([f.source.name for f in action.financing()], "—"),
                _ordered([p.institution.label for p in action.implementers()], none),
                _ordered([p.institution.label for p in action.partners()], "—"),
                period_label(action),
                priority_label(action, year),
            )
        )
    rows.append("</tbody>")
    return mark_safe("".join(rows))  # noqa: S308 - every row is built with format_html
