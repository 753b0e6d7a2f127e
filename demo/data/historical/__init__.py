"""The historical strategy of Miasto Przykładowo (2005–2015), the seeds as they stand:
strategy.py assembles it from one module an area; schedule.py is its preparation
schedule."""
