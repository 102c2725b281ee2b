"""The Qt widgets GUI. The only package (with app.py) allowed to import PySide6."""
