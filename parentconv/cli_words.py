"""argparse's own words in Dutch, so ``parentconv --help`` and its errors speak one language.

argparse looks its messages up through ``gettext`` at the moment it uses them; while the
command line is built, parsed or its help printed, ``dutch_argparse()`` answers those lookups
from the table below (the message texts of Python 3.11–3.13). Anything else stays as it is.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "opdrachten en argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ignored explicit argument %r": "argument %r genegeerd",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: %(matches)s"
    ),
    "unexpected option string: %s": "onverwachte optie: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
PLURALS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("verwacht %s waarde", "verwacht %s waarden"),
}


def _gettext(message: str) -> str:
    return DUTCH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    forms = PLURALS.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


@contextmanager
def dutch_argparse() -> Iterator[None]:
    """argparse speaks Dutch inside this block (and only there)."""
    module: Any = argparse
    saved: tuple[Callable[..., str], Callable[..., str]] = (module._, module.ngettext)
    module._, module.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are in Dutch."""

    def parse_args(  # type: ignore[override]
        self, args: Any = None, namespace: Any = None
    ) -> argparse.Namespace:
        with dutch_argparse():
            parsed: argparse.Namespace = super().parse_args(args, namespace)
            return parsed

    def parse_known_args(  # type: ignore[override]
        self, args: Any = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with dutch_argparse():
            return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        with dutch_argparse():
            return super().format_help()

    def format_usage(self) -> str:
        with dutch_argparse():
            return super().format_usage()

    def error(self, message: str) -> Any:
        with dutch_argparse():
            return super().error(message)
