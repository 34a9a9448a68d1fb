"""How long printing takes: one talk summary, and the evening pack of a 30-talk evening.

Targets (issue 5): a summary under 30 ms after warm-up, a 30-talk evening pack under 1 s.

The script builds a database in a temporary folder through the services: the demo class
(held talks with notes, agreements and reviews) for the summary, and an evening of 30 ten-minute
talks, each with a filled preparation, an interpreter for every third family and two open
agreements to review, for the pack. Beside them, as a baseline from the same run, it times a
minimal one-page ReportLab document (one paragraph in Helvetica). Times are medians of
``--repeat`` measured runs after ``--warmup`` unmeasured ones (the first run registers the
font and loads ReportLab, which the app pays once).

    .venv/bin/python benchmarks/bench_pdf.py            # 30 runs each (pack: 10)
    .venv/bin/python benchmarks/bench_pdf.py --quick    # smoke: a few runs
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

# Measure this working tree, also when the package is not installed in the running Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import Timing, machine_line, measure, ms, print_table, ratio, record

from parentconv.demo import load_demo_class
from parentconv.pdf import render_evening_pack, render_talk_summary
from parentconv.services.agreements import create_agreement
from parentconv.services.evenings import EveningInput, add_slot, create_evening
from parentconv.services.people import (
    CarerInput,
    PupilInput,
    create_carer,
    create_group,
    create_pupil,
)
from parentconv.services.preparation import GoalChoice, PreparationInput, save_preparation
from parentconv.services.talks import list_talks
from parentconv.store.db import Database

SUMMARY_TARGET_MS = 30.0
PACK_TARGET_MS = 1000.0
PACK_DAY = dt.date(2026, 12, 8)


def minimal_document() -> bytes:
    """The baseline: the smallest useful platypus document, one page, one paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph("Gespreksverslag", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def same_font_document() -> bytes:
    """The fair baseline: one page with a heading and a paragraph in the app's own font
    (DejaVu Sans, regular and bold, embedded), built the way the summary is built."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from parentconv.pdf.fonts import register_fonts

    regular, bold = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build(
        [
            Paragraph("Gespreksverslag Şükrü", ParagraphStyle("h", fontName=bold, fontSize=14)),
            Paragraph(
                "Zoë leest met plezier; <b>rekenen</b> vraagt aandacht.",
                ParagraphStyle("p", fontName=regular, fontSize=10),
            ),
        ]
    )
    return buffer.getvalue()


MINIMAL_SCRIPT = """
import io, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("DejaVuSans", sys.argv[1]))
doc = SimpleDocTemplate(sys.argv[2], pagesize=A4)
doc.build([Paragraph("Gespreksverslag Zoë", ParagraphStyle("p", fontName="DejaVuSans"))])
"""


def process_seconds(command: list[str], runs: int) -> float:
    """Median wall time of whole processes (start, work, exit)."""
    import statistics
    import subprocess

    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def build_evening(db: Database) -> None:
    group = db.run(create_group, name="Groep 7", school_year="2026-2027")
    evening = db.run(
        create_evening,
        data=EveningInput(date=PACK_DAY.isoformat(), start_time="15:00", slot_minutes=10),
    )
    for i in range(30):
        pupil = db.run(
            create_pupil,
            group_id=group.id,
            data=PupilInput(given_name=f"Şükrü{i}", family_name="Yılmaz"),
        )
        db.run(
            create_carer,
            data=CarerInput(
                name=f"Elif Yılmaz {i}",
                relation="moeder",
                language="Turks",
                interpreter_needed=i % 3 == 0,
                pupil_ids=[pupil.id],
            ),
        )
        review = [
            db.run(
                create_agreement,
                pupil_id=pupil.id,
                text=f"Afspraak {k}: elke avond lezen",
                owner="parents",
            ).id
            for k in range(2)
        ]
        view = db.run(add_slot, evening.id, pupil_id=pupil.id)
        talk_id = view.slots[-1].talk.id
        db.run(
            save_preparation,
            talk_id,
            PreparationInput(
                key_message="Leest met plezier; rekenen vraagt aandacht. " * 3,
                qualities=["Behulpzaam", "Leest veel", "Werkt netjes"],
                growth_opportunities=["Tafels oefenen", "Hulp vragen"],
                goals=[GoalChoice("informative", "Ouders weten hoe het gaat")],
                relational_note="Betrokken ouders.",
                expressive_keys=["understanding"],
                own_questions=["Hoe gaat lezen thuis?", "Slaapt hij genoeg?"],
                parent_questions=["Wat kunnen wij doen?"],
                focus_skills=["open_questions", "paraphrasing"],
                review_agreement_ids=review,
            ),
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="a few runs only (smoke test)")
    args = parser.parse_args()
    repeat = 3 if args.quick else args.repeat
    pack_repeat = 2 if args.quick else max(3, repeat // 3)

    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "oudergesprek.sqlite3")
        try:
            started = time.perf_counter()
            db.run(load_demo_class, today=dt.date(2026, 11, 23))
            build_evening(db)
            print(f"database built in {time.perf_counter() - started:.1f} s")
            held = [t for t in db.run(list_talks) if t.status == "held"]
            talk = max(held, key=lambda t: len(t.shared_notes) + len(t.private_notes))

            first = time.perf_counter()
            db.run(render_talk_summary, talk.id)
            cold_ms = (time.perf_counter() - first) * 1000
            cli_runs = 3 if args.quick else 8
            font = str(Path(__file__).resolve().parent.parent / "resources/fonts/DejaVuSans.ttf")
            out = str(Path(folder) / "out.pdf")
            cli_minimal = process_seconds(
                [sys.executable, "-c", MINIMAL_SCRIPT, font, out], cli_runs
            )
            cli_summary = process_seconds(
                [
                    sys.executable,
                    "-m",
                    "parentconv_ui.launcher",
                    "--data-dir",
                    folder,
                    "summary",
                    "--talk",
                    str(talk.id),
                    "-o",
                    out,
                ],
                cli_runs,
            )

            timings: list[Timing] = [
                measure("minimal ReportLab page", minimal_document, repeat=repeat, warmup=3),
                measure("one page, same font", same_font_document, repeat=repeat, warmup=3),
                measure(
                    "summary, teacher's copy",
                    lambda: db.run(render_talk_summary, talk.id, copy="teacher"),
                    repeat=repeat,
                    warmup=3,
                ),
                measure(
                    "summary, parents' copy",
                    lambda: db.run(render_talk_summary, talk.id, copy="parents"),
                    repeat=repeat,
                    warmup=3,
                ),
                measure(
                    "evening pack, 30 talks",
                    lambda: db.run(render_evening_pack, PACK_DAY),
                    repeat=pack_repeat,
                    warmup=1,
                ),
            ]
        finally:
            db.close()

    print(machine_line())
    print(f"first summary in this process (ReportLab import, font registration): {cold_ms:.0f} ms")
    baseline = timings[0].median
    rows = [
        [t.label, str(t.n), ms(t.median), ms(t.p90), ms(t.best), ratio(t.median, baseline)]
        for t in timings
    ]
    print_table(["step", "n", "median ms", "p90 ms", "best ms", "vs minimal"], rows)
    same_font = timings[1].median
    summary = timings[2].median
    pack = timings[4].median
    record(
        "summary, warm",
        summary,
        baseline=same_font,
        baseline_label="one page, same font",
        target="<= 2x baseline",
        passed=summary <= 2 * same_font,
    )
    record(
        "first summary in a process",
        cold_ms,
        baseline=None,
        baseline_label="ReportLab import and font registration included",
        target="<= 100 ms",
        passed=cold_ms <= 100,
    )
    record(
        "evening pack, 30 talks",
        pack,
        baseline=same_font,
        baseline_label="one page, same font",
        target="<= 30x baseline",
        passed=pack <= 30 * same_font,
    )
    record(
        "CLI summary, whole process",
        cli_summary * 1000,
        baseline=cli_minimal * 1000,
        baseline_label="minimal ReportLab script, same font",
        target="<= 2x baseline",
        passed=cli_summary <= 2 * cli_minimal,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
