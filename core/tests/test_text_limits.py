"""Every free text has a length limit (issue 11): what people type is diffed, exported and
typeset, each at a cost that grows with it. A longer text is refused with a message naming
the limit, and the browser never cuts a pasted text short."""

import importlib
import inspect

import pytest
from django import forms
from django.apps import apps
from django.core.validators import MaxLengthValidator
from django.db import models

from core.fields import NOTE, TEXT

PROJECT_APPS = [
    config.name
    for config in apps.get_app_configs()
    if config.path.startswith(str(apps.get_app_config("core").path).rsplit("/", 1)[0])
    and "/.venv/" not in config.path
]
# Texts the code writes, never a person: the worker's messages.
WRITTEN_BY_CODE = {
    ("documents", "generateddocument", "error"),
    ("diagnosis", "importjob", "message"),
}


def has_limit(validators) -> bool:
    return any(isinstance(v, MaxLengthValidator) for v in validators)


def test_every_text_a_person_types_into_a_model_has_a_limit():
    missing = []
    for name in PROJECT_APPS:
        for model in apps.get_app_config(name).get_models():
            if model.__name__.startswith("Historical"):
                continue  # django-simple-history's copies (file fields become text there)
            for field in model._meta.get_fields():
                if not isinstance(field, models.TextField):
                    continue
                key = (
                    model._meta.app_label,
                    model._meta.model_name.removeprefix("historical"),
                    field.name,
                )
                if key in WRITTEN_BY_CODE:
                    continue
                if not has_limit(field.validators):
                    missing.append(".".join(key))
    assert missing == []


def form_classes():
    for name in PROJECT_APPS:
        try:
            module = importlib.import_module(f"{name}.forms")
        except ModuleNotFoundError:
            continue
        for _attr, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, forms.BaseForm) and value.__module__ == module.__name__:
                yield value


def model_field_limited(form, name: str) -> bool:
    """A ModelForm's field checked by its model field's validator (ModelForm runs the
    model's full_clean)."""
    model = getattr(getattr(form, "_meta", None), "model", None)
    if model is None:
        return False
    try:
        return has_limit(model._meta.get_field(name).validators)
    except Exception:
        return False


def test_every_free_text_field_of_every_form_has_a_limit():
    missing = []
    for form in form_classes():
        for name, field in form.base_fields.items():
            if model_field_limited(form, name):
                continue
            free_text = isinstance(field, forms.CharField) and not isinstance(
                field, forms.EmailField | forms.URLField | forms.SlugField | forms.RegexField
            )
            if free_text and field.max_length is None and not has_limit(field.validators):
                missing.append(f"{form.__module__}.{form.__name__}.{name}")
    assert missing == []


@pytest.mark.django_db
def test_a_text_over_its_limit_is_refused_with_a_polish_message_and_kept(
    coordinator_client, government
):
    from django.urls import reverse

    from strategies.tests.factories import StrategyFactory

    strategy = StrategyFactory(government=government)
    url = reverse("strategy_edit", kwargs={"government": government.slug, "strategy": strategy.pk})
    long_mission = "Misja " * (TEXT // 6 + 10)
    page = coordinator_client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'maxlength="20000"' not in html  # the browser never cuts a paste short
    data = {
        "title": strategy.title,
        "year_from": strategy.year_from,
        "year_to": strategy.year_to,
        "mission": long_mission,
    }
    response = coordinator_client.post(url, data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "co najwyżej 20000 znaków" in text or "co najwyżej 20 000 znaków" in text
    assert long_mission.strip()[:200] in text  # what was typed is still in the form
    strategy.refresh_from_db()
    assert strategy.mission != long_mission


def test_the_limits_are_ordered():
    assert NOTE < TEXT
