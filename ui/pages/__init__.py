"""The main window's pages; each owns its own logic and talks only to services."""
