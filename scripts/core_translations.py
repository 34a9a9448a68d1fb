"""Keep the core's gettext catalog up to date (``make translations`` runs this).

Extracts every ``_()`` and ``N_()`` message from ``parentconv/`` into
``resources/locale/parentconv.pot``, merges it into
``resources/locale/en/LC_MESSAGES/parentconv.po`` (new messages come in untranslated, removed
ones go) and compiles the ``.mo`` the app reads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "parentconv.pot"
LANGUAGES = ("en",)


def main() -> int:
    subprocess.run(
        [
            *(sys.executable, "-m", "babel.messages.frontend", "extract"),
            *(
                "-k",
                "_",
                "-k",
                "N_",
                "-k",
                "n_:1,2",
                "--no-location",
                "--sort-output",
                "--omit-header",
            ),
            *("-o", str(POT), str(ROOT / "parentconv")),
        ],
        check=True,
        capture_output=True,
    )
    with POT.open("rb") as fh:
        template = read_po(fh)
    for language in LANGUAGES:
        po_path = LOCALE / language / "LC_MESSAGES" / "parentconv.po"
        po_path.parent.mkdir(parents=True, exist_ok=True)
        if po_path.exists():
            with po_path.open("rb") as fh:
                catalog = read_po(fh, locale=language)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=language, domain="parentconv")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po_path.open("wb") as fh:
            write_po(fh, catalog, omit_header=True, no_location=True, sort_output=True)
        with po_path.open("rb") as fh:  # compile what is in the .po, and only that
            catalog = read_po(fh, locale=language)
        with po_path.with_suffix(".mo").open("wb") as fh:
            write_mo(fh, catalog)
        missing = [m.id for m in catalog if m.id and not m.string]
        print(f"{po_path.relative_to(ROOT)}: {len(catalog)} messages, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
