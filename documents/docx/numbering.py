"""The numbering part of the DOCX (numbering.xml): the bullet list of the "List Bullet"
style."""

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from .layout import BULLET


def bullet_numbering(word: WordDocument, fonts: str, style_id: str) -> int:
    """A bullet list definition of our own in numbering.xml, linked to the "List
    Bullet" style (and that style to nothing else); returns its numId."""
    part = word.part
    try:
        numbering = part.part_related_by(RT.NUMBERING)
    except KeyError:
        numbering = NumberingPart(
            PackURI("/word/numbering.xml"),
            CT.WML_NUMBERING,
            parse_xml(f"<w:numbering {nsdecls('w')}/>"),
            part.package,
        )
        part.relate_to(numbering, RT.NUMBERING)
    root = numbering.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in root.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in root.findall(qn("w:num"))]
    for link in root.iterfind(f"{qn('w:abstractNum')}/{qn('w:lvl')}/{qn('w:pStyle')}"):
        if link.get(qn("w:val")) == style_id:
            link.getparent().remove(link)
    abstract_id = max(abstract_ids, default=0) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:pStyle w:val="{style_id}"/><w:lvlText w:val="{BULLET}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr>'
        f"<w:rPr>{fonts}</w:rPr></w:lvl></w:abstractNum>"
    )
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        after = root.find(qn("w:numIdMacAtCleanup"))
        if after is not None:
            after.addprevious(abstract)
        else:
            root.append(abstract)
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    nums = root.findall(qn("w:num"))
    if nums:
        nums[-1].addnext(num)
    else:
        abstract.addnext(num)
    return num_id
