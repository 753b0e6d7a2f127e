"""A state rule is a model predicate used by services, templates and documents alike
(``cycle.is_locked``, ``consultation.is_closed``), never a status string compared in a
template, where it drifts from the services' rule."""

import re
from pathlib import Path

from django.conf import settings

COMPARED = re.compile(r"status\s*(==|!=|in)\s*['\"(]")


def test_no_template_compares_a_status_with_a_string():
    base = Path(settings.BASE_DIR)
    found = []
    for template in sorted(base.rglob("templates/**/*.html")):
        if ".venv" in template.parts:
            continue
        for number, line in enumerate(template.read_text(encoding="utf-8").splitlines(), 1):
            for tag in re.findall(r"{%.*?%}", line):
                if COMPARED.search(tag):
                    found.append(f"{template.relative_to(base)}:{number}: {tag}")
    assert found == []
