"""Export and import of journals as bundles (issue 5): the whole journal or chosen mentees.

- `export_file(path, BundleStream(journal, mentee_ids=None, include_private=False),
  recipients=..., passphrase=...)` writes an export as the journal is read, one record per
  line; `build_bundle(...)` -> the whole document in memory, `dump(document)` -> its bytes
  (docs/export-format.md describes them).
- `envelope`: plain JSON or age (`seal_with_passphrase`, `seal_for_recipients`), and
  `open_file(path, ...)` / `open_bundle(data, passphrase=..., identities=...)` -> a checked
  `Bundle`, whose records are read one at a time (`bundle.records(kind)`).
- `preview_import(journal, bundle)` -> `ImportPlan` (added / updated / conflict / unchanged);
  `apply_import(journal, bundle, rule)` -> `ImportResult`, one transaction, backup before.
The CLI (`mentorjournal export` / `import`) and the GUI (ui/transfer/) both use these.
"""

from __future__ import annotations

from .bundle import FORMAT_NAME, FORMAT_VERSION, Bundle, dump, parse
from .envelope import (
    Protection,
    export_file,
    open_bundle,
    open_file,
    peek_file,
    protection_of,
    read_file,
    write_export,
)
from .errors import (
    BundleInvalid,
    BundleTooNew,
    EncryptedFileError,
    ExportCancelled,
    ManifestMismatch,
    NeedIdentity,
    NeedPassphrase,
    NotABundle,
    TransferError,
)
from .export import BundleStream, build_bundle
from .importing import apply_import, backup_before_import, preview_import
from .plan import RULE_LABELS, ConflictRule, ImportPlan, ImportResult, KindPlan

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "RULE_LABELS",
    "Bundle",
    "BundleStream",
    "BundleInvalid",
    "BundleTooNew",
    "ConflictRule",
    "EncryptedFileError",
    "ExportCancelled",
    "ImportPlan",
    "ImportResult",
    "KindPlan",
    "ManifestMismatch",
    "NeedIdentity",
    "NeedPassphrase",
    "NotABundle",
    "Protection",
    "TransferError",
    "apply_import",
    "backup_before_import",
    "build_bundle",
    "dump",
    "export_file",
    "open_bundle",
    "open_file",
    "parse",
    "peek_file",
    "preview_import",
    "protection_of",
    "read_file",
    "write_export",
]
