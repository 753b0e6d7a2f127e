# The adoption app keeps no models of its own: the resolution is on the strategy and the
# adopted version (versions.StrategyVersion), both in the admin of their apps.
