# SPDX-License-Identifier: EUPL-1.2
"""The desktop application: the only package that imports PySide6. Importing it does nothing
more; kraftdesk.gui.app.main() starts the app."""
