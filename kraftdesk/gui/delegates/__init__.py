# SPDX-License-Identifier: EUPL-1.2
"""Item delegates (editors and painting inside item views)."""
