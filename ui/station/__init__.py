"""The check-in station at a hall door: its page, the station window, scanner and webcam."""
