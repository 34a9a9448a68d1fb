"""The benchmarks' school-size store generator (benchmarks/school_store.py), for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def school_store() -> ModuleType:
    """``benchmarks/school_store.py`` as a module (the benchmarks folder is not a package)."""
    name = "school_store"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "school_store.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def build_school(folder: Path) -> Path:
    """A school-size store (600 pupils, 19,200 talks) in ``folder``; returns the database."""
    store = school_store()
    folder.mkdir(parents=True, exist_ok=True)
    built = store.build(folder / "oudergesprek.sqlite3", store.LARGE)
    return Path(built.path)
