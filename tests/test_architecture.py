"""The core stays free of Qt; the UI never talks to the database itself."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import parentconv

ROOT = Path(__file__).resolve().parent.parent


def all_core_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(parentconv.__path__, prefix="parentconv.")
        if ".migrations.versions." not in m.name and not m.name.endswith("migrations.env")
    )


def test_core_modules_are_found() -> None:
    modules = all_core_modules()
    assert "parentconv.store.db" in modules and "parentconv.services.talks" in modules


def test_importing_every_core_module_does_not_import_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {all_core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, f"Qt imported by the core: {result.stdout} {result.stderr}"


def test_ui_has_no_sql() -> None:
    pattern = re.compile(
        r"^\s*(from|import)\s+sqlalchemy|\.execute\(|session\.(add|query|scalars)|\bSession\b",
        re.MULTILINE,
    )
    offenders = [p.name for p in (ROOT / "ui").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


def test_ui_does_not_import_the_store_models() -> None:
    offenders = [
        p.name for p in (ROOT / "ui").rglob("*.py") if "parentconv.store.models" in p.read_text()
    ]
    assert offenders == []
