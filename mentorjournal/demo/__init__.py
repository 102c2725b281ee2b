"""The demo journal: a year of invented mentoring to try the app, take screenshots and test
views such as "who am I losing touch with?" on something that looks like real use.

Free of Qt. `fill_demo_journal(services, today=..., seed=...)` fills an empty journal;
`mentorjournal demo --db PATH` creates one from the command line.
"""

from .generator import DemoCounts, fill_demo_journal

__all__ = ["DemoCounts", "fill_demo_journal"]
