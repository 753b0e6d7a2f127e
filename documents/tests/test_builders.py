"""The builders: every chapter, action and indicator of a strategy in its document; the
yearly report's content; the attachments; a bounded number of queries."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext as _

from core.testing import html_tree
from documents.builders import attachment_document, report_document, strategy_document
from documents.content import BulletList, Figure, GroupRow, Heading, Paragraph, Table
from documents.tasks import document_request
from governments.models import LocalGovernment
from governments.tests.factories import InstitutionFactory
from monitoring import services as monitoring
from monitoring.presentation import report_summary_lines
from monitoring.report import cycle_report
from preparation.models import ScheduleStep
from strategies.models import FinancingSource, IndicatorValue, PlannedAmount, Strategy
from strategies.tests.factories import StrategyFactory, action, goal, indicator

pytestmark = pytest.mark.django_db

HOSTILE = "Zażółć {{ title }} #set page(width: 1cm) *gęślą* <b>jaźń</b> $x$ ]"


def texts(document) -> list[str]:
    """Every piece of text of a document, in order."""
    out = []
    for block in document.blocks:
        if isinstance(block, Heading | Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out.extend(block.items)
        elif isinstance(block, Table):
            out.append(block.caption)
            for row in block.rows:
                out.extend([row.text] if isinstance(row, GroupRow) else row)
    return out


def chapters(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 1]


def tables(document) -> list[Table]:
    return [b for b in document.blocks if isinstance(b, Table)]


def make_strategy(government, actions: int = 3):
    strategy = StrategyFactory(government=government, title="Strategia dla Żółkiewki")
    ops = InstitutionFactory(government=government, name="Ośrodek Pomocy Społecznej")
    pup = InstitutionFactory(government=government, name="Powiatowy Urząd Pracy")
    budget = FinancingSource.objects.get(government=government, kind="gmina_budget")
    area = goal(strategy, "Rodzina i dziecko")
    target = goal(strategy, "Wsparcie rodzin w kryzysie", parent=area)
    made = []
    for n in range(actions):
        made.append(
            action(
                strategy,
                target,
                title=f"Działanie {n + 1}: asystent rodziny",
                implementers=[ops],
                partners=[pup],
                sources=[budget],
            )
        )
    PlannedAmount.objects.create(funding=made[0].fundings.get(), year=2025, amount=Decimal(12500))
    indicator(
        strategy, area, name="Liczba rodzin w kryzysie", baseline_value=120, baseline_year=2020
    )
    indicator(
        strategy, made[0], name="Liczba rodzin z asystentem", target_value=40, target_year=2030
    )
    ScheduleStep.objects.create(
        strategy=strategy,
        name="Powołanie Zespołu Programowego",
        month_from=datetime.date(2020, 5, 1),
        month_to=datetime.date(2020, 5, 1),
        executor="Burmistrz",
    )
    return strategy


def test_the_strategy_document_has_every_chapter_action_and_indicator(government):
    strategy = make_strategy(government)
    document = strategy_document(strategy, council="Rady Gminy Żółkiewka", place="Żółkiewka")
    assert chapters(document) == [
        _("Introduction"),
        _("Legal basis"),
        _("Diagnosis of the social situation"),
        _("Mission and vision"),
        _("Goals of the strategy"),
        _("Action plan"),
        _("Indicators"),
        _("Implementation system"),
        _("Monitoring and evaluation system"),
        _("Financial framework"),
        _("Preparation schedule"),
    ]
    everything = texts(document)
    for n in range(3):
        assert f"Działanie {n + 1}: asystent rodziny" in everything
    assert {"Liczba rodzin w kryzysie", "Liczba rodzin z asystentem"} <= set(everything)
    assert "Powołanie Zespołu Programowego" in everything
    assert "1.1. Cel operacyjny: Wsparcie rodzin w kryzysie" in everything
    plan = next(t for t in tables(document) if t.caption == "1. Rodzina i dziecko")
    assert [c.title for c in plan.columns][1] == "Działanie"  # the strategy's own level name
    assert plan.rows[0] == GroupRow("1.1. Cel operacyjny: Wsparcie rodzin w kryzysie")
    first = plan.rows[1]
    assert first[0] == "1.1.1" and first[3].startswith("Ośrodek Pomocy Społecznej")
    assert first[4].startswith("Powiatowy Urząd Pracy")
    framework = next(t for t in tables(document) if t.total is not None)
    assert framework.total[-1] == "12\xa0500,00"  # a non-breaking space groups thousands
    assert document.title_page.title == "Strategia dla Żółkiewki"
    assert document.title_page.place_and_date == "Żółkiewka, 2020"
    assert document.title_page.lines == ()  # not adopted yet


def test_the_coordinators_texts_replace_the_standard_ones(government):
    strategy = make_strategy(government, actions=1)
    standard = texts(strategy_document(strategy))
    strategy.introduction = HOSTILE
    strategy.legal_basis = "Uchwała własna"
    strategy.resolution_number = "XX/113/2021"
    strategy.resolution_date = datetime.date(2021, 4, 28)
    strategy.save()
    document = strategy_document(strategy, council="Rady Gminy Żółkiewka")
    own = texts(document)
    assert HOSTILE in own and HOSTILE not in standard  # plain text, kept exactly
    assert "Uchwała własna" in own
    assert not any(isinstance(b, BulletList) and "12 marca" in str(b) for b in document.blocks)
    (line,) = document.title_page.lines
    assert "XX/113/2021" in line and "Rady Gminy Żółkiewka" in line and "2021" in line


def test_the_legal_basis_follows_the_kind_of_unit(government):
    strategy = make_strategy(government, actions=1)
    gmina = texts(strategy_document(strategy))
    government.kind = LocalGovernment.Kind.POWIAT
    government.save()
    strategy.refresh_from_db()
    powiat = texts(strategy_document(strategy))
    assert any("art. 17" in text for text in gmina)
    assert any("art. 19" in text for text in powiat)


def test_the_strategy_document_reads_a_fixed_number_of_queries(government, other_government):
    small = make_strategy(government, actions=2)
    with CaptureQueriesContext(connection) as few:
        strategy_document(small)
    big = make_strategy(other_government, actions=12)
    with CaptureQueriesContext(connection) as many:
        strategy_document(big)
    assert len(many) == len(few)


def test_an_empty_strategy_still_makes_a_document(government):
    strategy = StrategyFactory(government=government)
    everything = texts(strategy_document(strategy))
    assert _("The strategy has no goals yet.") in everything
    assert _("The preparation schedule has not been entered.") in everything
    assert _("No amounts have been planned yet.") in everything


def test_the_attachments_carry_the_resolution_and_their_table(government):
    strategy = make_strategy(government)
    plan = attachment_document(
        strategy,
        "plan",
        number=2,
        resolution_number="113/XX/2004",
        resolution_date=datetime.date(2004, 4, 28),
        council="Rady Miasta Bartoszyce",
    )
    assert plan.attachment_lines[0] == _("Attachment No. %(number)s") % {"number": 2}
    assert "113/XX/2004" in plan.attachment_lines[1]
    assert plan.attachment_lines[2] == "Rady Miasta Bartoszyce"
    assert "2004" in plan.attachment_lines[3]
    assert plan.title_page is None and not plan.table_of_contents and plan.landscape
    assert "Działanie 3: asystent rodziny" in texts(plan)
    schedule = attachment_document(strategy, "schedule")
    assert "............" in schedule.attachment_lines[1]  # filled in after the session
    (table,) = tables(schedule)
    step = strategy.schedule_steps.get()
    assert table.rows == (("1.", "Powołanie Zespołu Programowego", step.term(), "Burmistrz", "–"),)
    assert "2020" in step.term()


@pytest.fixture
def cycle(government):
    strategy = make_strategy(government, actions=2)
    ops = strategy.government.institutions.get(name="Ośrodek Pomocy Społecznej")
    area_indicator = strategy.indicators.get(name="Liczba rodzin w kryzysie")
    area_indicator.target_value = 60
    area_indicator.target_year = 2030
    area_indicator.direction = "down"
    area_indicator.save()
    IndicatorValue.objects.create(indicator=area_indicator, year=2024, value=100)
    cycle = monitoring.cycle_open(strategy=strategy, year=2025, deadline=datetime.date(2099, 1, 1))
    form = cycle.forms.get(institution=ops)
    report = form.actions.first()
    monitoring.form_save(
        form=form,
        version=0,
        data={"actions": {report.pk: {"status": "done", "what_done": HOSTILE}}},
    )
    return cycle


def _submit_everything(cycle) -> None:
    for form in cycle.forms.all():
        fill = {}
        for report in form.actions.all():
            if not report.status:
                fill.setdefault("actions", {})[report.pk] = {"status": "in_progress"}
        for report in form.indicators.all():
            fill.setdefault("indicators", {})[report.pk] = {"comment": "Brak danych"}
        if fill:
            monitoring.form_save(form=form, version=form.version, data=fill)
        monitoring.form_submit(form=form, by="Anna")


def test_the_report_document_holds_no_unsubmitted_draft(cycle):
    """A generated report may be downloaded by any role, and published: drafts stay out."""
    assert HOSTILE not in texts(report_document(cycle))
    _submit_everything(cycle)
    assert HOSTILE in texts(report_document(cycle))


def test_the_report_document_has_what_the_report_page_shows(cycle):
    _submit_everything(cycle)
    ops = cycle.forms.get(institution__name="Ośrodek Pomocy Społecznej")
    monitoring.form_accept(form=ops)  # the totals count it; PUP's waits, shown apart
    with CaptureQueriesContext(connection) as queries:
        document = report_document(cycle, place="Żółkiewka")
    assert len(queries) < 40
    assert chapters(document)[:3] == [
        _("Summary"),
        _("Implementation of the actions"),
        _("Indicators"),
    ]
    assert _("Approval") in chapters(document)
    everything = texts(document)
    assert HOSTILE in everything
    assert any("Ośrodek Pomocy Społecznej" in text for text in everything)
    assert any(_("form not accepted yet") in text for text in everything)
    summary = _(
        "Actions reported: %(total)s – done: %(done)s, in progress: %(progress)s, "
        "not started: %(not_started)s, abandoned: %(abandoned)s, no report: %(none)s."
    ) % {"total": 2, "done": 1, "progress": 1, "not_started": 0, "abandoned": 0, "none": 0}
    assert summary in everything  # the area's summary
    indicator_table = next(t for t in tables(document) if t.columns[0].title == _("Indicator"))
    names = [row[0] for row in indicator_table.rows]
    assert any("Liczba rodzin w kryzysie" in name for name in names)
    # Charts: the indicators of the highest goal level that has any (the area's one).
    (figure,) = [b for b in document.blocks if isinstance(b, Figure)]
    assert figure.chart.title == "Liczba rodzin w kryzysie"
    measured = dict(figure.chart.series[0].points)
    assert measured[2024] == 100.0
    assert document.title_page.place_and_date == "Żółkiewka, 2026"


def test_the_report_page_and_document_state_the_same_summary(cycle, coordinator_client):
    """One function writes the summary (actions, forms, indicators, money); the page and
    the document both show its lines, word for word and number for number."""
    _submit_everything(cycle)
    lines = report_summary_lines(cycle_report(cycle))
    assert len(lines) == 5 and "12\xa0500,00 zł" in lines[3]  # a grouped amount
    assert lines[4].startswith("Nieprzyjęte jeszcze: 2 formularze")  # submitted, not accepted
    summary = next(b for b in report_document(cycle).blocks if isinstance(b, BulletList))
    assert list(summary.items) == lines
    kwargs = {
        "government": cycle.strategy.government.slug,
        "strategy": cycle.strategy_id,
        "cycle": cycle.pk,
    }
    page = coordinator_client.get(reverse("cycle_report", kwargs=kwargs))
    items = [" ".join("".join(li.itertext()).split()) for li in html_tree(page).iter("li")]
    for line in lines:
        assert " ".join(line.split()) in items


def test_report_charts_show_no_value_after_the_reported_year(cycle):
    indicator = cycle.strategy.indicators.get(name="Liczba rodzin w kryzysie")
    IndicatorValue.objects.create(indicator=indicator, year=2027, value=10)
    (figure,) = [b for b in report_document(cycle).blocks if isinstance(b, Figure)]
    assert dict(figure.chart.series[0].points).get(2027) is None


def test_an_attachment_without_a_number_prints_dots_not_an_old_resolution(government):
    """The form says an empty number prints dots to fill in after the session: so it must,
    also for a strategy adopted long ago (an amendment's attachments go to a new
    resolution), and a typed number is checked as the adoption checks it."""
    strategy = make_strategy(government)
    Strategy.objects.filter(pk=strategy.pk).update(
        status=Strategy.Status.ADOPTED,
        resolution_number="XXXV/245/2021",
        resolution_date=datetime.date(2021, 5, 27),
    )
    strategy.refresh_from_db()
    record = document_request(strategy=strategy, kind="plan", format="pdf")
    assert (record.resolution_number, record.resolution_date) == ("", None)
    lines = attachment_document(strategy, "plan").attachment_lines
    assert "XXXV/245/2021" not in " ".join(lines)
    assert lines[1] == "do uchwały Nr ............" and lines[3] == "z dnia ............"
    with pytest.raises(ValidationError) as error:
        document_request(strategy=strategy, kind="plan", format="pdf", resolution_number="....")
    assert "resolution_number" in error.value.error_dict
    typed = document_request(
        strategy=strategy,
        kind="plan",
        format="pdf",
        resolution_number="Nr XLI/300/2024",
        resolution_date=datetime.date(2024, 3, 28),
    )
    assert typed.resolution_number == "XLI/300/2024"  # "Nr" is printed by the attachment
