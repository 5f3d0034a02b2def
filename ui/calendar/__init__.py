"""The calendar page's parts: geometry, block items, the view and its headers."""
