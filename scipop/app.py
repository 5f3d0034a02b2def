"""The composition root: every service of the domain bound to one store.

The GUI builds one :class:`Services` at start-up and hands it to its pages; the CLI builds
one per command. Nothing inside the domain imports this module.
"""

from __future__ import annotations

from typing import Any

from scipop.importing.attendees import AttendeeImporter
from scipop.importing.volunteers import VolunteerImporter
from scipop.progress import NO_PROGRESS, Progress
from scipop.registration.queries import TicketQueries
from scipop.registration.service import RegistrationService
from scipop.registration.table_index import SearchIndex, build_index
from scipop.registration.table_queries import AttendeeTable
from scipop.reports.service import ReportService
from scipop.scheduling.calendar import CalendarQueries
from scipop.scheduling.service import SchedulingService
from scipop.services.events import EventService
from scipop.services.organizations import OrganizationService, ProgramService
from scipop.services.people import AttendeeService, VolunteerService
from scipop.services.sessions import SessionQueries
from scipop.services.venues import RoomService, VenueService
from scipop.station.service import StationService
from scipop.store.uow import Store
from scipop.volunteers.assignments import AssignmentService
from scipop.volunteers.checkin import VolunteerCheckin
from scipop.volunteers.codes import VolunteerCodes
from scipop.volunteers.hours import HoursQueries
from scipop.volunteers.roster import RosterQueries
from scipop.volunteers.schedule_out import ScheduleOut
from scipop.volunteers.settings import VolunteerSettings
from scipop.volunteers.shifts import ShiftService
from scipop.volunteers.staffing import StaffingQueries


class Services:
    """The services bound to one store; built once at start-up and handed to pages."""

    def __init__(self, store: Store):
        self.store = store
        self.organizations = OrganizationService(store)
        self.programs = ProgramService(store)
        self.venues = VenueService(store)
        self.rooms = RoomService(store)
        self.events = EventService(store)
        self.sessions = SessionQueries(store)
        self.scheduling = SchedulingService(store)
        self.volunteers = VolunteerService(store)
        self.attendees = AttendeeService(store)
        self.registration = RegistrationService(store)
        self.tickets = TicketQueries(store)
        self.attendee_import = AttendeeImporter(store)
        self.volunteer_import = VolunteerImporter(store)  # the roster from a spreadsheet
        self.schedules = ScheduleOut(store)  # shift schedules as PDF, .ics, PNG
        self.station = StationService(store, self.registration)
        self.attendee_table = AttendeeTable(store)  # the Attendees page's rows and search index
        self.calendar = CalendarQueries(store)  # the calendar page's reads
        self.reports = ReportService(store)  # workbook, CSV, key figures, dashboard, survey
        # volunteers (scipop/volunteers/): roster, shifts, assignment rules, staffing, hours
        self.roster = RosterQueries(store)
        self.shifts = ShiftService(store)
        self.assignments = AssignmentService(store)
        self.staffing = StaffingQueries(store)
        self.hours = HoursQueries(store)
        self.volunteer_codes = VolunteerCodes(store)
        self.volunteer_checkin = VolunteerCheckin(store)
        self.volunteer_settings = VolunteerSettings(store)

    def attendee_search_index(
        self, progress: Progress = NO_PROGRESS, collate: Any = None
    ) -> SearchIndex:
        """Every row of the Attendees table, ready to filter in memory (table_index.py)."""
        return build_index(self.store, progress, collate)
