"""Reports: the attendance workbook, its CSV, the national statistics sheet and the dashboard.

No Qt here: the CLI (``scipop report``) and the GUI (``ui/reports``) call the same
:class:`scipop.reports.service.ReportService`. Every read goes through ``queries``.
"""
