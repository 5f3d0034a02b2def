"""The check-in station at a hall door: its page in the main window and the station window."""
