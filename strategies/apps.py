from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategiesConfig(AppConfig):
    name = "strategies"
    verbose_name = _("Strategies")

    def ready(self) -> None:
        # Every new local government gets the standard financing sources (a hook the
        # governments app offers, so that it need not import this one). Imported here, not
        # at the top: services import models, which exist only once the apps are loaded.
        from governments.services import government_set_up_with

        from .services import financing_sources_create_defaults

        government_set_up_with(financing_sources_create_defaults)
