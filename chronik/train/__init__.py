"""Training of chronik's statistical models (``python -m chronik.train.ner``)."""
