"""``python -m intake_app`` is the same as the ``intake`` console script."""

import sys

from intake_app.cli import main

sys.exit(main())
