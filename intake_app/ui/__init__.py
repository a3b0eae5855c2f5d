"""The desktop interface: the only code that imports Qt."""
