# SPDX-License-Identifier: EUPL-1.2
"""The result of a vote (omröstning): counts, and who decides a tie.

- An open vote is counted from its ballots; a closed one (slutna sedlar, only at a val,
  KL 5 kap. 57 §) from the counts recorded, never from names.
- A tie is decided by the chair's casting vote (utslagsröst), the chair's own Ja or Nej,
  except at a val, where lots are drawn (lottning): `lot_winner`.
- A vote has a result when it is counted and a tie is decided. The protocol checker asks
  for one in every vote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kraftdesk.domain.enums import BallotChoice

DECISIVE = (BallotChoice.YES, BallotChoice.NO)


@dataclass(frozen=True)
class VoteCount:
    yes: int
    no: int
    abstain: int
    tie: bool
    # YES or NO; None: not decided (a tie without a casting vote or a lottning, or nothing
    # counted at all)
    outcome: BallotChoice | None
    casting: bool  # decided by the chair's casting vote
    by_lot: bool = False  # decided by lottning (a val)
    counted: bool = True  # False: a closed vote whose counts are not recorded yet

    @property
    def total(self) -> int:
        return self.yes + self.no + self.abstain

    @property
    def decided(self) -> bool:
        return self.counted and self.outcome is not None


def tally(choices: Iterable[BallotChoice], *, election: bool = False, secret: bool = False,
          counts: tuple[int | None, int | None, int | None] = (None, None, None),
          chair_choice: BallotChoice | None = None,
          lot_winner: BallotChoice | None = None) -> VoteCount:
    """The count and the outcome of one vote."""
    if secret:
        counted = counts[0] is not None and counts[1] is not None
        yes, no, abstain = (c or 0 for c in counts)
    else:
        listed = list(choices)
        counted = bool(listed)
        yes = sum(1 for c in listed if c is BallotChoice.YES)
        no = sum(1 for c in listed if c is BallotChoice.NO)
        abstain = len(listed) - yes - no
    if not counted:
        return VoteCount(yes, no, abstain, False, None, False, counted=False)
    if yes != no:
        return VoteCount(yes, no, abstain, False,
                         BallotChoice.YES if yes > no else BallotChoice.NO, False)
    if election:
        winner = lot_winner if lot_winner in DECISIVE else None
        return VoteCount(yes, no, abstain, True, winner, False, by_lot=winner is not None)
    casting = chair_choice if chair_choice in DECISIVE else None
    return VoteCount(yes, no, abstain, True, casting, casting is not None)
