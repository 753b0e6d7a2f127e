"""Screens of workshops: the coordinator's pages under a strategy, and the public pages a
participant's phone and the projector open by the workshop's short links."""

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.client import RATE_LIMITED, client_address
from core.links import absolute_url
from core.views import confirm_delete, save_form
from core.views import government_url as _url
from governments.access import Permission, public_view
from strategies.access import strategy_view

from . import selectors, services, tokens
from .access import workshop_link_view
from .forms import (
    BallotForm,
    CodesForm,
    EnterForm,
    ProblemForm,
    ResultActionForm,
    SwotEntryForm,
    WorkshopForm,
)
from .models import SwotEntry, Workshop, WorkshopProblem
from .participants import is_known, keep, participant_digest
from .presentation import status_buttons
from .tokens import PARTICIPANT, PROJECTOR

# The coordinator's pages --------------------------------------------------------------------


def _workshop(request: HttpRequest, workshop: int) -> Workshop:
    """The workshop of the request's strategy (strategies.access.strategy_view), or a 404."""
    return get_object_or_404(
        Workshop.objects.select_related("strategy", "area"), pk=workshop, strategy=request.strategy
    )


def _detail_url(request: HttpRequest, workshop: Workshop, anchor: str = "") -> str:
    url = _url(request, "workshop_detail", strategy=workshop.strategy_id, workshop=workshop.pk)
    return f"{url}#{anchor}" if anchor else url


def _results_url(request: HttpRequest, workshop: Workshop, anchor: str = "") -> str:
    url = _url(request, "workshop_results", strategy=workshop.strategy_id, workshop=workshop.pk)
    return f"{url}#{anchor}" if anchor else url


def _links(request: HttpRequest, workshop: Workshop) -> dict:
    participant = tokens.token_for(
        workshop.link_salt, PARTICIPANT, stored=workshop.participant_digest
    )
    projector = tokens.token_for(workshop.link_salt, PROJECTOR, stored=workshop.projector_digest)
    return {
        "participant_url": absolute_url(
            request, reverse("workshop_vote", kwargs={"token": participant})
        ),
        "participant_code": tokens.display_code(participant),
        "enter_url": absolute_url(request, reverse("workshop_enter")),
        "projector_url": absolute_url(
            request, reverse("workshop_projector", kwargs={"token": projector})
        ),
    }


