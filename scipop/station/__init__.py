"""The door's domain: scanning in and out, the check-in window, PINs, lookup, busy retries."""
