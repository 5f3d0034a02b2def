"""Typed domain errors whose messages a person can act on.

Each error keeps an English template marked for translation and its parameters, so the
GUI shows it translated (``QCoreApplication.translate("errors", e.template).format(**e.params)``)
and the CLI prints ``str(e)`` on one line.
"""

from __future__ import annotations

from typing import Any

from scipop.i18n import QT_TRANSLATE_NOOP

# What a person can do to go ahead anyway. The domain names the override; each face words it
# in its own terms: the GUI names its check box, the CLI its option (``--outside-hours``).
HINT_OUTSIDE_HOURS = "outside_hours"
HINT_CLOSED_DAY = "closed_day"
HINT_FORCE = "force"


class DomainError(Exception):
    """Base of every error a service raises on purpose.

    ``hint`` names an override the person may choose (one of the HINT_* names), or is "".
    """

    def __init__(self, template: str, hint: str = "", **params: Any):
        self.template = template
        self.params = params
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """A field's value is not acceptable; ``field`` names the input to highlight."""

    def __init__(self, field: str, template: str, hint: str = "", **params: Any):
        self.field = field
        super().__init__(template, hint, **params)


class InvalidInput(DomainError):
    """Several fields are wrong at once; ``errors`` lists them all."""

    def __init__(self, errors: list[ValidationError]):
        self.errors = errors
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "{details}"), details="; ".join(e.message for e in errors)
        )

    def by_field(self) -> dict[str, ValidationError]:
        return {e.field: e for e in self.errors}

    @property
    def hints(self) -> list[str]:
        return [e.hint for e in self.errors if e.hint]


def hints_of(error: DomainError) -> list[str]:
    """Every override ``error`` (or the errors it gathers) names, each once, in order."""
    found = error.hints if isinstance(error, InvalidInput) else [error.hint]
    return list(dict.fromkeys(h for h in found if h))


class NotFound(DomainError):
    """The thing asked for does not exist (any more)."""


class InUse(DomainError):
    """Refused: something else still depends on it."""


class Conflict(DomainError):
    """Refused: it would clash with something already booked."""


class CapacityExceeded(DomainError):
    """Refused: not enough places."""


class DatabaseUnavailable(DomainError):
    """The database cannot be reached as named: a bad URL, a missing driver or folder."""


class DatabaseNotEmpty(DomainError):
    """Refused: loading demo data would mix with real data."""


class ReadOnlyDatabase(DomainError):
    """Refused: the database may only be read (file, folder or medium not writable)."""


class NoDatabase(DomainError):
    """There is no database where one was expected; only creating commands make one."""


class NotSupported(DomainError):
    """Refused: this database (e.g. PostgreSQL) does it with other tools."""


class DatabaseInUse(DomainError):
    """Refused: another program has the database open."""


class BackupUnusable(DomainError):
    """Refused: the file is not a sound SciPop Desk backup this program can restore."""


def read_only_database(where: str) -> ReadOnlyDatabase:
    return ReadOnlyDatabase(
        QT_TRANSLATE_NOOP("errors", "The database {db} is read-only; nothing can be changed."),
        db=where,
    )


def no_database(where: str) -> NoDatabase:
    return NoDatabase(
        QT_TRANSLATE_NOOP("errors", "No database at {db}; create it with `scipop init`."),
        db=where,
    )


class Validator:
    """Collects field errors and raises them together."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, field: str, template: str, **params: Any) -> None:
        self.errors.append(ValidationError(field, template, **params))

    def require(self, field: str, value: str | None, template: str) -> str:
        """The stripped value; an error with ``template`` when it is empty."""
        value = (value or "").strip()
        if not value:
            self.add(field, template)
        return value

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise InvalidInput(self.errors)


def not_found(template: str, ident: object) -> NotFound:
    """``template`` names the kind and takes ``{id}``, e.g. "Room #{id} does not exist."."""
    return NotFound(template, id=ident)
