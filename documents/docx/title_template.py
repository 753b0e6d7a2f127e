"""A local government's title-page template (``Look.title_template``, a DOCX with
placeholders) rendered by docxtpl with the title page's fields, in the sandbox of
template_sandbox.py. The template is rendered first and only with the title page's fields;
the document's own text is added afterwards as XML text nodes, so what a user typed
("{{ title }}", "{% if %}", "<", "&") always comes out as it is and never reaches the
template engine. ``check_title_template`` is the same rendering with sample fields: the
upload check."""

import io
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError, TemplateSyntaxError
from lxml import etree

from ..content import Look, TitlePage
from .layout import TITLE_COAT_HEIGHT
from .pictures import image_ok
from .template_sandbox import FieldsOnlyEnvironment, TitleTemplateError, fields_only_refusal
from .wordml import clean_text


def check_title_template(data: bytes) -> None:
    """Check an uploaded title-page template by rendering it with sample fields exactly as
    documents are rendered (only plain fields, in Jinja's sandbox); TitleTemplateError says
    what is wrong with it. Run it through core.sandbox: a file's cost is its author's to
    choose."""
    sample = TitlePage(government="Gmina", title="Strategia", subtitle="2025–2030")
    render_title_template(data, sample, Look())


def render_title_template(source, page: TitlePage, look: Look) -> WordDocument:
    """The title page template rendered with the title page's fields, then a section
    break: the template keeps its own page setup, header and footer on its page."""
    try:
        word = docx.Document(io.BytesIO(_rendered(source, page, look)))
    except (
        TemplateError,
        ValueError,
        KeyError,
        OSError,
        etree.XMLSyntaxError,
        zipfile.BadZipFile,
        PackageNotFoundError,
    ) as error:
        raise TitleTemplateError(str(error)) from error
    _end_with_section_break(word)
    return word


def _rendered(source, page: TitlePage, look: Look) -> bytes:
    """The template (bytes or a path) with the title page's fields filled in."""
    if not isinstance(source, bytes):
        with open(source, "rb") as file:
            source = file.read()
    template = DocxTemplate(io.BytesIO(source))
    coat = ""
    if look.coat_of_arms and image_ok(look.coat_of_arms):
        coat = InlineImage(template, io.BytesIO(look.coat_of_arms), height=TITLE_COAT_HEIGHT)
    lines = [clean_text(line) for line in page.lines]
    context = {
        "government": clean_text(page.government),
        "title": clean_text(page.title),
        "subtitle": clean_text(page.subtitle),
        "lines": lines,
        "lines_text": "\n".join(lines),
        "place_and_date": clean_text(page.place_and_date),
        "coat_of_arms": coat,
    }
    # Only plain fields, in Jinja's sandbox: the template is a user's upload (checked
    # again at every rendering, whatever the file went through before).
    try:
        template.render(context, jinja_env=FieldsOnlyEnvironment(autoescape=True))
    except TemplateSyntaxError as error:
        refusal = fields_only_refusal()
        raise TitleTemplateError(f"{refusal} ({error.message})") from error
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def _end_with_section_break(word: WordDocument) -> None:
    """Close the template's content with a section break of its own, so that the body
    that follows starts a new section without the template's title-page settings."""
    body = word.element.body
    sect_pr = body.get_or_add_sectPr()
    # A page break at the end of the template would leave an empty page: the section
    # break below starts a new page anyway.
    children = [child for child in body if child is not sect_pr]
    while children and _is_page_break_only(children[-1]):
        body.remove(children.pop())
    last = children[-1] if children else None
    if last is None or last.tag != qn("w:p"):
        last = parse_xml(f"<w:p {nsdecls('w')}/>")
        sect_pr.addprevious(last)
    title_sect_pr = parse_xml(sect_pr.xml)
    title_sect_pr.attrib.clear()
    last.get_or_add_pPr()._insert_sectPr(title_sect_pr)
    # The body's section starts afresh: no titlePg, headers or footers of the template.
    for child in list(sect_pr):
        if child.tag in (qn("w:titlePg"), qn("w:type")):
            sect_pr.remove(child)


def _is_page_break_only(element) -> bool:
    if element.tag != qn("w:p"):
        return False
    text = "".join(element.itertext()).strip()
    breaks = element.findall(".//" + qn("w:br"))
    drawings = element.findall(".//" + qn("w:drawing"))
    return (
        not text
        and not drawings
        and any(b.get(qn("w:type")) == "page" for b in breaks)
        and element.find(".//" + qn("w:sectPr")) is None
    )
