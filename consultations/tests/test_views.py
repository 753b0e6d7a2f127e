"""The pages: the public list and consultation with its comment form (honeypot, rate limit,
hostile input), moderation, answers, the report, invitation links, access and query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations import services
from consultations.models import Comment, Consultation
from core.crypto import token_digest
from core.testing import html_tree

from .factories import DAY, comment, consultation, draft_strategy, sections_of

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}",
    "{% debug %}",
    "</textarea><b>pogrubione</b>",
    '<a href="javascript:alert(1)">klik</a>',
    "' OR 1=1 --",
]
OVERSIZED = ["x" * 100_000, "a\x00b"]


@pytest.fixture
def strategy(government):
    return draft_strategy(government)


@pytest.fixture
def open_consultation(strategy):
    return consultation(strategy, state="open")


def page_url(c: Consultation, name: str = "portal_consultation") -> str:
    return reverse(name, kwargs={"government": c.strategy.government.slug, "consultation": c.pk})


def team_url(c: Consultation, name: str, **kwargs) -> str:
    return reverse(
        name,
        kwargs={
            "government": c.strategy.government.slug,
            "strategy": c.strategy_id,
            "consultation": c.pk,
            **kwargs,
        },
    )


def form_data(**fields) -> dict:
    data = {
        "section": "",
        "author_name": "Anna Nowak",
        "organisation": "Stowarzyszenie Razem",
        "email": "anna@example.org",
        "text": "Brakuje działań dla opiekunów.",
        "proposed_wording": "",
        "justification": "",
        "website": "",
    }
    data.update(fields)
    return data


def _close(c: Consultation) -> Consultation:
    """Move a consultation's dates into the past (it has ended)."""
    Consultation.objects.filter(pk=c.pk).update(
        starts_on=c.starts_on - 60 * DAY, ends_on=c.ends_on - 60 * DAY
    )
    c.refresh_from_db()
    return c


# The public list and page ----------------------------------------------------------------


def test_the_public_list_shows_started_consultations_never_planned_ones(client, strategy):
    current = consultation(strategy, state="open")
    past = consultation(strategy, state="closed")
    planned = consultation(strategy, state="planned")
    slug = strategy.government.slug
    body = client.get(reverse("portal_consultations", kwargs={"government": slug})).content
    for shown in (current, past):
        assert page_url(shown).encode() in body
    assert page_url(planned).encode() not in body
    assert client.get(page_url(planned)).status_code == 404
    home = client.get(reverse("portal_government", kwargs={"government": slug})).content
    assert page_url(current).encode() in home and page_url(planned).encode() not in home


def test_another_governments_address_finds_nothing(client, open_consultation, other_government):
    url = reverse(
        "portal_consultation",
        kwargs={"government": other_government.slug, "consultation": open_consultation.pk},
    )
    assert client.get(url).status_code == 404


def test_the_page_shows_the_draft_section_by_section_and_the_form(client, open_consultation):
    response = client.get(page_url(open_consultation))
    text = response.content.decode()
    for words in ("Rodzina", "Wsparcie rodzin w kryzysie", "Asystent rodziny", "Klub seniora"):
        assert words in text
    assert "Zapraszamy do zgłaszania uwag." in text
    assert 'name="author_name"' in text
    assert 'aria-hidden="true"' in text and 'tabindex="-1"' in text  # the honeypot


def test_a_comment_is_received_and_shown_without_its_email(client, open_consultation):
    section = sections_of(open_consultation)[0]
    response = client.post(page_url(open_consultation), form_data(section=section))
    assert response.status_code == 302
    stored = Comment.objects.get()
    assert (stored.section, stored.email) == (section, "anna@example.org")
    assert stored.address_hash and "127.0.0.1" not in stored.address_hash
    text = client.get(page_url(open_consultation)).content.decode()
    assert "Brakuje działań dla opiekunów." in text and "Stowarzyszenie Razem" in text
    assert "anna@example.org" not in text


