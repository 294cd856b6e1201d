"""What a fast demo run sounds like: `escape-room play --autoplay --frames 20000` with SDL's disk
audio driver, which writes what the game plays to a file in real time.

- `sound_peak_dbfs`: the loudest sample, in dB against full scale (target: above −24).
- `sound_loud_seconds`: how long the sound is above −36 dBFS, counted in 50 ms windows by their
  RMS level (target: at least 0.1 s).

No baseline: silence is the floor. The capture is mono signed 16-bit at the mixer's 22,050 Hz.
"""

from __future__ import annotations

import math
import subprocess
import tempfile
from array import array
from pathlib import Path

from benchmarks.common import PYTHON, ROOT, Figure, figure, process_env

NAMES = ("sound_peak_dbfs", "sound_loud_seconds")
RATE = 22050
WINDOW = RATE // 20


def figures() -> list[Figure]:
    samples = capture()
    return [
        figure("sound_peak_dbfs", peak_dbfs(samples), None, "dBFS"),
        figure("sound_loud_seconds", loud_seconds(samples, -36.0), None, "s"),
    ]


def capture(frames: int = 20000) -> array[int]:
    """The samples the game played in a fast demo run."""
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "out.raw"
        env = process_env(SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=str(raw))
        command = [PYTHON, "-m", "escape_room", "play", "--autoplay"]
        command += ["--frames", str(frames), "--data-dir", str(Path(scratch) / "data")]
        subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True, timeout=600)
        samples = array("h")
        samples.frombytes(raw.read_bytes())
    return samples


def _dbfs(level: float) -> float:
    return 20 * math.log10(level / 32768) if level > 0 else -math.inf


def peak_dbfs(samples: array[int]) -> float:
    return _dbfs(max((abs(s) for s in samples), default=0))


def loud_seconds(samples: array[int], threshold_dbfs: float) -> float:
    """Seconds of 50 ms windows whose RMS level is above `threshold_dbfs`."""
    loud = 0
    for start in range(0, len(samples) - WINDOW + 1, WINDOW):
        window = samples[start : start + WINDOW]
        rms = math.sqrt(sum(s * s for s in window) / WINDOW)
        loud += _dbfs(rms) > threshold_dbfs
    return loud * WINDOW / RATE
