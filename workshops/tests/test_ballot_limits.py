"""Ballot stuffing (issue 11): 20 cookie-less sessions once voted in a 5-person workshop.
Now a workshop may hand out one-time participant codes (one code, one ballot); without them
one address casts at most as many ballots as participants are expected; and the projector
sets the ballots against that cap and says so when more arrived than expected."""

import datetime
import hashlib

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from core.testing import CheckedClient, html_tree
from workshops import selectors, services, tokens
from workshops.models import Ballot, ParticipantCode, Workshop

from .factories import items, participant_token, projector_token, workshop

pytestmark = pytest.mark.django_db

PROBLEMS = ("Ubóstwo", "Bezrobocie", "Przemoc domowa")
ROOM = "203.0.113.7"  # the workshop room's Wi-Fi: every phone behind one address (NAT)


def polish(singular: str, plural: str | None = None, count: int = 1, **values) -> str:
    with translation.override("pl"):
        if plural is None:
            return (
                translation.gettext(singular) % values if values else translation.gettext(singular)
            )
        return translation.ngettext(singular, plural, count) % values


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def vote_url(w: Workshop) -> str:
    return reverse("workshop_vote", kwargs={"token": participant_token(w)})


def codes_url(w: Workshop) -> str:
    return reverse(
        "workshop_codes",
        kwargs={
            "government": w.strategy.government.slug,
            "strategy": w.strategy_id,
            "workshop": w.pk,
        },
    )


def phone(address: str = ROOM) -> CheckedClient:
    """A phone that opened the link: it has the participant's cookie."""
    return CheckedClient(REMOTE_ADDR=address)


def codes(w: Workshop) -> list[str]:
    """The workshop's one-time codes as printed on the cards."""
    return [tokens.code_for(w.code_salt, c.number) for c in w.codes.order_by("number")]


@pytest.fixture
def room_of_five(government):
    return workshop(government=government, problems=PROBLEMS, status="open", participants_count=5)


@pytest.fixture
def coded(government):
    made = workshop(government=government, problems=PROBLEMS, status="open", requires_codes=True)
    services.workshop_codes_generate(workshop=made, count=3)
    return made


# Without codes: one address casts at most the expected number of ballots -----------------------


def test_the_ballot_one_beyond_the_expected_participants_from_one_address_is_refused(
    room_of_five,
):
    first = items(room_of_five)[0]
    phones = [phone() for _ in range(6)]
    for device in phones[:5]:
        device.get(vote_url(room_of_five))
        assert device.post(vote_url(room_of_five), {f"p{first.pk}": 3}).status_code == 302
    sixth = phones[5]
    sixth.get(vote_url(room_of_five))

    response = sixth.post(vote_url(room_of_five), {f"p{first.pk}": 3})

    assert response.status_code == 429
    message = polish(
        "%(n)s ballot has already been cast from this network, as many as this workshop "
        "accepts from one network. If you have not voted yet, ask the coordinator to raise "
        "the number of participants.",
        "%(n)s ballots have already been cast from this network, as many as this workshop "
        "accepts from one network. If you have not voted yet, ask the coordinator to raise "
        "the number of participants.",
        5,
        n=5,
    )
    assert message in response.content.decode()
    assert Ballot.objects.count() == 5  # nothing stored
    # a phone that has voted may still change its vote: that is not a new ballot
    assert phones[0].post(vote_url(room_of_five), {f"p{first.pk}": 9}).status_code == 302
    # and another network is not held back by this one
    elsewhere = phone("198.51.100.20")
    elsewhere.get(vote_url(room_of_five))
    assert elsewhere.post(vote_url(room_of_five), {f"p{first.pk}": 1}).status_code == 302
    assert Ballot.objects.count() == 6


