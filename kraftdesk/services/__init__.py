# SPDX-License-Identifier: EUPL-1.2
"""Use cases. Each write is one transaction (Register.write) and returns what changed."""
