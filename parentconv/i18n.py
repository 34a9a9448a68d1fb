"""The core's own words in the teacher's language: messages from checks, the store and files.

Dutch is the source language: a message is written in Dutch, with named parameters, and
translated through a gettext catalog (``resources/locale/<lang>/LC_MESSAGES/parentconv.mo``,
kept as ``.po`` and compiled by ``make translations`` with Babel). The UI picks the language
with ``set_language`` together with Qt's; the CLI and tests speak Dutch unless told otherwise.

    raise ValidationError(_("{label} is verplicht.").format(label=_(label)), field)

Labels handed to the checks are marked with ``N_`` where they are written, so that the
extraction finds them, and translated where the message is made.
"""

from __future__ import annotations

import gettext

from parentconv.resources import resource_dir

DOMAIN = "parentconv"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def translation(language: str) -> gettext.NullTranslations:
    """The catalog of ``language`` ("nl" is the source: no catalog needed)."""
    if language == "nl":
        return gettext.NullTranslations()
    return gettext.translation(
        DOMAIN, localedir=str(resource_dir() / "locale"), languages=[language], fallback=True
    )


def set_language(language: str) -> None:
    """Speak ``language`` ("nl" or "en") from now on; an unknown one falls back to Dutch."""
    global _translation
    _translation = translation(language)


def _(message: str) -> str:
    """``message`` in the current language (itself, in Dutch or when it has no translation)."""
    return _translation.gettext(message)


def n_(singular: str, plural: str, count: int) -> str:
    """The form for ``count`` ("1 gesprek", "2 gesprekken"); format ``{count}`` in yourself."""
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it yet (a label passed along)."""
    return message
