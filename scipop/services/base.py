"""What every service shares: one unit of work per call, audit, uniqueness checks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scipop.errors import DomainError, Validator, not_found
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Base
from scipop.store.uow import Store, UnitOfWork

M = TypeVar("M", bound=Base)
D = TypeVar("D")

CONCURRENT_CHANGE = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else saved a change to the same data at the same moment. Reload and try again.",
)


@contextmanager
def writing(store: Store) -> Iterator[UnitOfWork]:
    """A writing unit of work whose integrity errors become a message a person can act on."""
    with store.uow(write=True) as uow:
        try:
            yield uow
        except IntegrityError as exc:
            raise DomainError(CONCURRENT_CHANGE) from exc


def snapshot(obj: Base, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}


def check_unique(
    session: Session,
    v: Validator,
    column: Any,
    value: Any,
    exclude_id: int | None,
    field: str,
    template: str,
    **scope: Any,
) -> None:
    """Adds an error when another row already has ``value`` in ``column`` (within ``scope``)."""
    if value in (None, ""):
        return
    model = column.class_
    q = select(model.id).where(func.lower(column) == str(value).lower())
    for name, scoped in scope.items():
        q = q.where(getattr(model, name) == scoped)
    if exclude_id is not None:
        q = q.where(model.id != exclude_id)
    if session.execute(q.limit(1)).first() is not None:
        v.add(field, template, value=value)


def count(session: Session, column: Any, value: Any) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0


class CrudService(Generic[M, D]):
    """Create, edit, delete and list for a simple entity mapped to a dataclass ``D``.

    Subclasses name the model, the dataclass, the copied fields and the messages, and
    override ``validate`` (returns the clean values) and ``check_delete``.
    """

    model: ClassVar[type]
    dto: ClassVar[type]
    entity: ClassVar[str]
    fields: ClassVar[tuple[str, ...]]
    missing: ClassVar[str]  # "... #{id} does not exist."
    order_by: ClassVar[str] = "name"

    def __init__(self, store: Store):
        self.store = store

    # ---- reading
    def list(self) -> list[D]:
        with self.store.uow() as uow:
            rows = uow.session.scalars(self._list_query()).all()
            return [self.to_dto(uow.session, r) for r in rows]

    def get(self, ident: int) -> D:
        with self.store.uow() as uow:
            return self.to_dto(uow.session, self._load(uow.session, ident))

    def _list_query(self):
        return select(self.model).order_by(getattr(self.model, self.order_by))

    def _load(self, session: Session, ident: int) -> M:
        obj = session.get(self.model, ident)
        if obj is None:
            raise not_found(self.missing, ident)
        return obj

    def to_dto(self, session: Session, obj: M) -> D:
        return self.dto(id=obj.id, **snapshot(obj, self.fields))

    # ---- writing
    def create(self, data: D) -> D:
        return self._save(data, None)

    def update(self, data: D) -> D:
        ident = data.id  # type: ignore[attr-defined]
        if ident is None:
            raise ValueError("update needs an id")
        return self._save(data, ident)

    def _save(self, data: D, ident: int | None) -> D:
        with writing(self.store) as uow:
            s = uow.session
            obj = self._load(s, ident) if ident is not None else None
            values = self.validate(s, data, obj)
            before = snapshot(obj, self.fields) if obj is not None else None
            if obj is None:
                obj = self.model(**values)
                s.add(obj)
            else:
                for key, value in values.items():
                    setattr(obj, key, value)
            s.flush()
            self.after_save(s, obj, data)
            after = snapshot(obj, self.fields)
            action = "create" if before is None else "update"
            uow.audit(action, self.entity, obj.id, self.describe(obj), before, after)
            result = self.to_dto(s, obj)
            uow.commit()
            return result

    def delete(self, ident: int) -> None:
        with writing(self.store) as uow:
            s = uow.session
            obj = self._load(s, ident)
            self.check_delete(s, obj)
            before = snapshot(obj, self.fields)
            summary = self.describe(obj)
            s.delete(obj)
            s.flush()
            uow.audit("delete", self.entity, ident, summary, before, None)
            uow.commit()

    # ---- hooks
    def validate(self, session: Session, data: D, existing: M | None) -> dict[str, Any]:
        raise NotImplementedError

    def after_save(self, session: Session, obj: M, data: D) -> None:
        """Save what ``fields`` does not cover (child rows)."""

    def check_delete(self, session: Session, obj: M) -> None:
        """Raise :class:`scipop.errors.InUse` when something still depends on ``obj``."""

    def describe(self, obj: M) -> str:
        return str(getattr(obj, "name", obj.id))
