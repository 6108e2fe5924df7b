"""Language data: the spaCy pipeline, word lists, syllables and word frequencies."""
