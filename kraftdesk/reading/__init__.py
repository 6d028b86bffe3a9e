# SPDX-License-Identifier: EUPL-1.2
"""The read side: functions that take a Session and return frozen values, never commit.

The use cases in kraftdesk.services own the transactions and call these; so do the
exports. Nothing here writes.
"""
