"""The live pipeline: source -> recogniser -> matcher -> hit tracker -> events, on worker threads."""