@strategy_view(Permission.VIEW)
def workshop_list(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    return render(
        request,
        "workshops/workshop_list.html",
        {"strategy": strategy, "workshops": selectors.workshops_of(strategy)},
    )


def _workshop_form(request: HttpRequest, strategy, workshop: Workshop | None) -> HttpResponse:
    form = WorkshopForm(
        request.POST or None,
        instance=workshop,
        strategy=strategy,
        area_choices=selectors.goal_choices(strategy, depth=1),
    )

    def save():
        fields = {name: form.cleaned_data[name] for name in WorkshopForm.Meta.fields}
        if workshop is None:
            return services.workshop_create(strategy=strategy, **fields)
        return services.workshop_update(workshop=workshop, **fields)

    if request.method == "POST" and (saved := save_form(form, save)):
        messages.success(request, _("The workshop has been saved."))
        return redirect(_detail_url(request, saved.result))
    title = _("New workshop") if workshop is None else _("Edit the workshop")
    cancel = (
        _url(request, "workshop_list", strategy=strategy.pk)
        if workshop is None
        else _detail_url(request, workshop)
    )
    return render(
        request,
        "core/form_page.html",
        {"form": form, "title": title, "subtitle": strategy.title, "cancel_url": cancel},
    )


@strategy_view(Permission.EDIT)
def workshop_create(request: HttpRequest) -> HttpResponse:
    return _workshop_form(request, request.strategy, None)


@strategy_view(Permission.EDIT)
def workshop_edit(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    return _workshop_form(request, workshop.strategy, workshop)


def _detail_context(request: HttpRequest, workshop: Workshop, problem_form=None) -> dict:
    return {
        "strategy": workshop.strategy,
        "workshop": workshop,
        "problems": list(workshop.problems.select_related("problem")),
        "tally": selectors.ballot_tally(workshop),
        "problem_form": problem_form or ProblemForm(),
        "transitions": status_buttons(workshop),
        **(_links(request, workshop) if request.access.can_edit else {}),
    }


@strategy_view(Permission.VIEW)
def workshop_detail(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    return render(request, "workshops/workshop_detail.html", _detail_context(request, workshop))


@strategy_view(Permission.MANAGE)
def workshop_delete(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    return confirm_delete(
        request,
        obj=workshop,
        delete=lambda: services.workshop_delete(workshop=workshop),
        success_url=_url(request, "workshop_list", strategy=workshop.strategy_id),
        cancel_url=_detail_url(request, workshop),
        consequences=[
            _("Its votes and SWOT entries are deleted too."),
            _("Goals and actions already made of its results stay in the strategy."),
        ],
    )


def _done_or_error(request: HttpRequest, work, success: str) -> None:
    try:
        work()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success)


@strategy_view(Permission.EDIT)
@require_POST
def workshop_status(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    status = request.POST.get("status", "")
    success = {
        Workshop.Status.OPEN: _("The workshop is open: the participants' link works."),
        Workshop.Status.CLOSED: _("The workshop is closed: its link no longer accepts votes."),
    }.get(status, "")
    _done_or_error(
        request, lambda: services.workshop_set_status(workshop=workshop, status=status), success
    )
    return redirect(_detail_url(request, workshop))


@strategy_view(Permission.MANAGE)
@require_POST
def workshop_links_reset(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    services.workshop_links_reset(workshop=workshop)
    messages.success(request, _("New links have been made; the old ones no longer work."))
    return redirect(_detail_url(request, workshop, "links"))


@strategy_view(Permission.EDIT)
def workshop_codes(request: HttpRequest, workshop: int) -> HttpResponse:
    """The one-time participant codes as cards to print (with the workshop's short link),
    and the form that makes more of them. Used codes are not printed again."""
    workshop = _workshop(request, workshop)
    cards = selectors.code_cards(workshop)
    wanted = (workshop.participants_count or 0) - len(cards)
    form = CodesForm(request.POST or None, initial={"count": wanted if wanted > 0 else 10})
    if request.method == "POST" and (
        saved := save_form(
            form,
            lambda: services.workshop_codes_generate(
                workshop=workshop, count=form.cleaned_data["count"]
            ),
        )
    ):
        made = len(saved.result)
        messages.success(
            request,
            ngettext("%(n)s code has been made.", "%(n)s codes have been made.", made)
            % {"n": made},
        )
        return redirect(
            _url(request, "workshop_codes", strategy=workshop.strategy_id, workshop=workshop.pk)
        )
    return render(
        request,
        "workshops/workshop_codes.html",
        {
            "strategy": workshop.strategy,
            "workshop": workshop,
            "form": form,
            "cards": [card for card in cards if not card.used],
            "used": sum(card.used for card in cards),
            **_links(request, workshop),
        },
        status=400 if form.errors else 200,
    )


@strategy_view(Permission.EDIT)
@require_POST
def workshop_problem_add(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    form = ProblemForm(request.POST)
    if save_form(
        form,
        lambda: services.workshop_problem_add(workshop=workshop, title=form.cleaned_data["title"]),
    ):
        messages.success(request, _("The problem has been added."))
        return redirect(_detail_url(request, workshop, "problems"))
    return render(
        request,
        "workshops/workshop_detail.html",
        _detail_context(request, workshop, form),
        status=400,
    )


@strategy_view(Permission.EDIT)
@require_POST
def workshop_problems_load(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    try:
        added = services.workshop_problems_load(workshop=workshop)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if added:
            messages.success(
                request,
                ngettext(
                    "%(n)s problem of the diagnosis has been added.",
                    "%(n)s problems of the diagnosis have been added.",
                    added,
                )
                % {"n": added},
            )
        else:
            messages.info(request, _("The diagnosis has no further problems to add."))
    return redirect(_detail_url(request, workshop, "problems"))


@strategy_view(Permission.EDIT)
@require_POST
def workshop_problem_delete(request: HttpRequest, workshop: int, item: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    problem = get_object_or_404(workshop.problems, pk=item)
    _done_or_error(
        request,
        lambda: services.workshop_problem_delete(item=problem),
        _("Deleted: %(name)s.") % {"name": problem.title},
    )
    return redirect(_detail_url(request, workshop, "problems"))


# Results --------------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def workshop_results(request: HttpRequest, workshop: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    can_edit = request.access.can_edit
    return render(
        request,
        "workshops/workshop_results.html",
        {
            "strategy": workshop.strategy,
            "workshop": workshop,
            "results": selectors.priority_results(workshop, with_links=True),
            "tally": selectors.ballot_tally(workshop),
            "board": selectors.swot_board(workshop, with_hidden=can_edit, with_links=True),
            "can_edit": can_edit,
        },
    )


@strategy_view(Permission.EDIT)
@require_POST
def swot_entry_hide(request: HttpRequest, workshop: int, entry: int) -> HttpResponse:
    workshop = _workshop(request, workshop)
    swot_entry = get_object_or_404(workshop.swot_entries, pk=entry)
    swot_entry = services.swot_entry_set_hidden(
        entry=swot_entry, hidden=request.POST.get("hidden") == "1"
    )
    if request.htmx:
        return render(
            request,
            "workshops/partials/result_entry.html",
            {
                "workshop": workshop,
                "strategy": workshop.strategy,
                "entry": swot_entry,
                "can_edit": True,
            },
        )
    return redirect(_results_url(request, workshop, f"entry-{swot_entry.pk}"))


def _source(request: HttpRequest, workshop: Workshop, kind: str, pk: int):
    if kind == "problem":
        return get_object_or_404(
            WorkshopProblem.objects.select_related("problem"), workshop=workshop, pk=pk
        )
    return get_object_or_404(SwotEntry, workshop=workshop, pk=pk)


def _make_goal(request: HttpRequest, workshop: int, kind: str, pk: int):
    workshop = _workshop(request, workshop)
    source = _source(request, workshop, kind, pk)

    def make():
        if kind == "problem":
            services.workshop_problem_make_goal(item=source)
        else:
            services.swot_entry_make_goal(entry=source)

    _done_or_error(request, make, _("The goal has been added to the strategy."))
    return redirect(_results_url(request, workshop, f"{kind}-{source.pk}"))


def _make_action(request: HttpRequest, workshop: int, kind: str, pk: int):
    workshop = _workshop(request, workshop)
    source = _source(request, workshop, kind, pk)
    choices = selectors.goal_choices(workshop.strategy, area=workshop.area)
    form = ResultActionForm(
        request.POST or None, goal_choices=choices, government=request.government
    )

    def make():
        goal, implementer = form.cleaned_data["goal"], form.cleaned_data["implementer"]
        if kind == "problem":
            services.workshop_problem_make_action(item=source, goal=goal, implementer=implementer)
        else:
            services.swot_entry_make_action(entry=source, goal=goal, implementer=implementer)

    if request.method == "POST" and save_form(form, make):
        messages.success(request, _("The action has been added to the strategy."))
        return redirect(_results_url(request, workshop, f"{kind}-{source.pk}"))
    return render(
        request,
        "workshops/result_action.html",
        {
            "form": form,
            "workshop": workshop,
            "strategy": workshop.strategy,
            "source": source,
            "made": source.action_id is not None,
            "cancel_url": _results_url(request, workshop, f"{kind}-{source.pk}"),
        },
    )


@strategy_view(Permission.EDIT)
@require_POST
def problem_make_goal(request: HttpRequest, workshop: int, item: int):
    return _make_goal(request, workshop, "problem", item)


@strategy_view(Permission.EDIT)
def problem_make_action(request: HttpRequest, workshop: int, item: int):
    return _make_action(request, workshop, "problem", item)


@strategy_view(Permission.EDIT)
@require_POST
def entry_make_goal(request: HttpRequest, workshop: int, entry: int):
    return _make_goal(request, workshop, "entry", entry)


@strategy_view(Permission.EDIT)
def entry_make_action(request: HttpRequest, workshop: int, entry: int):
    return _make_action(request, workshop, "entry", entry)


# The public pages: a participant's phone and the projector ---------------------------------------


@public_view
def workshop_enter(request: HttpRequest) -> HttpResponse:
    """Where a participant types the code from the screen."""
    form = EnterForm(request.GET or None)
    if form.is_valid():
        token = tokens.normalise(form.cleaned_data["kod"])
        if token:
            return redirect("workshop_vote", token=token)
    return render(request, "workshops/enter.html", {"form": form})


def _participant_nav(request: HttpRequest) -> dict:
    token = request.workshop_token
    return {
        "workshop": request.workshop,
        "vote_url": reverse("workshop_vote", kwargs={"token": token}),
        "swot_url": reverse("workshop_swot", kwargs={"token": token}),
    }


def _unknown_phone(request: HttpRequest) -> bool:
    """A POST from a phone without the participant's cookie is refused: each such request
    would otherwise count as a new participant. The page is shown again (with the cookie)."""
    if request.method != "POST" or is_known(request):
        return False
    messages.error(
        request,
        _(
            "Nothing was saved: this phone had not opened the workshop link yet. It has now; "
            "send again. (The page needs cookies to count one vote per phone.)"
        ),
    )
    return True


@workshop_link_view(PARTICIPANT)
def workshop_vote(request: HttpRequest) -> HttpResponse:
    workshop = request.workshop
    refused = _unknown_phone(request)
    posted = request.method == "POST" and not refused
    participant = participant_digest(request)
    items = list(workshop.problems.all())
    own = selectors.own_ballot(workshop, participant)
    data = request.POST if posted else None
    form = BallotForm(
        data,
        workshop=workshop,
        items=items,
        initial_values=own,
        needs_code=workshop.requires_codes and not own,  # a ballot is changed without one
    )
    if posted and save_form(
        form,
        lambda: services.ballot_cast(
            workshop=workshop,
            participant=participant,
            values=form.values(),
            code=form.code(),
            address=client_address(request),
        ),
    ):
        messages.success(
            request, _("Your vote has been saved. You can change it while the workshop is open.")
        )
        return keep(request, redirect(request.path))
    context = {
        **_participant_nav(request),
        "form": form,
        "items": items,
        "has_voted": bool(own),
    }
    status = 400 if refused or form.is_bound else 200
    if form.has_error(NON_FIELD_ERRORS, RATE_LIMITED):
        status = 429
    response = render(request, "workshops/vote.html", context, status=status)
    return keep(request, response)


@workshop_link_view(PARTICIPANT)
def workshop_swot(request: HttpRequest) -> HttpResponse:
    workshop = request.workshop
    if request.htmx and request.method == "GET":  # the board refreshing itself
        return render(
            request,
            "workshops/partials/swot_board.html",
            {
                "workshop": workshop,
                "board": selectors.swot_board(workshop),
                "live_url": request.path,
            },
        )
    refused = _unknown_phone(request)
    posted = request.method == "POST" and not refused
    form = SwotEntryForm(request.POST if posted else None)
    if posted and save_form(
        form,
        lambda: services.swot_entry_add(
            workshop=workshop,
            participant=participant_digest(request),
            quadrant=form.cleaned_data["quadrant"],
            text=form.cleaned_data["text"],
        ),
    ):
        messages.success(request, _("Your entry has been added to the board."))
        return keep(request, redirect(request.path))
    response = render(
        request,
        "workshops/swot.html",
        {
            **_participant_nav(request),
            "form": form,
            "board": selectors.swot_board(workshop),
            "live_url": request.path,
        },
        status=400 if refused or form.is_bound else 200,
    )
    return keep(request, response)


PROJECTOR_VIEWS = ("priorities", "swot")


@workshop_link_view(PROJECTOR)
def workshop_projector(request: HttpRequest) -> HttpResponse:
    """The live results for the room's screen: polled by htmx every few seconds."""
    workshop = request.workshop
    shown = request.GET.get("widok")
    if shown not in PROJECTOR_VIEWS:
        shown = "priorities"
    context = {
        "workshop": workshop,
        "shown": shown,
        "live_url": f"{request.path}?widok={shown}",
    }
    if shown == "priorities":
        context["results"] = selectors.priority_results(workshop)
        context["tally"] = selectors.ballot_tally(workshop)
    else:
        context["board"] = selectors.swot_board(workshop)
    if request.htmx:
        return render(request, "workshops/partials/projector_live.html", context)
    participant = tokens.token_for(
        workshop.link_salt, PARTICIPANT, stored=workshop.participant_digest
    )
    context.update(
        participant_url=absolute_url(
            request, reverse("workshop_vote", kwargs={"token": participant})
        ),
        participant_code=tokens.display_code(participant),
        enter_url=absolute_url(request, reverse("workshop_enter")),
        views=[
            ("priorities", _("Priorities"), f"{request.path}?widok=priorities"),
            ("swot", _("SWOT"), f"{request.path}?widok=swot"),
        ],
    )
    return render(request, "workshops/projector.html", context)
