"""The consultation: ``session`` holds one conversation, ``search`` picks its next question."""
