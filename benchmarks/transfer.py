"""Export and import of the large journal (issue 5): time and peak memory, beside `age`.

    python benchmarks/transfer.py [--size large] [--seed 1] [--json OUT]

Each step runs in a fresh interpreter, so its peak memory (ru_maxrss) is its own:
- export: read the whole journal (private notes included) into the bundle and its JSON bytes;
  then encrypt them to an X25519 recipient in memory (what `--recipient` does), and once with a
  passphrase (scrypt in its child process: that child's time, memory not counted here);
- import: parse the bundle, preview it against an empty journal, import it in one transaction
  (after the backup of the empty journal);
- `age -r RECIPIENT` encrypting the same JSON file, the standard tool's time for comparison.
The journal is benchmarks/generate.py's, cached in benchmarks/out/. Reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_export(journal: Path, work: Path) -> dict[str, Any]:
    from mentorjournal.crypto import keys, passphrase
    from mentorjournal.store import open_journal
    from mentorjournal.transfer import build_bundle, dump

    start = time.perf_counter()
    with open_journal(journal) as j:
        document = build_bundle(j, include_private=True)
    data = dump(document)
    export_s = time.perf_counter() - start
    records = sum(document["manifest"]["counts"].values())
    del document
    pair = keys.generate_identity()
    start = time.perf_counter()
    sealed = keys.encrypt(data, [pair.recipient])
    x25519_s = time.perf_counter() - start
    start = time.perf_counter()
    passphrase.encrypt(data, "benchmark-only-passphrase-words")
    scrypt_s = time.perf_counter() - start
    (work / "bundle.json").write_bytes(data)  # for the import and for age (benchmark only)
    (work / "recipient.txt").write_text(pair.recipient)
    return {
        "records": records,
        "json_mb": len(data) / 1e6,
        "sealed_mb": len(sealed) / 1e6,
        "export_s": export_s,
        "x25519_s": x25519_s,
        "passphrase_s": scrypt_s,
        "peak_mb": _peak_mb(),
    }


def child_import(work: Path) -> dict[str, Any]:
    os.environ["MENTORJOURNAL_BACKUP_DIR"] = str(work / "backups")
    from mentorjournal.store import open_journal
    from mentorjournal.transfer import apply_import, parse, preview_import

    data = (work / "bundle.json").read_bytes()
    with open_journal(work / "target.sqlite", create=True) as j:
        start = time.perf_counter()
        bundle = parse(data)
        del data
        preview_import(j, bundle)
        preview_s = time.perf_counter() - start
        start = time.perf_counter()
        result = apply_import(j, bundle)
        import_s = time.perf_counter() - start
        start = time.perf_counter()
        again = preview_import(j, bundle)
        twice_s = time.perf_counter() - start
    assert not again.changes_anything
    return {
        "preview_s": preview_s,
        "import_s": import_s,
        "preview_again_s": twice_s,
        "added": result.added,
        "peak_mb": _peak_mb(),
    }


def _child(step: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", step, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def transfer_figures(journal: Path) -> dict[str, Any]:
    """Run the steps in child processes on `journal`; figures in seconds and megabytes."""
    work = Path(tempfile.mkdtemp(prefix="mj-transfer-"))
    try:
        exported = _child("export", str(journal), str(work))
        imported = _child("import", str(work))
        age_s = None
        if shutil.which("age"):
            recipient = (work / "recipient.txt").read_text()
            start = time.perf_counter()
            subprocess.run(
                ["age", "-r", recipient, "-o", str(work / "age.age"), str(work / "bundle.json")],
                check=True,
            )
            age_s = time.perf_counter() - start
        return {"export": exported, "import": imported, "age_cli_x25519_s": age_s}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, *rest = args.child
        out = (
            child_export(Path(rest[0]), Path(rest[1]))
            if step == "export"
            else child_import(Path(rest[0]))
        )
        print(json.dumps(out))
        return
    from benchmarks.run import journal_for

    figures = transfer_figures(journal_for(args.size, args.seed))
    e, i = figures["export"], figures["import"]
    print(f"journal: {e['records']} records, bundle {e['json_mb']:.1f} MB of JSON")
    print(
        f"export (read + JSON)        {e['export_s'] * 1000:8.0f} ms   peak {e['peak_mb']:.0f} MB"
    )
    print(f"  encrypt to a recipient    {e['x25519_s'] * 1000:8.0f} ms")
    print(f"  encrypt with a passphrase {e['passphrase_s'] * 1000:8.0f} ms (child process)")
    if figures["age_cli_x25519_s"] is not None:
        print(f"  age -r on the same JSON   {figures['age_cli_x25519_s'] * 1000:8.0f} ms")
    print(f"import preview (empty)      {i['preview_s'] * 1000:8.0f} ms")
    print(
        f"import (one transaction)    {i['import_s'] * 1000:8.0f} ms   peak {i['peak_mb']:.0f} MB"
    )
    print(f"preview of the same again   {i['preview_again_s'] * 1000:8.0f} ms")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