def test_the_honeypot_stores_nothing(client, open_consultation):
    response = client.post(page_url(open_consultation), form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Comment.objects.exists()


def test_the_sixth_comment_in_ten_minutes_from_one_address_is_refused(client, open_consultation):
    for _ in range(5):
        assert client.post(page_url(open_consultation), form_data()).status_code == 302
    response = client.post(page_url(open_consultation), form_data())
    assert response.status_code == 429
    assert Comment.objects.count() == 5


@pytest.mark.parametrize("state", ["closed"])
def test_a_closed_consultation_shows_no_form_and_refuses_comments(client, strategy, state):
    closed = consultation(strategy, state=state)
    page = client.get(page_url(closed)).content.decode()
    assert 'name="author_name"' not in page
    response = client.post(page_url(closed), form_data(), follow=True)
    assert not Comment.objects.exists()
    assert "not open" in response.content.decode() or "nie" in response.content.decode()


def test_errors_are_shown_next_to_the_fields_with_a_summary(client, open_consultation):
    response = client.post(page_url(open_consultation), form_data(author_name="", text=""))
    assert response.status_code == 400
    text = response.content.decode()
    assert "error-summary" in text and 'aria-invalid="true"' in text
    assert not Comment.objects.exists()


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_input_is_stored_as_text_and_shown_escaped_everywhere(
    client, coordinator, strategy, payload
):
    from django.utils.html import escape

    made = consultation(strategy, state="open")
    fields = {"author_name": payload, "organisation": payload, "text": payload}
    fields |= {"proposed_wording": payload, "justification": payload}
    assert client.post(page_url(made), form_data(**fields)).status_code == 302
    stored = Comment.objects.get()
    assert stored.text == payload.strip() and stored.author_name == payload.strip()

    def inert(response):
        text = response.content.decode()
        assert response.status_code == 200
        if escape(payload) != payload:
            assert payload not in text
        assert escape(payload) in text
        # the literal text is there: nothing was run as a template or as markup

    inert(client.get(page_url(made)))
    client.force_login(coordinator)
    inert(client.get(team_url(made, "comment_list")))
    inert(client.get(team_url(made, "comment_detail", comment=stored.pk)))
    _close(made)
    services.comment_answer(comment=stored, answer="accepted", reason="", by=coordinator)
    inert(client.get(team_url(made, "report_preview")))
    services.consultation_report_publish(consultation=made, by=coordinator)
    client.logout()
    inert(client.get(page_url(made, "portal_consultation_report")))


@pytest.mark.parametrize("payload", OVERSIZED)
@pytest.mark.parametrize("field", ["author_name", "organisation", "text", "justification"])
def test_oversized_or_invalid_input_is_refused_with_a_field_error(
    client, open_consultation, payload, field
):
    response = client.post(page_url(open_consultation), form_data(**{field: payload}))
    assert response.status_code == 400
    assert not Comment.objects.exists()
    assert f'id="id_{field}_error"' in response.content.decode() or "errorlist" in (
        response.content.decode()
    )


def test_an_invalid_email_or_unknown_section_is_refused(client, open_consultation):
    for data in (form_data(email="javascript:alert(1)"), form_data(section="999999")):
        assert client.post(page_url(open_consultation), data).status_code == 400
    assert not Comment.objects.exists()


# Moderation and answers -------------------------------------------------------------------


def test_a_hidden_comment_vanishes_from_the_public_page_but_stays_for_the_team(
    client, coordinator, open_consultation
):
    abuse = comment(open_consultation, text="Obraźliwy wpis o sąsiedzie")
    client.force_login(coordinator)
    response = client.post(
        team_url(open_consultation, "comment_hide", comment=abuse.pk),
        {"hide-reason": "Wulgaryzmy i dane osobowe"},
    )
    assert response.status_code == 302
    abuse.refresh_from_db()
    assert abuse.hidden_by == coordinator and abuse.hidden_reason == "Wulgaryzmy i dane osobowe"
    team = client.get(team_url(open_consultation, "comment_list") + "?ukryte=yes")
    assert "Obraźliwy wpis" in team.content.decode()
    client.logout()
    assert "Obraźliwy wpis" not in client.get(page_url(open_consultation)).content.decode()
    client.force_login(coordinator)
    client.post(team_url(open_consultation, "comment_unhide", comment=abuse.pk))
    client.logout()
    assert "Obraźliwy wpis" in client.get(page_url(open_consultation)).content.decode()


def test_hiding_without_a_reason_shows_an_error(client, coordinator, open_consultation):
    remark = comment(open_consultation)
    client.force_login(coordinator)
    response = client.post(
        team_url(open_consultation, "comment_hide", comment=remark.pk), {"hide-reason": ""}
    )
    assert response.status_code == 400
    remark.refresh_from_db()
    assert not remark.is_hidden


def test_the_moderation_list_filters_by_section_answer_and_hidden(client, coordinator, strategy):
    made = consultation(strategy, state="open")
    first, second = sections_of(made)
    comment(made, section=first, text="Uwaga o rodzinie")
    comment(made, section=second, text="Uwaga o seniorach")
    comment(made, section=None, text="Uwaga ogólna")
    client.force_login(coordinator)
    url = team_url(made, "comment_list")
    text = client.get(f"{url}?sekcja={second}").content.decode()
    assert "Uwaga o seniorach" in text and "Uwaga o rodzinie" not in text
    text = client.get(f"{url}?sekcja=whole").content.decode()
    assert "Uwaga ogólna" in text and "Uwaga o seniorach" not in text
    assert (
        "Uwaga" not in client.get(f"{url}?odpowiedz=accepted").content.decode().split("<tbody>")[-1]
    )


def test_an_answer_is_saved_after_the_end_and_needs_a_reason(client, team_member, strategy):
    made = consultation(strategy, state="open")
    remark = comment(made)
    _close(made)
    client.force_login(team_member)  # EDIT answers
    url = team_url(made, "comment_answer", comment=remark.pk)
    response = client.post(url, {"answer-answer": "rejected", "answer-reason": ""})
    assert response.status_code == 400
    response = client.post(url, {"answer-answer": "rejected", "answer-reason": "Poza zakresem"})
    assert response.status_code == 302
    remark.refresh_from_db()
    assert (remark.answer, remark.answered_by) == ("rejected", team_member)


def test_the_report_is_published_only_when_every_visible_comment_is_answered(
    client, coordinator, strategy
):
    made = consultation(strategy, state="open")
    remark = comment(made)
    _close(made)
    client.force_login(coordinator)
    publish = team_url(made, "report_publish")
    client.post(publish)
    made.refresh_from_db()
    assert made.report_published_on is None
    assert client.get(page_url(made, "portal_consultation_report")).status_code == 404
    services.comment_answer(comment=remark, answer="accepted", reason="", by=coordinator)
    client.post(publish)
    made.refresh_from_db()
    assert made.report_published_on == timezone.localdate()
    client.logout()
    assert client.get(page_url(made, "portal_consultation_report")).status_code == 200


def test_the_report_counts_by_answer_and_section_and_lists_opinions_apart(
    client, coordinator, strategy
):
    made = consultation(strategy, state="open")
    first, second = sections_of(made)
    invitation, _token = services.invitation_create(consultation=made, name="Gmina Dolna")
    a = comment(made, section=first, text="Pierwsza", email="a@example.org")
    b = comment(made, section=first, text="Druga", organisation="Fundacja Pomoc")
    c = comment(made, section=second, text="Trzecia")
    hidden = comment(made, section=second, text="Spam reklamowy")
    opinion = comment(made, section=first, invitation=invitation, text="Opinia gminy")
    services.comment_hide(comment=hidden, reason="Reklama", by=coordinator)
    _close(made)
    for remark, answer in ((a, "accepted"), (b, "partly"), (c, "rejected"), (opinion, "accepted")):
        services.comment_answer(comment=remark, answer=answer, reason="Uzasadnienie", by=None)

    from consultations.selectors import consultation_report

    report = consultation_report(made)
    assert [x.text for x in report.comments] == ["Pierwsza", "Druga", "Trzecia"]
    assert [x.text for x in report.opinions] == ["Opinia gminy"]
    assert report.hidden == 1 and report.unanswered == 0
    assert report.answer_counts == {"accepted": 2, "partly": 1, "rejected": 1, "not_applicable": 0}
    by_section = {row.label.split(". ", 1)[1]: row for row in report.sections}
    assert by_section["Rodzina"].total == 3 and by_section["Rodzina"].by_answer[:2] == [2, 1]
    assert (by_section["Seniorzy"].total, by_section["Seniorzy"].hidden) == (1, 1)

    services.consultation_report_publish(consultation=made, by=coordinator)
    text = client.get(page_url(made, "portal_consultation_report")).content.decode()
    assert "Fundacja Pomoc" in text and "Gmina Dolna" in text
    assert text.index("Trzecia") < text.index("Opinia gminy")  # opinions come as a part apart
    assert "Spam reklamowy" not in text and "@example.org" not in text


# Invitation links ------------------------------------------------------------------------


def opinion_url(c: Consultation, token: str) -> str:
    return reverse(
        "consultation_opinion",
        kwargs={"government": c.strategy.government.slug, "consultation": c.pk, "token": token},
    )


def test_an_invited_body_gives_its_opinion_through_its_link(client, open_consultation):
    invitation, token = services.invitation_create(
        consultation=open_consultation, name="Gmina Dolna"
    )
    url = opinion_url(open_consultation, token)
    assert client.get(url).status_code == 200
    section = sections_of(open_consultation)[1]
    response = client.post(url, {"section": section, "text": "Opiniujemy pozytywnie."})
    assert response.status_code == 302
    opinion = Comment.objects.get()
    assert (opinion.invitation, opinion.author_name) == (invitation, "Gmina Dolna")
    assert "Opiniujemy" not in client.get(page_url(open_consultation)).content.decode()


def test_the_sixth_opinion_in_ten_minutes_from_one_address_is_refused(client, open_consultation):
    _invitation, token = services.invitation_create(
        consultation=open_consultation, name="Gmina Dolna"
    )
    url = opinion_url(open_consultation, token)
    for n in range(services.RATE_LIMIT):
        assert client.post(url, {"text": f"Opinia {n}"}).status_code == 302
    refused = client.post(url, {"text": "Opinia ponad limit"})
    assert refused.status_code == 429
    assert "zbyt wiele opinii" in refused.content.decode()
    assert Comment.objects.count() == services.RATE_LIMIT
    assert not Comment.objects.filter(text="Opinia ponad limit").exists()


def test_an_invitation_link_works_only_for_its_consultation(client, strategy):
    made = consultation(strategy, state="open")
    other = consultation(strategy, state="open")
    _invitation, token = services.invitation_create(consultation=made, name="Gmina Dolna")
    assert client.get(opinion_url(other, token)).status_code == 404
    assert client.get(opinion_url(made, "unknown-token")).status_code == 404
    wrong_government = reverse(
        "consultation_opinion",
        kwargs={"government": "inna", "consultation": made.pk, "token": token},
    )
    assert client.get(wrong_government).status_code == 404


def test_a_revoked_link_or_one_after_the_end_is_gone(client, coordinator, strategy):
    made = consultation(strategy, state="open")
    revoked, token = services.invitation_create(consultation=made, name="Gmina Dolna")
    _other, later = services.invitation_create(consultation=made, name="Gmina Górna")
    client.force_login(coordinator)
    client.post(team_url(made, "invitation_revoke", invitation=revoked.pk))
    client.logout()
    assert client.get(opinion_url(made, token)).status_code == 410
    assert client.post(opinion_url(made, token), {"text": "x"}).status_code == 410
    assert client.get(opinion_url(made, later)).status_code == 200
    _close(made)
    assert client.get(opinion_url(made, later)).status_code == 410
    assert not Comment.objects.exists()


def test_the_coordinator_creates_a_link_shown_once(client, coordinator, open_consultation):
    client.force_login(coordinator)
    response = client.post(
        team_url(open_consultation, "invitation_create"), {"name": "Rada Seniorów"}, follow=True
    )
    text = response.content.decode()
    invitation = open_consultation.invitations.get()
    assert "/opinia/" in text
    token = text.split("/opinia/")[1].split("/")[0]
    assert token_digest(token) == invitation.token_digest
    again = client.get(team_url(open_consultation, "invitation_list")).content.decode()
    assert token not in again


# The team's pages and access -------------------------------------------------------------


def test_the_coordinator_plans_a_consultation_of_35_days_by_default(client, coordinator, strategy):
    from versions.services import version_freeze

    version = version_freeze(strategy=strategy, kind="consultation")
    client.force_login(coordinator)
    url = reverse(
        "consultation_create",
        kwargs={"government": strategy.government.slug, "strategy": strategy.pk},
    )
    page = client.get(url).content.decode()
    start = timezone.localdate() + DAY
    assert (start + 35 * DAY).isoformat() in page
    data = {
        "version": version.pk,
        "title": "Konsultacje projektu",
        "starts_on": "2030-03-01",
        "ends_on": "2030-03-20",
        "announcement": "Ogłoszenie",
        "how_to_participate": "Formularz",
    }
    response = client.post(url, data)
    assert response.status_code == 400 and "35" in response.content.decode()
    response = client.post(url, {**data, "ends_on": ""})
    assert response.status_code == 302
    assert Consultation.objects.get().ends_on == datetime.date(2030, 4, 5)
    list_url = reverse(
        "consultation_list",
        kwargs={"government": strategy.government.slug, "strategy": strategy.pk},
    )
    assert "Konsultacje projektu" in client.get(list_url).content.decode()


def test_a_reader_reads_but_does_not_write(client, reader, open_consultation):
    remark = comment(open_consultation)
    client.force_login(reader)
    assert client.get(team_url(open_consultation, "comment_list")).status_code == 200
    detail = client.get(team_url(open_consultation, "comment_detail", comment=remark.pk))
    assert detail.status_code == 200 and "hide-reason" not in detail.content.decode()
    response = client.post(
        team_url(open_consultation, "comment_hide", comment=remark.pk), {"hide-reason": "x"}
    )
    assert response.status_code == 403
    assert client.post(team_url(open_consultation, "report_publish")).status_code == 403


@pytest.mark.parametrize("role", ["reader", "implementer", "approver"])
def test_only_moderators_see_a_commenters_email(client, request, open_consultation, role):
    remark = comment(open_consultation, email="anna@example.org")
    client.force_login(request.getfixturevalue(role))
    detail = client.get(team_url(open_consultation, "comment_detail", comment=remark.pk))
    listed = client.get(team_url(open_consultation, "comment_list"))
    assert detail.status_code == listed.status_code == 200
    assert "Jan Kowalski" in detail.content.decode()
    for page in (detail, listed):
        assert "anna@example.org" not in page.content.decode(), role


@pytest.mark.parametrize("role", ["coordinator", "team_member"])
def test_moderators_see_a_commenters_email(client, request, open_consultation, role):
    remark = comment(open_consultation, email="anna@example.org")
    client.force_login(request.getfixturevalue(role))
    detail = client.get(team_url(open_consultation, "comment_detail", comment=remark.pk))
    assert "anna@example.org" in detail.content.decode()


def test_another_governments_coordinator_gets_404(client, other_coordinator, open_consultation):
    client.force_login(other_coordinator)
    assert client.get(team_url(open_consultation, "comment_list")).status_code == 404


def test_the_strategy_has_a_consultation_tab(client, coordinator, strategy):
    client.force_login(coordinator)
    url = reverse(
        "consultation_list",
        kwargs={"government": strategy.government.slug, "strategy": strategy.pk},
    )
    page = client.get(
        reverse(
            "strategy_detail",
            kwargs={"government": strategy.government.slug, "strategy": strategy.pk},
        )
    ).content.decode()
    assert f'href="{url}"' in page


# Query counts -----------------------------------------------------------------------------


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_public_page_reads_a_fixed_number_of_queries(client, strategy):
    made = consultation(strategy, state="open")
    sections = sections_of(made)
    comment(made, section=sections[0])
    few = _queries(client, page_url(made))
    for n in range(30):
        comment(made, section=sections[n % 2], organisation=f"Org {n}")
    assert _queries(client, page_url(made)) == few
    assert few <= 4


def test_the_moderation_list_reads_a_fixed_number_of_queries(client, coordinator, strategy):
    made = consultation(strategy, state="open")
    invitation, _token = services.invitation_create(consultation=made, name="Gmina Dolna")
    comment(made)
    client.force_login(coordinator)
    few = _queries(client, team_url(made, "comment_list"))
    for n in range(40):
        remark = comment(made, invitation=invitation if n % 3 == 0 else None)
        if n % 5 == 0:
            services.comment_hide(comment=remark, reason="Spam", by=coordinator)
    assert _queries(client, team_url(made, "comment_list")) == few
    assert _queries(client, team_url(made, "comment_list") + "?strona=2") == few


# Robustness: the client's address, odd query values, hidden comments in the report ------


def test_behind_a_proxy_each_forwarded_client_has_its_own_budget(
    client, open_consultation, settings
):
    settings.TRUSTED_PROXIES = 1
    url = page_url(open_consultation)
    for _ in range(5):
        response = client.post(url, form_data(), HTTP_X_FORWARDED_FOR="203.0.113.7")
        assert response.status_code == 302
    refused = client.post(url, form_data(), HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert refused.status_code == 429
    # another citizen behind the same nginx (same REMOTE_ADDR) is not refused
    other = client.post(url, form_data(), HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9")
    assert other.status_code == 302
    assert Comment.objects.count() == 6


def test_a_forged_forwarded_for_does_not_escape_the_limit_without_proxies(
    client, open_consultation, settings
):
    settings.TRUSTED_PROXIES = 0
    url = page_url(open_consultation)
    for n in range(5):
        response = client.post(url, form_data(), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        assert response.status_code == 302
    response = client.post(url, form_data(), HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert response.status_code == 429
    assert Comment.objects.count() == 5


def test_without_a_remote_address_comments_are_still_limited(client, open_consultation):
    url = page_url(open_consultation)
    for _ in range(5):
        assert client.post(url, form_data(), REMOTE_ADDR="").status_code == 302
    response = client.post(url, form_data(), REMOTE_ADDR="")
    assert response.status_code == 429
    assert Comment.objects.count() == 5


@pytest.mark.parametrize("value", ["²", "١", "-1", "abc"])
def test_an_odd_section_in_the_address_chooses_no_section(
    client, coordinator, open_consultation, value
):
    first, _second = sections_of(open_consultation)
    chosen = client.get(f"{page_url(open_consultation)}?sekcja={first}").content.decode()
    assert f'value="{first}" selected' in chosen
    response = client.get(page_url(open_consultation), {"sekcja": value})
    assert response.status_code == 200
    assert response.content.decode().count(" selected") == 1
    assert 'value="" selected' in response.content.decode()  # the draft as a whole
    comment(open_consultation, section=first, text="Uwaga o rodzinie")
    comment(open_consultation, section=None, text="Uwaga ogólna")
    client.force_login(coordinator)
    response = client.get(team_url(open_consultation, "comment_list"), {"sekcja": value})
    assert response.status_code == 200  # no filter: every comment is listed
    assert "Uwaga o rodzinie" in response.content.decode()
    assert "Uwaga ogólna" in response.content.decode()


def test_the_report_lists_hidden_comments_by_number_and_reason_never_their_text(
    client, coordinator, strategy
):
    made = consultation(strategy, state="open")
    first, _second = sections_of(made)
    kept = comment(made, section=first, text="Uwaga do rozpatrzenia")
    hidden = comment(made, section=first, text="Obraźliwy wpis", author_name="Troll Anonim")
    services.comment_hide(comment=hidden, reason="Wyzwiska wobec pracowników", by=coordinator)
    _close(made)
    services.comment_answer(comment=kept, answer="accepted", reason="", by=coordinator)
    client.force_login(coordinator)
    pages = [client.get(team_url(made, "report_preview")).content.decode()]
    services.consultation_report_publish(consultation=made, by=coordinator)
    client.logout()
    pages.append(client.get(page_url(made, "portal_consultation_report")).content.decode())
    for text in pages:
        listed = text.split('id="report-hidden"', 1)[1]
        assert "Wyzwiska wobec pracowników" in listed
        assert f"Comment {hidden.number}" in listed or f"Uwaga nr {hidden.number}" in listed
        assert "Rodzina" in listed  # its section
        assert "Obraźliwy wpis" not in text and "Troll Anonim" not in text
        assert "Uwaga do rozpatrzenia" in text


def test_the_public_page_of_a_consulted_draft_says_it_is_a_draft(client, strategy):
    made = consultation(strategy, state="open")
    page = html_tree(client.get(page_url(made)))
    marks = [" ".join("".join(p.itertext()).split()) for p in page.iter("p")]
    assert any(mark.startswith("PROJEKT –") for mark in marks)
