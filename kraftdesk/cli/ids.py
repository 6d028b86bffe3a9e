# SPDX-License-Identifier: EUPL-1.2
"""Row numbers on the command line (a statement's statement_id): whole numbers the register
can hold, refused in Swedish otherwise."""

from __future__ import annotations

import argparse

from kraftdesk.domain.limits import INTEGER_MAX


def statement_id(text: str) -> int:
    """argparse type: a statement's number, as `kraftdesk pending --json` prints it."""
    value = text.strip()
    if not value.isdigit() or not value.isascii():
        raise argparse.ArgumentTypeError(
            f"«{text}» är inget nummer; ange statement_id som «kraftdesk pending --json» "
            "skriver, till exempel 6")
    number = int(value) if len(value) <= 20 else INTEGER_MAX + 1
    if not 1 <= number <= INTEGER_MAX:
        raise argparse.ArgumentTypeError(f"det finns inget yttrande med nummer {value[:30]}")
    return number
