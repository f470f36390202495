"""Speech recognition: the recogniser protocol, the Vosk engine, model folder checks and download."""
