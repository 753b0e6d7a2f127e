"""Reads of workshops, each with a fixed number of queries (the projector's is pinned)."""

from dataclasses import dataclass

from django.db.models import Avg, Count, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from strategies.models import Action, Goal, Strategy
from strategies.selectors import strategy_tree

from .models import Ballot, ParticipantCode, SwotEntry, Workshop, WorkshopProblem
from .tokens import code_for, display_code


def _count(model, **filters):
    return Coalesce(
        Subquery(
            model.objects.filter(workshop=OuterRef("pk"), **filters)
            .order_by()
            .values("workshop")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        ),
        Value(0),
    )


def workshops_of(strategy: Strategy):
    """The strategy's workshops, newest first, with their counts: one query."""
    return (
        Workshop.objects.filter(strategy=strategy)
        .select_related("area")
        .annotate(
            problem_count=_count(WorkshopProblem),
            ballot_count=_count(Ballot),
            entry_count=_count(SwotEntry, hidden=False),
        )
        .order_by("-date", "-id")
    )


@dataclass
class ProblemResult:
    place: int
    item: WorkshopProblem
    points: int
    voters: int
    average_rank: float | None
    share: int  # per cent of the leading problem's points: the length of its bar


def priority_results(workshop: Workshop, *, with_links: bool = False) -> list[ProblemResult]:
    """The problems by points (most first), with how many voters gave them anything and,
    in a ranking, their average place: one query."""
    items = workshop.problems.annotate(
        total=Coalesce(Sum("scores__points"), 0),
        voters=Count("scores", filter=Q(scores__points__gt=0)),
        average_rank=Avg("scores__rank"),
    ).order_by("-total", "position", "id")
    if with_links:
        items = items.select_related("goal", "action")
    rows = list(items)
    top = max((row.total for row in rows), default=0)
    results = []
    place = 0
    previous = None
    for index, row in enumerate(rows, start=1):
        if row.total != previous:  # ties share a place
            place, previous = index, row.total
        results.append(
            ProblemResult(
                place=place,
                item=row,
                points=row.total,
                voters=row.voters,
                average_rank=row.average_rank,
                share=round(100 * row.total / top) if top else 0,
            )
        )
    return results


@dataclass
class Quadrant:
    key: str
    label: str
    entries: list[SwotEntry]


def swot_board(workshop: Workshop, *, with_hidden: bool = False, with_links: bool = False):
    """The four parts of the SWOT board with their entries, oldest first: one query."""
    entries = workshop.swot_entries.order_by("created_at", "id")
    if not with_hidden:
        entries = entries.filter(hidden=False)
    if with_links:
        entries = entries.select_related("goal", "action")
    by_quadrant: dict[str, list[SwotEntry]] = {key: [] for key in SwotEntry.Quadrant.values}
    for entry in entries:
        by_quadrant[entry.quadrant].append(entry)
    return [
        Quadrant(key=key, label=label, entries=by_quadrant[key])
        for key, label in SwotEntry.Quadrant.choices
    ]


@dataclass(frozen=True)
class BallotTally:
    """A workshop's ballots against what may be cast: its one-time codes when it requires
    them (there are never more ballots than codes), and the participants the coordinator
    expects. Without codes, more ballots than expected participants is what stuffing looks
    like (one network is capped at the expected number, but several networks are not)."""

    ballots: int
    codes: int | None  # None: the workshop does not use codes
    expected: int | None  # None: the coordinator gave no number

    @property
    def cap(self) -> int | None:
        return self.codes if self.codes is not None else self.expected

    @property
    def over(self) -> int:
        """How many more ballots than expected participants have arrived."""
        return max(self.ballots - self.expected, 0) if self.expected else 0


def ballot_tally(workshop: Workshop) -> BallotTally:
    """The number of ballots (and of codes, when the workshop uses them): one query."""
    counts = (
        Workshop.objects.filter(pk=workshop.pk)
        .annotate(ballot_n=_count(Ballot), code_n=_count(ParticipantCode))
        .values("ballot_n", "code_n")
        .get()
    )
    return BallotTally(
        ballots=counts["ballot_n"],
        codes=counts["code_n"] if workshop.requires_codes else None,
        expected=workshop.participants_count,
    )


@dataclass(frozen=True)
class CodeCard:
    number: int
    code: str  # as printed: ABCD-EFGH
    used: bool


def code_cards(workshop: Workshop) -> list[CodeCard]:
    """The workshop's one-time codes, derived again for printing, each marked when it has
    admitted a ballot: one query."""
    codes = (
        ParticipantCode.objects.filter(workshop=workshop)
        .annotate(used=Count("ballot"))
        .order_by("number")
    )
    return [
        CodeCard(
            number=code.number,
            code=display_code(code_for(workshop.code_salt, code.number, stored=code.digest)),
            used=bool(code.used),
        )
        for code in codes
    ]


def own_ballot(workshop: Workshop, participant: str) -> dict[int, int]:
    """What this participant gave each problem (points, or places in a ranking)."""
    ballot = Ballot.objects.filter(workshop=workshop, participant=participant).first()
    if ballot is None:
        return {}
    ranking = workshop.mode == Workshop.Mode.RANKING
    return {
        score.item_id: (score.rank if ranking else score.points) for score in ballot.scores.all()
    }


def goal_choices(
    strategy: Strategy, *, depth: int | None = None, area: Goal | None = None
) -> list[tuple[Goal, str]]:
    """Goals of one level with their numbers ("2.1. Title"); by default the last goal
    level, the one actions hang under. With ``area``, the goals under it come first."""
    tree = strategy_tree(strategy, actions=Action.objects.none(), with_indicators=False)
    wanted = depth or tree.goal_depth
    first, rest = [], []
    for root in tree.roots:
        for node in [root, *_descendants(root)]:
            if not node.is_action and node.goal.depth == wanted:
                pair = (node.goal, f"{node.number}. {node.goal.title}")
                (first if area is not None and root.goal.pk == area.pk else rest).append(pair)
    return first + rest


def _descendants(node):
    for child in node.children:
        yield child
        yield from _descendants(child)
