"""The ``parentconv`` program: headless commands go to parentconv.cli, the rest opens the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from parentconv.cli import parse_args, run_headless


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command is not None:
        return run_headless(args)
    from parentconv_ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
