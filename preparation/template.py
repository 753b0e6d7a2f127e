"""The template schedule: the steps of preparing a strategy as the seed's resolution
(preparation-schedule.txt, Bartoszyce 2004) lays them out, updated to today's law (public
consultation of at least 35 days under the act on development policy). Months are counted
from the first month of the preparation; ``None`` as the last month is continuous work."""

from django.utils.translation import gettext_lazy as _

from governments.models import LocalGovernment

# (step, first month, last month or None, executor key, cooperating key)
STEPS = (
    (
        _("Appointing the programme team to set the main areas of the strategy."),
        0,
        0,
        "head",
        "all",
    ),
    (_("Setting the main areas of the strategy."), 1, 1, "team", ""),
    (_("Diagnosis and analysis in the main areas of the strategy."), 2, 4, "team", "all"),
    (_("Appointing the working groups for the areas of the strategy."), 5, 5, "head", "all"),
    (
        _("Setting the goals and actions in the main areas (strategic workshops)."),
        5,
        7,
        "groups",
        "all",
    ),
    (_("Approving the results of the work."), 8, 8, "head", "team"),
    (_("Preparing the draft of the strategy."), 9, 9, "office", "team"),
    (
        _("Public consultation of the draft strategy (at least 35 days)."),
        10,
        11,
        "team",
        "all",
    ),
    (_("Final version of the strategy and the consultation report."), 12, 12, "team", "office"),
    (
        _("Submitting the draft to the council's committees for their opinion."),
        13,
        13,
        "head",
        "team",
    ),
    (_("Submitting the final draft to the council."), 13, 13, "head", ""),
    (_("Promoting the strategy."), 14, 15, "office", "all"),
    (_("Monitoring and implementing the strategy."), 16, None, "office", "all"),
    (_("Coordinating the strategy."), 16, None, "centre", "all"),
)


def parties(government: LocalGovernment) -> dict[str, str]:
    """Who does what, named for the kind of unit."""
    kind = government.kind
    if kind == LocalGovernment.Kind.POWIAT:
        head, centre = _("The powiat board"), _("Powiat family support centre (PCPR)")
    elif kind == LocalGovernment.Kind.VOIVODESHIP:
        head, centre = _("The voivodeship board"), _("Regional social policy centre (ROPS)")
    else:
        head, centre = _("The head of the gmina (wójt, mayor)"), _("Social assistance centre")
    return {
        "head": str(head),
        "centre": str(centre),
        "team": str(_("Programme team")),
        "groups": str(_("Working groups")),
        "office": str(_("Social affairs department, experts")),
        "all": str(
            _(
                "Representatives of the institutions and services of the local governments, "
                "non-governmental organisations, churches and other public partners"
            )
        ),
        "": "",
    }
