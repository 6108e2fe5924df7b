"""The document model and the readers that build it from files."""
