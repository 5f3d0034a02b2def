"""Backups in the window: back up now, restore, the daily backup, a damaged file."""
