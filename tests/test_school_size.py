"""The app on a school-size store (600 pupils, 19,200 talks), as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from generated_school import build_school


@pytest.fixture(scope="module")
def school_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("school")
    build_school(folder)
    return folder


def test_smoke_on_a_school_size_store_exits_cleanly(school_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "parentconv_ui.launcher", "--data-dir", str(school_dir), "--smoke"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert "Fatal Python error" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert "smoke: main window shown and closed" in result.stdout
