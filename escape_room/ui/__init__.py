"""The game's screen framework: scenes and the scene stack, widgets with keyboard focus, text
that always fits its box, the theme, and the app that scales the 1280×720 canvas to the window.

Modules: `scene` (Scene, ModalScene, SceneStack), `widgets` (Button, Label, TextInput, Toggle,
Options, ListView), `focus`, `text` (layout and cached rendering), `look` (drawing at the chosen
text size), `theme`, `fonts`, `viewport`, `clock`, `context` (GameContext, Settings), `app`.
"""
