# SPDX-License-Identifier: EUPL-1.2
"""Import and export of whole registers (the versioned JSON interchange format). No Qt."""
