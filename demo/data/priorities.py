"""The priorities of the demo's actions (strategies.models.Priority values)."""

LOW = "low"
IMPORTANT = "important"
VERY_IMPORTANT = "very_important"
