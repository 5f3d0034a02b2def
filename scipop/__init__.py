"""SciPop Desk domain: models, store, services and CLI. Never imports Qt."""

__version__ = "0.1.0"