def test_the_coordinator_raising_the_expected_number_lets_the_room_vote(room_of_five):
    first = items(room_of_five)[0]
    cast = [
        services.ballot_cast(
            workshop=room_of_five, participant=f"p{n}", values={first.pk: 1}, address=ROOM
        )
        for n in range(5)
    ]
    with pytest.raises(ValidationError) as refused:
        services.ballot_cast(
            workshop=room_of_five, participant="late", values={first.pk: 1}, address=ROOM
        )
    assert refused.value.error_list[0].code == "rate_limit"
    assert len(cast) == Ballot.objects.count() == 5
    Workshop.objects.filter(pk=room_of_five.pk).update(participants_count=6)
    room_of_five.refresh_from_db()
    services.ballot_cast(
        workshop=room_of_five, participant="late", values={first.pk: 1}, address=ROOM
    )
    assert Ballot.objects.count() == 6


def test_without_an_expected_number_one_address_has_the_default_cap(government, monkeypatch):
    monkeypatch.setattr(services, "DEFAULT_BALLOTS_PER_ADDRESS", 3)
    open_workshop = workshop(government=government, problems=PROBLEMS, status="open")
    first = items(open_workshop)[0]
    for n in range(3):
        services.ballot_cast(
            workshop=open_workshop, participant=f"p{n}", values={first.pk: 1}, address=ROOM
        )
    with pytest.raises(ValidationError):
        services.ballot_cast(
            workshop=open_workshop, participant="p3", values={first.pk: 1}, address=ROOM
        )
    assert Ballot.objects.count() == 3


def test_the_cap_counts_one_session_window_and_only_the_address_hash_is_stored(room_of_five):
    first = items(room_of_five)[0]
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for n in range(5):
            services.ballot_cast(
                workshop=room_of_five, participant=f"p{n}", values={first.pk: 1}, address=ROOM
            )
    stored = Ballot.objects.first().address_hash
    assert len(stored) == 64 and ROOM not in stored
    late = start + services.BALLOT_WINDOW - datetime.timedelta(minutes=1)
    with time_machine.travel(late), pytest.raises(ValidationError):
        services.ballot_cast(
            workshop=room_of_five, participant="p5", values={first.pk: 1}, address=ROOM
        )
    with time_machine.travel(start + services.BALLOT_WINDOW + datetime.timedelta(minutes=1)):
        services.ballot_cast(  # a later session of the workshop
            workshop=room_of_five, participant="p5", values={first.pk: 1}, address=ROOM
        )
    assert Ballot.objects.count() == 6


# One-time participant codes ---------------------------------------------------------------------


def test_codes_are_short_unambiguous_and_stored_only_as_a_keyed_hash(coded, settings):
    printed = codes(coded)
    assert len(printed) == len(set(printed)) == 3
    for code in printed:
        assert len(code) == 8 and not set(code) & set("0oO1lIi")
        assert set(code) <= set(tokens.ALPHABET)
    digests = set(coded.codes.values_list("digest", flat=True))
    assert not digests & set(printed)
    assert hashlib.sha256(printed[0].encode()).hexdigest() not in digests  # keyed, not bare
    assert tokens.code_digest(printed[0]) in digests
    assert tokens.display_code(printed[0]) == f"{printed[0][:4].upper()}-{printed[0][4:].upper()}"
    more = services.workshop_codes_generate(workshop=coded, count=2)
    assert [c.number for c in more] == [4, 5]
    assert codes(coded)[:3] == printed  # the same cards can be printed again


def test_one_code_admits_one_ballot(coded):
    first = items(coded)[0]
    code = codes(coded)[0]
    ballot = services.ballot_cast(
        workshop=coded, participant="a", values={first.pk: 2}, code=tokens.display_code(code)
    )
    assert ballot.code.number == 1
    # the same phone changes its vote without typing the code again
    services.ballot_cast(workshop=coded, participant="a", values={first.pk: 5})
    assert Ballot.objects.count() == 1


def test_a_used_code_is_refused_at_its_field(coded):
    first = items(coded)[0]
    code = codes(coded)[0]
    services.ballot_cast(workshop=coded, participant="a", values={first.pk: 2}, code=code)
    with pytest.raises(ValidationError) as refused:
        services.ballot_cast(workshop=coded, participant="b", values={first.pk: 2}, code=code)
    assert list(refused.value.message_dict) == ["code"]
    assert Ballot.objects.count() == 1


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "abcdefg"])
def test_an_unknown_or_missing_code_is_refused_at_its_field(coded, typed):
    first = items(coded)[0]
    with pytest.raises(ValidationError) as refused:
        services.ballot_cast(workshop=coded, participant="a", values={first.pk: 2}, code=typed)
    assert list(refused.value.message_dict) == ["code"]
    assert not Ballot.objects.exists()


