"""Translated labels for values stored as keys (owners, statuses), shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentconv.services.completeness import Completeness
from parentconv.services.views import NOT_COMING, CarerView

OWNERS = ("school", "parents", "child", "other")


def owner_label(owner: str) -> str:
    """Who does it: school / ouders / kind / anderen."""
    return {
        "school": QCoreApplication.translate("labels", "school"),
        "parents": QCoreApplication.translate("labels", "ouders"),
        "child": QCoreApplication.translate("labels", "kind"),
        "other": QCoreApplication.translate("labels", "anderen"),
    }.get(owner, owner)


def talk_status_label(status: str, cancel_reason: str = "") -> str:
    if status == "cancelled" and cancel_reason == "no_show":
        return QCoreApplication.translate("labels", "niet verschenen")
    if status == "cancelled" and cancel_reason == NOT_COMING:
        return QCoreApplication.translate("labels", "komt niet")
    return {
        "planned": QCoreApplication.translate("labels", "gepland"),
        "prepared": QCoreApplication.translate("labels", "voorbereid"),
        "held": QCoreApplication.translate("labels", "gevoerd"),
        "cancelled": QCoreApplication.translate("labels", "afgezegd"),
    }.get(status, status)


def agreement_status_label(status: str) -> str:
    return {
        "open": QCoreApplication.translate("labels", "open"),
        "done": QCoreApplication.translate("labels", "gedaan"),
        "not_achieved": QCoreApplication.translate("labels", "niet gelukt"),
        "dropped": QCoreApplication.translate("labels", "vervallen"),
    }.get(status, status)


def completeness_label(completeness: Completeness) -> str:
    """ "✓ 5/5" when prepared, "○ 2/5" when not yet."""
    mark = "✓" if completeness.is_prepared else "○"
    return f"{mark} {completeness.filled_count}/{completeness.total}"


def carer_label(carer: CarerView) -> str:
    """ "Amal Haddad (moeder) · Arabisch · tolk nodig · laaggeletterd"."""
    parts = [carer.name + (f" ({carer.relation})" if carer.relation else "")]
    if carer.language:
        parts.append(carer.language)
    if carer.interpreter_needed:
        parts.append(QCoreApplication.translate("labels", "tolk nodig"))
    if carer.low_literacy:
        parts.append(QCoreApplication.translate("labels", "laaggeletterd"))
    return " · ".join(parts)
