"""WordprocessingML as strings: text made fit for XML, runs, fields and paragraphs, which
the renderer parses with lxml a paragraph or a table at a time (python-docx's object API is
far too slow for large documents). All text goes through ``text_xml``, which escapes it and
drops the characters XML cannot hold."""

import re

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

# Characters XML 1.0 cannot hold (control characters pasted from other programs).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_HEX_COLOUR = re.compile(r"#?([0-9A-Fa-f]{6})")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def clean_text(text: str | None) -> str:
    """Plain text fit for XML: no control characters, Unix line ends."""
    if not text:
        return ""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def xml_attribute(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def text_xml(text: str) -> str:
    """Text runs' content: escaped, line breaks and tabs as Word's own elements."""
    text = clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = []
    for line in text.split("\n"):
        lines.append(
            "<w:tab/>".join(
                f'<w:t xml:space="preserve">{piece}</w:t>' if piece else ""
                for piece in line.split("\t")
            )
        )
    return "<w:br/>".join(lines)


def run_properties(
    *, bold: bool = False, italic: bool = False, size: int | None = None, colour: str | None = None
) -> str:
    properties = ""
    if bold:
        properties += "<w:b/><w:bCs/>"
    if italic:
        properties += "<w:i/><w:iCs/>"
    if colour:
        properties += f'<w:color w:val="{colour}"/>'
    if size:
        properties += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f"<w:rPr>{properties}</w:rPr>" if properties else ""


def run_xml(text: str, **formatting) -> str:
    if not text:
        return ""
    return f"<w:r>{run_properties(**formatting)}{text_xml(text)}</w:r>"


def fld_char(kind: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def field_xml(instruction: str, cached: str, **formatting) -> str:
    """A complex field with its cached result (what shows before it is updated)."""
    properties = run_properties(**formatting)
    result = f"<w:r>{properties}{text_xml(cached)}</w:r>" if cached else ""
    return (
        fld_char("begin", properties)
        + f'<w:r>{properties}<w:instrText xml:space="preserve"> {xml_attribute(instruction)} '
        "</w:instrText></w:r>"
        + fld_char("separate", properties)
        + result
        + fld_char("end", properties)
    )


def paragraph_xml(
    content: str, *, style: str | None = None, properties: str = "", raw: bool = False
) -> str:
    """A ``w:p`` with the namespace declarations, ready for ``parse_xml``.

    ``content`` is run XML when ``raw``, plain text otherwise. ``properties`` are the
    paragraph properties after the style, in schema order.
    """
    runs = content if raw else run_xml(content)
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{style_xml}{properties}</w:pPr>" if style_xml or properties else ""
    return f"<w:p {NAMESPACES}>{ppr}{runs}</w:p>"


# Pictures (wp:inline) carry their own declarations of the DrawingML namespaces.
NAMESPACES = nsdecls("w", "r")


def replace_story(element, paragraphs: list[str]) -> None:
    """Replace the content of a header or footer with the given paragraphs."""
    for child in list(element):
        element.remove(child)
    for xml in paragraphs:
        element.append(parse_xml(xml))


def split_paragraphs(text: str) -> list[str]:
    text = clean_text(text).strip()
    if not text:
        return []
    return [part.strip() for part in _BLANK_LINE.split(text) if part.strip()]


def hex_colour(value: str | None, default: str) -> str:
    match = _HEX_COLOUR.fullmatch((value or "").strip())
    return match.group(1).upper() if match else default


def lighten(colour: str, share: float) -> str:
    """The colour moved ``share`` of the way to white (the group rows' fill)."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * share):02X}" for c in channels)
