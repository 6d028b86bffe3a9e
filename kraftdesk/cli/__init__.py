# SPDX-License-Identifier: EUPL-1.2
"""The headless command line. One module per command: cmd_<name>.py (found automatically)."""
