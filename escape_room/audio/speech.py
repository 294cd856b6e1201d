"""Reading aloud through a text-to-speech engine (pyttsx3: SAPI5 on Windows, NSSpeech on macOS,
espeak-ng on Linux), in a worker thread so no frame ever waits for speech.

The engine starts at the first text to say. When it cannot start (no engine installed, no
voice for the language) `problem` says why and the game plays on silently. A newer text
replaces one not yet spoken. No pygame here.

pyttsx3 crashes when two of its engines run in one process, so the game reads through one
:func:`shared_speech`, and a pyttsx3 engine is made at most once (:func:`pyttsx3_engine`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol


class Engine(Protocol):
    """What the reader needs of a speech engine."""

    def speak(self, text: str, lang: str) -> None:
        """Say `text` in language `lang`, returning when it has been said."""


class NoVoice(Exception):
    """The engine has no voice for a language."""


class Pyttsx3Engine:
    """pyttsx3 with a voice chosen for each language (made by :func:`pyttsx3_engine`)."""

    def __init__(self) -> None:
        import pyttsx3

        self._engine: Any = pyttsx3.init()
        self._voices: dict[str, str] = {}

    def speak(self, text: str, lang: str) -> None:
        self._engine.setProperty("voice", self._voice(lang))
        self._engine.say(text)
        self._engine.runAndWait()

    def _voice(self, lang: str) -> str:
        if lang not in self._voices:
            found = [v.id for v in self._engine.getProperty("voices") if _speaks(v, lang)]
            if not found:
                raise NoVoice(lang)
            self._voices[lang] = found[0]
        return self._voices[lang]


def _speaks(voice: Any, lang: str) -> bool:
    """Whether a pyttsx3 voice speaks `lang` (by its languages, else its id or name)."""
    names = [str(x).casefold() for x in (getattr(voice, "languages", None) or [])]
    names += [str(voice.id).casefold(), str(getattr(voice, "name", "")).casefold()]
    return any(
        n == lang or n.startswith((f"{lang}-", f"{lang}_")) or n.endswith(f"/{lang}") for n in names
    )


_LOCK = threading.Lock()
_ENGINE: list[Pyttsx3Engine] = []
_SPEECH: list[Speech] = []


def pyttsx3_engine() -> Pyttsx3Engine:
    """The process's one pyttsx3 engine, made at the first call (safe from any thread)."""
    with _LOCK:
        if not _ENGINE:
            _ENGINE.append(Pyttsx3Engine())
        return _ENGINE[0]


def shared_speech() -> Speech:
    """The process's one reader of texts, made at the first call: every game context reads
    through it, so no second speech engine ever starts."""
    with _LOCK:
        if not _SPEECH:
            _SPEECH.append(Speech())
        return _SPEECH[0]


class Speech:
    """Says texts one at a time in a worker thread; `problem` tells why it cannot."""

    def __init__(self, engine: Callable[[], Engine] = pyttsx3_engine) -> None:
        self._make_engine = engine
        self._todo: queue.Queue[tuple[str, str]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._starting = threading.Lock()
        self._ready = threading.Event()
        self.problem: str | None = None
        """Why nothing can be read aloud (the engine or a voice is missing), or None."""
        self.said: list[tuple[str, str]] = []
        """Every text handed to the engine, with its language (the last few)."""

    def probe(self) -> None:
        """Start the engine now (off the frame), so `problem` soon tells whether it works: for
        a settings screen that offers reading aloud."""
        self._start()

    def say(self, text: str, lang: str) -> None:
        """Say `text` soon, instead of anything still waiting to be said."""
        text = " ".join(text.split())
        if not text:
            return
        while not self._todo.empty():
            try:
                self._todo.get_nowait()
                self._todo.task_done()
            except queue.Empty:
                break
        self._todo.put((text, lang))
        self._start()

    def _start(self) -> None:
        """Start the worker (and so the engine) once, whichever thread asks first."""
        with self._starting:
            if self._worker is None:
                self._worker = threading.Thread(target=self._speak_all, name="speech", daemon=True)
                self._worker.start()

    def wait_until_said(self) -> None:
        """Block until the engine started and everything asked for was handed to it (tests)."""
        if self._worker is not None:
            self._ready.wait()
        self._todo.join()

    def _speak_all(self) -> None:
        engine: Engine | None = None
        try:
            engine = self._make_engine()
        except Exception as error:  # any engine failure: no speech, the game goes on
            self.problem = (
                f"no speech engine ({type(error).__name__}: {error}); install pyttsx3 and "
                "espeak-ng to read aloud"
            )
        self._ready.set()
        while True:
            text, lang = self._todo.get()
            try:
                if engine is not None:
                    engine.speak(text, lang)
                    self.said = [*self.said[-9:], (text, lang)]
            except NoVoice:
                self.problem = f"no voice for {lang}"
            except Exception as error:  # an engine that failed mid-way stays quiet
                self.problem = f"speech failed ({type(error).__name__}: {error})"
            finally:
                self._todo.task_done()
