"""Demo data from the real world of BAST and BJAST, in English and Chinese."""

from scipop.demo.loader import DemoSummary, is_empty, load_demo

__all__ = ["DemoSummary", "is_empty", "load_demo"]
