"""Volunteers: the roster, shifts, the assignment rules, staffing, badge check-in and hours.

The services are bound in :class:`scipop.app.Services` as ``roster``, ``shifts``,
``assignments``, ``staffing``, ``hours``, ``volunteer_codes``, ``volunteer_checkin`` and
``volunteer_settings`` (``volunteers`` stays the CRUD service of scipop/services/people.py).
"""
