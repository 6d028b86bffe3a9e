# SPDX-License-Identifier: EUPL-1.2
"""The organisation (kommun/region), its parties, bodies, persons and memberships."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kraftdesk.domain.enums import (
    BodyKind,
    JusteringMethod,
    NumberingScheme,
    Role,
    TakeDownRule,
)
from kraftdesk.register.base import Base, Versioned, enum_column

DEFAULT_SPECIAL_STATEMENT_NOT_RECEIVED = (
    "Särskilt yttrande har inte inkommit vid tidpunkt för justering."
)
DEFAULT_RESERVATION_NOT_RECEIVED = (
    "Vid justering av protokollet har ingen skriftlig reservation inkommit."
)
DEFAULT_DISTRIBUTION_HEADING = "Protokollsutdrag skickas till"
DEFAULT_NOTICE_ABSENCE_TEXT = (
    "Den som inte kan delta i sammanträdet anmäler förhinder till sekreteraren så snart "
    "som möjligt, så att en ersättare kan kallas in."
)
# The standard decisions of anmälningsärenden and delegationsbeslut, after the body's name:
# "Kommunstyrelsen lägger anmälningarna till handlingarna."
DEFAULT_REPORTED_ITEMS_DECISION = "lägger anmälningarna till handlingarna"
DEFAULT_DELEGATED_DECISIONS_DECISION = "lägger anmälan av delegationsbesluten till handlingarna"
DEFAULT_RESERVATION_RECEIVED = "lämnar skriftlig reservation"
DEFAULT_REQUIRED_SIGNERS = "secretary,chair,approver"
DEFAULT_RECEIVED_PDF_MAX_MB = 25


class Organisation(Versioned, Base):
    """The kommun or region that owns the register, with its local settings."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # A regular expression every diarienummer must match in full; None accepts any. Made
    # from case_number_example (kraftdesk.domain.case_numbers); never shown to a secretary.
    case_number_pattern: Mapped[str | None] = mapped_column(String(200))
    # The diarienummer the secretary gave as an example of the format: "KS 2027/12".
    case_number_example: Mapped[str | None] = mapped_column(String(100))
    # The address line printed under the name in every PDF header.
    address: Mapped[str | None] = mapped_column(String(300))
    # The logo printed in the header of every PDF: PNG or SVG bytes and their media type.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_media_type: Mapped[str | None] = mapped_column(String(50))
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
    # How a reservation whose written text has arrived is said, after "X reserverar sig mot
    # beslutet … och": "lämnar skriftlig reservation" (", bilaga 3." follows).
    reservation_received_text: Mapped[str] = mapped_column(
        String(200), default=DEFAULT_RESERVATION_RECEIVED,
        server_default=DEFAULT_RESERVATION_RECEIVED)
    # Förvaringsplats för protokollet, printed in the Anslag/Bevis block.
    minutes_kept_at: Mapped[str | None] = mapped_column(String(300))
    # The kallelse's standard text on anmälan av förhinder.
    notice_absence_text: Mapped[str] = mapped_column(Text, default=DEFAULT_NOTICE_ABSENCE_TEXT)
    # The standard decisions of a paragraph of anmälningsärenden / delegationsbeslut.
    reported_items_decision_text: Mapped[str] = mapped_column(
        Text, default=DEFAULT_REPORTED_ITEMS_DECISION)
    delegated_decisions_decision_text: Mapped[str] = mapped_column(
        Text, default=DEFAULT_DELEGATED_DECISIONS_DECISION)
    # The largest received PDF accepted (a statement's file), in megabytes (10^6 bytes).
    received_pdf_max_mb: Mapped[int] = mapped_column(
        default=DEFAULT_RECEIVED_PDF_MAX_MB, server_default=text(str(DEFAULT_RECEIVED_PDF_MAX_MB)))
    # Electronic justering (PAdES): whether signatures, ink or either justerar the minutes;
    # whose signatures are required ("secretary,chair,approver": every line on the front
    # page); the time-stamping authority (RFC 3161 URL) or none (signing offline); whether
    # revocation data may be fetched from the network when signing (B-LT).
    # Server defaults only: an ORM insert leaves them out, as into a register from before them.
    justering_method: Mapped[JusteringMethod] = mapped_column(
        enum_column(JusteringMethod, "justering_method"),
        server_default=JusteringMethod.EITHER.value)
    required_signers: Mapped[str] = mapped_column(String(100),
                                                  server_default=DEFAULT_REQUIRED_SIGNERS)
    timestamp_url: Mapped[str | None] = mapped_column(String(500))
    fetch_revocation: Mapped[bool] = mapped_column(server_default=false())
    # PDF/A part of the archival PDFs: 2 (PDF/A-2b, the default) or 1 (PDF/A-1b).
    pdfa_part: Mapped[int] = mapped_column(server_default="2")

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("logo_media_type IN ('image/png', 'image/svg+xml')",
                        name="logo_media_type"),
        CheckConstraint("(logo IS NULL) = (logo_media_type IS NULL)", name="logo_has_type"),
        CheckConstraint("pdfa_part IN (1, 2)", name="pdfa_part"),
    )


