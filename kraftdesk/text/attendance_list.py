# SPDX-License-Identifier: EUPL-1.2
"""The närvarolista as a bilaga (Trollhättan, fullmäktige style): who was there, in which
capacity, and how each voted in each open vote.

    Namn · Parti · Närvaro (N närvarande, Tj tjänstgörande ersättare, F frånvarande) ·
    one column per vote (Ja / Nej / Avstår) · a totals row
"""

from __future__ import annotations

TITLE = "Närvarolista"
