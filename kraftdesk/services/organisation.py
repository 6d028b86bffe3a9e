# SPDX-License-Identifier: EUPL-1.2
"""The organisation that owns the register: creating it (the first-start wizard's set-up in
one transaction), its settings and logo, and a register's overview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kraftdesk.documents.logo import chosen
from kraftdesk.domain import case_numbers, setup
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.setup import Period
from kraftdesk.reading import support
from kraftdesk.reading.organisation import OrganisationSettings, read_logo, read_settings
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Case, Meeting, Organisation, Paragraph, Statement
from kraftdesk.services.bodies import BodyDraft, add_body_in
from kraftdesk.services.changes import UNSET, Changes
from kraftdesk.services.terms import add_term_in
from kraftdesk.text.standard_bodies import STANDARD_BODIES, StandardBody

#: The range of the organisation's size limit for received PDFs, in MB (default 25).
MIN_RECEIVED_PDF_MB, MAX_RECEIVED_PDF_MB = 1, 500

__all__ = ["STANDARD_BODIES", "OrganisationSettings", "RegisterOverview", "SetUp",
           "StandardBody", "create_organisation", "logo", "overview", "set_logo", "set_up",
           "settings", "update_settings"]


def create_organisation(register: Register, name: str, *,
                        case_number_example: str | None = None) -> Changes:
    with register.write() as session:
        org = _new_organisation(session, name)
        if case_number_example:
            example = case_numbers.check_example(case_number_example)
            org.case_number_example = example
            org.case_number_pattern = case_numbers.pattern_from_example(example)
    return Changes(register=True)


def _new_organisation(session: Session, name: str) -> Organisation:
    name = " ".join(name.split())
    if not name:
        raise UserError("Organisationens namn saknas.", field="organisation")
    existing = session.scalars(select(Organisation)).first()
    if existing is not None:
        raise UserError(
            f"Registret tillhör redan {existing.name}; ett register har en organisation.",
            field="organisation",
        )
    org = Organisation(name=name)
    session.add(org)
    session.flush()
    return org


@dataclass(frozen=True)
class RegisterOverview:
    organisation: str | None
    bodies: int
    meetings: int
    cases: int
    paragraphs: int
    statements: int


def overview(register: Register) -> RegisterOverview:
    with register.read() as session:
        organisation = session.scalars(select(Organisation.name).order_by(Organisation.id)).first()

        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        return RegisterOverview(
            organisation=organisation,
            bodies=count(Body),
            meetings=count(Meeting),
            cases=count(Case),
            paragraphs=count(Paragraph),
            statements=count(Statement),
        )


# --- settings and set-up ---------------------------------------------------------------


def settings(register: Register) -> OrganisationSettings:
    with register.read() as session:
        return read_settings(session)


def logo(register: Register) -> tuple[bytes, str] | None:
    """The logo's bytes and media type, or None."""
    with register.read() as session:
        return read_logo(session)


def update_settings(register: Register, new: OrganisationSettings, *,
                    logo: Any = UNSET, expected_version: int | None = None) -> Changes:
    """Name, diarienummer format (from its example), address, wordings, rules, the size limit
    of received PDFs; and the logo when `logo` is given (PNG or SVG bytes, None to remove it).
    One transaction. `expected_version`: OrganisationSettings.version as read (None: no
    check); a save based on an older version is refused (ChangedError)."""
    media_type = None
    if logo is not UNSET and logo is not None:
        logo, media_type = chosen(logo)
    with register.write() as session:
        org = support.organisation(session)
        versions.check(org, expected_version, "organisationens inställningar")
        _apply_settings(session, org, new)
        if logo is not UNSET:
            org.logo, org.logo_media_type = logo, media_type
        return Changes(register=True)


