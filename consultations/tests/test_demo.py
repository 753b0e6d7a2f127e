"""The demo's consultation: closed, answered, hidden abuse, an invited body, report out."""

from demo.consultations import consultations_load

from .factories import draft_strategy


def test_the_demo_consultation_is_complete(government):
    consultation = consultations_load(government, draft_strategy(government))
    comments = consultation.comments.all()
    assert consultation.status == "report_published"
    assert (consultation.ends_on - consultation.starts_on).days == 35
    assert sum(c.is_hidden for c in comments) == 1
    assert sum(c.is_opinion for c in comments) == 1
    assert all(c.answer for c in comments if not c.is_hidden)
    assert consultation.version.kind == "consultation"
