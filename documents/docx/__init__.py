"""The DOCX renderer: a ``documents.content.Document`` written out as a Word file.

The file is meant to be edited further in Word or LibreOffice and signed by an office, so
it is built from Word's own means rather than look-alikes: headings are the built-in
"Heading 1..3" styles (numbers "1.", "1.1." computed here), the table of contents is a
real TOC field, page numbers are PAGE/NUMPAGES fields, captions carry SEQ fields, tables
are Word tables whose header row repeats on every page, charts are pictures with their
text alternative and their data table beside them.

How it is put together, a module for each part:

* renderer.py walks the document's blocks into the file. The base is python-docx's blank
  document or, when the local government uploaded a title page template
  (``Look.title_template``), that template rendered by docxtpl (title_template.py). The
  template is rendered first, in a sandboxed Jinja environment with autoescaping
  (template_sandbox.py), and only with the title page's fields; the document's own text
  is added afterwards as XML text nodes. What a user typed ("{{ title }}", "{% if %}",
  "<", "&") therefore always comes out as it is and can never reach the template engine.
* styles.py then makes every style the body uses exist and sets it to the look of the
  local government (font, colours): a user's template that lacks them still renders. The
  bullet list's definition is numbering.py's; the document settings word_settings.py's.
* The body is written as WordprocessingML strings (wordml.py, tables.py) parsed by lxml,
  a table at a time. python-docx's object API (``table.cell(r, c)`` is linear in the size
  of the table) is far too slow for strategies with hundreds of actions; building the XML
  directly keeps a large report to a fraction of a second. All text goes through
  ``text_xml``, which escapes it and drops the characters XML cannot hold.
* title_page.py writes the built-in title page and the template offered for download;
  pictures.py the coat of arms and the charts; layout.py holds the page's measures.

Labels the renderer adds ("Table 1.", "Page 1 of 9", ...) are English msgids translated
with gettext, so the document is in the language active while it is rendered.
"""

from .renderer import render_docx
from .template_sandbox import TitleTemplateError
from .title_page import default_title_template
from .title_template import check_title_template

__all__ = ["TitleTemplateError", "check_title_template", "default_title_template", "render_docx"]
