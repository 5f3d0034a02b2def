"""Registration: attendees get tickets for sessions, within capacity, with a waiting list.

``RegistrationService`` writes (register, walk_in, cancel, reissue, move, admit),
``TicketQueries`` reads (search, for_session, capacity, scans, printable).
"""
