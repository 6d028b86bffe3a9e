# SPDX-License-Identifier: EUPL-1.2
"""Widgets of kraftdesk's own, placed in the Designer forms (promoted widgets)."""
