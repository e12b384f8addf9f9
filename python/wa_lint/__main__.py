"""``python -m wa_lint``: the ``wa-lint`` command."""

import sys

from .cli import main

sys.exit(main())
