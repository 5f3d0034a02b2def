"""Tickets: signed codes, their keys, QR symbols, PNG images and printable PDFs (no Qt)."""
