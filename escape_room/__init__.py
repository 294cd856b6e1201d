"""A traffic-safety escape room for school classes."""

import os

__version__ = "0.1.0"

# pygame prints a greeting when first imported; the game's own screens are enough.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
