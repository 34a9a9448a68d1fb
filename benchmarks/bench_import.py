"""Importing a school's class list: a 600-pupil export with about 1,200 carers.

Target (issue 15): under 2 s from choosing the file to the preview on screen, and the import
itself (one transaction) on top of that, on a store that already holds the school (the second
import of a newer export: every pupil is matched, nothing is duplicated).

The file is written the way ParnasSys exports it: Windows-1252, ``;``, a header of Dutch column
names, two carers per pupil in repeated columns, siblings sharing their parents. Beside the
figures, as a baseline from the same run: the ``csv`` module reading the same file into lists.

    .venv/bin/python benchmarks/bench_import.py [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine_line, measure, ms, print_table, ratio, record

from parentconv.clock import FixedClock
from parentconv.importing.read import read_class_list
from parentconv.services.class_import import apply_import, plan_import
from parentconv.store.db import Database

TODAY = dt.date(2026, 11, 23)
PUPILS = 600
TARGET_S = 2.0
GIVEN = ["Daan", "Sem", "Zoë", "Noah", "Fatima", "Şükrü", "Lotte", "Emma", "Mila", "Finn", "Yara"]
FAMILY = ["Jansen", "de Vries", "van den Berg", "Bakker", "El Amrani", "Yılmaz", "Visser", "Smit"]
HEADER = [
    "Leerlingnummer",
    "Roepnaam",
    "Tussenvoegsel",
    "Achternaam",
    "Geboortedatum",
    "Groep",
    "Leerjaar",
    "Geslacht",
    "Adres",
    "Verzorger 1 naam",
    "Verzorger 1 relatie",
    "Verzorger 1 e-mail",
    "Verzorger 1 telefoon",
    "Verzorger 2 naam",
    "Verzorger 2 relatie",
    "Verzorger 2 e-mail",
    "Verzorger 2 telefoon",
]


def school_export(pupils: int = PUPILS) -> bytes:
    """A ParnasSys-like export of a whole school: eight year levels, three groups each."""
    rng = random.Random(15)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    family_of: list[tuple[str, str, str]] = []
    for n in range(pupils):
        level = n % 8 + 1
        group = f"Groep {level}{'ABC'[n // 8 % 3]}"
        if family_of and rng.random() < 0.05:
            infix, family, home = rng.choice(family_of)  # a sibling: the same parents
        else:
            raw = rng.choice(FAMILY)
            infix, _sp, family = raw.rpartition(" ")
            home = f"{n:04d}"
            family_of.append((infix, f"{family}{n % 37}", home))
            family = f"{family}{n % 37}"
        born = dt.date(2026 - 4 - level, 1 + n % 12, 1 + n % 28)
        writer.writerow(
            [
                f"{100000 + n}",
                rng.choice(GIVEN),
                infix,
                family,
                born.strftime("%d-%m-%Y"),
                group,
                str(level),
                "M" if n % 2 else "V",
                f"Schoolstraat {n}",
                f"Moeder {family} {home}",
                "moeder",
                f"ouder{home}a@example.com",
                f"06-1234{home}",
                f"Vader {family} {home}",
                "vader",
                f"ouder{home}b@example.com",
                "",
            ]
        )
    return out.getvalue().encode("cp1252", "replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leerlingen.csv"
        path.write_bytes(school_export())
        db = Database(
            Path(folder) / "oudergesprek.sqlite3", clock=FixedClock(dt.datetime(2026, 11, 23, 15))
        )
        try:

            def baseline() -> object:
                with path.open(encoding="cp1252", newline="") as fh:
                    return list(csv.reader(fh, delimiter=";"))

            def preview() -> object:
                read = read_class_list(path, today=TODAY)
                return db.run(plan_import, read)

            first_preview = measure("preview, empty store", preview, repeat=1, warmup=0)
            read = read_class_list(path, today=TODAY)
            first_import = measure(
                "import into an empty store", lambda: db.run(apply_import, read), repeat=1, warmup=0
            )
            plan = db.run(plan_import, read)
            timings = [
                measure("csv module, same file", baseline, repeat=args.repeat, warmup=1),
                first_preview,
                first_import,
                measure("preview, school already stored", preview, repeat=args.repeat, warmup=1),
                measure(
                    "second import (nothing changes)",
                    lambda: db.run(apply_import, read),
                    repeat=args.repeat,
                    warmup=0,
                ),
            ]
        finally:
            db.close()
    print(machine_line())
    print(
        f"{len(plan.pupils)} pupils in {len({p.group for p in plan.pupils})} groups, "
        f"{len(plan.carers)} carers; {len(plan.rejected)} rejected"
    )
    base = timings[0].median
    print_table(
        ["step", "n", "median ms", "best ms", "vs csv module"],
        [[t.label, str(t.n), ms(t.median), ms(t.best), ratio(t.median, base)] for t in timings],
    )
    total = first_preview.median + first_import.median
    record(
        "class-list import, 600 pupils (preview + import)",
        total,
        baseline=base,
        baseline_label="csv module reading the same file",
        target=f"< {TARGET_S:.0f} s",
        passed=total < TARGET_S * 1000,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
