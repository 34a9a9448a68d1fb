"""How the app says where a text comes from: "bron: kaartenset Ouderbetrokkenheid, r. 967–968".

One wording for the preparation's tips, the situation tips, the card library and the card PDF.
"""

from __future__ import annotations

from parentconv.catalog_model import SEED_TITLES, SourceRef
from parentconv.i18n import N_, translation


def where(source: SourceRef, language: str) -> str:
    """The source's title (the seed numbers mean nothing to a teacher) and its lines."""
    gettext = translation(language).gettext
    title = gettext(SEED_TITLES.get(source.seed, source.seed))
    lines = source.lines.replace("-", "–")
    return gettext(N_("bron: {title}, r. {lines}")).format(title=title, lines=lines)
