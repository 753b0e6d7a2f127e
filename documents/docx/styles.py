"""The styles of the DOCX: every style the renderer uses made to exist and set to the local
government's look (font, colours), so that a user's title-page template that lacks them
still renders."""

from typing import NamedTuple

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ..content import Look
from .layout import BODY_SIZE, RULE_GREY, TABLE_SIZE, TABLE_TEXT_STYLE, TOC_STYLES, text_width_twips
from .numbering import bullet_numbering
from .wordml import clean_text, hex_colour, xml_attribute


class _Definition(NamedTuple):
    """A paragraph style: its name, the style it is based on, its paragraph and run
    properties (WordprocessingML, in schema order)."""

    name: str
    based_on: str | None
    ppr: str
    rpr: str


class Styles:
    """Makes every style the renderer uses exist, set to the local government's look.

    Existing definitions (a user's template) keep their names and ids but get their
    paragraph and run properties replaced: a heading numbered by a multilevel list in the
    template would otherwise be numbered twice.
    """

    def __init__(self, word: WordDocument, look: Look, *, landscape: bool = False) -> None:
        self.word = word
        self.look = look
        self.text_width = text_width_twips(landscape)
        self.font = xml_attribute(clean_text(look.font).strip() or "DejaVu Sans")
        self.accent = hex_colour(look.heading_colour, "1F3864")
        self.fonts = (
            f'<w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:cs="{self.font}" '
            f'w:eastAsia="{self.font}"/>'
        )
        self.heading_run = self.fonts + f'<w:b/><w:bCs/><w:color w:val="{self.accent}"/>'

    def prepare(self) -> dict[str, str]:
        """Configure the styles; returns their ids by name."""
        self._defaults()
        bullet_style = self._ensure("List Bullet", WD_STYLE_TYPE.PARAGRAPH)
        bullet_num = bullet_numbering(self.word, self.fonts, bullet_style.style_id)
        definitions = [
            self._normal(),
            *self._headings(),
            *self._table_of_contents(),
            *self._title_page(),
            self._caption(),
            self._list_bullet(bullet_num),
            self._table_text(),
            *self._header_and_footer(),
        ]
        ids = {}
        for name, based_on, ppr, rpr in definitions:
            style = self._ensure(name, WD_STYLE_TYPE.PARAGRAPH)
            ids[name] = style.style_id
            self._set(style, based_on=ids.get(based_on) if based_on else None, ppr=ppr, rpr=rpr)
        grid = self._ensure("Table Grid", WD_STYLE_TYPE.TABLE)
        ids["Table Grid"] = grid.style_id
        self._table_grid(grid)
        return ids

    # One method per family of styles; the others are based on "Normal".

    def _normal(self) -> _Definition:
        return _Definition(
            "Normal",
            None,
            '<w:widowControl/><w:spacing w:before="0" w:after="120" w:line="264" '
            'w:lineRule="auto"/><w:jc w:val="both"/>',
            self.fonts + f'<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>'
            '<w:lang w:val="pl-PL"/>',
        )

    def _headings(self) -> list[_Definition]:
        """ "Heading 1..3": kept with the next paragraph, an outline level each."""
        return [
            _Definition(
                name,
                "Normal",
                "<w:keepNext/><w:keepLines/>"
                f'<w:spacing w:before="{before}" w:after="{after}" w:line="240" '
                f'w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="{level}"/>',
                self.heading_run + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
            )
            for level, (name, size, before, after) in enumerate(
                (
                    ("Heading 1", 32, 480, 240),
                    ("Heading 2", 26, 360, 160),
                    ("Heading 3", 23, 280, 120),
                )
            )
        ]

    def _table_of_contents(self) -> list[_Definition]:
        """The heading of the table of contents and its entries ("toc 1..3"), whose dotted
        tab stop is at the right edge of the text."""
        heading = _Definition(
            "TOC Heading",
            "Normal",
            '<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="360"/>'
            '<w:jc w:val="left"/>',
            self.heading_run + '<w:sz w:val="32"/><w:szCs w:val="32"/>',
        )
        entries = [
            _Definition(
                name,
                "Normal",
                f'<w:tabs><w:tab w:val="right" w:leader="dot" '
                f'w:pos="{self.text_width}"/></w:tabs>'
                f'<w:spacing w:before="{120 if level == 0 else 0}" w:after="60"/>'
                f'<w:ind w:left="{level * 284}" w:right="567"/><w:jc w:val="left"/>',
                "<w:b/><w:bCs/>" if level == 0 else "",
            )
            for level, name in enumerate(TOC_STYLES)
        ]
        return [heading, *entries]

    def _title_page(self) -> list[_Definition]:
        return [
            _Definition(
                "Title",
                "Normal",
                '<w:spacing w:before="240" w:after="120" w:line="240" w:lineRule="auto"/>'
                '<w:jc w:val="center"/>',
                self.heading_run + '<w:sz w:val="52"/><w:szCs w:val="52"/>',
            ),
            _Definition(
                "Subtitle",
                "Normal",
                '<w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>',
                self.fonts
                + f'<w:color w:val="{self.accent}"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
            ),
        ]

    def _caption(self) -> _Definition:
        return _Definition(
            "Caption",
            "Normal",
            '<w:keepNext/><w:spacing w:before="240" w:after="80" w:line="240" '
            'w:lineRule="auto"/><w:jc w:val="left"/>',
            '<w:color w:val="000000"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
        )

    def _list_bullet(self, bullet_num: int) -> _Definition:
        """The bullet list's items, numbered by our own list definition (numbering.py)."""
        return _Definition(
            "List Bullet",
            "Normal",
            f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{bullet_num}"/></w:numPr>'
            '<w:spacing w:after="60"/><w:ind w:left="567" w:hanging="283"/>',
            "",
        )

    def _table_text(self) -> _Definition:
        """A paragraph style of our own for the compact text of table cells."""
        return _Definition(
            TABLE_TEXT_STYLE,
            "Normal",
            '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:jc w:val="left"/>',
            f'<w:sz w:val="{TABLE_SIZE}"/><w:szCs w:val="{TABLE_SIZE}"/>',
        )

    def _header_and_footer(self) -> list[_Definition]:
        return [
            _Definition(
                "Header",
                "Normal",
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
                "",
            ),
            _Definition(
                "Footer",
                "Normal",
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
                "",
            ),
        ]

    # Writing a style.

    def _ensure(self, name: str, kind: WD_STYLE_TYPE):
        styles = self.word.styles
        if name in styles:
            style = styles[name]
            if style.type == kind:
                return style
            # A style of the wrong type under this name: ours gets a name of its own.
            name = f"{name} (document)"
            if name in styles:
                return styles[name]
        style = styles.add_style(name, kind, builtin=name != TABLE_TEXT_STYLE)
        style.hidden = False
        style.quick_style = name.startswith(("Heading", "Title", "Subtitle", "Normal"))
        if name == "Normal":
            style.element.set(qn("w:default"), "1")
        return style

    def _set(self, style, *, based_on: str | None, ppr: str, rpr: str) -> None:
        element = style.element
        if based_on and based_on != style.style_id:
            element.get_or_add_basedOn().set(qn("w:val"), based_on)
        for semi_hidden in element.findall(qn("w:semiHidden")):
            element.remove(semi_hidden)
        element._remove_pPr()
        element._remove_rPr()
        if ppr:
            element._insert_pPr(parse_xml(f"<w:pPr {nsdecls('w')}>{ppr}</w:pPr>"))
        if rpr:
            element._insert_rPr(parse_xml(f"<w:rPr {nsdecls('w')}>{rpr}</w:rPr>"))

    def _table_grid(self, style) -> None:
        element = style.element
        border = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE_GREY}"'
        table_properties = parse_xml(
            f'<w:tblPr {nsdecls("w")}><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>'
            f"<w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/>"
            f"<w:insideH {border}/><w:insideV {border}/></w:tblBorders>"
            '<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr>"
        )
        for old in element.findall(qn("w:tblPr")):
            element.remove(old)
        element._remove_pPr()
        element._insert_pPr(
            parse_xml(
                f'<w:pPr {nsdecls("w")}><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr>'
            )
        )
        # tblPr follows pPr and rPr, and precedes trPr, tcPr and tblStylePr.
        following = [element.find(qn(tag)) for tag in ("w:trPr", "w:tcPr", "w:tblStylePr")]
        following = [child for child in following if child is not None]
        if following:
            following[0].addprevious(table_properties)
        else:
            element.append(table_properties)

    def _defaults(self) -> None:
        """Document defaults: the font and the Polish language for every run."""
        styles = self.word.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
            styles.insert(0, defaults)
        for old in list(defaults):
            defaults.remove(old)
        defaults.append(
            parse_xml(
                f"<w:rPrDefault {nsdecls('w')}><w:rPr>{self.fonts}"
                f'<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>'
                '<w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            )
        )
        defaults.append(
            parse_xml(
                f"<w:pPrDefault {nsdecls('w')}><w:pPr>"
                '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            )
        )
