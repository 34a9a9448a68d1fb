"""The closing table of ``make bench``: every recorded figure, its baseline, ratio, target and
verdict (read from the JSON lines the benchmark scripts wrote through ``_common.record``).

    .venv/bin/python benchmarks/report.py RESULTS.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    rows = [
        json.loads(line)
        for line in Path(argv[1]).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    headers = ("figure", "value", "baseline", "ratio", "target", "verdict")
    table = [
        (
            r["figure"],
            f"{r['value']:.1f} {r['unit']}".strip(),
            (f"{r['baseline']:.1f} {r['unit']} " if r["baseline"] is not None else "")
            + f"({r['baseline_label']})",
            f"{r['ratio']:.2f}x" if r["ratio"] is not None else "",
            r["target"],
            "PASS" if r["passed"] else "FAIL",
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    print("\n== all benchmarks (this machine; ratios are what carries to another machine)")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    passed = sum(r["passed"] for r in rows)
    print(f"{passed} PASS, {len(rows) - passed} FAIL")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
