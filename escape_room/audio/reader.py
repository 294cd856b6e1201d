"""What is read aloud: with the read-aloud setting on, each new screen's text (a puzzle's title
and prompt, a card's message) and its options, new feedback, and the label of whatever gets
the focus or the pointer; F2 reads the whole screen at any time.

Texts go to :class:`~escape_room.audio.speech.Speech`, which speaks them off the frame.
"""

from __future__ import annotations

from collections.abc import Callable

from escape_room.audio.speech import Speech
from escape_room.ui.scene import Scene, SceneStack

READ_KEY_NAME = "F2"


class Reader:
    """Follows the top scene frame by frame and says what changed."""

    def __init__(self, speech: Speech, on: Callable[[], bool], lang: Callable[[], str]) -> None:
        self.speech, self.on, self.lang = speech, on, lang
        self._scene: Scene | None = None
        self._text = ""
        self._pointed = ("", "")
        """The labels of the focused widget and of the one under the pointer."""

    def frame(self, stack: SceneStack) -> None:
        """After a frame's update: say what is new on the top scene, when the setting is on."""
        if not stack.scenes:
            return
        if not self.on():
            self._scene = None  # when switched on, the whole screen is read
            return
        top = stack.top
        text = top.spoken()
        pointed = (_label(top, top.focus.focused_id), _label(top, top.focus.hovered_id))
        self._say_changes(top, text, pointed)
        self._scene, self._text, self._pointed = top, text, pointed

    def _say_changes(self, top: Scene, text: str, pointed: tuple[str, str]) -> None:
        if top is not self._scene:
            self.say(screen_text(top))
        elif text != self._text:
            self.say(text)
        elif pointed[0] != self._pointed[0] and pointed[0]:
            self.say(pointed[0])
        elif pointed[1] != self._pointed[1] and pointed[1]:
            self.say(pointed[1])

    def read_all(self, stack: SceneStack) -> None:
        """The read key: the whole top screen, whether or not the setting is on."""
        if stack.scenes:
            self.say(screen_text(stack.top))

    def say(self, text: str) -> None:
        self.speech.say(text, self.lang())


def screen_text(scene: Scene) -> str:
    """A scene's text followed by the labels of what can be chosen on it."""
    options = [w.label for w in scene.widgets() if w.can_focus and w.label]
    return " ".join(part for part in (scene.spoken(), ". ".join(options)) if part)


def _label(scene: Scene, widget_id: str | None) -> str:
    if widget_id is None:
        return ""
    return next((w.label for w in scene.widgets() if w.id == widget_id), "")