class Term(Base):
    """A mandatperiod (term of office): "2027–2030". Memberships run within one."""

    __tablename__ = "term"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    __table_args__ = (
        UniqueConstraint("organisation_id", "starts_on"),
        CheckConstraint("ends_on >= starts_on", name="period_order"),
    )


class Party(Versioned, Base):
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


class Body(Versioned, Base):
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
    # The forms the text composer needs, when the rule of kraftdesk.text.formats (first
    # letter lower-cased; genitive -s) does not give them: in running text, definite form
    # ("kommunstyrelsen"), and its genitive ("kommunstyrelsens").
    running_name: Mapped[str | None] = mapped_column(String(200))
    genitive_name: Mapped[str | None] = mapped_column(String(200))
    # The body whose matters it prepares: "föreslår kommunfullmäktige besluta" (the default
    # of its paragraphs' formula).
    proposes_to_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    # How its paragraphs are numbered; None: the organisation's scheme.
    numbering_scheme: Mapped[NumberingScheme | None] = mapped_column(
        enum_column(NumberingScheme, "body_numbering_scheme"))
    # Defaults of a new meeting: place, starting time ("13:00"), justering so many days
    # later at a time ("10:00"), and the secretary.
    default_place: Mapped[str | None] = mapped_column(String(300))
    default_start_time: Mapped[str | None] = mapped_column(String(5))
    justering_days: Mapped[int | None]
    justering_time: Mapped[str | None] = mapped_column(String(5))
    default_secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # The day after which the body no longer meets (avvecklat); its history stays.
    retired_on: Mapped[date | None]
    # How many days before the meeting the kallelse must be sent at the latest, as the
    # arbetsordning or reglemente says; None: no rule recorded.
    notice_days: Mapped[int | None]

    __table_args__ = (
        UniqueConstraint("organisation_id", "short_name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(short_name) > 0", name="short_name_not_empty"),
        CheckConstraint("approver_count >= 0", name="approver_count_not_negative"),
        CheckConstraint("proposes_to_id IS NULL OR proposes_to_id != id",
                        name="not_proposing_to_itself"),
        CheckConstraint("justering_days IS NULL OR (justering_days >= 0 "
                        "AND justering_days <= 14)", name="justering_days_range"),
        CheckConstraint("notice_days IS NULL OR notice_days >= 0",
                        name="notice_days_not_negative"),
    )


class Person(Versioned, Base):
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
    # For reminders of promised texts.
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    # Tells apart two people of the same name in one party, shown in pickers ("Malmö, f. 1971").
    note: Mapped[str | None] = mapped_column(String(200))

    party: Mapped[Party | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("pronoun IN ('hon', 'han', 'hen')", name="pronoun"),
    )


class Membership(Versioned, Base):
    """A person's seat in a body for a period (a term of office, or part of one)."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    # The order of ersättare (1, 2, …) in the body; None for the others.
    position: Mapped[int | None]

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period_order"),
        CheckConstraint("position IS NULL OR position > 0", name="position_positive"),
    )
