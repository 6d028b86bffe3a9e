# SPDX-License-Identifier: EUPL-1.2
"""The desktop application: the only package that imports PySide6."""

from kraftdesk.gui import pyside_features

pyside_features.install()
