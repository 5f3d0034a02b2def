"""The Volunteers page: roster, staffing (shifts and assignments) and hours."""
