"""Translated labels for values stored as keys (owners, statuses), shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentconv.services.completeness import Completeness


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def owner_label(owner: str) -> str:
    """Who does it: school / ouders / kind / anderen."""
    return {
        "school": _t("school"),
        "parents": _t("ouders"),
        "child": _t("kind"),
        "other": _t("anderen"),
    }.get(owner, owner)


def talk_status_label(status: str, cancel_reason: str = "") -> str:
    if status == "cancelled" and cancel_reason == "no_show":
        return _t("niet verschenen")
    return {
        "planned": _t("gepland"),
        "prepared": _t("voorbereid"),
        "held": _t("gevoerd"),
        "cancelled": _t("afgezegd"),
    }.get(status, status)


def agreement_status_label(status: str) -> str:
    return {
        "open": _t("open"),
        "done": _t("gedaan"),
        "not_achieved": _t("niet gelukt"),
        "dropped": _t("vervallen"),
    }.get(status, status)


def completeness_label(completeness: Completeness) -> str:
    """ "✓ 5/5" when prepared, "○ 2/5" when not yet."""
    mark = "✓" if completeness.is_prepared else "○"
    return f"{mark} {completeness.filled_count}/{completeness.total}"
