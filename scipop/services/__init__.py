"""Services: every read and write the GUI and the CLI make goes through these."""

from __future__ import annotations

from scipop.services.events import EventService
from scipop.services.organizations import OrganizationService, ProgramService
from scipop.services.people import AttendeeService, VolunteerService
from scipop.services.sessions import SessionQueries
from scipop.services.venues import RoomService, VenueService
from scipop.store.uow import Store


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
        from scipop.scheduling.service import SchedulingService  # builds on these services

        self.scheduling = SchedulingService(store)
        self.volunteers = VolunteerService(store)
        self.attendees = AttendeeService(store)
        from scipop.importing.attendees import AttendeeImporter
        from scipop.registration.queries import TicketQueries
        from scipop.registration.service import RegistrationService

        self.registration = RegistrationService(store)
        self.tickets = TicketQueries(store)
        self.attendee_import = AttendeeImporter(store)
        from scipop.registration.table_queries import AttendeeTable
        from scipop.scheduling.calendar import CalendarQueries

        self.attendee_table = AttendeeTable(store)  # the Attendees page's rows and search index
        self.calendar = CalendarQueries(store)  # the calendar page's reads
