"""An honest estimate of how hard a passphrase is to guess.

The estimate comes from zxcvbn (Dropbox's estimator, a maintained Python port): it counts
guesses an attacker trying common passwords, dictionary words, names, keyboard patterns,
dates and repeats would need, which is far more honest than "has a digit and a capital".
We only take its number of guesses; the wording is ours and translated (zxcvbn's feedback
is English-only). Everything runs locally: nothing is sent anywhere.

Our vault key is derived with Argon2id tuned to about half a second, so an attacker with a
seized laptop and a GPU farm manages perhaps 10^4 guesses per second; the hint is scaled
to that.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

#: Attacker speed the hint assumes against our Argon2id parameters (guesses per second).
OFFLINE_GUESSES_PER_SECOND = 10_000

#: Below this many characters we always call a passphrase weak, whatever its content.
MIN_LENGTH = 10


class Strength(enum.IntEnum):
    """How a passphrase rates; the ui words each level."""

    EMPTY = 0
    VERY_WEAK = 1  # found in lists of common passwords, or guessed in minutes
    WEAK = 2  # guessed in days to months
    FAIR = 3  # years
    STRONG = 4  # centuries or more


@dataclass(frozen=True)
class StrengthEstimate:
    """The rating, with what it is based on (log10 of guesses; crack-time class)."""

    strength: Strength
    log10_guesses: float
    too_short: bool

    @property
    def acceptable(self) -> bool:
        """True when the passphrase is good enough to create a vault with."""
        return self.strength >= Strength.FAIR and not self.too_short


def estimate(passphrase: str) -> StrengthEstimate:
    """Rate ``passphrase``. Never logs or keeps it; pure function, safe on any thread."""
    if not passphrase:
        return StrengthEstimate(Strength.EMPTY, 0.0, True)
    from zxcvbn import zxcvbn  # imported on first use: keeps the unlock window's start fast

    # zxcvbn's cost grows quickly with length and the first 100 characters are plenty to
    # judge; a longer passphrase only gets stronger.
    guesses = float(zxcvbn(passphrase[:100])["guesses"])
    log10 = math.log10(max(guesses, 1.0))
    seconds = guesses / OFFLINE_GUESSES_PER_SECOND
    day, year = 86_400, 365 * 86_400
    if seconds < day:
        level = Strength.VERY_WEAK
    elif seconds < year:
        level = Strength.WEAK
    elif seconds < 1000 * year:
        level = Strength.FAIR
    else:
        level = Strength.STRONG
    too_short = len(passphrase) < MIN_LENGTH
    if too_short and level > Strength.WEAK:
        level = Strength.WEAK
    return StrengthEstimate(level, log10, too_short)
