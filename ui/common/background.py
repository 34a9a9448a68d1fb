"""Slow work (an evening's PDF pack) on a worker thread, so the window keeps painting.

``run_beside`` waits a moment in the caller, so quick work (one summary) shows nothing; longer
work shows a modal "busy" dialog — the teacher cannot start anything else meanwhile, but the
app stays responsive and the system never marks it "not responding". The work must not touch
widgets: services and PDF rendering only (they open their own unit of work).
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from parentconv_ui.common.widgets import named

T = TypeVar("T")
QUICK_S = 0.04  # work done within this needs no dialog


def run_beside(parent: QWidget, work: Callable[[], T], label: str) -> T:
    """The result of ``work()`` (or its exception), computed beside the event loop."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(work)
        try:
            return future.result(timeout=QUICK_S)
        except concurrent.futures.TimeoutError:
            pass
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setObjectName("busyDialog")
        named(dialog, label)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: loop.quit() if future.done() else None)
        poll.start()
        if not future.done():
            loop.exec()
        poll.stop()
        dialog.close()
        dialog.deleteLater()
        return future.result()
