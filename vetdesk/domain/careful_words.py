"""The wording check of reminders: words that humiliate, label or threaten a client, with neutral alternatives.

Matching ignores case and accents and takes whole words, so "morosos" and
"MOROSA" are found but "amorosos" is not. The clinic can add its own terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FlaggedTerm:
    """A word or phrase to avoid, and what to write instead."""

    term: str
    suggestion: str


# Spanish and English terms; a suggestion of "" means "leave it out".
DEFAULT_TERMS: tuple[FlaggedTerm, ...] = (
    FlaggedTerm("moroso", "cliente con un pago pendiente"),
    FlaggedTerm("morosa", "cliente con un pago pendiente"),
    FlaggedTerm("morosos", "clientes con pagos pendientes"),
    FlaggedTerm("morosas", "clientes con pagos pendientes"),
    FlaggedTerm("morosidad", "pagos pendientes"),
    FlaggedTerm("lista negra", ""),
    FlaggedTerm("fichero de morosos", ""),
    FlaggedTerm("embargo", "solo si la clínica ya ha decidido reclamar judicialmente; si no, omítalo"),
    FlaggedTerm("embargar", "solo si la clínica ya ha decidido reclamar judicialmente; si no, omítalo"),
    FlaggedTerm("denuncia", "reclamación, solo si la clínica ya la ha decidido"),
    FlaggedTerm("denunciar", "reclamar, solo si la clínica ya lo ha decidido"),
    FlaggedTerm("deudor", "cliente"),
    FlaggedTerm("deudora", "cliente"),
    FlaggedTerm("impagado", "pendiente de pago"),
    FlaggedTerm("último aviso", "recordatorio"),
    FlaggedTerm("consecuencias", "pasos siguientes"),
    FlaggedTerm("abogados", "el procedimiento que corresponda, solo si está decidido"),
    FlaggedTerm("defaulter", "client with a pending payment"),
    FlaggedTerm("deadbeat", "client with a pending payment"),
    FlaggedTerm("blacklist", ""),
    FlaggedTerm("debtor", "client"),
    FlaggedTerm("seize", "only if the clinic has decided to go to court"),
    FlaggedTerm("final warning", "reminder"),
)


@dataclass(frozen=True, slots=True)
class WordingWarning:
    term: str
    suggestion: str
    # Where the term was found in the text, as a slice.
    start: int
    end: int
    found: str


def _fold(text: str) -> str:
    """Lower-case ``text`` and drop accents, keeping one character per character so positions still match."""
    folded = []
    for character in text:
        base = unicodedata.normalize("NFD", character)[0]
        folded.append(base.lower() if len(base.lower()) == 1 else character.lower()[:1] or character)
    return "".join(folded)


def check_wording(text: str, extra_terms: Iterable[FlaggedTerm] = ()) -> list[WordingWarning]:
    """Return every flagged term found in ``text``, in order of position."""
    folded = _fold(text)
    warnings: list[WordingWarning] = []
    for flagged in (*DEFAULT_TERMS, *extra_terms):
        words = _fold(flagged.term).split()
        if not words:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
        for match in re.finditer(pattern, folded):
            warnings.append(WordingWarning(flagged.term, flagged.suggestion, match.start(), match.end(),
                                           text[match.start():match.end()]))
    warnings.sort(key=lambda warning: (warning.start, warning.end))
    return warnings


def parse_extra_terms(lines: Sequence[str]) -> list[FlaggedTerm]:
    """Read the clinic's own terms, one per line as "term" or "term = suggestion"."""
    terms = []
    for line in lines:
        term, _, suggestion = line.partition("=")
        if term.strip():
            terms.append(FlaggedTerm(" ".join(term.split()), suggestion.strip()))
    return terms
