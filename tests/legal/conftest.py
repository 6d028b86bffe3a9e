# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest

from kraftdesk.register.database import Register
from tests.services import world as w


@pytest.fixture
def world(register: Register) -> w.World:
    return w.build(register)
