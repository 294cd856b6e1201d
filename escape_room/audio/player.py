"""Playing the game's sounds through pygame's mixer, at the volume the settings ask for.

The mixer opens after the title is shown (or at the first sound), and a worker thread makes
every sound once, in the order they are first needed; a cue asked for before it is ready is
left out, so no frame ever waits for sound. With no audio device the game plays on silently.
`SDL_AUDIODRIVER=dummy` keeps tests silent.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

import pygame

from escape_room.audio.cues import AMBIENCES, AMBIENT_LEVEL, CUE_LEVEL, CUES, LEVELS, Cue
from escape_room.audio.synth import pcm

RATE = 22050
_AMBIENT_CHANNEL = 0


class Audio:
    """The game's sounds: `play(cue)` once, `ambient(scene)` looping until another or None."""

    def __init__(self, loudness: Callable[[], float]) -> None:
        self.loudness = loudness
        """The volume setting, 0.0–1.0 (0 when muted)."""
        self.available: bool | None = None
        """None until the mixer was tried; then whether sound can be played."""
        self._format = (RATE, 1)
        self._made: dict[str, bytes] = {}
        self._asked: set[str] = set()
        self._todo: queue.Queue[str] = queue.Queue()
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._ambience: str | None = None
        self.ambience_playing: str | None = None
        self._ambient_loudness = -1.0

    # --- starting -------------------------------------------------------------------------

    def start(self) -> bool:
        """Open the mixer and start making the cues (once); whether sound can be played."""
        if self.available is None:
            self.available = self._open_mixer()
            if self.available:
                threading.Thread(target=self._make, name="sound-maker", daemon=True).start()
                for cue in CUES:
                    self._ask(cue)
        return self.available

    def _open_mixer(self) -> bool:
        try:
            if pygame.mixer.get_init() is None:
                pygame.mixer.init(RATE, -16, 1, 512)
            init = pygame.mixer.get_init()
        except pygame.error:
            return False
        if init is None or init[1] != -16:
            return False
        self._format = (init[0], init[2])
        pygame.mixer.set_reserved(1)
        return True

    def _ask(self, name: str) -> None:
        if name not in self._asked:
            self._asked.add(name)
            self._todo.put(name)

    def _make(self) -> None:
        """The worker: make each sound asked for, in turn, for as long as the game runs."""
        rate, channels = self._format
        while True:
            name = self._todo.get()
            recipe = CUES[name] if name in CUES else AMBIENCES[name]
            samples = recipe(rate)
            self._made[name] = pcm(samples, channels, LEVELS.get(name, CUE_LEVEL))
            self._todo.task_done()

    def wait_until_made(self) -> None:
        """Block until every sound asked for is made (tests and benchmarks; never in a frame)."""
        if self.available:
            self._todo.join()

    # --- playing --------------------------------------------------------------------------

    def play(self, cue: Cue) -> None:
        """Play a cue once (from its start again if it is still playing), unless the sound is
        off or the cue is not made yet."""
        loudness = self.loudness()
        if loudness <= 0 or not self.start():
            return
        sound = self._sound(cue)
        if sound is not None:
            sound.stop()
            sound.set_volume(loudness)
            sound.play()

    def ambient(self, name: str | None) -> None:
        """Loop the ambience `name` (see `cues.ambience_for`), or stop it with None."""
        self._ambience = name if name in AMBIENCES else None
        if self._ambience is not None and self.start():
            self._ask(self._ambience)
        self.update()

    def update(self) -> None:
        """Follow the volume setting, and start the ambience once its sound is made."""
        if not self.available:
            return
        loudness = self.loudness()
        wanted = self._ambience if loudness > 0 else None
        if wanted == self.ambience_playing and loudness == self._ambient_loudness:
            return
        channel = pygame.mixer.Channel(_AMBIENT_CHANNEL)
        if wanted != self.ambience_playing:
            sound = self._sound(wanted) if wanted else None
            if wanted and sound is None:
                return
            channel.stop()
            if sound is not None:
                channel.play(sound, loops=-1, fade_ms=800)
            self.ambience_playing = wanted
        channel.set_volume(AMBIENT_LEVEL * loudness)
        self._ambient_loudness = loudness

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        sound = self._sounds.get(name)
        if sound is None:
            data = self._made.get(name)
            if data is None:
                return None
            sound = self._sounds[name] = pygame.mixer.Sound(buffer=data)
        return sound