def test_a_code_of_another_workshop_is_unknown_here(coded, government):
    other = workshop(government=government, problems=PROBLEMS, status="open", requires_codes=True)
    services.workshop_codes_generate(workshop=other, count=1)
    with pytest.raises(ValidationError):
        services.ballot_cast(
            workshop=coded,
            participant="a",
            values={items(coded)[0].pk: 1},
            code=codes(other)[0],
        )


def test_codes_are_made_only_for_a_workshop_that_requires_them(room_of_five):
    with pytest.raises(ValidationError):
        services.workshop_codes_generate(workshop=room_of_five, count=5)
    with pytest.raises(ValidationError):
        services.workshop_codes_generate(workshop=room_of_five, count=services.MAX_CODES + 1)


def test_requiring_codes_cannot_change_once_anyone_voted(room_of_five):
    services.ballot_cast(
        workshop=room_of_five, participant="a", values={items(room_of_five)[0].pk: 1}
    )
    with pytest.raises(ValidationError) as refused:
        services.workshop_update(
            workshop=room_of_five,
            title=room_of_five.title,
            date=room_of_five.date,
            participants_count=5,
            requires_codes=True,
        )
    assert "requires_codes" in refused.value.message_dict


def test_with_codes_the_phone_types_its_code_once(coded):
    first = items(coded)[0]
    one, two = phone(), phone()
    page = html_tree(one.get(vote_url(coded)))
    field = page.find(".//input[@name='code']")
    assert field is not None and page.find(f".//label[@for='{field.get('id')}']") is not None
    code = tokens.display_code(codes(coded)[0])
    assert one.post(vote_url(coded), {f"p{first.pk}": 2, "code": code}).status_code == 302
    assert html_tree(one.get(vote_url(coded))).find(".//input[@name='code']") is None
    assert one.post(vote_url(coded), {f"p{first.pk}": 4}).status_code == 302

    two.get(vote_url(coded))
    reused = two.post(vote_url(coded), {f"p{first.pk}": 2, "code": code.lower()})

    assert reused.status_code == 400
    tree = html_tree(reused)
    field = tree.find(".//input[@name='code']")
    assert field.get("aria-invalid") == "true"
    error_id = next(i for i in field.get("aria-describedby").split() if i.endswith("_error"))
    error = tree.find(f".//*[@id='{error_id}']")  # next to the field, named by it
    assert polish("This code has already been used: each code admits one ballot.") in text_of(error)
    unknown = two.post(vote_url(coded), {f"p{first.pk}": 2, "code": "XXXX-YYYY"})
    assert unknown.status_code == 400
    assert (
        polish(
            "There is no such code in this workshop. Check it on your card, for example ABCD-EFGH."
        )
        in unknown.content.decode()
    )
    assert Ballot.objects.count() == 1


def test_with_codes_one_address_is_not_capped(coded):
    # the codes are the cap: a room behind one address votes with one code each
    first = items(coded)[0]
    for n, code in enumerate(codes(coded)):
        services.ballot_cast(
            workshop=coded, participant=f"p{n}", values={first.pk: 1}, code=code, address=ROOM
        )
    assert Ballot.objects.count() == 3


# The coordinator's codes page -----------------------------------------------------------------


