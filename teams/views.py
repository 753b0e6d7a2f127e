from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.views import confirm_delete, government_url, history_page, save_form
from governments.access import Permission
from strategies.access import strategy_view
from strategies.models import Strategy

from . import selectors, services
from .forms import MeetingForm, TeamForm, TeamMemberForm
from .models import Attendance, Meeting, Team, TeamMember

MEETINGS_PAGE_SIZE = 20


def _team(strategy: Strategy, pk: int) -> Team:
    team = get_object_or_404(Team.objects.filter(strategy=strategy).select_related("area"), pk=pk)
    team.strategy = strategy
    return team


def _member(team: Team, pk: int) -> TeamMember:
    member = get_object_or_404(TeamMember.objects.filter(team=team), pk=pk)
    member.team = team
    return member


def _meeting(team: Team, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.filter(team=team), pk=pk)
    meeting.team = team
    return meeting


def _list_url(request: HttpRequest, strategy: Strategy) -> str:
    return government_url(request, "team_list", strategy=strategy.pk)


def _team_url(request: HttpRequest, team: Team) -> str:
    return government_url(request, "team_detail", strategy=team.strategy_id, team=team.pk)


def _members_context(team: Team) -> dict:
    today = timezone.localdate()
    return {
        "strategy": team.strategy,
        "team": team,
        "members": selectors.team_members(team, today=today),
        "held": selectors.meetings_held(team, today=today),
    }


# Teams ---------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def team_list(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    return render(
        request,
        "teams/team_list.html",
        {"strategy": strategy, "teams": selectors.strategy_teams(strategy)},
    )


@strategy_view(Permission.VIEW)
def team_detail(request: HttpRequest, team: int) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    page = Paginator(selectors.team_meetings(team), MEETINGS_PAGE_SIZE).get_page(
        request.GET.get("strona")
    )
    context = {**_members_context(team), "page": page, "today": timezone.localdate()}
    return render(request, "teams/team_detail.html", context)


@strategy_view(Permission.MANAGE)
def team_form(request: HttpRequest, team: int | None = None) -> HttpResponse:
    strategy = request.strategy
    instance = _team(strategy, team) if team else Team(strategy=strategy)
    form = TeamForm(request.POST or None, instance=instance, strategy=strategy)
    if request.method == "POST" and save_form(form, lambda: services.team_save(team=form.instance)):
        messages.success(request, _("The team has been saved."))
        return redirect(_team_url(request, form.instance))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the team") if team else _("New team"),
            "subtitle": strategy.title,
            "cancel_url": _team_url(request, instance) if team else _list_url(request, strategy),
        },
    )


@strategy_view(Permission.MANAGE)
def team_delete(request: HttpRequest, team: int) -> HttpResponse:
    strategy = request.strategy
    instance = _team(strategy, team)
    members = instance.members.count()
    meetings = instance.meetings.count()
    consequences = []
    if members:
        consequences.append(
            ngettext("%(count)d member", "%(count)d members", members) % {"count": members}
        )
    if meetings:
        consequences.append(
            ngettext(
                "%(count)d meeting with its minutes and attendance",
                "%(count)d meetings with their minutes and attendance",
                meetings,
            )
            % {"count": meetings}
        )
    return confirm_delete(
        request,
        obj=instance,
        delete=lambda: services.team_delete(team=instance),
        success_url=_list_url(request, strategy),
        cancel_url=_team_url(request, instance),
        consequences=consequences,
    )


@strategy_view(Permission.VIEW)
def team_history(request: HttpRequest, team: int) -> HttpResponse:
    strategy = request.strategy
    instance = _team(strategy, team)
    member_ids = TeamMember.history.filter(team_id=instance.pk).values("id")
    meeting_ids = Meeting.history.filter(team_id=instance.pk).values("id")
    return history_page(
        request,
        querysets=[
            Team.history.filter(id=instance.pk).select_related("area"),
            TeamMember.history.filter(team_id=instance.pk).select_related("institution"),
            Meeting.history.filter(team_id=instance.pk),
            Attendance.history.filter(
                meeting_id__in=meeting_ids, member_id__in=member_ids
            ).select_related("meeting", "member"),
        ],
        title=_("Change history: %(title)s") % {"title": instance.name},
        back_url=_team_url(request, instance),
    )


# Members -------------------------------------------------------------------------------


@strategy_view(Permission.EDIT)
def member_form(request: HttpRequest, team: int, team_member: int | None = None) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    instance = _member(team, team_member) if team_member else TeamMember(team=team)
    form = TeamMemberForm(request.POST or None, instance=instance, team=team)
    if request.method == "POST" and save_form(
        form, lambda: services.team_member_save(member=form.instance)
    ):
        messages.success(request, _("The team member has been saved."))
        return redirect(_team_url(request, team))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the team member") if team_member else _("New team member"),
            "subtitle": team.name,
            "cancel_url": _team_url(request, team),
        },
    )


@strategy_view(Permission.EDIT)
def member_delete(request: HttpRequest, team: int, team_member: int) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    instance = _member(team, team_member)
    return confirm_delete(  # a member who attended a meeting is refused by the service
        request,
        obj=instance,
        delete=lambda: services.team_member_delete(member=instance),
        success_url=_team_url(request, team),
        cancel_url=_team_url(request, team),
    )


@strategy_view(Permission.EDIT)
@require_POST
def member_move(request: HttpRequest, team: int, team_member: int) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    instance = _member(team, team_member)
    direction = "up" if request.POST.get("direction") == "up" else "down"
    services.team_member_move(member=instance, direction=direction)
    if request.htmx:
        return render(request, "teams/partials/member_table.html", _members_context(team))
    return redirect(_team_url(request, team))


# Meetings ------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def meeting_detail(request: HttpRequest, team: int, team_meeting: int) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    meeting = _meeting(team, team_meeting)
    present = set(meeting.attendance.values_list("member_id", flat=True))
    members = list(TeamMember.objects.filter(team=team).select_related("institution"))
    return render(
        request,
        "teams/meeting_detail.html",
        {
            "strategy": strategy,
            "team": team,
            "meeting": meeting,
            "present": [member for member in members if member.pk in present],
            "absent": [member for member in members if member.pk not in present],
            "planned": meeting.is_planned(),
        },
    )


@strategy_view(Permission.EDIT)
def meeting_form(request: HttpRequest, team: int, team_meeting: int | None = None) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    instance = _meeting(team, team_meeting) if team_meeting else Meeting(team=team)
    form = MeetingForm(request.POST or None, instance=instance, team=team)
    if request.method == "POST" and save_form(
        form,
        lambda: services.meeting_save(
            meeting=form.instance, attendees=list(form.cleaned_data["attendees"])
        ),
    ):
        messages.success(request, _("The meeting has been saved."))
        return redirect(
            government_url(
                request,
                "team_meeting_detail",
                strategy=strategy.pk,
                team=team.pk,
                team_meeting=form.instance.pk,
            )
        )
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the meeting") if team_meeting else _("New meeting"),
            "subtitle": team.name,
            "cancel_url": _team_url(request, team),
        },
    )


@strategy_view(Permission.EDIT)
def meeting_delete(request: HttpRequest, team: int, team_meeting: int) -> HttpResponse:
    strategy = request.strategy
    team = _team(strategy, team)
    instance = _meeting(team, team_meeting)
    return confirm_delete(
        request,
        obj=instance,
        delete=lambda: services.meeting_delete(meeting=instance),
        success_url=_team_url(request, team),
        cancel_url=_team_url(request, team),
        consequences=[_("its agenda, minutes and attendance")],
    )
