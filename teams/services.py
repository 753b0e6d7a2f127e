"""Writes to teams, their members and their meetings."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.services import next_position, save_validated, swap_positions

from .models import Attendance, Meeting, Team, TeamMember


@transaction.atomic
def team_save(*, team: Team) -> Team:
    return save_validated(team)


@transaction.atomic
def team_delete(*, team: Team) -> None:
    """Deletes the team with its members, meetings and attendance (their history stays)."""
    team.delete()


@transaction.atomic
def team_member_save(*, member: TeamMember) -> TeamMember:
    if member.pk is None:
        member.position = next_position(TeamMember.objects.filter(team_id=member.team_id))
    return save_validated(member)


@transaction.atomic
def team_member_delete(*, member: TeamMember) -> None:
    """Deletes a member who never attended a meeting. The attendance of the team's meetings
    is a record of its work, so a member who attended one is kept, not deleted."""
    attended = Attendance.objects.filter(member=member).count()
    if attended:
        raise ValidationError(
            ngettext(
                "%(name)s was present at %(count)d meeting of the team, and the record of "
                "attendance must stay complete, so they cannot be deleted. Keep them on the "
                "list of members.",
                "%(name)s was present at %(count)d meetings of the team, and the record of "
                "attendance must stay complete, so they cannot be deleted. Keep them on the "
                "list of members.",
                attended,
            )
            % {"name": member.name, "count": attended}
        )
    member.delete()


@transaction.atomic
def team_member_move(*, member: TeamMember, direction: str) -> bool:
    return swap_positions(
        member, TeamMember.objects.filter(team_id=member.team_id), direction=direction
    )


@transaction.atomic
def meeting_save(*, meeting: Meeting, attendees: list[TeamMember]) -> Meeting:
    """Save a meeting and who was present at it.

    Only the team's own members can be present, and only at a meeting that has taken place
    (a planned meeting may be entered ahead, with its agenda, and its attendance later).
    """
    foreign = [member for member in attendees if member.team_id != meeting.team_id]
    if foreign:
        raise ValidationError(
            {
                "attendees": _("Only members of the team can be marked as present: %(names)s.")
                % {"names": ", ".join(member.name for member in foreign)}
            }
        )
    if attendees and meeting.date and meeting.date > timezone.localdate():
        raise ValidationError(
            {
                "attendees": _(
                    "The meeting has not taken place yet: record who was present after it."
                )
            }
        )
    save_validated(meeting)
    wanted = {member.pk for member in attendees}
    present = set(Attendance.objects.filter(meeting=meeting).values_list("member_id", flat=True))
    for attendance in Attendance.objects.filter(meeting=meeting, member_id__in=present - wanted):
        attendance.delete()  # one by one, so that the history records who was removed
    for member in attendees:
        if member.pk not in present:
            save_validated(Attendance(meeting=meeting, member=member))
    return meeting


@transaction.atomic
def meeting_delete(*, meeting: Meeting) -> None:
    meeting.delete()
