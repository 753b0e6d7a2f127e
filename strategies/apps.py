from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategiesConfig(AppConfig):
    name = "strategies"
    verbose_name = _("Strategies")

    def ready(self) -> None:
        # Every new local government gets the standard financing sources (a hook the
        # governments app offers, so that it need not import this one).
        from governments.services import government_set_up_with

        government_set_up_with(_default_sources)


def _default_sources(government) -> None:
    from .services import financing_sources_create_defaults

    financing_sources_create_defaults(government=government)
