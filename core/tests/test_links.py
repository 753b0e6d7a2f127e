from django.urls import reverse

from core.links import fill_id, url_templates


def test_url_templates_match_reverse():
    links = url_templates(
        {"goal_edit": "goal", "goal_create": None}, government="gmina-x", strategy=7
    )
    assert fill_id(links["goal_edit"], 42) == reverse(
        "goal_edit", kwargs={"government": "gmina-x", "strategy": 7, "goal": 42}
    )
    assert links["goal_create"] == reverse(
        "goal_create", kwargs={"government": "gmina-x", "strategy": 7}
    )
