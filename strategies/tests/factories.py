import factory

from governments.tests.factories import InstitutionFactory, LocalGovernmentFactory
from strategies import services
from strategies.models import Action, Goal, Indicator, Strategy


class StrategyFactory(factory.django.DjangoModelFactory):
    """A strategy of three levels: Obszar / Cel operacyjny / Działanie."""

    class Meta:
        model = Strategy

    government = factory.SubFactory(LocalGovernmentFactory)
    title = factory.Sequence(lambda n: f"Strategia rozwiązywania problemów społecznych {n}")
    year_from = 2021
    year_to = 2030

    @classmethod
    def _create(cls, model_class, *args, levels=("Obszar", "Cel operacyjny", "Działanie"), **kw):
        return services.strategy_create(level_names=list(levels), **kw)


def goal(strategy: Strategy, title: str = "Rodzina", parent: Goal | None = None) -> Goal:
    return services.goal_create(strategy=strategy, parent=parent, title=title)


def leaf_goal(strategy: Strategy) -> Goal:
    """A goal on the last goal level, creating the chain above it."""
    parent = None
    node = None
    for depth in range(1, strategy.levels.count()):
        node = goal(strategy, title=f"Cel poziomu {depth}", parent=parent)
        parent = node
    return node


def action(
    strategy: Strategy,
    goal_: Goal | None = None,
    *,
    implementers=None,
    partners=(),
    sources=(),
    **fields,
) -> Action:
    goal_ = goal_ or leaf_goal(strategy)
    if implementers is None:
        implementers = [InstitutionFactory(government=strategy.government)]
    fields.setdefault("title", "Praca socjalna z rodzinami")
    if not fields.get("year_from"):
        fields.setdefault("is_continuous", True)
    return services.action_save(
        action=Action(strategy=strategy, goal=goal_, **fields),
        implementers=implementers,
        partners=list(partners),
        sources=list(sources),
    )


def indicator(strategy: Strategy, owner, **fields) -> Indicator:
    key = "action" if isinstance(owner, Action) else "goal"
    fields.setdefault("name", "Liczba rodzin objętych wsparciem")
    fields.setdefault("unit", "rodziny")
    return services.indicator_save(indicator=Indicator(strategy=strategy, **{key: owner}, **fields))