def test_the_coordinator_makes_and_prints_the_codes_with_the_short_link(coordinator_client, coded):
    page = coordinator_client.get(codes_url(coded))
    assert page.status_code == 200
    content = page.content.decode()
    for code in codes(coded):
        assert tokens.display_code(code) in content
    assert participant_token(coded) in content  # the workshop's short link on each card
    response = coordinator_client.post(codes_url(coded), {"count": "4"})
    assert response.status_code == 302
    assert coded.codes.count() == 7
    services.ballot_cast(
        workshop=coded, participant="a", values={items(coded)[0].pk: 1}, code=codes(coded)[0]
    )
    cards = html_tree(coordinator_client.get(codes_url(coded))).findall(".//*[@class='code-card']")
    assert len(cards) == 6  # a used code is not printed again
    refused = coordinator_client.post(codes_url(coded), {"count": "0"})
    assert refused.status_code == 400 and coded.codes.count() == 7


def test_the_codes_page_needs_the_permission_to_run_workshops(
    client, coded, reader, other_coordinator
):
    client.force_login(reader)
    assert client.get(codes_url(coded)).status_code == 403
    assert client.post(codes_url(coded), {"count": "5"}).status_code == 403
    client.force_login(other_coordinator)
    assert client.get(codes_url(coded)).status_code == 404
    client.logout()
    assert client.get(codes_url(coded)).status_code == 302  # to the login page
    assert ParticipantCode.objects.count() == 3


def test_the_coordinator_chooses_codes_when_creating_a_workshop(coordinator_client, coded):
    strategy = coded.strategy
    slug = {"government": strategy.government.slug, "strategy": strategy.pk}
    form = html_tree(coordinator_client.get(reverse("workshop_create", kwargs=slug)))
    assert form.find(".//input[@name='requires_codes']") is not None
    response = coordinator_client.post(
        reverse("workshop_create", kwargs=slug),
        {
            "title": "Z kodami",
            "date": "2025-03-12",
            "mode": "points",
            "budget": "10",
            "requires_codes": "on",
        },
    )
    assert response.status_code == 302
    assert Workshop.objects.get(title="Z kodami").requires_codes
    detail = coordinator_client.get(
        reverse("workshop_detail", kwargs={**slug, "workshop": coded.pk})
    ).content.decode()
    assert codes_url(coded) in detail


# The projector: ballots against the cap --------------------------------------------------------


def projector(w: Workshop):
    url = reverse("workshop_projector", kwargs={"token": projector_token(w)})
    return html_tree(CheckedClient().get(url))


def projector_count(w: Workshop) -> str:
    return text_of(projector(w).find(".//h2/span"))


def test_with_codes_the_projector_sets_the_ballots_against_the_codes(coded):
    first = items(coded)[0]
    services.ballot_cast(
        workshop=coded, participant="a", values={first.pk: 1}, code=codes(coded)[0]
    )
    assert projector_count(coded) == "· " + polish(
        "ballots: %(n)s of %(codes)s one-time code",
        "ballots: %(n)s of %(codes)s one-time codes",
        3,
        n=1,
        codes=3,
    )
    tally = selectors.ballot_tally(coded)
    assert (tally.ballots, tally.cap, tally.over) == (1, 3, 0)


def test_the_projector_says_so_when_more_ballots_arrived_than_expected(room_of_five):
    first = items(room_of_five)[0]
    for n in range(7):  # from seven addresses: the cap is per address
        services.ballot_cast(
            workshop=room_of_five,
            participant=f"p{n}",
            values={first.pk: 1},
            address=f"198.51.100.{n}",
        )
    screen = projector(room_of_five)
    assert text_of(screen.find(".//h2/span")) == "· " + polish(
        "ballots: %(n)s of %(expected)s expected participant",
        "ballots: %(n)s of %(expected)s expected participants",
        5,
        n=7,
        expected=5,
    )
    warning = screen.find(".//*[@id='live']//*[@class='over-cap']")
    assert text_of(warning) == polish(
        "More ballots than expected participants: %(over)s too many.", over=2
    )
    assert selectors.ballot_tally(room_of_five).over == 2


def test_a_workshop_whose_codes_were_used_can_still_be_deleted(coded):
    services.ballot_cast(
        workshop=coded, participant="a", values={items(coded)[0].pk: 1}, code=codes(coded)[0]
    )
    services.workshop_delete(workshop=coded)
    assert not ParticipantCode.objects.exists() and not Ballot.objects.exists()
