"""Reading spreadsheets (.xlsx, .xls, .ods, .csv) and importing their rows all or nothing."""
