"""The check-in station: scan field, verdict, counters, recent scans, and the door's keys.

Every database call runs as a job off the GUI thread; scans are queued and judged one after
another, so a burst from the scanner is never dropped. A busy database shows "waiting", never
an error. Other stations' scans and counts arrive by polling every second.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import Conflict, DomainError
from scipop.models import ScanVerdict
from scipop.registration import verdicts as V
from scipop.registration.dto import AdmitResult, TicketData, WalkIn
from scipop.station.config import PinKind
from scipop.station.service import NOT_UNDOABLE, Counters, FeedScan, Mode
from scipop.timeutil import fmt_local
from scipop.volunteers.dto import ShiftScanResult
from ui.context import AppContext
from ui.errors import error_text
from ui.settings import STATION_SOUND, STATION_VERDICT_SECONDS
from ui.station.badge import show_badge
from ui.station.camera import CameraPanel
from ui.station.dialogs import LookupDialog, ask_pin
from ui.station.feed import FeedModel
from ui.station.kiosk import KioskGuard
from ui.station.scan_field import ScanField
from ui.station.sounds import VerdictSounds
from ui.station.verdict import REGISTERED, VerdictPanel
from ui.ticket_labels import ticket_label
from ui.widgets.fitted_label import FittedLabel
from ui.workers import Job, JobRunner

log = logging.getLogger("scipop.desk")
POLL_MS = 1000
RECOUNT_EVERY = 10  # polls
SETTLE_MS = 50  # the counters and recent scans follow the verdict at the latest by then
# the recent scans are brought up to date in the door's first pause this long (redrawing the
# list costs the GUI thread ~2 ms: in a burst of scans it would delay the next verdict)
FEED_PAUSE_MS = 150


@dataclass
class StationSetup:
    """Which door: a session, or the hall whose open session it follows; kiosk or not."""

    door: str
    session_id: int | None = None
    room_id: int | None = None
    kiosk: bool = False
    operator: str = ""  # who is at the door (logged with every scan); "" = the PC's login


class StationWindow(QWidget):
    verdict_shown = Signal(str)  # the verdict (or "error") now on screen
    counters_changed = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, setup: StationSetup, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setup = setup
        self.station = ctx.services.station
        self.session_id = setup.session_id
        self.mode = Mode.ENTRY
        self.runner = JobRunner(ctx.pool, self)
        self.sounds = VerdictSounds(self, enabled=ctx.settings.get(STATION_SOUND))
        self.last_result: AdmitResult | None = None
        self.group: TicketData | None = None  # the group ticket the − / + keys adjust
        self.group_scans: list[int] = []  # its check-ins at this station, oldest first
        self.counters: Counters | None = None
        self._queue: list[tuple[str, object]] = []
        self._busy = False
        self._polling = False
        self._polls = 0
        self._seen_scan_id = 0  # the newest scan of the session a poll brought
        self._may_close = not setup.kiosk
        self._asking_pin = False
        self.setWindowTitle(self.tr("Check-in station — %1").replace("%1", setup.door))
        self._build()
        self.kiosk = KioskGuard(self, self.scan_field)
        self._shortcuts()
        self.reset_timer = QTimer(self, singleShot=True)
        self.reset_timer.timeout.connect(self._back_to_ready)
        self._settling: list[tuple[str, object]] = []
        self.settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle_timer.timeout.connect(self._settle)
        self.verdict.painted.connect(self._settle)
        self._feed_pending: list[FeedScan] = []
        self.feed_timer = QTimer(self, singleShot=True, interval=FEED_PAUSE_MS)
        self.feed_timer.timeout.connect(self._flush_feed)

        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        self.poll()

    # ---- building
    def _build(self) -> None:
        # one line: a long session title shrinks the font a little, then is elided
        self.header = FittedLabel(self, largest=22, smallest=15)
        self.header.setObjectName("station_header")
        font = self.header.font()
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("mode_label")
        self.mode_label.setFont(font)
        # who is at this door (every scan is logged with them), under the title, whole
        self.operator_label = QLabel(self)
        self.operator_label.setObjectName("operator_label")
        self.operator_label.setTextFormat(Qt.TextFormat.PlainText)
        self.operator_label.setText(self.tr("Operator: %1").replace("%1", self.setup.operator))
        self.operator_label.setVisible(bool(self.setup.operator))
        self.scan_field = ScanField(self)
        self.scan_field.setPlaceholderText(self.tr("Scan a ticket (or type its code and Enter)"))
        self.scan_field.code_scanned.connect(self.submit_code)
        self.verdict = VerdictPanel(self)
        # a cancelled session says so above everything else (its counters go on counting)
        self.cancelled_label = QLabel(self.tr("This session is cancelled"), self)
        self.cancelled_label.setObjectName("cancelled_label")
        self.cancelled_label.setWordWrap(True)
        self.cancelled_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cancelled_label.setStyleSheet(
            "background: #78281f; color: white; font-weight: bold; padding: 6px;"
        )
        self.cancelled_label.hide()
        # the counters: checked in / registered / capacity on the left (wrapping when the
        # language's words are long), the hall's count on the right, apart
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts_label")
        self.counts_label.setWordWrap(True)
        self.hall_label = QLabel(self)
        self.hall_label.setObjectName("hall_label")
        self.hall_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hall_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        for label in (self.counts_label, self.hall_label, self.cancelled_label):
            f = label.font()
            f.setPixelSize(22)
            label.setFont(f)
            label.setTextFormat(Qt.TextFormat.PlainText)

        # the webcam: a second scanner on the same verdict path (it says so when there is none)
        self.camera_panel = QFrame(self)
        self.camera_panel.setObjectName("camera_panel")
        self.camera_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.camera_panel.setFixedWidth(440)  # room for the recent scans and their reasons
        camera_box = QVBoxLayout(self.camera_panel)
        self.camera = CameraPanel(self.camera_panel)
        self.camera.camera_chosen.connect(self.scan_field.setFocus)
        self.camera.code_decoded.connect(self.submit_code)
        camera_box.addWidget(self.camera)

        self.feed = FeedModel(self)
        self.feed_view = QTableView(self)
        self.feed_view.setModel(self.feed)
        self.feed_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.feed_view.verticalHeader().hide()
        header = self.feed_view.horizontalHeader()
        header.setMinimumSectionSize(20)
        # each column as wide as its widest text in this language (every verdict); the reason,
        # a sentence, takes the rest of the width and wraps onto as many lines as it needs
        widths = {
            FeedModel.TIME: ["00:00:00"],
            FeedModel.STATION: ["East door", self.setup.door],
            FeedModel.VERDICT: [ticket_label(v) for v in ScanVerdict],
        }
        metrics = self.feed_view.fontMetrics()
        header_metrics = header.fontMetrics()
        for column, samples in widths.items():
            title = str(self.feed.headerData(column, Qt.Orientation.Horizontal))
            wide = max(metrics.horizontalAdvance(t) for t in samples)
            wide = max(wide, header_metrics.horizontalAdvance(title))
            header.resizeSection(column, wide + 14)
        header.setSectionResizeMode(FeedModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.feed_view.setWordWrap(True)
        self.feed_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # rows as tall as their reason, measured here for the rows a scan adds (Qt's
        # ResizeToContents re-measured every row at every scan: 16 ms of a scan's paint)
        self.feed_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.feed.rowsInserted.connect(lambda _p, first, last: self._fit_feed_rows(first, last))
        self.feed.modelReset.connect(lambda: self._fit_feed_rows(0, self.feed.rowCount() - 1))
        header.sectionResized.connect(
            lambda column, _old, _new: (
                column == FeedModel.REASON and self._fit_feed_rows(0, self.feed.rowCount() - 1)
            )
        )
        camera_box.addWidget(self.feed_view, 1)

        def button(text: str, slot, key: str) -> QPushButton:
            # the brackets are the language's: "Undo last (F2)", "撤销上一次（F2）"
            b = QPushButton(self.tr("%1 (%2)").replace("%1", text).replace("%2", key), self)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
            b.clicked.connect(slot)
            return b

        self.undo_button = button(self.tr("Undo last"), self.undo_last, "F2")
        self.exit_button = button(self.tr("Exit mode"), self.toggle_mode, "F3")
        self.exit_button.setCheckable(True)
        self.minus_button = button(self.tr("−1 left"), self.minus_one, "F4")
        self.lookup_button = button(self.tr("Look up"), self.look_up, "F5")
        self.walk_in_button = button(self.tr("Walk-in"), self.walk_in, "F6")
        self.group_less = button(self.tr("Group −1"), self.group_minus, "F7")
        self.group_more = button(self.tr("Group +1"), self.group_plus, "F8")
        self.move_button = button(self.tr("Move here"), self.move_here, "F9")
        self.override_button = button(self.tr("Supervisor: admit"), self.override, "F10")
        self.leave_button = button(self.tr("Leave"), self.close, "Esc")
        self.actions = [
            self.undo_button, self.exit_button, self.minus_button, self.lookup_button,
            self.walk_in_button, self.group_less, self.group_more, self.move_button,
            self.override_button, self.leave_button,
        ]  # fmt: skip

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.mode_label)
        counts = QHBoxLayout()
        counts.setSpacing(32)
        counts.addWidget(self.counts_label, 1)
        counts.addWidget(self.hall_label)
        keys = QGridLayout()
        for i, b in enumerate(self.actions):
            keys.addWidget(b, i // 5, i % 5)
        main = QVBoxLayout()
        main.addLayout(top)
        main.addWidget(self.operator_label)
        main.addWidget(self.cancelled_label)
        main.addWidget(self.scan_field)
        main.addWidget(self.verdict, 1)
        main.addLayout(counts)
        main.addLayout(keys)
        outer = QHBoxLayout(self)
        outer.addLayout(main, 1)
        outer.addWidget(self.camera_panel)
        self._update_mode()
        self._update_actions()
        self.scan_field.setFocus()

    def _fit_feed_rows(self, first: int, last: int) -> None:
        """Rows ``first``..``last`` of the recent scans as tall as their wrapped reason."""
        view = self.feed_view
        metrics = view.fontMetrics()
        width = max(20, view.columnWidth(FeedModel.REASON) - 12)
        flags = int(Qt.TextFlag.TextWordWrap)
        rows = view.verticalHeader()
        line = metrics.lineSpacing()
        for row in range(max(first, 0), last + 1):
            text = str(self.feed.index(row, FeedModel.REASON).data() or "")
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
            height = max(line, needed) + 6
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)

    def _shortcuts(self) -> None:
        for key, slot in (
            ("F2", self.undo_last), ("F3", self.toggle_mode), ("F4", self.minus_one),
            ("F5", self.look_up), ("F6", self.walk_in), ("F7", self.group_minus),
            ("F8", self.group_plus), ("F9", self.move_here), ("F10", self.override),
            ("Esc", self.close),
        ):  # fmt: skip
            QShortcut(QKeySequence(key), self, slot)

    # ---- scanning
    @Slot(str)
    def submit_code(self, code: str) -> None:
        """A code from the scanner (or the camera): judged in turn, never dropped."""
        mode = self.mode
        session_id = self.session_id
        room_id = self.setup.room_id  # a hall's door with none of its sessions open (yet)
        station = self.station
        door, operator = self.setup.door, self.setup.operator

        def scan(progress):
            return station.scan(
                code, session_id, station=door, operator=operator, mode=mode, room_id=room_id,
                on_wait=lambda attempt: progress.report(attempt, 0, "busy"),
            )  # fmt: skip

        self._enqueue(scan)

    def _enqueue(self, fn) -> None:
        self._queue.append(fn)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            return
        self._busy = True
        job = Job(self._queue.pop(0))
        job.signals.progressed.connect(lambda *_: self.verdict.show_waiting())
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._show_failure)
        self.runner.start(job)

    @Slot(object)
    def _finished(self, result: AdmitResult | ShiftScanResult) -> None:
        if not isinstance(result, ShiftScanResult):
            self._show_result(result)
            return
        # a volunteer's badge: their shift, not the door (counters, feed and undo stay)
        state = show_badge(self.verdict, result)
        sound = ScanVerdict.ACCEPTED if result.accepted else ScanVerdict.INVALID
        self.sounds.play(sound.value)
        self._after_verdict(state)

    @Slot(object)
    def _show_result(self, result: AdmitResult) -> None:
        """The verdict first: its colour and words are painted before anything else changes
        (the counters, the recent scans, the keys follow right after, see :meth:`_settle`)."""
        self.last_result = result
        self._follow_group(result)
        self.verdict.show_result(result)
        self.sounds.play(result.verdict.value)
        self._after_verdict(result.verdict.value, lambda: self._record(result))

    def _record(self, result: AdmitResult) -> None:
        c = self.counters
        if result.in_hall is not None and c is not None:
            c.in_hall = result.in_hall
            if result.accepted and result.session_id == c.session_id:
                c.checked_in += result.admitted
            self._show_counts()
        if result.scan_id is not None:  # this door's own scans, whichever session they count for
            self._add_to_feed([self._feed_row(result)])

    def _add_to_feed(self, scans: list[FeedScan]) -> None:
        """Scans for the recent list, shown in the door's next pause (see FEED_PAUSE_MS)."""
        self._feed_pending.extend(scans)
        self.feed_timer.start()  # (again): a scan coming meanwhile puts it off

    @Slot()
    def _flush_feed(self) -> None:
        if self._busy:  # a scan is being judged: after its verdict
            self.feed_timer.start()
            return
        pending, self._feed_pending = self._feed_pending, []
        if pending:
            self.feed.add_newest(sorted(pending, key=lambda scan: scan.id, reverse=True))

    @Slot(object)
    def _show_failure(self, error: Exception) -> None:
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self.verdict.show_error(self.tr("Not done"), text)
        self.sounds.play(ScanVerdict.INVALID.value)
        self._after_verdict("error")

    def _after_verdict(self, verdict: str, then=None) -> None:
        self._settling.append((verdict, then))
        self.reset_timer.start(max(1, self.ctx.settings.get(STATION_VERDICT_SECONDS)) * 1000)
        self.settle_timer.start()  # in case nothing paints (a hidden window)
        self._next()  # a scan waiting in the queue starts now

    @Slot()
    def _settle(self) -> None:
        """After the verdict has painted: the counters, the recent scans and the keys."""
        if not self._settling:
            return
        settling, self._settling = self._settling, []
        self.settle_timer.stop()
        for _verdict, then in settling:
            if then is not None:
                then()
        self._update_actions()
        for verdict, _then in settling:
            self.verdict_shown.emit(verdict)

    @Slot()
    def _back_to_ready(self) -> None:
        if not self._busy:
            self.verdict.show_ready()

    def _feed_row(self, r: AdmitResult) -> FeedScan:
        return FeedScan(
            r.scan_id, r.station, r.at, r.verdict, r.admitted, r.method,
            r.context, r.template, r.params,
        )  # fmt: skip

    # ---- the door's keys
    def _last_ticket(self, *verdicts: ScanVerdict) -> int | None:
        r = self.last_result
        if r is None or r.ticket_id is None or (verdicts and r.verdict not in verdicts):
            return None
        return r.ticket_id

    def _follow_group(self, r: AdmitResult) -> None:
        """Keep the group ticket just scanned (and its check-ins) for the − / + keys."""
        t = r.ticket
        if t is None or not t.is_group:
            if r.verdict != ScanVerdict.EXIT:
                self.group, self.group_scans = None, []
            return
        if self.group is None or self.group.id != t.id:
            self.group_scans = []
        self.group = t
        if r.accepted and r.scan_id is not None:
            self.group_scans.append(r.scan_id)

    def _undoable(self) -> int | None:
        """The scan "Undo last" takes back: the last result's, if it admitted anyone."""
        r = self.last_result
        return r.scan_id if r is not None and r.accepted and r.admitted > 0 else None

    def _hall_full(self) -> int | None:
        """The ticket a supervisor may admit past capacity: refused because the hall is full
        (not, say, for being on the waiting list)."""
        r = self.last_result
        if r is None or r.template != V.HALL_FULL:
            return None
        return self._last_ticket(ScanVerdict.FULL)

    def _update_actions(self) -> None:
        g = self.group
        self.undo_button.setEnabled(self._undoable() is not None)
        self.group_less.setEnabled(g is not None and g.arrived > 0 and bool(self.group_scans))
        self.group_more.setEnabled(g is not None and g.remaining > 0)
        self.move_button.setEnabled(
            self.session_id is not None and self._last_ticket(ScanVerdict.WRONG_SESSION) is not None
        )
        self.override_button.setEnabled(self._hall_full() is not None)
        self.exit_button.setChecked(self.mode == Mode.EXIT)

    def _door_kw(self) -> dict:
        return {"station": self.setup.door, "operator": self.setup.operator}

    @Slot()
    def undo_last(self) -> None:
        scan_id = self._undoable()
        if scan_id is None:
            return
        self.scan_field.forget_last()
        self._enqueue(lambda _p: self.station.undo(scan_id, **self._door_kw()))

    @Slot()
    def group_minus(self) -> None:
        """One person of the group was counted in by mistake: take one back."""
        if self.group is None or not self.group_scans:
            return
        scans, station, door = list(self.group_scans), self.station, self._door_kw()

        def take_one_back(_p):
            for scan_id in reversed(scans):  # the newest check-in with someone left in it
                try:
                    return station.undo(scan_id, count=1, **door)
                except Conflict:
                    continue
            raise Conflict(NOT_UNDOABLE, id=scans[-1])

        self._enqueue(take_one_back)

    @Slot()
    def group_plus(self) -> None:
        """One more person of the group is here (checked in by hand, logged as manual)."""
        if self.group is None or self.session_id is None:
            return
        ticket_id, session_id = self.group.id, self.session_id
        self._enqueue(
            lambda _p: self.station.check_in_by_hand(
                ticket_id, session_id, count=1, **self._door_kw()
            )
        )

    @Slot()
    def toggle_mode(self) -> None:
        self.mode = Mode.EXIT if self.mode == Mode.ENTRY else Mode.ENTRY
        self.scan_field.forget_last()
        self._update_mode()
        self._update_actions()

    def _update_mode(self) -> None:
        exit_mode = self.mode == Mode.EXIT
        self.mode_label.setText(self.tr("EXIT: scan people out") if exit_mode else self.tr("Entry"))
        self.mode_label.setStyleSheet("color: #117a65;" if exit_mode else "")

    @Slot()
    def minus_one(self) -> None:
        if self.session_id is not None:
            session_id = self.session_id
            self._enqueue(lambda _p: self.station.minus_one(session_id, **self._door_kw()))

    @Slot()
    def move_here(self) -> None:
        ticket_id, session_id = self._last_ticket(ScanVerdict.WRONG_SESSION), self.session_id
        if ticket_id is not None and session_id is not None:
            self._enqueue(
                lambda _p: self.station.move_here(ticket_id, session_id, **self._door_kw())
            )

    @Slot()
    def override(self) -> None:
        ticket_id, session_id = self._hall_full(), self.session_id
        if ticket_id is None or session_id is None:
            return
        with self.kiosk.released():
            pin = ask_pin(
                self, self.tr("Supervisor"), self.tr("Supervisor PIN to admit past capacity:")
            )
        if pin is None:
            return
        self._enqueue(
            lambda _p: self.station.override(ticket_id, session_id, pin, **self._door_kw())
        )

    @Slot()
    def look_up(self) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        dialog = LookupDialog(
            self.ctx, lambda services, text: services.station.lookup(session_id, text), self
        )
        dialog.chosen.connect(
            lambda row: self._enqueue(
                lambda _p: self.station.check_in_by_hand(
                    row.ticket_id, session_id, **self._door_kw()
                )
            )
        )
        self.kiosk.hold()  # its search field needs the keyboard
        dialog.finished.connect(lambda _r: self.kiosk.resume())
        dialog.open()

    @Slot()
    def walk_in(self) -> None:
        from ui.dialogs.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(
            self.ctx, self, session_id=self.session_id, station=self.setup.door,
            operator=self.setup.operator,
        )  # fmt: skip
        with self.kiosk.released():
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and dialog.walk_in is not None:
            self.walked_in(dialog.walk_in)

    def walked_in(self, walk_in: WalkIn) -> None:
        """A walk-in was registered here: let in (its scan, which "Undo last" takes back),
        or registered only, said as such."""
        if walk_in.scan is not None:
            self._show_result(walk_in.scan)
        else:
            self.last_result = None  # nobody was let in: nothing to undo or override
            self.group, self.group_scans = None, []
            self.verdict.show_registered(walk_in.ticket)
            self._after_verdict(REGISTERED)
        self.poll()

    # ---- counters and other stations
    @Slot()
    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        station, session_id, room_id = self.station, self.session_id, self.setup.room_id
        after = self._seen_scan_id
        self._polls += 1
        # the counters are re-counted when a scan was logged in the hall, and every 10th poll
        # (registrations change "registered" without a scan)
        known = self.counters if self._polls % RECOUNT_EVERY else None

        def read(_progress):
            sid = session_id
            if room_id is not None:
                sid = station.session_for_hall(room_id)
            if sid is None:
                return None, None, []
            since = after if sid == session_id else 0
            return (sid, *station.refresh(sid, since, known))

        job = Job(read)
        job.signals.finished.connect(self._polled)
        job.signals.failed.connect(self._poll_failed)
        self.runner.start(job)

    @Slot(object)
    def _polled(self, got) -> None:
        self._polling = False
        session_id, counters, scans = got
        if session_id != self.session_id:
            self.session_id = session_id
            self._seen_scan_id = 0
            self._feed_pending = []
            self.feed.set_rows([])
            self._update_header()
            if counters is None:  # no session in the hall now: nothing to count
                self.counters = None
                self.counts_label.setText("")
                self.hall_label.setText("")
                self.cancelled_label.hide()
        if counters is not None and counters is not self.counters:
            self.counters = counters
            self._show_counts()
        if scans:
            self._seen_scan_id = max(self._seen_scan_id, scans[0].id)
            self._add_to_feed(scans)
        if not self.header.text():
            self._update_header()
        self.counters_changed.emit()

    @Slot(object)
    def _poll_failed(self, error: Exception) -> None:
        self._polling = False  # a busy or unreachable database: try again at the next tick

    def _update_header(self) -> None:
        if self.session_id is None:
            self.header.setText(self.tr("No session open in this hall now"))
            return
        job = Job(lambda _p, sid=self.session_id: self.ctx.services.sessions.get(sid))
        job.signals.finished.connect(self._show_session)
        self.runner.start(job)

    @Slot(object)
    def _show_session(self, sess) -> None:
        from ui.i18n import display_name

        when = f"{fmt_local(sess.starts_at, '%H:%M')}–{fmt_local(sess.ends_at, '%H:%M')}"
        title = display_name(sess.event_title, sess.event_title_en)
        room = display_name(sess.room_name, sess.room_name_en)
        self.header.setText(f"{title} · {when} · {room} · {self.setup.door}")

    def _show_counts(self) -> None:
        c = self.counters
        self.cancelled_label.setVisible(c.cancelled)
        self.counts_label.setText(
            self.tr("Checked in %1 / registered %2 / capacity %3")
            .replace("%1", str(c.checked_in))
            .replace("%2", str(c.registered))
            .replace("%3", str(c.capacity))
        )
        self.hall_label.setText(
            self.tr("In the hall now: %1 / %2")
            .replace("%1", str(c.in_hall))
            .replace("%2", str(c.hall_capacity))
        )

    # ---- kiosk
    def start(self) -> None:
        if self.setup.kiosk:
            self.kiosk.start()  # full screen, frameless, on top; leaving keys swallowed
        else:
            self.show()
        self.activateWindow()
        self.camera.start()  # the first camera, if any; the scanner works either way
        self.scan_field.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:  # a kiosk: only the staff PIN leaves it
            event.ignore()
            if not self._asking_pin:
                QTimer.singleShot(0, self._ask_to_leave)
            return
        self.kiosk.stop()
        self.poll_timer.stop()
        self.reset_timer.stop()
        self.camera.stop()
        self.closed.emit()
        super().closeEvent(event)

    @Slot()
    def _ask_to_leave(self) -> None:
        self._asking_pin = True
        try:
            with self.kiosk.released():
                pin = ask_pin(self, self.tr("Leave the station"), self.tr("Staff PIN to leave:"))
        finally:
            self._asking_pin = False
        if pin is None:
            self.scan_field.setFocus()
            return
        config, door = self.station.config, self.setup.door
        job = Job(lambda _p: config.check_pin(PinKind.STAFF, pin, where=door))  # scrypt: a worker
        job.signals.finished.connect(self._pin_checked)
        job.signals.failed.connect(self._pin_failed)
        self.runner.start(job)

    @Slot(object)
    def _pin_failed(self, error: Exception) -> None:
        """Too many wrong PINs (the station waits a minute), or no database: say which."""
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self._pin_refused(text)

    @Slot(object)
    def _pin_checked(self, ok: bool) -> None:
        if ok:
            self._may_close = True
            self.close()
            return
        self._pin_refused(self.tr("That is not the staff PIN."))

    def _pin_refused(self, text: str) -> None:
        self.verdict.show_error(self.tr("Not done"), text)
        self.sounds.play(ScanVerdict.INVALID.value)
        self.reset_timer.start(max(1, self.ctx.settings.get(STATION_VERDICT_SECONDS)) * 1000)
        self.scan_field.setFocus()
