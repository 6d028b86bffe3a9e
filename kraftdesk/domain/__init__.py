# SPDX-License-Identifier: EUPL-1.2
"""Pure domain rules and values: no SQLAlchemy, no Qt."""
