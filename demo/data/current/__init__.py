"""The current strategy of Miasto Przykładowo (2021–2030): strategy.py assembles it from
one module an area; schedule.py is its preparation schedule."""
