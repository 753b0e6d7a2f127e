"""Reverse a URL once, then fill in ids: a page that links 700 rows calls reverse() a few times.

``url_templates`` reverses each named URL with a sentinel in place of its one varying id;
the template filter ``with_id`` (core/templatetags/links.py) puts the real id in. The URL
names and their converters stay the single source of truth.
"""

from django.urls import reverse

SENTINEL = 2147483000


def url_templates(varying: dict[str, str | None], **fixed) -> dict[str, str]:
    """``{"goal_edit": "goal", "goal_create": None}`` → ``{name: url}``; None: no varying id."""
    result = {}
    for name, parameter in varying.items():
        kwargs = dict(fixed)
        if parameter:
            kwargs[parameter] = SENTINEL
        result[name] = reverse(name, kwargs=kwargs)
    return result


def fill_id(template: str, pk: int | str) -> str:
    return template.replace(str(SENTINEL), str(pk))
