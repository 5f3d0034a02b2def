"""Printing tickets from the GUI: print preview, printers and PDF files."""
