# SPDX-License-Identifier: EUPL-1.2
"""The bundle's entry point (packaging/kraftdesk.spec): the same front door as `kraftdesk`."""

import sys

from kraftdesk.launcher import main

if __name__ == "__main__":
    sys.exit(main())
