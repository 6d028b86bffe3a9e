# SPDX-License-Identifier: EUPL-1.2
"""initial register schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 21:11:19.074026
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('os_user', sa.String(length=200), nullable=False),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', name='action', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('entity', sa.String(length=100), nullable=False),
    sa.Column('entity_key', sa.String(length=200), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('case_number_pattern', sa.String(length=200), nullable=True),
    sa.Column('numbering_scheme', sa.Enum('per_year', 'per_minutes', name='numbering_scheme', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('take_down_rule', sa.Enum('last_appeal_day', 'next_weekday', name='take_down_rule', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('special_statement_not_received_text', sa.Text(), nullable=False),
    sa.Column('reservation_not_received_text', sa.Text(), nullable=False),
    sa.Column('distribution_heading', sa.String(length=100), nullable=False),
    sa.Column('minutes_kept_at', sa.String(length=300), nullable=True),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_organisation_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('stored_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_stored_file_sha256_length')),
    sa.CheckConstraint('size >= 0', name=op.f('ck_stored_file_size_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stored_file')),
    sa.UniqueConstraint('sha256', name=op.f('uq_stored_file_sha256'))
    )
    op.create_table('body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.Enum('assembly', 'executive_board', 'committee', 'working_committee', 'company_board', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('approver_count', sa.Integer(), nullable=False),
    sa.CheckConstraint('approver_count >= 0', name=op.f('ck_body_approver_count_not_negative')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_body_name_not_empty')),
    sa.CheckConstraint('length(short_name) > 0', name=op.f('ck_body_short_name_not_empty')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_body_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['parent_id'], ['body.id'], name=op.f('fk_body_parent_id_body')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_body')),
    sa.UniqueConstraint('organisation_id', 'short_name', name=op.f('uq_body_organisation_id_short_name'))
    )
    op.create_table('case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('status', sa.Enum('open', 'closed', name='status', native_enum=False, create_constraint=True), nullable=False),
    sa.CheckConstraint('length(number) > 0', name=op.f('ck_case_number_not_empty')),
    sa.CheckConstraint('length(title) > 0', name=op.f('ck_case_title_not_empty')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_case_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case')),
    sa.UniqueConstraint('organisation_id', 'number', name=op.f('uq_case_organisation_id_number'))
    )
    op.create_table('party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('abbreviation', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.CheckConstraint('length(abbreviation) > 0', name=op.f('ck_party_abbreviation_not_empty')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_party_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party')),
    sa.UniqueConstraint('organisation_id', 'abbreviation', name=op.f('uq_party_organisation_id_abbreviation'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('pronoun', sa.String(length=3), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.CheckConstraint("pronoun IN ('hon', 'han', 'hen')", name=op.f('ck_person_pronoun')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_person_name_not_empty')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_person_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('minutes_state', sa.Enum('draft', 'sent_for_approval', 'approved', name='minutes_state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('is_example', sa.Boolean(), nullable=False),
    sa.Column('approval_due_at', sa.DateTime(), nullable=True),
    sa.Column('approval_place', sa.String(length=300), nullable=True),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('sent_for_approval_on', sa.Date(), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('posted_on', sa.Date(), nullable=True),
    sa.CheckConstraint("minutes_state != 'approved' OR approved_on IS NOT NULL", name=op.f('ck_meeting_approved_has_date')),
    sa.CheckConstraint('ends_at IS NULL OR ends_at >= starts_at', name=op.f('ck_meeting_time_order')),
    sa.CheckConstraint('posted_on IS NULL OR (approved_on IS NOT NULL AND posted_on >= approved_on)', name=op.f('ck_meeting_posted_after_approval')),
    sa.ForeignKeyConstraint(['body_id'], ['body.id'], name=op.f('fk_meeting_body_id_body')),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_meeting_chair_id_person')),
    sa.ForeignKeyConstraint(['secretary_id'], ['person.id'], name=op.f('fk_meeting_secretary_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('id', 'body_id', name=op.f('uq_meeting_id_body_id'))
    )
    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('chair', 'vice_chair', 'second_vice_chair', 'member', 'substitute', name='role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name=op.f('ck_membership_period_order')),
    sa.ForeignKeyConstraint(['body_id'], ['body.id'], name=op.f('fk_membership_body_id_body')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('member', 'serving_substitute', 'substitute', 'official', 'other', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('replaces_person_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('replaces_person_id IS NULL OR replaces_person_id != person_id', name=op.f('ck_attendance_not_replacing_self')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.ForeignKeyConstraint(['replaces_person_id'], ['person.id'], name=op.f('fk_attendance_replaces_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_attendance_meeting_id_person_id'))
    )
    op.create_table('meeting_approver',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_approver_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_meeting_approver_person_id_person')),
    sa.PrimaryKeyConstraint('meeting_id', 'person_id', name=op.f('pk_meeting_approver')),
    sa.UniqueConstraint('meeting_id', 'position', name=op.f('uq_meeting_approver_meeting_id_position'))
    )
    op.create_table('minutes_seal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('sealed_at', sa.String(length=32), nullable=False),
    sa.Column('canonical_version', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('pdf_file_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_minutes_seal_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['pdf_file_id'], ['stored_file.id'], name=op.f('fk_minutes_seal_pdf_file_id_stored_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_seal')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_minutes_seal_meeting_id'))
    )
    op.create_table('paragraph',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=10), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('proposes_to_body_id', sa.Integer(), nullable=True),
    sa.Column('formula_override', sa.String(length=300), nullable=True),
    sa.Column('procedure_text', sa.Text(), nullable=True),
    sa.Column('immediately_approved_on', sa.Date(), nullable=True),
    sa.CheckConstraint('length(title) > 0', name=op.f('ck_paragraph_title_not_empty')),
    sa.CheckConstraint('number IS NULL OR number > 0', name=op.f('ck_paragraph_number_positive')),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_paragraph_case_id_case')),
    sa.ForeignKeyConstraint(['meeting_id', 'body_id'], ['meeting.id', 'meeting.body_id'], name=op.f('fk_paragraph_meeting_id_body_id_meeting')),
    sa.ForeignKeyConstraint(['proposes_to_body_id'], ['body.id'], name=op.f('fk_paragraph_proposes_to_body_id_body')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph')),
    sa.UniqueConstraint('body_id', 'series', 'number', name=op.f('uq_paragraph_body_id_series_number')),
    sa.UniqueConstraint('meeting_id', 'position', name=op.f('uq_paragraph_meeting_id_position'))
    )
    op.create_table('basis_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref_paragraph_id', sa.Integer(), nullable=True),
    sa.Column('ref_kind', sa.Enum('proposal', 'decision', name='ref_kind', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.CheckConstraint('(ref_paragraph_id IS NULL) = (ref_kind IS NULL)', name=op.f('ck_basis_document_ref_complete')),
    sa.CheckConstraint('ref_paragraph_id IS NOT NULL OR coalesce(length(text), 0) > 0', name=op.f('ck_basis_document_has_content')),
    sa.CheckConstraint('ref_paragraph_id IS NULL OR ref_paragraph_id != paragraph_id', name=op.f('ck_basis_document_not_self')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_basis_document_paragraph_id_paragraph')),
    sa.ForeignKeyConstraint(['ref_paragraph_id'], ['paragraph.id'], name=op.f('fk_basis_document_ref_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_basis_document')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_basis_document_paragraph_id_position'))
    )
    op.create_table('decision_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.CheckConstraint('length(text) > 0', name=op.f('ck_decision_point_text_not_empty')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_decision_point_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_point')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_decision_point_paragraph_id_position'))
    )
    op.create_table('distribution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.CheckConstraint('length(recipient) > 0', name=op.f('ck_distribution_recipient_not_empty')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_distribution_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_distribution')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_distribution_paragraph_id_position'))
    )
    op.create_table('paragraph_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('recused', 'absent', 'serving', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('replaces_person_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("(kind = 'serving') = (replaces_person_id IS NOT NULL)", name=op.f('ck_paragraph_attendance_serving_replaces')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_paragraph_attendance_paragraph_id_paragraph')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_paragraph_attendance_person_id_person')),
    sa.ForeignKeyConstraint(['replaces_person_id'], ['person.id'], name=op.f('fk_paragraph_attendance_replaces_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph_attendance')),
    sa.UniqueConstraint('paragraph_id', 'person_id', name=op.f('uq_paragraph_attendance_paragraph_id_person_id'))
    )
    op.create_table('paragraph_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('heading', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.CheckConstraint('length(heading) > 0', name=op.f('ck_paragraph_section_heading_not_empty')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_paragraph_section_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph_section')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_paragraph_section_paragraph_id_position'))
    )
    op.create_table('proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('approval', 'rejection', 'referral_back', 'postponement', 'amendment', 'addition', 'own', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('adopted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_proposal_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_proposal_paragraph_id_position'))
    )
    op.create_table('proposal_author',
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_proposal_author_person_id_person')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_author_proposal_id_proposal')),
    sa.PrimaryKeyConstraint('proposal_id', 'person_id', name=op.f('pk_proposal_author')),
    sa.UniqueConstraint('proposal_id', 'position', name=op.f('uq_proposal_author_proposal_id_position'))
    )
    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('reservation', 'special_statement', 'minutes_note', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('state', sa.Enum('announced', 'promised', 'received', 'withdrawn', 'not_received', name='state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('in_favour_of_proposal_id', sa.Integer(), nullable=True),
    sa.Column('with_reservation', sa.Boolean(), nullable=False),
    sa.Column('deadline', sa.DateTime(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('file_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("state != 'promised' OR deadline IS NOT NULL", name=op.f('ck_statement_promised_has_deadline')),
    sa.CheckConstraint("state != 'received' OR received_at IS NOT NULL", name=op.f('ck_statement_received_has_time')),
    sa.CheckConstraint("state != 'received' OR text IS NOT NULL OR file_id IS NOT NULL", name=op.f('ck_statement_received_has_content')),
    sa.ForeignKeyConstraint(['file_id'], ['stored_file.id'], name=op.f('fk_statement_file_id_stored_file')),
    sa.ForeignKeyConstraint(['in_favour_of_proposal_id'], ['proposal.id'], name=op.f('fk_statement_in_favour_of_proposal_id_proposal')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_statement_paragraph_id_paragraph')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_statement_paragraph_id_position'))
    )
    op.create_index('ix_statement_state_deadline', 'statement', ['state', 'deadline'], unique=False)
    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('yes_meaning', sa.String(length=500), nullable=False),
    sa.Column('no_meaning', sa.String(length=500), nullable=False),
    sa.Column('yes_proposal_id', sa.Integer(), nullable=True),
    sa.Column('no_proposal_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('length(no_meaning) > 0', name=op.f('ck_vote_no_meaning_not_empty')),
    sa.CheckConstraint('length(yes_meaning) > 0', name=op.f('ck_vote_yes_meaning_not_empty')),
    sa.ForeignKeyConstraint(['no_proposal_id'], ['proposal.id'], name=op.f('fk_vote_no_proposal_id_proposal')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_vote_paragraph_id_paragraph')),
    sa.ForeignKeyConstraint(['yes_proposal_id'], ['proposal.id'], name=op.f('fk_vote_yes_proposal_id_proposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote')),
    sa.UniqueConstraint('paragraph_id', 'position', name=op.f('uq_vote_paragraph_id_position'))
    )
    op.create_table('appendix',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('statement', 'voting_list', 'document', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=True),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('file_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("(kind = 'statement') = (statement_id IS NOT NULL)", name=op.f('ck_appendix_statement_kind')),
    sa.CheckConstraint('number IS NULL OR number > 0', name=op.f('ck_appendix_number_positive')),
    sa.ForeignKeyConstraint(['file_id'], ['stored_file.id'], name=op.f('fk_appendix_file_id_stored_file')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_appendix_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_appendix_paragraph_id_paragraph')),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_appendix_statement_id_statement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appendix')),
    sa.UniqueConstraint('meeting_id', 'number', name=op.f('uq_appendix_meeting_id_number')),
    sa.UniqueConstraint('statement_id', name=op.f('uq_appendix_statement_id'))
    )
    op.create_table('ballot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('choice', sa.Enum('yes', 'no', 'abstain', name='choice', native_enum=False, create_constraint=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_ballot_person_id_person')),
    sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], name=op.f('fk_ballot_vote_id_vote')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot')),
    sa.UniqueConstraint('vote_id', 'person_id', name=op.f('uq_ballot_vote_id_person_id'))
    )
    op.create_table('statement_author',
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_statement_author_person_id_person')),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_statement_author_statement_id_statement')),
    sa.PrimaryKeyConstraint('statement_id', 'person_id', name=op.f('pk_statement_author')),
    sa.UniqueConstraint('statement_id', 'position', name=op.f('uq_statement_author_statement_id_position'))
    )
    op.create_table('statement_concurrence',
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_statement_concurrence_person_id_person')),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_statement_concurrence_statement_id_statement')),
    sa.PrimaryKeyConstraint('statement_id', 'person_id', name=op.f('pk_statement_concurrence')),
    sa.UniqueConstraint('statement_id', 'position', name=op.f('uq_statement_concurrence_statement_id_position'))
    )


def downgrade() -> None:
    op.drop_table('statement_concurrence')
    op.drop_table('statement_author')
    op.drop_table('ballot')
    op.drop_table('appendix')
    op.drop_table('vote')
    op.drop_index('ix_statement_state_deadline', table_name='statement')
    op.drop_table('statement')
    op.drop_table('proposal_author')
    op.drop_table('proposal')
    op.drop_table('paragraph_section')
    op.drop_table('paragraph_attendance')
    op.drop_table('distribution')
    op.drop_table('decision_point')
    op.drop_table('basis_document')
    op.drop_table('paragraph')
    op.drop_table('minutes_seal')
    op.drop_table('meeting_approver')
    op.drop_table('attendance')
    op.drop_table('membership')
    op.drop_table('meeting')
    op.drop_table('person')
    op.drop_table('party')
    op.drop_table('case')
    op.drop_table('body')
    op.drop_table('stored_file')
    op.drop_table('organisation')
    op.drop_table('audit_entry')
