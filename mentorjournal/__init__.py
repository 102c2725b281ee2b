"""Mentor Journal: an offline mentoring journal for trainers in technical and vocational education.

This package must stay cheap to import: the CLI imports it before deciding whether the GUI,
the database layer or nothing heavy at all is needed.
"""

__version__ = "0.1.0"
