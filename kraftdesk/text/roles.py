# SPDX-License-Identifier: EUPL-1.2
"""The Swedish words of a seat in a body (uppdrag), as written and as read from a member list."""

from __future__ import annotations

from kraftdesk.domain.enums import Role

#: As shown in pickers, lists and member lists.
ROLE_WORDS: dict[Role, str] = {
    Role.CHAIR: "ordförande",
    Role.VICE_CHAIR: "1:e vice ordförande",
    Role.SECOND_VICE_CHAIR: "2:e vice ordförande",
    Role.MEMBER: "ledamot",
    Role.SUBSTITUTE: "ersättare",
}

#: What a member list may say, lower case, spaces collapsed.
_READ: dict[str, Role] = {
    "ordförande": Role.CHAIR, "ordf": Role.CHAIR, "ordf.": Role.CHAIR,
    "1:e vice ordförande": Role.VICE_CHAIR, "1:e vice": Role.VICE_CHAIR,
    "förste vice ordförande": Role.VICE_CHAIR, "första vice ordförande": Role.VICE_CHAIR,
    "vice ordförande": Role.VICE_CHAIR, "1:e vice ordf": Role.VICE_CHAIR,
    "2:e vice ordförande": Role.SECOND_VICE_CHAIR, "2:e vice": Role.SECOND_VICE_CHAIR,
    "andre vice ordförande": Role.SECOND_VICE_CHAIR,
    "andra vice ordförande": Role.SECOND_VICE_CHAIR, "2:e vice ordf": Role.SECOND_VICE_CHAIR,
    "ledamot": Role.MEMBER, "ledamöter": Role.MEMBER, "ordinarie": Role.MEMBER,
    "ersättare": Role.SUBSTITUTE, "ers": Role.SUBSTITUTE, "ers.": Role.SUBSTITUTE,
}


def role_word(role: Role) -> str:
    return ROLE_WORDS[role]


def read_role(text: str) -> Role | None:
    """The role a member list names ("1:e vice ordförande", "Ledamot"), or None."""
    return _READ.get(" ".join(text.strip().lower().split()))


def known_roles() -> str:
    """ "ordförande, 1:e vice ordförande, 2:e vice ordförande, ledamot eller ersättare"."""
    words = list(ROLE_WORDS.values())
    return ", ".join(words[:-1]) + " eller " + words[-1]
