"""Export and import of the large journal (issue 5): time and peak memory, beside `age`.

    python benchmarks/transfer.py [--size large] [--seed 1] [--json OUT]

Each step runs in a fresh interpreter, so its peak memory (ru_maxrss) is its own, for each
way of protecting the file (plain JSON, to an X25519 recipient, with a passphrase: scrypt in
its child process, whose time counts but whose memory does not):
- export: the whole journal (private notes included) written to a file as the CLI does
  (`transfer.export_file`: read in batches, written as it is read);
- import: open the file (`transfer.open_file`), preview it against an empty journal, import
  it in one transaction (after the backup of the empty journal), preview it again;
- `age -r RECIPIENT` encrypting the plain JSON file, the standard tool's time for comparison.
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
    """This process's own peak RSS. Linux keeps ru_maxrss across exec, so a child started by
    a large parent (run.py with the window's benchmarks behind it) would report the parent's
    size; VmHWM belongs to the new program only. ru_maxrss where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PASSPHRASE = "benchmark-only-passphrase-words"
WAYS = ("plain", "recipient", "passphrase")
SUFFIX = {"plain": ".json", "recipient": ".age", "passphrase": ".age"}


def child_export(journal: Path, work: Path, way: str) -> dict[str, Any]:
    """Export the whole journal (private notes included) to a file as the CLI does."""
    from mentorjournal.crypto import keys
    from mentorjournal.store import open_journal
    from mentorjournal.transfer import BundleStream, export_file

    recipients: list[str] = []
    if way == "recipient":
        pair = keys.generate_identity()
        (work / "identity.txt").write_text(pair.secret)
        recipients = [pair.recipient]
    out = work / f"bundle-{way}{SUFFIX[way]}"
    start = time.perf_counter()
    cpu = time.process_time()
    with open_journal(journal) as j:
        stream = BundleStream(j, include_private=True)
        export_file(
            out,
            stream,
            recipients=recipients,
            passphrase=PASSPHRASE if way == "passphrase" else None,
        )
    return {
        "records": sum(stream.counts.values()),
        "file_mb": out.stat().st_size / 1e6,
        "seconds": time.perf_counter() - start,
        "cpu_s": time.process_time() - cpu,
        "peak_mb": _peak_mb(),
    }


def child_import(work: Path, way: str) -> dict[str, Any]:
    """Open the export, preview it against an empty journal, import it (after the backup of
    the empty journal), then preview the same file again (nothing to do)."""
    os.environ["MENTORJOURNAL_BACKUP_DIR"] = str(work / f"backups-{way}")
    from mentorjournal.store import open_journal
    from mentorjournal.transfer import apply_import, open_file, preview_import

    identities = [(work / "identity.txt").read_text()] if way == "recipient" else []
    target = work / f"target-{way}.sqlite"
    with open_journal(target, create=True) as j:
        start = time.perf_counter()
        cpu = time.process_time()
        bundle = open_file(
            work / f"bundle-{way}{SUFFIX[way]}",
            passphrase=PASSPHRASE if way == "passphrase" else None,
            identities=identities,
        )
        open_s = time.perf_counter() - start
        preview_import(j, bundle)
        preview_s = time.perf_counter() - start
        preview_cpu_s = time.process_time() - cpu
        start = time.perf_counter()
        cpu = time.process_time()
        result = apply_import(j, bundle)
        import_s = time.perf_counter() - start
        import_cpu_s = time.process_time() - cpu
        start = time.perf_counter()
        again = preview_import(j, bundle)
        twice_s = time.perf_counter() - start
    assert not again.changes_anything
    return {
        "open_s": open_s,
        "preview_s": preview_s,
        "import_s": import_s,
        "preview_cpu_s": preview_cpu_s,
        "import_cpu_s": import_cpu_s,
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


def transfer_figures(journal: Path, ways: tuple[str, ...] = WAYS) -> dict[str, Any]:
    """Run the steps in child processes on `journal`, for each way of protecting the file;
    figures in seconds and megabytes."""
    work = Path(tempfile.mkdtemp(prefix="mj-transfer-"))
    try:
        figures: dict[str, Any] = {}
        for way in ways:
            figures[f"export_{way}"] = _child("export", str(journal), str(work), way)
        for way in ways:
            figures[f"import_{way}"] = _child("import", str(work), way)
        figures["age_cli_x25519_s"] = None
        plain = work / "bundle-plain.json"
        if shutil.which("age") and plain.exists():
            start = time.perf_counter()
            subprocess.run(
                ["age", "-r", keys_recipient(), "-o", str(work / "age.age"), str(plain)],
                check=True,
            )
            figures["age_cli_x25519_s"] = time.perf_counter() - start
        if set(ways) == set(WAYS):
            figures.update(_summary(figures))
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _summary(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures under the names run.py's table reads: the plain export and import, the
    extra time of each encryption, the highest peak of the three ways."""
    plain, imported = figures["export_plain"], figures["import_plain"]
    return {
        "export": {
            "records": plain["records"],
            "json_mb": plain["file_mb"],
            "export_s": plain["seconds"],
            "x25519_s": figures["export_recipient"]["seconds"] - plain["seconds"],
            "passphrase_s": figures["export_passphrase"]["seconds"] - plain["seconds"],
            "peak_mb": max(figures[f"export_{way}"]["peak_mb"] for way in WAYS),
        },
        "import": {
            "preview_s": imported["preview_s"],
            "import_s": imported["import_s"],
            "preview_again_s": imported["preview_again_s"],
            "peak_mb": max(figures[f"import_{way}"]["peak_mb"] for way in WAYS),
        },
    }


def keys_recipient() -> str:
    from mentorjournal.crypto import keys

    return keys.generate_identity().recipient


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
            child_export(Path(rest[0]), Path(rest[1]), rest[2])
            if step == "export"
            else child_import(Path(rest[0]), rest[1])
        )
        print(json.dumps(out))
        return
    from benchmarks.run import journal_for

    figures = transfer_figures(journal_for(args.size, args.seed))
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


def print_table(figures: dict[str, Any]) -> None:
    first = figures[f"export_{WAYS[0]}"]
    print(f"journal: {first['records']} records, export {first['file_mb']:.1f} MB")
    for way in WAYS:
        e = figures.get(f"export_{way}")
        if e is not None:
            ms = e["seconds"] * 1000
            print(f"export {way:<11}        {ms:8.0f} ms   peak {e['peak_mb']:.0f} MB")
    if figures.get("age_cli_x25519_s") is not None:
        print(f"  age -r on the plain JSON   {figures['age_cli_x25519_s'] * 1000:8.0f} ms")
    for way in WAYS:
        i = figures.get(f"import_{way}")
        if i is not None:
            print(
                f"import {way:<11} open {i['open_s'] * 1000:6.0f} ms, preview "
                f"{i['preview_s'] * 1000:6.0f} ms, import {i['import_s'] * 1000:6.0f} ms, "
                f"again {i['preview_again_s'] * 1000:6.0f} ms   peak {i['peak_mb']:.0f} MB"
            )


if __name__ == "__main__":
    main()
