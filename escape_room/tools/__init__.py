"""Developer tools run with `python -m escape_room.tools.<name>`."""
