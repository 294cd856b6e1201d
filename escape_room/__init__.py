"""A traffic-safety escape room for school classes."""

__version__ = "0.1.0"
