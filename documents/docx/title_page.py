"""The built-in title page (the local government, the title between two rules, the lines
below it, the place and date at the foot of the page), and the same page as a template for
local governments to download, edit in Word and upload (``default_title_template``)."""

import io

import docx
from docx.oxml import parse_xml

from ..content import DRAFT_COLOUR, Look
from .layout import set_page, text_width_twips
from .pictures import drop_thumbnail
from .styles import Styles
from .wordml import hex_colour, paragraph_xml, replace_story, run_xml


def default_title_template() -> bytes:
    """A title page template for local governments to download, edit in Word and upload.

    It holds every placeholder the renderer fills in (``{{ government }}``, ``{{ title }}``,
    ``{{ subtitle }}``, ``{{ lines_text }}``, ``{{ place_and_date }}`` and
    ``{{ coat_of_arms }}``) in the layout of the built-in title page; ``place_and_date`` is
    in the page footer, so that it stays at the bottom of the page.
    """
    word = docx.Document()
    look = Look()
    styles = Styles(word, look).prepare()
    section = word.sections[0]
    set_page(section, landscape=False)
    body = word.element.body
    sect_pr = body.sectPr
    for xml in title_page_paragraphs(
        look,
        coat_xml=run_xml("{{ coat_of_arms }}"),
        government="{{ government }}",
        title="{{ title }}",
        subtitle="{{ subtitle }}",
        lines_text="{{ lines_text }}",
        has_coat=True,
        styles=styles,
    ):
        sect_pr.addprevious(parse_xml(xml))
    footer = section.footer
    footer.is_linked_to_previous = False
    replace_story(footer._element, [place_and_date_xml("{{ place_and_date }}")])
    word.core_properties.title = "{{ title }}"
    word.core_properties.author = "{{ government }}"
    word.core_properties.language = "pl-PL"
    word.core_properties.comments = ""
    drop_thumbnail(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def title_page_paragraphs(
    look: Look,
    *,
    coat_xml: str,
    government: str,
    title: str,
    subtitle: str,
    lines_text: str,
    has_coat: bool,
    styles: dict[str, str] | None = None,
    draft_mark: str = "",
) -> list[str]:
    """The paragraphs of the built-in title page (and of the default template)."""
    styles = styles or {}
    accent = hex_colour(look.heading_colour, "1F3864")
    centre = '<w:jc w:val="center"/>'
    # The rules above and below the title are 40% of the text width, like the PDF's.
    indent = round(text_width_twips(False) * 0.3)
    rule = (
        f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="{accent}"/></w:pBdr>'
        '<w:spacing w:before="{before}" w:after="240" w:line="240" w:lineRule="auto"/>'
        f'<w:ind w:left="{indent}" w:right="{indent}"/>'
    )
    mark = '<w:rPr><w:sz w:val="8"/></w:rPr>'
    paragraphs = []
    if coat_xml:
        paragraphs.append(
            paragraph_xml(
                coat_xml, properties='<w:spacing w:before="560" w:after="360"/>' + centre, raw=True
            )
        )
    paragraphs.append(
        paragraph_xml(
            run_xml(government, bold=True, size=30),
            properties='<w:spacing w:after="0"/>' + centre,
            raw=True,
        )
    )
    before = 2800 if has_coat else 4000
    paragraphs.append(paragraph_xml("", properties=rule.format(before=before) + mark, raw=True))
    if draft_mark:  # a draft says so above its title, as the PDF does
        paragraphs.append(
            paragraph_xml(
                run_xml(draft_mark, bold=True, size=40, colour=DRAFT_COLOUR),
                properties='<w:spacing w:before="120" w:after="120"/>' + centre,
                raw=True,
            )
        )
    paragraphs.append(paragraph_xml(run_xml(title), style=styles.get("Title", "Title"), raw=True))
    if subtitle:
        paragraphs.append(
            paragraph_xml(run_xml(subtitle), style=styles.get("Subtitle", "Subtitle"), raw=True)
        )
    paragraphs.append(paragraph_xml("", properties=rule.format(before=120) + mark, raw=True))
    if lines_text:
        paragraphs.append(
            paragraph_xml(
                run_xml(lines_text, size=24),
                properties='<w:spacing w:before="360" w:after="0"/>' + centre,
                raw=True,
            )
        )
    return paragraphs


def place_and_date_xml(text: str) -> str:
    return paragraph_xml(run_xml(text, size=24), properties='<w:jc w:val="center"/>', raw=True)
