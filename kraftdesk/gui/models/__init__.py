# SPDX-License-Identifier: EUPL-1.2
"""Qt item models over the services' rows: column constants, custom roles, lazy loading."""
