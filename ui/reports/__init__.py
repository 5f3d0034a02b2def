"""Reports and the dashboard: the pages, their table models, the survey-category editor."""
