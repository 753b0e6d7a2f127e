"""The sandbox a title-page template is rendered in: Jinja's sandbox that accepts nothing
but text and plain ``{{ field }}`` placeholders. Both the renderer and the upload check
(documents.uploads, which the look form calls) render templates through it."""

from django.utils.translation import gettext as _
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment


class TitleTemplateError(ValueError):
    """The title page template cannot be used: not a DOCX, or broken template syntax."""


TITLE_FIELDS = frozenset(
    {"government", "title", "subtitle", "lines", "lines_text", "place_and_date", "coat_of_arms"}
)


def fields_only_refusal() -> TitleTemplateError:
    return TitleTemplateError(
        _("Only these fields may be used, each as {{ name }}: %(fields)s.")
        % {"fields": ", ".join(sorted(TITLE_FIELDS - {"lines"}))}
    )


class FieldsOnlyEnvironment(SandboxedEnvironment):
    """Jinja's sandbox that compiles a template only when it holds nothing but text and
    plain ``{{ field }}`` placeholders of TITLE_FIELDS: no loops, conditions, filters,
    arithmetic, calls or attribute access. The sandbox stops reaching Python objects but not
    ``{% for %}`` a million times or ``"x" * 10**9``; refusing everything else stops both
    before anything runs.

    The rule is applied to what Jinja itself gets, whatever docxtpl hands it (the body,
    headers, footers, footnotes, the document's properties), after XML parsing has resolved
    CDATA sections, character references and encodings and docxtpl has joined delimiters
    split across runs: a check of the file's bytes could be fooled by any of those."""

    def _parse(self, source, name, filename):

        tree = super()._parse(source, name, filename)
        for node in tree.find_all(nodes.Node):
            if isinstance(node, nodes.Output | nodes.TemplateData):
                continue
            if isinstance(node, nodes.Name) and node.ctx == "load" and node.name in TITLE_FIELDS:
                continue
            raise fields_only_refusal()
        return tree
