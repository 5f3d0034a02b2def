"""Dialogs that create and edit records, with validation errors shown beside each field."""
