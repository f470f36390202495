"""Audio sources: microphone capture (sounddevice), files, rehearsal scripts; resampling and levels."""
