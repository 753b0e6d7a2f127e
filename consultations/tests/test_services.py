"""The rules of a consultation: 35 days, statuses by date, comments only while open, the
rate limit, moderation, answers and the report's publication, invitations."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import gettext

from consultations import services
from consultations.models import Comment, Consultation
from core.client import address_hash
from core.crypto import token_digest
from governments.tests.factories import LocalGovernmentFactory

from .factories import DAY, comment, consultation, draft_strategy, sections_of

Status = Consultation.Status
TODAY = datetime.date(2025, 3, 10)
AT_NOON = datetime.datetime(2025, 3, 10, 12, tzinfo=ZoneInfo("Europe/Warsaw"))


@pytest.fixture
def strategy(government):
    return draft_strategy(government)


def test_the_end_defaults_to_35_days_after_the_start(strategy):
    made = consultation(strategy, starts_on=datetime.date(2025, 3, 1))
    assert made.ends_on == datetime.date(2025, 4, 5)
    assert (made.ends_on - made.starts_on).days == 35


def test_a_consultation_shorter_than_35_days_is_refused_citing_the_act(strategy):
    with pytest.raises(ValidationError) as caught:
        consultation(
            strategy, starts_on=datetime.date(2025, 3, 1), ends_on=datetime.date(2025, 4, 4)
        )
    message = " ".join(caught.value.message_dict["ends_on"])
    assert "35" in message and "2006" in message and "05.04.2025" in message
    assert not Consultation.objects.exists()


def test_the_version_must_belong_to_the_strategy(strategy, government):
    from versions.services import version_freeze

    other = version_freeze(strategy=draft_strategy(government), kind="consultation")
    with pytest.raises(ValidationError) as caught:
        services.consultation_create(
            strategy=strategy,
            version=other,
            title="K",
            starts_on=datetime.date(2025, 3, 1),
            announcement="A",
            how_to_participate="B",
            today=datetime.date(2025, 2, 1),
        )
    assert "version" in caught.value.message_dict


def test_status_follows_the_dates_and_the_publication(strategy):
    made = consultation(strategy, starts_on=datetime.date(2025, 3, 1))
    assert made.status_on(datetime.date(2025, 2, 28)) == Status.PLANNED
    assert made.status_on(datetime.date(2025, 3, 1)) == Status.OPEN
    assert made.status_on(datetime.date(2025, 4, 5)) == Status.OPEN  # the last day counts
    assert made.status_on(datetime.date(2025, 4, 6)) == Status.CLOSED
    services.consultation_report_publish(
        consultation=made, by=None, today=datetime.date(2025, 4, 10)
    )
    made.refresh_from_db()
    assert made.status_on(datetime.date(2025, 4, 10)) == Status.REPORT_PUBLISHED
    assert made.report_published_on == datetime.date(2025, 4, 10)
    assert made.report_deadline == datetime.date(2025, 5, 5)


def test_a_started_consultation_keeps_its_version_and_first_day(strategy):
    made = consultation(strategy, state="open")
    fields = {
        "consultation": made,
        "version": made.version,
        "title": made.title,
        "announcement": "Nowe ogłoszenie",
        "how_to_participate": made.how_to_participate,
    }
    with pytest.raises(ValidationError) as caught:
        services.consultation_update(starts_on=made.starts_on + DAY, **fields)
    assert "starts_on" in caught.value.message_dict
    # the end may be extended while it is open
    later = made.ends_on + 7 * DAY
    services.consultation_update(starts_on=made.starts_on, ends_on=later, **fields)
    made.refresh_from_db()
    assert made.ends_on == later and made.announcement == "Nowe ogłoszenie"


def _edit(made: Consultation, **changes) -> Consultation:
    fields = {
        "consultation": made,
        "version": made.version,
        "title": made.title,
        "starts_on": made.starts_on,
        "ends_on": made.ends_on,
        "announcement": made.announcement,
        "how_to_participate": made.how_to_participate,
    }
    services.consultation_update(**{**fields, **changes})
    made.refresh_from_db()
    return made


@time_machine.travel(AT_NOON, tick=False)
def test_a_new_consultation_starts_today_or_later_never_in_the_past(strategy):
    from versions.services import version_freeze

    fields = {
        "strategy": strategy,
        "version": version_freeze(strategy=strategy, kind="consultation"),
        "title": "K",
        "announcement": "A",
        "how_to_participate": "B",
    }
    with pytest.raises(ValidationError) as caught:
        services.consultation_create(starts_on=TODAY - DAY, **fields)
    assert caught.value.message_dict["starts_on"] == [
        gettext("The first day cannot be in the past: choose %(date)s (today) or later.")
        % {"date": "10.03.2025"}
    ]
    assert not Consultation.objects.exists()
    made = services.consultation_create(starts_on=TODAY, **fields)
    assert made.status == Status.OPEN and made.ends_on == TODAY + 35 * DAY


@time_machine.travel(AT_NOON, tick=False)
def test_a_planned_consultation_cannot_be_moved_to_start_in_the_past(strategy):
    made = consultation(strategy, starts_on=TODAY + 5 * DAY)
    with pytest.raises(ValidationError) as caught:
        _edit(made, starts_on=TODAY - 30 * DAY, ends_on=TODAY + 5 * DAY)
    assert "starts_on" in caught.value.message_dict
    assert Consultation.objects.get().starts_on == TODAY + 5 * DAY
    assert _edit(made, starts_on=TODAY, ends_on=TODAY + 35 * DAY).status == Status.OPEN


@time_machine.travel(AT_NOON, tick=False)
def test_an_open_consultation_may_be_extended_never_shortened(strategy):
    made = consultation(strategy, starts_on=TODAY - 5 * DAY, ends_on=TODAY + 50 * DAY)
    for earlier in (TODAY + 49 * DAY, TODAY + 31 * DAY):  # 54 days would still pass the act
        with pytest.raises(ValidationError) as caught:
            _edit(made, ends_on=earlier)
        assert caught.value.message_dict["ends_on"] == [
            gettext(
                "The consultation is open: its last day may be moved later, never earlier "
                "(%(date)s or later)."
            )
            % {"date": "29.04.2025"}
        ]
    assert Consultation.objects.get().ends_on == TODAY + 50 * DAY
    assert _edit(made, ends_on=TODAY + 50 * DAY).ends_on == TODAY + 50 * DAY  # unchanged
    assert _edit(made, ends_on=TODAY + 60 * DAY).ends_on == TODAY + 60 * DAY


def test_comments_are_refused_before_the_start_and_after_the_end(strategy):
    made = consultation(strategy, starts_on=datetime.date(2025, 3, 1))
    for day in (datetime.date(2025, 2, 28), datetime.date(2025, 4, 6)):
        with pytest.raises(ValidationError):
            services.comment_submit(
                consultation=made, section=None, author_name="A", text="T", today=day
            )
    services.comment_submit(
        consultation=made, section=None, author_name="A", text="T", today=made.ends_on
    )
    assert made.comments.count() == 1


def test_a_comment_names_a_section_of_the_version_and_gets_the_next_number(strategy):
    made = consultation(strategy, state="open")
    first, second = sections_of(made)
    assert comment(made, section=first).number == 1
    assert comment(made, section=second).number == 2
    with pytest.raises(ValidationError) as caught:
        comment(made, section=999999)
    assert "section" in caught.value.message_dict


def test_at_most_five_comments_in_ten_minutes_from_one_address(strategy):
    made = consultation(strategy, state="open")
    start = timezone.now()
    for minute in range(5):
        comment(made, address="203.0.113.7", now=start + datetime.timedelta(minutes=minute))
    with pytest.raises(ValidationError) as caught:
        comment(made, address="203.0.113.7", now=start + datetime.timedelta(minutes=6))
    assert caught.value.error_list[0].code == "rate_limit"
    comment(made, address="198.51.100.1", now=start + datetime.timedelta(minutes=6))
    comment(made, address="203.0.113.7", now=start + datetime.timedelta(minutes=11))
    assert made.comments.count() == 7


def test_an_empty_address_is_one_shared_bucket_still_limited(strategy):
    made = consultation(strategy, state="open")
    start = timezone.now()
    for minute in range(5):
        comment(made, address="", now=start + datetime.timedelta(minutes=minute))
    with pytest.raises(ValidationError) as caught:
        comment(made, address="", now=start + datetime.timedelta(minutes=6))
    assert caught.value.error_list[0].code == "rate_limit"


def test_a_number_taken_meanwhile_is_retried_with_the_next_one(strategy):
    made = consultation(strategy, state="open")
    comment(made, text="Pierwsza")
    real = services._next_number
    stale = iter([1])  # as if read before another request saved comment 1

    def next_number(consultation):
        return next(stale, None) or real(consultation)

    with mock.patch.object(services, "_next_number", side_effect=next_number) as patched:
        second = comment(made, text="Druga")
    assert patched.call_count == 2
    assert second.number == 2
    assert list(made.comments.values_list("number", "text")) == [(1, "Pierwsza"), (2, "Druga")]
    assert second.history.count() == 1


def test_a_number_that_keeps_colliding_gives_up(strategy):
    made = consultation(strategy, state="open")
    comment(made)
    patch = mock.patch.object(services, "_next_number", return_value=1)
    with patch as patched, pytest.raises(IntegrityError):
        comment(made)
    assert patched.call_count == services.NUMBER_ATTEMPTS
    assert made.comments.count() == 1


def test_only_a_keyed_hash_of_the_address_is_stored(strategy, settings):
    made = consultation(strategy, state="open")
    stored = comment(made, address="203.0.113.7").address_hash
    assert stored and "203.0.113.7" not in stored and len(stored) == 64
    settings.SECRET_KEY = "another-secret-key-that-is-long-enough-for-django"
    # keyed with SECRET_KEY
    assert address_hash("203.0.113.7", scope=services.ADDRESS_SCOPE) != stored


def test_hiding_needs_a_reason_and_records_who_and_when(strategy, coordinator):
    made = consultation(strategy, state="open")
    abuse = comment(made, text="Obraźliwy wpis")
    with pytest.raises(ValidationError):
        services.comment_hide(comment=abuse, reason="  ", by=coordinator)
    services.comment_hide(comment=abuse, reason="Wulgaryzmy", by=coordinator)
    abuse.refresh_from_db()
    assert abuse.is_hidden and abuse.hidden_by == coordinator and abuse.hidden_reason
    assert not Comment.objects.public().exists()
    services.comment_unhide(comment=abuse, by=coordinator)
    abuse.refresh_from_db()
    assert not abuse.is_hidden
    assert abuse.history.filter(hidden_reason="Wulgaryzmy").exists()  # the record stays


def test_answers_come_after_the_end_with_a_reason_unless_accepted(strategy, coordinator):
    made = consultation(strategy, state="closed")
    open_one = consultation(strategy, state="open")
    with pytest.raises(ValidationError):
        services.comment_answer(
            comment=comment(open_one), answer="accepted", reason="", by=coordinator
        )
    remark = comment(made)
    for answer in ("partly", "rejected", "not_applicable"):
        with pytest.raises(ValidationError) as caught:
            services.comment_answer(comment=remark, answer=answer, reason="", by=coordinator)
        assert "answer_reason" in caught.value.message_dict
    services.comment_answer(comment=remark, answer="accepted", reason="", by=coordinator)
    services.comment_answer(comment=remark, answer="rejected", reason="Poza zakresem", by=None)
    remark.refresh_from_db()
    assert remark.answer == "rejected" and remark.answer_reason == "Poza zakresem"


def test_the_report_is_published_after_the_end_once_every_visible_comment_is_answered(
    strategy, coordinator
):
    made = consultation(strategy, state="open")
    first, abuse = comment(made), comment(made, text="Spam")
    with pytest.raises(ValidationError):
        services.consultation_report_publish(consultation=made, by=coordinator)
    after = made.ends_on + DAY
    services.comment_hide(comment=abuse, reason="Reklama", by=coordinator)
    with pytest.raises(ValidationError) as caught:
        services.consultation_report_publish(consultation=made, by=coordinator, today=after)
    assert "1" in caught.value.messages[0]
    services.comment_answer(
        comment=first, answer="partly", reason="Częściowo", by=coordinator, today=after
    )
    services.consultation_report_publish(consultation=made, by=coordinator, today=after)
    made.refresh_from_db()
    assert made.status_on(after) == Status.REPORT_PUBLISHED
    with pytest.raises(ValidationError):
        services.consultation_report_publish(consultation=made, by=coordinator, today=after)
    with pytest.raises(ValidationError):  # final: no more answers or moderation
        services.comment_answer(
            comment=first, answer="accepted", reason="", by=coordinator, today=after
        )


def test_invitations_go_to_the_governments_own_units_or_by_name(government, strategy):
    made = consultation(strategy, state="planned")
    gmina = LocalGovernmentFactory(parent=government)
    stranger = LocalGovernmentFactory()
    invitation, token = services.invitation_create(consultation=made, government=gmina)
    assert invitation.name == gmina.name and len(token) > 30
    assert invitation.token_digest == token_digest(token) != token
    with pytest.raises(ValidationError):
        services.invitation_create(consultation=made, government=stranger)
    with pytest.raises(ValidationError):
        services.invitation_create(consultation=made)
    assert services.invitation_create(consultation=made, name="Rada Seniorów")[0].government is None
    with pytest.raises(ValidationError):
        services.invitation_create(consultation=consultation(strategy, state="closed"), name="X")


def test_an_invited_bodys_opinion_carries_its_name_only(strategy):
    made = consultation(strategy, state="open")
    invitation, _token = services.invitation_create(consultation=made, name="Gmina Dolna")
    opinion = comment(made, invitation=invitation, author_name="X", email="x@example.org")
    assert (opinion.author_name, opinion.email, opinion.is_opinion) == ("Gmina Dolna", "", True)
    services.invitation_revoke(invitation=invitation)
    with pytest.raises(ValidationError):
        comment(made, invitation=invitation)
