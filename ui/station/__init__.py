"""The check-in station at a hall door: scanner, webcam, verdicts (issue 8)."""
