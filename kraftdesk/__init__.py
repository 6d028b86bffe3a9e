# SPDX-License-Identifier: EUPL-1.2
"""kraftdesk: the register and the protocols of a Swedish municipal body's secretary."""

__version__ = "0.1.0"
APP_NAME = "kraftdesk"
APP_DISPLAY_NAME = "Kraftdesk"
ORG_NAME = "kraftdesk"
APP_ID = "se.kraftdesk.Kraftdesk"
#: The file name ending of register files that the installers associate with the program
#: (packaging/windows/kraftdesk.iss, packaging/linux/); any SQLite file works as a register.
REGISTER_SUFFIX = ".kraftdesk"
