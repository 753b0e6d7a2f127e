"""Writes of the diagnosis, one module per topic (units, imports, local figures, statistics
files, the comparison group, problems); this package names them all, so that
``from diagnosis import services`` reads as one module."""

from .comparison import (
    GROUP_MIN_SIZE,
    GROUP_POPULATION_FACTORS,
    comparison_group_default,
    comparison_group_set,
)
from .imports import (
    ObservationRow,
    catalogue_sync,
    import_interrupt,
    import_plan,
    import_resume,
    import_run,
    observations_store,
)
from .local_figures import local_figures_import_csv, local_figures_set
from .problems import (
    indicator_save,
    narrative_set,
    problem_create,
    problem_review,
    problems_refresh,
)
from .statistics_files import (
    MAX_STATISTICS_UPLOADS,
    observations_import_bdl_csv,
    statistics_upload_create,
    statistics_upload_delete,
)
from .units import (
    UNIT_LEVELS,
    UnitsRefresh,
    governments_link_units,
    units_refresh,
)

__all__ = [
    "GROUP_MIN_SIZE",
    "GROUP_POPULATION_FACTORS",
    "MAX_STATISTICS_UPLOADS",
    "UNIT_LEVELS",
    "ObservationRow",
    "UnitsRefresh",
    "catalogue_sync",
    "comparison_group_default",
    "comparison_group_set",
    "governments_link_units",
    "import_interrupt",
    "import_plan",
    "import_resume",
    "import_run",
    "indicator_save",
    "local_figures_import_csv",
    "local_figures_set",
    "narrative_set",
    "observations_import_bdl_csv",
    "observations_store",
    "problem_create",
    "problem_review",
    "problems_refresh",
    "statistics_upload_create",
    "statistics_upload_delete",
    "units_refresh",
]
