"""Printable and shareable documents built from the services' dataclasses, free of Qt.

Everything a user typed is escaped before it goes into HTML; private notes are left out.
"""
