# SPDX-License-Identifier: EUPL-1.2
"""A read-only table model that loads its rows page by page (canFetchMore/fetchMore).

The rows come from a `fetch(query, offset, limit)` function (a services.browse call), so
sorting and filtering happen in the database and only the rows the view shows are read.
Subclasses declare their columns; each row is a named tuple with an `id`.

The model is shown by a list page (kraftdesk.gui.controllers.list_page), whose header takes
the columns' headings from `header_labels()`: the model has no headerData() of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from kraftdesk.gui import roles

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

#: The row's id (an int), for controllers that open what the user picked.
ID_ROLE = roles.USER + 1
#: The row object itself.
ROW_ROLE = roles.USER + 2
#: The roles `data` answers itself.
_OWN_ROLES = frozenset({roles.DISPLAY, roles.TOOL_TIP, roles.TEXT_ALIGNMENT, ID_ROLE, ROW_ROLE})


class Query(NamedTuple):
    """What the list shows: the filter text and the order (a sort key of the service)."""

    text: str = ""
    order: str = ""
    descending: bool = False


class Column(NamedTuple, Generic[Row]):
    header: str
    display: Callable[[Row], str]
    order: str | None = None  # the service's sort key; None: not sortable
    align_right: bool = False
    tooltip: Callable[[Row], str | None] | None = None
    width: int = 120  # the default width in pixels, until the user resizes it


Fetch = Callable[[Query, int, int], Sequence[Row]]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Signals:
        reloaded(): after the rows were read again from the start (new filter, order, data).
    """

    reloaded = Signal()
    page_size = 100
    columns: Sequence[Column[Any]] = ()
    #: The roles `extra_data` answers.
    extra_roles: frozenset[int] = frozenset()
    _roles = _OWN_ROLES

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._roles = _OWN_ROLES | cls.extra_roles

    def __init__(self, fetch: Fetch[Row], *, query: Query | None = None, parent: Any = None):
        super().__init__(parent)
        self._fetch = fetch
        self._query = query or Query()
        self._rows: list[Row] = []
        self._exhausted = False

    # Reading -------------------------------------------------------------------------------

    @property
    def query(self) -> Query:
        return self._query

    def set_filter(self, text: str) -> None:
        if text != self._query.text:
            self._query = self._query._replace(text=text)
            self.reload()

    def reload(self, *, keep: int = 0) -> None:
        """Read the rows again from the start; at least `keep` rows if there are that many."""
        self.beginResetModel()
        self._rows, self._exhausted = [], False
        self.endResetModel()
        self._fetch_next(max(keep, self.page_size))
        self.reloaded.emit()

    def refresh(self) -> None:
        """Re-read what is loaded (after a change), keeping as many rows as before."""
        self.reload(keep=len(self._rows))

    def rebind(self, fetch: Fetch[Row]) -> None:
        """Read from `fetch` from now on; the loaded rows are read again from it and the
        view is reset only if they differ (the first screen, replaced by the register)."""
        self._fetch = fetch
        count = max(len(self._rows), self.page_size)
        rows = list(fetch(self._query, 0, count))
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            self.reloaded.emit()
        self._exhausted = len(rows) < count

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._fetch_next(self.page_size)

    def _fetch_next(self, count: int) -> None:
        if self._exhausted:
            return
        rows = list(self._fetch(self._query, len(self._rows), count))
        self._exhausted = len(rows) < count
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id),
                    None)

    @property
    def loaded(self) -> int:
        return len(self._rows)

    # QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    # headerData(): none in Python. PySide6 would pass it the orientation as a Qt enum, and
    # the first screen is painted before the Qt namespace is built (kraftdesk.gui.roles):
    # the list page's header shows `header_labels()` from a model of its own.

    def header_labels(self) -> list[str]:
        """The columns' headings, in order."""
        return [column.header for column in self.columns]

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        # A view asks seven roles of every cell it paints; most are answered here at once.
        if role not in self._roles or not (index.isValid() and 0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == roles.DISPLAY:
            return column.display(row)
        if role == roles.TOOL_TIP and column.tooltip is not None:
            return column.tooltip(row)
        if role == roles.TEXT_ALIGNMENT and column.align_right:
            return roles.ALIGN_RIGHT
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Further roles (icons, colours) for subclasses, which name them in `extra_roles`."""
        return None

    # flags(): QAbstractTableModel's own, enabled and selectable (no Python call per cell).

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from PySide6.QtCore import Qt

        if not (0 <= column < len(self.columns)) or self.columns[column].order is None:
            return
        self._query = self._query._replace(order=self.columns[column].order or "",
                                           descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def sort_column(self, query: Query | None = None) -> int:
        """The column of `query`'s order (by default the list's own); -1 if none."""
        order = (query or self._query).order
        return next((i for i, c in enumerate(self.columns) if c.order == order), -1)
