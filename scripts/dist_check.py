"""Prove the installed app works away from the source tree.

Builds a wheel, installs it into a fresh virtualenv in a temporary folder, and from another
folder runs what a school's IT person would: ``--version``, ``--demo --smoke``, a ``summary``
PDF, and ``--lang en --smoke``. With ``--bundle`` it then builds ``build.spec`` with PyInstaller
and runs the same smoke on the bundle. Prints each step with its time; exits 1 on the first
failure, with the step's output.

    python scripts/dist_check.py            # the wheel (what CI runs)
    python scripts/dist_check.py --bundle   # and the PyInstaller bundle
    python scripts/dist_check.py --bundle --keep dist/Oudergesprek   # make dist
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def step(title: str, command: list[str], cwd: Path, env: dict[str, str]) -> str:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    took = time.perf_counter() - started
    if result.returncode != 0:
        print(f"FAIL {title} ({took:.1f} s, exit {result.returncode})")
        print(result.stdout[-4000:])
        print(result.stderr[-4000:], file=sys.stderr)
        raise SystemExit(1)
    print(f"ok   {title} ({took:.1f} s)")
    return result.stdout


def bin_path(env_dir: Path, name: str) -> Path:
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    return scripts / (f"{name}.exe" if os.name == "nt" else name)


def smoke(program: list[str], where: Path, env: dict[str, str], label: str) -> None:
    """The same checks for the installed wheel and for the bundle."""
    data = where / f"data-{label}"
    version = step(f"{label}: --version", [*program, "--version"], where, env)
    assert version.startswith("Oudergesprek "), version
    step(
        f"{label}: --demo --smoke",
        [*program, "--data-dir", str(data), "--demo", "--smoke"],
        where,
        env,
    )
    talks = json.loads(
        step(
            f"{label}: talks --json",
            [*program, "--data-dir", str(data), "talks", "--json"],
            where,
            env,
        )
    )
    held = next(t for t in talks if t["status"] == "held")
    pdf = where / f"verslag-{label}.pdf"
    step(
        f"{label}: summary",
        [*program, "--data-dir", str(data), "summary", "--talk", str(held["id"]), "-o", str(pdf)],
        where,
        env,
    )
    if not pdf.read_bytes().startswith(b"%PDF"):
        print(f"FAIL {label}: summary did not write a PDF")
        raise SystemExit(1)
    step(
        f"{label}: --lang en --smoke",
        [*program, "--data-dir", str(data), "--lang", "en", "--smoke"],
        where,
        env,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="also build and check PyInstaller")
    parser.add_argument(
        "--keep", type=Path, help="copy the checked bundle here (make dist: dist/Oudergesprek)"
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONPATH", None)
    env.pop("PARENTCONV_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="oudergesprek-dist-") as tmp:
        work = Path(tmp)
        wheels = work / "wheels"
        step(
            "build the wheel",
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
            work,
            env,
        )
        wheel = next(wheels.glob("*.whl"))
        env_dir = work / "venv"
        venv.create(env_dir, with_pip=True)
        python = bin_path(env_dir, "python")
        step(
            "install it into a fresh venv",
            [str(python), "-m", "pip", "install", "-q", str(wheel)],
            work,
            env,
        )
        elsewhere = work / "elsewhere"
        elsewhere.mkdir()
        smoke([str(bin_path(env_dir, "parentconv"))], elsewhere, env, "wheel")
        if args.bundle:
            step(
                "install PyInstaller",
                [str(python), "-m", "pip", "install", "-q", "pyinstaller>=6.0"],
                work,
                env,
            )
            step(
                "build the bundle",
                [
                    str(bin_path(env_dir, "pyinstaller")),
                    "--noconfirm",
                    "--distpath",
                    str(work / "dist"),
                    "--workpath",
                    str(work / "build"),
                    str(ROOT / "build.spec"),
                ],
                ROOT,
                env,
            )
            suffix = ".exe" if os.name == "nt" else ""
            program = work / "dist" / "Oudergesprek" / f"oudergesprek-cli{suffix}"
            smoke([str(program)], elsewhere, env, "bundle")
            if args.keep is not None:
                shutil.rmtree(args.keep, ignore_errors=True)
                shutil.copytree(work / "dist" / "Oudergesprek", args.keep, symlinks=True)
                print(f"bundle kept in {args.keep}")
    print("dist-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
