"""The authoring format and its checks; nothing here imports pygame.

- `models`: the pydantic models of pack and room files and what every puzzle shares (the
  single source of truth); each puzzle type's model is in its kind's module, `escape_room.kinds`
- `puzzlefile`: puzzle files, their union of every kind's model, and `PUZZLE_TYPES`
- `pack`: `load_pack(path)` for the game, `check_pack(path)` for every problem found
- `check`: `check_paths` for `escape-room validate`, `load_for_preview(file)` for the preview
- `yamlread`, `messages`, `problems`: safe YAML with positions, and problems in plain words
- `lint` (with `roomlint`, `puzzlelint`, `solvable`, `languages`, `assets`, `layout`): checks
  beyond the schema
- `schema`, `reference`: the JSON Schema and the guide's field tables, generated from the models
- `scaffold`, `yamledit`: `escape-room new` from the templates in `escape_room/templates/`
"""
