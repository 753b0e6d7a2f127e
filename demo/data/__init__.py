"""The demo data set, as plain Python data: the loader (demo/loader.py) turns it into rows.

Miasto Przykładowo (a fictional town) keeps two strategies: the current one for 2021–2030
and the historical one for 2005–2015, which is the seed action plan
(shared/seeds/action-plan-six-areas.txt) and preparation schedule
(shared/seeds/preparation-schedule.txt) entered as they stand. Gmina Sąsiednia is an
unrelated rural gmina with a small strategy of its own, to show that local governments do
not see each other's data.

Institutions are referred to by a short key (``"MOPS"``), financing sources by the names that
strategies.services.DEFAULT_FINANCING_SOURCES creates for every local government.

One module a thing:

- governments.py – the local governments; institutions.py – their institutions;
  users.py – the demo accounts and their password;
- financing.py – the financing sources' names and ``yearly``; priorities.py – the priorities;
- current/ – the current strategy: strategy.py (title, mission, vision, statuses), one
  module an area (goals, actions, indicators, planned amounts) and schedule.py (its
  preparation schedule);
- historical/ – the historical strategy, laid out the same way;
- neighbour.py – Gmina Sąsiednia's strategy.
"""
