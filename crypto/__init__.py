"""Cryptographic recipes for Intake Desk.

Public recipes only; wire formats and primitives stay in private modules. A leaf
package: it imports nothing from intake_app or forms, and no Qt.
"""
