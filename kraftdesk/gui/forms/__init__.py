# SPDX-License-Identifier: EUPL-1.2
"""Forms generated from ui/*.ui by packaging/build_qt_assets.py – do not edit by hand."""
