"""Screens of the strategy register, one module per page family (strategies.urls imports
each). Each view: access, object, form, one service, response."""
