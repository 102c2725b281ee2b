"""Regenerate docs/samples/: what the app shares, made from the demo journal (`make samples`).

The demo journal is built with a fixed seed and a fixed "today", so the samples change only
when the app's output does. Written: one mentee's summary as PDF (A4), Markdown and HTML, a
calendar file, the programme report as PDF and CSV, the sessions CSV, and a PNG of the first
two pages of the PDF (to look at without a PDF viewer). No private notes: these are the files
a trainer would hand over.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorjournal.demo.generator import fill_demo_journal  # noqa: E402
from mentorjournal.reports.calendar import render_ics  # noqa: E402
from mentorjournal.reports.csv_export import programme_csv, sessions_csv  # noqa: E402
from mentorjournal.reports.html import render_html  # noqa: E402
from mentorjournal.reports.markdown import render_markdown  # noqa: E402
from mentorjournal.reports.pdf import render_programme_pdf, render_summary_pdf  # noqa: E402
from mentorjournal.services import Services  # noqa: E402
from mentorjournal.store import open_journal  # noqa: E402

OUT = ROOT / "docs" / "samples"
TODAY = date(2026, 11, 23)
PERIOD = (date(2026, 6, 1), date(2026, 11, 30))


def page_png(pdf: bytes, path: Path, pages: int = 2) -> None:
    """The first `pages` pages side by side, at a readable size."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(pdf)
    try:
        images = [document[i].render(scale=1.4).to_pil() for i in range(min(pages, len(document)))]
    finally:
        document.close()
    gap = 24
    sheet = Image.new(
        "RGB",
        (sum(i.width for i in images) + gap * (len(images) + 1), images[0].height + 2 * gap),
        (200, 204, 210),
    )
    x = gap
    for image in images:
        sheet.paste(image, (x, gap))
        x += image.width + gap
    sheet.save(path)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        journal = open_journal(Path(tmp) / "demo.sqlite", create=True)
        try:
            services = Services.for_journal(journal)
            fill_demo_journal(services, today=TODAY)
            rows = services.mentees.list_summaries()
            busiest = max(rows, key=lambda r: (r.sessions, r.open_actions))
            data = services.summaries.build(
                busiest.id, period_from=PERIOD[0], period_to=PERIOD[1], today=TODAY
            )
            programme = services.summaries.programme(TODAY)
            pdf = render_summary_pdf(data)
            files = {
                "summary.pdf": pdf,
                "summary.md": render_markdown(data).encode("utf-8"),
                "summary.html": render_html(data).encode("utf-8"),
                "summary-sessions.csv": sessions_csv([data]),
                "calendar.ics": render_ics(data, now=datetime(2026, 11, 23, 12, tzinfo=UTC)).encode(
                    "utf-8"
                ),
                "programme-report.pdf": render_programme_pdf(programme),
                "programme-report.csv": programme_csv(programme),
            }
        finally:
            journal.close()
    for name, content in files.items():
        (OUT / name).write_bytes(content)
    page_png(pdf, OUT / "summary-pages-1-2.png")
    page_png(files["programme-report.pdf"], OUT / "programme-report.png", pages=1)
    print(f"Wrote {len(files) + 2} files to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
