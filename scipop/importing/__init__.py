"""Reading spreadsheets (.xlsx, .xls, .ods, .csv), their cells, and importing registrations.

A schedule is imported by :mod:`scipop.scheduling.importing`, on the same reader.
"""
