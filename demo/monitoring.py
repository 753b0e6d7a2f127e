"""Monitoring of the demo strategy: the cycle for 2024 done, approved and published, and the
cycle for 2025 under way, so that the board, the forms and the report are alive on
`make run`. Texts are made up for the demonstration; indicator values are the strategy's."""

import datetime
import random
from decimal import Decimal

from governments.models import Membership, Role
from monitoring import selectors, services
from monitoring.models import ActionReport, MonitoringCycle, Recorder
from strategies.models import ActionParticipant, IndicatorValue, PlannedAmount, Strategy

SEED = 2024
DONE_TEXTS = (
    "Zrealizowano zgodnie z planem na rok.",
    "Działanie prowadzone przez cały rok; odbyły się wszystkie zaplanowane spotkania.",
    "Zrealizowano we współpracy z partnerami; uczestnicy ocenili zajęcia dobrze.",
)
PROGRESS_TEXTS = (
    "Działanie trwa; część zadań przesunięto na kolejny rok.",
    "Rozpoczęto nabór uczestników; pierwsze zajęcia odbyły się w IV kwartale.",
)
PROBLEMS = (
    "",
    "",
    "Trudności kadrowe: brak specjalistów na rynku pracy.",
    "Niższa niż zakładano frekwencja uczestników.",
)
RECOMMENDATIONS = (
    (
        "Zwiększyć liczbę miejsc w klubie integracji społecznej i objąć wsparciem osoby "
        "długotrwale bezrobotne z rodzin korzystających z pomocy społecznej.",
        ("PUP", "MOPS"),
    ),
    (
        "Ujednolicić sposób liczenia osób objętych wsparciem, aby wskaźniki z różnych "
        "instytucji dało się porównać.",
        ("MOPS", "PCPR"),
    ),
    (
        "Przygotować ofertę usług opiekuńczych dla osób starszych mieszkających samotnie.",
        ("MOPS",),
    ),
)


def monitoring_load(strategy: Strategy) -> list[MonitoringCycle]:
    rng = random.Random(SEED)  # noqa: S311 (made-up demo figures)
    done = services.cycle_open(strategy=strategy, year=2024, deadline=datetime.date(2025, 3, 31))
    for form in done.forms.all():
        _fill(form, rng, complete=True)
        services.form_submit(form=form, by="demo")
        services.form_accept(form=form)
    services.conclusions_set(
        cycle=done,
        text=(
            "W 2024 roku większość działań zrealizowano zgodnie z planem. Najlepiej wypadła "
            "aktywizacja zawodowa: liczba bezrobotnych spadła, a kluby pracy miały komplet "
            "uczestników. Słabiej przebiegało wsparcie osób starszych: brakuje opiekunek i "
            "miejsc w dziennym domu pomocy.\n\nDane liczbowe są przykładowe (demonstracja)."
        ),
    )
    institutions = {i.short_name or i.name: i for i in strategy.government.institutions.all()}
    for text, names in RECOMMENDATIONS:
        chosen = [institutions[name] for name in names if name in institutions]
        if chosen:
            services.recommendation_save(cycle=done, text=text, institutions=chosen)
    members = Membership.objects.filter(government=strategy.government)
    recorders = {  # who records each step: the team member, and the mayor's own account
        Recorder.TEAM: members.filter(role=Role.TEAM_MEMBER).first(),
        Recorder.APPROVER: members.filter(role=Role.APPROVER).first(),
    }
    day = datetime.date(2025, 4, 10)
    for step in done.approvals.order_by("position"):
        services.approval_record(
            approval=step,
            by=recorders[step.recorded_by_role],
            decision="approved" if step.needs_document else "noted",
            date=day,
            document_number="XII/98/2025" if step.needs_document else "",
        )
        day += datetime.timedelta(days=21)
    # published a week after the council session approved it (the last step, 3 July)
    services.cycle_publish(cycle=done, at=datetime.datetime(2025, 7, 10, 12, tzinfo=datetime.UTC))

    current = services.cycle_open(
        strategy=strategy, year=2025, deadline=datetime.date(2026, 12, 15)
    )
    for index, form in enumerate(current.forms.order_by("institution__name")):
        kind = index % 5
        if kind == 0:
            continue  # not opened yet
        _fill(form, rng, complete=kind != 1)
        if kind in (2, 3, 4):
            services.form_submit(form=form, by="demo")
        if kind == 3:
            services.form_return(
                form=form, comment="Prosimy o podanie źródła danych dla wskaźników."
            )
        if kind == 4:
            services.form_accept(form=form)
    return [done, current]


def _fill(form, rng: random.Random, *, complete: bool) -> None:
    year = form.cycle.year
    planned = {
        (p.funding.action_id, p.funding.source_id): p.amount
        for p in PlannedAmount.objects.filter(
            funding__action__in=[r.action_id for r in form.actions.all()], year=year
        ).select_related("funding")
    }
    data: dict = {"actions": {}, "indicators": {}, "responses": {}}
    reports = list(form.actions.all())
    implements = set(
        ActionParticipant.objects.filter(
            institution=form.institution, role=ActionParticipant.Role.IMPLEMENTER
        ).values_list("action_id", flat=True)
    )
    for n, report in enumerate(reports):
        if not complete and n >= len(reports) // 2:
            break
        status = rng.choices(
            [ActionReport.Status.DONE, ActionReport.Status.IN_PROGRESS, "not_started"],
            weights=[6, 3, 1],
        )[0]
        texts = DONE_TEXTS if status == ActionReport.Status.DONE else PROGRESS_TEXTS
        spending = {
            source_id: (amount * Decimal(rng.randint(70, 100)) / 100).quantize(Decimal("0.01"))
            for (action_id, source_id), amount in planned.items()
            if action_id == report.action_id
            and status != "not_started"
            and action_id in implements  # the implementer reports the money
        }
        data["actions"][report.pk] = {
            "status": status,
            "what_done": rng.choice(texts) if status != "not_started" else "",
            "people_reached": rng.randint(5, 250) if status != "not_started" else None,
            "problems": rng.choice(PROBLEMS),
            "spending": spending,
        }
    values = dict(
        IndicatorValue.objects.filter(
            indicator__in=[r.indicator_id for r in form.indicators.all()], year=year
        ).values_list("indicator_id", "value")
    )
    for report in form.indicators.all():
        value = values.get(report.indicator_id)
        data["indicators"][report.pk] = {
            "value": value,
            "source": "sprawozdanie instytucji" if value is not None else "",
            "comment": "" if value is not None else "Dane będą dostępne w II kwartale.",
        }
    for response in form.responses.all():
        data["responses"][response.pk] = (
            "Wdrożono w 2025 roku; efekty opisano w sprawozdaniu z działań."
        )
    services.form_save(form=form, version=form.version, data=data)
    if not complete:
        return
    form.refresh_from_db()
    if missing := selectors.form_missing(form):  # the demo fills every form it submits
        raise RuntimeError(missing)
