"""Comparing journals by content: what an export carries, with the ids of the skills and
templates every new journal is seeded with replaced by their names."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from mentorjournal.store import Journal
from mentorjournal.transfer import build_bundle

_BY_NAME = ("skills", "session_templates", "reflection_templates")


def content_of(journal: Journal, **options: Any) -> dict[str, Any]:
    content = build_bundle(journal, include_private=True, **options)["content"]
    skill_names = {s["public_id"]: s["name"] for s in content["skills"]}
    out: dict[str, Any] = {}
    for kind, records in content.items():
        rows = []
        for record in records:
            record = dict(record)
            if kind in _BY_NAME:
                for key in ("public_id", "created_at", "updated_at"):
                    record.pop(key)
            if kind == "skill_ratings":
                record["skill"] = skill_names[record["skill"]]
            rows.append(record)
        out[kind] = sorted(rows, key=repr)
    return out


def file_digest(path: Path) -> str:
    """The journal file and its -wal, byte for byte."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(f"{path}{suffix}")
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()
