"""The storage layer: the only code that touches sqlcipher3."""
