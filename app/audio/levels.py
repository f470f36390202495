"""Input level of a block of 16-bit PCM: RMS and peak in dBFS, silence and clipping flags.

Pure functions on numpy arrays; safe on any thread (the pipeline calls them on its recognition thread,
never in the PortAudio callback).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FLOOR_DBFS = -120.0
SILENCE_DBFS = -50.0  # below this RMS a block counts as silence (a muted or dead microphone)
CLIP_LEVEL = 32700  # |sample| at or above this counts as clipped
CLIP_FRACTION = 0.001  # a block with at least this share of clipped samples is "clipping"


@dataclass(frozen=True)
class Level:
    rms_dbfs: float
    peak_dbfs: float
    silent: bool
    clipping: bool


def _dbfs(value: float) -> float:
    if value <= 0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20.0 * float(np.log10(value / 32768.0)))


def measure(samples: np.ndarray) -> Level:
    """Level of int16 ``samples`` (1-D). An empty block is silent at the floor level."""
    if samples.size == 0:
        return Level(FLOOR_DBFS, FLOOR_DBFS, True, False)
    as_float = samples.astype(np.float32)
    rms = float(np.sqrt(np.mean(as_float * as_float)))
    peak = float(np.max(np.abs(as_float)))
    rms_db = _dbfs(rms)
    clipped = int(np.count_nonzero(np.abs(samples.astype(np.int32)) >= CLIP_LEVEL))
    return Level(
        rms_dbfs=rms_db,
        peak_dbfs=_dbfs(peak),
        silent=rms_db < SILENCE_DBFS,
        clipping=clipped >= max(1, int(samples.size * CLIP_FRACTION)),
    )


def measure_pcm(pcm: bytes) -> Level:
    return measure(np.frombuffer(pcm, dtype=np.int16))
