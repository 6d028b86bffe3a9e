# SPDX-License-Identifier: EUPL-1.2
"""The one place that composes the Swedish text a secretary reads. No Qt, no SQL."""
