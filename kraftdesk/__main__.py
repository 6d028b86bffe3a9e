# SPDX-License-Identifier: EUPL-1.2
"""`python -m kraftdesk`: the same front door as the `kraftdesk` command."""

from kraftdesk.launcher import main

raise SystemExit(main())
