"""The game's screens, built on :mod:`escape_room.ui`: title, team setup, room, debrief, pause
and settings; `puzzles` holds one scene per puzzle type, `check` the knowledge check."""
