"""The demo town's next strategy, in preparation now: a draft for 2031–2040 with its areas
and a schedule made from the template, started eight months ago, so that the schedule
shows steps done, in progress, planned and one overdue."""

from django.utils import timezone

from preparation.models import ScheduleStep, StepStatus
from preparation.selectors import add_months
from preparation.services import schedule_from_template
from strategies.models import Strategy
from strategies.services import goal_create, strategy_create

TITLE = "Strategia Rozwiązywania Problemów Społecznych Miasta Przykładowo na lata 2031–2040"
AREAS = (
    ("Rodzina, dziecko i młodzież", ("Wsparcie rodzin w kryzysie", "Piecza zastępcza")),
    (
        "Seniorzy i osoby z niepełnosprawnościami",
        ("Usługi opiekuńcze", "Mieszkalnictwo wspomagane"),
    ),
    ("Rynek pracy i ubóstwo", ("Aktywizacja zawodowa", "Wychodzenie z bezdomności")),
)


def preparation_load(town) -> Strategy:
    strategy = strategy_create(
        government=town,
        title=TITLE,
        year_from=2031,
        year_to=2040,
        level_names=["Obszar", "Cel operacyjny", "Działanie"],
    )
    for area, goals in AREAS:
        parent = goal_create(strategy=strategy, parent=None, title=area)
        for title in goals:
            goal_create(strategy=strategy, parent=parent, title=title)
    this_month = timezone.localdate().replace(day=1)
    steps = schedule_from_template(strategy=strategy, start=add_months(this_month, -8))
    for index, step in enumerate(steps):
        if step.month_to is not None and step.month_to < this_month:
            # the diagnosis (third step) is late: still in progress after its months
            step.status = StepStatus.IN_PROGRESS if index == 2 else StepStatus.DONE
        elif step.month_from <= this_month:
            step.status = StepStatus.IN_PROGRESS
        else:
            continue
        ScheduleStep.objects.filter(pk=step.pk).update(status=step.status)
    return strategy