def _apply_settings(session: Session, org: Organisation, new: OrganisationSettings) -> None:
    name = " ".join(new.name.split())
    if not name:
        raise UserError("Organisationens namn saknas.", field="organisation")
    example = setup.clean(new.case_number_example)
    if example is not None:
        example = case_numbers.check_example(example)
        pattern = case_numbers.pattern_from_example(example)
        if pattern != org.case_number_pattern:
            wrong = [n for n in session.scalars(select(Case.number))
                     if not case_numbers.matches(pattern, n)]
            if wrong:
                raise UserError(
                    f"Formatet «{example}» passar inte {len(wrong)} av registrets "
                    f"diarienummer, till exempel «{wrong[0]}». Ange ett exempel som passar "
                    "dem, eller inget exempel alls.", field="case_number_example")
        org.case_number_pattern = pattern
    else:
        org.case_number_pattern = None
    org.case_number_example = example
    org.name = name
    org.address = setup.clean(new.address)
    org.minutes_kept_at = setup.clean(new.minutes_kept_at)
    for attribute, text, what in (
            ("special_statement_not_received_text", new.special_statement_not_received_text,
             "Texten när ett särskilt yttrande inte har kommit in"),
            ("reservation_not_received_text", new.reservation_not_received_text,
             "Texten när en skriftlig reservation inte har kommit in"),
            ("reservation_received_text", new.reservation_received_text,
             "Texten när en skriftlig reservation har kommit in"),
            ("distribution_heading", new.distribution_heading,
             "Rubriken för expedieringen")):
        if text is None or not text.strip():
            raise UserError(f"{what} får inte vara tom.", field=attribute)
        setattr(org, attribute, text.strip())
    org.numbering_scheme = new.numbering_scheme
    org.take_down_rule = new.take_down_rule
    if not MIN_RECEIVED_PDF_MB <= new.received_pdf_max_mb <= MAX_RECEIVED_PDF_MB:
        raise UserError(f"Största storlek för inkomna PDF-filer ska vara mellan "
                        f"{MIN_RECEIVED_PDF_MB} och {MAX_RECEIVED_PDF_MB} MB.",
                        field="received_pdf_max_mb")
    org.received_pdf_max_mb = new.received_pdf_max_mb


def logo_preview(data: bytes) -> bytes:
    """A logo file as the settings would keep it (checked and fitted: documents.logo.chosen),
    for a dialog to show before it is saved; a Swedish UserError says why it cannot be."""
    return chosen(data)[0]


def set_logo(register: Register, data: bytes | None) -> Changes:
    """The logo printed in every PDF header (PNG or SVG); None removes it."""
    data, media_type = chosen(data) if data is not None else (None, None)
    with register.write() as session:
        org = support.organisation(session)
        org.logo, org.logo_media_type = data, media_type
        return Changes(register=True)


@dataclass(frozen=True)
class SetUp:
    """What the first-start wizard asks, written in one transaction."""

    name: str
    case_number_example: str | None
    bodies: tuple[StandardBody, ...]  # as edited; links by short name
    term: Period | None = None


def set_up(register: Register, plan: SetUp) -> Changes:
    """Create the organisation with its diarienummer format, bodies and current term."""
    with register.write() as session:
        org = _new_organisation(session, plan.name)
        _apply_settings(session, org, OrganisationSettings(
            plan.name, plan.case_number_example,
            special_statement_not_received_text=org.special_statement_not_received_text,
            reservation_not_received_text=org.reservation_not_received_text,
            distribution_heading=org.distribution_heading))
        created: dict[str, Body] = {}
        for choice in plan.bodies:
            draft = BodyDraft(choice.short_name, choice.name, kind=choice.kind,
                              approver_count=choice.approver_count)
            try:
                created[draft.short_name.strip()] = add_body_in(session, draft)
            except UserError as error:
                raise UserError(f"{error.message} ({choice.name or choice.short_name})",
                                field=error.field) from None
        for choice in plan.bodies:
            row = created[choice.short_name.strip()]
            for attribute, target in (("parent_id", choice.parent),
                                      ("proposes_to_id", choice.proposes_to)):
                if target and target in created:
                    setattr(row, attribute, created[target].id)
        if plan.term is not None:
            add_term_in(session, plan.term)
        return Changes(register=True)
