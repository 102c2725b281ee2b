"""Drafts in the GUI: autosave of open editors (autosave.py), reading and writing their
fields (codec.py), which editors keep drafts (kinds.py), and the restore prompt at start
(restore.py, installed on the main window through ui/features.py)."""
