"""Conversion of captured audio to what the recogniser wants: 16 kHz, mono, 16-bit.

:class:`To16kMono` is stateful (a streaming soxr resampler keeps the filter history between blocks, so
block edges do not click). One instance per stream, used from one thread (the recognition thread).
"""

from __future__ import annotations

import numpy as np

TARGET_RATE = 16000


class To16kMono:
    """Downmix (mean of channels) and resample float32/int16 blocks to 16 kHz mono int16."""

    def __init__(self, in_rate: int, channels: int = 1, quality: str = "HQ") -> None:
        self.in_rate = int(in_rate)
        self.channels = int(channels)
        self._resampler = None
        if self.in_rate != TARGET_RATE:
            import soxr

            self._resampler = soxr.ResampleStream(self.in_rate, TARGET_RATE, 1, dtype="float32", quality=quality)

    def __call__(self, block: np.ndarray, last: bool = False) -> np.ndarray:
        data = np.asarray(block)
        if data.dtype == np.int16:
            data = data.astype(np.float32) / 32768.0
        else:
            data = data.astype(np.float32, copy=False)
        if data.ndim == 2:
            data = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
        if self._resampler is not None:
            data = self._resampler.resample_chunk(data, last=last)
        return float_to_int16(data)


def float_to_int16(data: np.ndarray) -> np.ndarray:
    return (np.clip(data, -1.0, 32767.0 / 32768.0) * 32768.0).astype(np.int16)
