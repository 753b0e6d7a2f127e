"""Checks run on every HTML page the test suite renders (see conftest.py)."""

import os
import re
import shutil
import signal
import subprocess
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import html5lib
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

NS = "{http://www.w3.org/1999/xhtml}"
LABELLED_TYPES_EXEMPT = {"hidden", "submit", "button", "reset", "image"}


def _text(element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def check_page(html: str) -> list[str]:
    """Return the problems found in a rendered page; an empty list means it passes."""
    problems = []
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        document = parser.parse(html)
    except html5lib.html5parser.ParseError as error:
        line, col = parser.errors[-1][0] if parser.errors else ("?", "?")
        return [f"HTML does not parse: {error} at line {line}, column {col}"]
    h1s = list(document.iter(f"{NS}h1"))
    if len(h1s) != 1:
        problems.append(f"expected one <h1>, found {len(h1s)}")
    title = document.find(f".//{NS}title")
    if title is None or not _text(title):
        problems.append("the page has no <title>")
    elif h1s and not _text(title).startswith(_text(h1s[0])[:40]):
        problems.append(f"<title> {_text(title)!r} does not start with <h1> {_text(h1s[0])!r}")
    ids = Counter(el.get("id") for el in document.iter() if el.get("id"))
    duplicates = [value for value, count in ids.items() if count > 1]
    if duplicates:
        problems.append(f"duplicate ids: {duplicates}")
    for form in document.iter(f"{NS}form"):
        if form.get("action") is None or form.get("method") is None:
            problems.append("a form without action or method")
    labelled = {label.get("for") for label in document.iter(f"{NS}label")}
    wrapped = set()
    for label in document.iter(f"{NS}label"):
        for child in label.iter():
            wrapped.add(id(child))
    for tag in ("input", "select", "textarea"):
        for field in document.iter(f"{NS}{tag}"):
            if tag == "input" and field.get("type", "text") in LABELLED_TYPES_EXEMPT:
                continue
            if not (
                field.get("id") in labelled
                or id(field) in wrapped
                or field.get("aria-label")
                or field.get("aria-labelledby")
            ):
                problems.append(f"unlabelled <{tag} name={field.get('name')!r}>")
    for link in document.iter(f"{NS}a"):
        if link.get("href") is not None and not link.get("href").strip():
            problems.append(f"a link with an empty href: {_text(link)!r}")
    for table in document.iter(f"{NS}table"):
        if not list(table.iter(f"{NS}th")):
            problems.append("a table without header cells")
    problems += _csp_problems(document)
    return problems


def _csp_problems(document) -> list[str]:
    """What the Content-Security-Policy (settings.CONTENT_SECURITY_POLICY) would refuse:
    inline scripts, event-handler attributes, javascript: links and inline styles."""
    problems = []
    for script in document.iter(f"{NS}script"):
        if not script.get("src"):
            problems.append("an inline <script> (the CSP allows script files only)")
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"an event-handler attribute {name}= (the CSP refuses it)")
            elif name == "style":
                problems.append("a style= attribute (the CSP refuses inline styles)")
            elif name in {"href", "src", "action"} and value.strip().lower().startswith(
                "javascript:"
            ):
                problems.append(f"a javascript: address in {name}=")
        if element.tag == f"{NS}style":
            problems.append("an inline <style> element (the CSP refuses it)")
    return problems


class CheckedClient(Client):
    """A test client that fails the test on any HTML page with problems."""

    def log_in(self, *, username: str, password: str) -> bool:
        """Log in through the login page, as a person does (django-axes counts failures per
        request, so ``Client.login``, which has none, is refused)."""

        response = self.post(reverse("login"), {"username": username, "password": password})
        return response.status_code == 302

    def request(self, **request):
        response = super().request(**request)
        content_type = response.get("Content-Type", "")
        is_partial = response.wsgi_request.headers.get("HX-Request") == "true"
        if (
            content_type.startswith("text/html")
            and not getattr(response, "streaming", False)
            and response.status_code == 200
            and not is_partial
        ):
            problems = check_page(response.content.decode())
            if problems:
                raise AssertionError(f"{request.get('PATH_INFO')}: {problems}")
        return response


def html_tree(response):
    """The page as an ElementTree without namespaces, for ``find(".//table/tbody/tr")``."""
    return html5lib.parse(response.content.decode(), namespaceHTMLElements=False)


@contextmanager
def signals_kept():
    """db_worker installs its own SIGINT/SIGTERM handlers; give pytest its own back."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def run_worker() -> None:
    """Work off the task queues (all of them) as `manage.py db_worker --batch` does, then
    return."""
    with signals_kept():
        call_command(
            "db_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--queue-name",
            "*",
            verbosity=0,
        )


def needs_programs(*names: str):
    """Skip a test whose outside programs (poppler, LibreOffice) are missing on a
    developer's machine; under CI (the CI environment variable) never skip: .ci/run
    installs them, and a test that silently skipped there would prove nothing."""

    missing = [name for name in names if shutil.which(name) is None]
    return pytest.mark.skipif(
        bool(missing) and not os.environ.get("CI"),
        reason=f"needs {', '.join(missing)} (installed by .ci/run)",
    )


def laid_out_pages(pdf_path) -> list[str]:
    """The text of a PDF page by page, as pdftotext lays it out (poppler)."""
    text = subprocess.run(  # noqa: S603 (a fixed command on our own file)
        ["pdftotext", "-layout", str(pdf_path), "-"],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def libreoffice_pdf(docx: bytes, folder) -> Path:
    """A DOCX as LibreOffice lays it out: converted to PDF in ``folder`` (with a profile of
    its own there, so that parallel runs do not share one)."""
    source = Path(folder) / "document.docx"
    source.write_bytes(docx)
    subprocess.run(  # noqa: S603 (a fixed command on our own file)
        [
            shutil.which("soffice") or shutil.which("libreoffice") or "soffice",
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return Path(folder) / "document.pdf"
