# SPDX-License-Identifier: EUPL-1.2
"""One controller per screen or dialog; each composes a generated form with setupUi."""
