"""Reads and writes off the GUI thread, one pattern for all of them (as Anki's operations).

An operation runs a callable in the worker pool and delivers its outcome on the GUI thread::

    QueryOp(self.ctx, self, lambda s: s.events.list(), self._show).latest("rows").run()
    WriteOp(self.ctx, dialog, lambda s: s.venues.update(data), dialog.saved).run()

The callable gets the :class:`~scipop.services.Services` (each service call is its own unit of
work, so the worker never shares a Session with the GUI thread); ``with_progress`` hands it a
:class:`~scipop.progress.Progress` too, shown in a progress dialog or a bar with Cancel.
Domain errors are shown translated unless ``failure`` takes them; any other exception goes to
the program's error dialog. The parent shows a busy cursor while its operations run. A result
that arrives after its parent was deleted (or its dialog closed), or after a newer operation
of the same ``latest`` key on the same parent started, is dropped: no callback runs.
"""

from ui.operations.operation import Operation, QueryOp, WriteOp
from ui.operations.progress import InlineProgress, ProgressDialog
from ui.operations.tracker import OperationTracker

__all__ = [
    "InlineProgress",
    "Operation",
    "OperationTracker",
    "ProgressDialog",
    "QueryOp",
    "WriteOp",
]
