"""Qt-free use cases: vault sessions, cases, export, import, settings."""
