"""Services: reads and writes of organizations, programs, venues, rooms, events and people.

They are composed with the scheduling and registration services in :mod:`scipop.app`.
"""
