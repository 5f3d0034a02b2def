"""Table models over the plain dataclasses the services return."""
