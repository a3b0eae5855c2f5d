"""Top-level windows and dialogs, one module each."""
