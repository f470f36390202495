"""PySide6 front end: console, popup, prompter, review, script check, lexicon editor, workers."""
