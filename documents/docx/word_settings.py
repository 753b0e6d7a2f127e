"""The document settings of the DOCX (settings.xml): Polish number separators, Word 2013+
layout rather than "Compatibility Mode", and the fields updated when the file is opened."""

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.settings import Settings

_COMPAT_BEFORE_SHIFT_RETURN = {
    qn(f"w:{name}")
    for name in (
        "useSingleBorderforContiguousCells",
        "wpJustification",
        "noTabHangInd",
        "noLeading",
        "spaceForUL",
        "noColumnBalance",
        "balanceSingleByteDoubleByteWidth",
        "noExtraLineSpacing",
        "doNotLeaveBackslashAlone",
        "ulTrailSpace",
    )
}

# The elements that follow w:updateFields in w:settings (the schema fixes their order).
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def configure_settings(settings: Settings, *, update_fields: bool) -> None:
    """Polish number separators, Word 2013+ layout, and the fields updated on opening
    when the document has some to update (the table of contents)."""
    element = settings.element
    settings.odd_and_even_pages_header_footer = False
    if update_fields:
        # Word refreshes the fields (the table of contents) when it opens the file.
        update = element.find(qn("w:updateFields"))
        if update is None:
            update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
            element.insert_element_before(update, *_SETTINGS_AFTER_UPDATE_FIELDS)
        update.set(qn("w:val"), "true")
    for name, value in (("w:themeFontLang", "pl-PL"), ("w:decimalSymbol", ",")):
        found = element.find(qn(name))
        if found is not None:
            found.set(qn("w:val"), value)
    separator = element.find(qn("w:listSeparator"))
    if separator is not None:
        separator.set(qn("w:val"), ";")
    compat = element.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        element.insert_element_before(compat, *_SETTINGS_AFTER_UPDATE_FIELDS[4:])
    # Word 2013+ layout rather than "Compatibility Mode".
    for setting in compat.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    # A justified line that ends in a line break is not stretched across the page.
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        earlier = [child for child in compat if child.tag in _COMPAT_BEFORE_SHIFT_RETURN]
        shift_return = parse_xml(f"<w:doNotExpandShiftReturn {nsdecls('w')}/>")
        if earlier:
            earlier[-1].addnext(shift_return)
        else:
            compat.insert(0, shift_return)
