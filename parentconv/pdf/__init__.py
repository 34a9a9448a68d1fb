"""Printed pages: the one-page talk summary, the evening pack, and writing them to disk.

ReportLab is imported only when a PDF is made (in ``parentconv.pdf.layout``, which the render
functions import when called), so importing this package costs nothing at start-up.
"""

from __future__ import annotations

from parentconv.pdf.blocks import MARKER
from parentconv.pdf.evening_pack import render_evening_pack
from parentconv.pdf.output import write_pdf
from parentconv.pdf.summary import COPIES, render_parents_copies, render_talk_summary

__all__ = [
    "COPIES",
    "MARKER",
    "render_evening_pack",
    "render_parents_copies",
    "render_talk_summary",
    "write_pdf",
]
