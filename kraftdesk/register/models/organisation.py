# SPDX-License-Identifier: EUPL-1.2
"""The organisation (kommun/region), its parties, bodies, persons and memberships."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kraftdesk.domain.enums import BodyKind, NumberingScheme, Role, TakeDownRule
from kraftdesk.register.base import Base, enum_column

DEFAULT_SPECIAL_STATEMENT_NOT_RECEIVED = (
    "Särskilt yttrande har inte inkommit vid tidpunkt för justering."
)
DEFAULT_RESERVATION_NOT_RECEIVED = (
    "Vid justering av protokollet har ingen skriftlig reservation inkommit."
)
DEFAULT_DISTRIBUTION_HEADING = "Protokollsutdrag skickas till"


class Organisation(Base):
    """The kommun or region that owns the register, with its local settings."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # A regular expression every diarienummer must match in full; None accepts any.
    case_number_pattern: Mapped[str | None] = mapped_column(String(200))
    numbering_scheme: Mapped[NumberingScheme] = mapped_column(
        enum_column(NumberingScheme, "numbering_scheme"), default=NumberingScheme.PER_YEAR
    )
    take_down_rule: Mapped[TakeDownRule] = mapped_column(
        enum_column(TakeDownRule, "take_down_rule"), default=TakeDownRule.NEXT_WEEKDAY
    )
    special_statement_not_received_text: Mapped[str] = mapped_column(
        Text, default=DEFAULT_SPECIAL_STATEMENT_NOT_RECEIVED
    )
    reservation_not_received_text: Mapped[str] = mapped_column(
        Text, default=DEFAULT_RESERVATION_NOT_RECEIVED
    )
    distribution_heading: Mapped[str] = mapped_column(
        String(100), default=DEFAULT_DISTRIBUTION_HEADING
    )
    # Förvaringsplats för protokollet, printed in the Anslag/Bevis block.
    minutes_kept_at: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Party(Base):
    """A party as written after names: "(M)". Local parties are as welcome as riksdag parties."""

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    abbreviation: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        UniqueConstraint("organisation_id", "abbreviation"),
        CheckConstraint("length(abbreviation) > 0", name="abbreviation_not_empty"),
    )


class Body(Base):
    """A decision-making body (organ): KF, KS, KSAU, a nämnd, a bolagsstyrelse."""

    __tablename__ = "body"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    # Definite form as a heading: "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott".
    name: Mapped[str] = mapped_column(String(200))
    # Used in references and on the command line: "KS", "KSAU", "KF".
    short_name: Mapped[str] = mapped_column(String(20))
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind, "kind"))
    # An arbetsutskott's parent body (KS for KSAU).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    # How many justerare besides the chair the body usually appoints.
    approver_count: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        UniqueConstraint("organisation_id", "short_name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(short_name) > 0", name="short_name_not_empty"),
        CheckConstraint("approver_count >= 0", name="approver_count_not_negative"),
    )


class Person(Base):
    """A member, substitute, official or secretary."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    # For sentences such as "anmäler att hon avser inkomma med en skriftlig reservation".
    pronoun: Mapped[str | None] = mapped_column(String(3))
    # For officials and the secretary: "Nämndsekreterare", "Stadsdirektör".
    title: Mapped[str | None] = mapped_column(String(200))

    party: Mapped[Party | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("pronoun IN ('hon', 'han', 'hen')", name="pronoun"),
    )


class Membership(Base):
    """A person's seat in a body for a period (a term of office, or part of one)."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period_order"),
    )
