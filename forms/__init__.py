"""Form definitions, safe expressions, validation and XLSForm import.

A leaf package: it imports nothing from intake_app or crypto, and no Qt.
"""
