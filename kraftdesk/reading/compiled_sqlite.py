# SPDX-License-Identifier: EUPL-1.2
"""The read side's statements compiled for SQLite. GENERATED: do not edit.

Written by `uv run python -m kraftdesk.reading.compile_queries` from kraftdesk.reading.queries;
read by kraftdesk.reading.rows.SqliteRows. Per statement: the SQL, the column names, how each
column is read back (None: as SQLite gives it), the parameters that are lists (IN), and the
statement's own constant parameters (a LIMIT).
"""

STATEMENTS = {'appendices_of_meeting': ('SELECT appendix.id, appendix.meeting_id, appendix.number, '
                           'appendix.kind, appendix.paragraph_id, appendix.statement_id, '
                           'appendix.title, appendix.text, appendix.file_id \n'
                           'FROM appendix \n'
                           'WHERE appendix.meeting_id = :meeting_id',
                           ('id',
                            'meeting_id',
                            'number',
                            'kind',
                            'paragraph_id',
                            'statement_id',
                            'title',
                            'text',
                            'file_id'),
                           (None,
                            None,
                            None,
                            'enum:kraftdesk.domain.enums:AppendixKind',
                            None,
                            None,
                            None,
                            None,
                            None),
                           (),
                           {}),
 'appendices_of_statements': ('SELECT appendix.statement_id, appendix.id, '
                              'appendix.meeting_id \n'
                              'FROM appendix \n'
                              'WHERE appendix.statement_id IN (__[POSTCOMPILE_ids])',
                              ('statement_id', 'id', 'meeting_id'),
                              (None, None, None),
                              ('ids',),
                              {}),
 'appendix_lines': ('SELECT appendix.id, appendix.paragraph_id, appendix.kind, '
                    'appendix.title \n'
                    'FROM appendix \n'
                    'WHERE appendix.paragraph_id IN (__[POSTCOMPILE_ids]) AND appendix.kind != '
                    ':kind',
                    ('id', 'paragraph_id', 'kind', 'title'),
                    (None, None, 'enum:kraftdesk.domain.enums:AppendixKind', None),
                    ('ids',),
                    {}),
 'appendix_order': ('SELECT appendix.id, appendix.number, appendix.kind, '
                    'coalesce(paragraph.position, -1) AS paragraph_position, '
                    'coalesce(statement.position, 0) AS statement_position \n'
                    'FROM appendix LEFT OUTER JOIN paragraph ON paragraph.id = '
                    'appendix.paragraph_id LEFT OUTER JOIN statement ON statement.id = '
                    'appendix.statement_id \n'
                    'WHERE appendix.meeting_id = :meeting_id',
                    ('id', 'number', 'kind', 'paragraph_position', 'statement_position'),
                    (None, None, 'enum:kraftdesk.domain.enums:AppendixKind', None, None),
                    (),
                    {}),
 'attendance_of_meetings': ('SELECT attendance.id, attendance.meeting_id, '
                            'attendance.person_id, attendance.kind, '
                            'attendance.replaces_person_id, attendance.note, '
                            'attendance.position, attendance.from_number, '
                            'attendance.to_number, attendance.arrived_at, attendance.left_at \n'
                            'FROM attendance \n'
                            'WHERE attendance.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                            'attendance.position, attendance.id',
                            ('id',
                             'meeting_id',
                             'person_id',
                             'kind',
                             'replaces_person_id',
                             'note',
                             'position',
                             'from_number',
                             'to_number',
                             'arrived_at',
                             'left_at'),
                            (None,
                             None,
                             None,
                             'enum:kraftdesk.domain.enums:AttendanceKind',
                             None,
                             None,
                             None,
                             None,
                             None,
                             'datetime',
                             'datetime'),
                            ('ids',),
                            {}),
 'ballots_of_votes': ('SELECT ballot.id, ballot.vote_id, ballot.person_id, ballot.choice \n'
                      'FROM ballot \n'
                      'WHERE ballot.vote_id IN (__[POSTCOMPILE_ids])',
                      ('id', 'vote_id', 'person_id', 'choice'),
                      (None, None, None, 'enum:kraftdesk.domain.enums:BallotChoice'),
                      ('ids',),
                      {}),
 'basis_documents': ('SELECT basis_document.id, basis_document.paragraph_id, '
                     'basis_document.position, basis_document.ref_paragraph_id, '
                     'basis_document.ref_kind, basis_document.text \n'
                     'FROM basis_document \n'
                     'WHERE basis_document.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                     'basis_document.paragraph_id, basis_document.position',
                     ('id', 'paragraph_id', 'position', 'ref_paragraph_id', 'ref_kind', 'text'),
                     (None, None, None, None, 'enum:kraftdesk.domain.enums:BasisRefKind', None),
                     ('ids',),
                     {}),
 'basis_references': ('SELECT paragraph.id, paragraph.number, meeting.starts_at, '
                      'body.short_name \n'
                      'FROM paragraph JOIN meeting ON meeting.id = paragraph.meeting_id JOIN '
                      'body ON body.id = paragraph.body_id \n'
                      'WHERE paragraph.id IN (__[POSTCOMPILE_ids])',
                      ('id', 'number', 'starts_at', 'short_name'),
                      (None, None, 'datetime', None),
                      ('ids',),
                      {}),
 'bodies': ('SELECT body.id, body.organisation_id, body.name, body.short_name, body.kind, '
            'body.parent_id, body.approver_count, body.running_name, body.genitive_name, '
            'body.proposes_to_id, body.numbering_scheme, body.default_place, '
            'body.default_start_time, body.justering_days, body.justering_time, '
            'body.default_secretary_id, body.retired_on, body.notice_days, body.version \n'
            'FROM body \n'
            'WHERE body.id IN (__[POSTCOMPILE_ids])',
            ('id',
             'organisation_id',
             'name',
             'short_name',
             'kind',
             'parent_id',
             'approver_count',
             'running_name',
             'genitive_name',
             'proposes_to_id',
             'numbering_scheme',
             'default_place',
             'default_start_time',
             'justering_days',
             'justering_time',
             'default_secretary_id',
             'retired_on',
             'notice_days',
             'version'),
            (None,
             None,
             None,
             None,
             'enum:kraftdesk.domain.enums:BodyKind',
             None,
             None,
             None,
             None,
             None,
             'enum:kraftdesk.domain.enums:NumberingScheme',
             None,
             None,
             None,
             None,
             None,
             'date',
             None,
             None),
            ('ids',),
            {}),
 'body': ('SELECT body.id, body.organisation_id, body.name, body.short_name, body.kind, '
          'body.parent_id, body.approver_count, body.running_name, body.genitive_name, '
          'body.proposes_to_id, body.numbering_scheme, body.default_place, '
          'body.default_start_time, body.justering_days, body.justering_time, '
          'body.default_secretary_id, body.retired_on, body.notice_days, body.version \n'
          'FROM body \n'
          'WHERE body.id = :id',
          ('id',
           'organisation_id',
           'name',
           'short_name',
           'kind',
           'parent_id',
           'approver_count',
           'running_name',
           'genitive_name',
           'proposes_to_id',
           'numbering_scheme',
           'default_place',
           'default_start_time',
           'justering_days',
           'justering_time',
           'default_secretary_id',
           'retired_on',
           'notice_days',
           'version'),
          (None,
           None,
           None,
           None,
           'enum:kraftdesk.domain.enums:BodyKind',
           None,
           None,
           None,
           None,
           None,
           'enum:kraftdesk.domain.enums:NumberingScheme',
           None,
           None,
           None,
           None,
           None,
           'date',
           None,
           None),
          (),
          {}),
 'body_by_short_name': ('SELECT body.id, body.organisation_id, body.name, body.short_name, '
                        'body.kind, body.parent_id, body.approver_count, body.running_name, '
                        'body.genitive_name, body.proposes_to_id, body.numbering_scheme, '
                        'body.default_place, body.default_start_time, body.justering_days, '
                        'body.justering_time, body.default_secretary_id, body.retired_on, '
                        'body.notice_days, body.version \n'
                        'FROM body \n'
                        'WHERE body.short_name = :short_name\n'
                        ' LIMIT :param_1 OFFSET :param_2',
                        ('id',
                         'organisation_id',
                         'name',
                         'short_name',
                         'kind',
                         'parent_id',
                         'approver_count',
                         'running_name',
                         'genitive_name',
                         'proposes_to_id',
                         'numbering_scheme',
                         'default_place',
                         'default_start_time',
                         'justering_days',
                         'justering_time',
                         'default_secretary_id',
                         'retired_on',
                         'notice_days',
                         'version'),
                        (None,
                         None,
                         None,
                         None,
                         'enum:kraftdesk.domain.enums:BodyKind',
                         None,
                         None,
                         None,
                         None,
                         None,
                         'enum:kraftdesk.domain.enums:NumberingScheme',
                         None,
                         None,
                         None,
                         None,
                         None,
                         'date',
                         None,
                         None),
                        (),
                        {'param_1': 1, 'param_2': 0}),
 'body_short_names': ('SELECT body.short_name \nFROM body ORDER BY body.short_name',
                      ('short_name',),
                      (None,),
                      (),
                      {}),
 'cases': ('SELECT "case".id, "case".number \n'
           'FROM "case" \n'
           'WHERE "case".id IN (__[POSTCOMPILE_ids])',
           ('id', 'number'),
           (None, None),
           ('ids',),
           {}),
 'decision_points': ('SELECT decision_point.paragraph_id, decision_point.text \n'
                     'FROM decision_point \n'
                     'WHERE decision_point.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                     'decision_point.paragraph_id, decision_point.position',
                     ('paragraph_id', 'text'),
                     (None, None),
                     ('ids',),
                     {}),
 'distributions': ('SELECT distribution.paragraph_id, distribution.recipient \n'
                   'FROM distribution \n'
                   'WHERE distribution.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                   'distribution.paragraph_id, distribution.position',
                   ('paragraph_id', 'recipient'),
                   (None, None),
                   ('ids',),
                   {}),
 'meeting': ('SELECT meeting.id, meeting.body_id, meeting.starts_at, meeting.ends_at, '
             'meeting.place, meeting.minutes_state, meeting.is_example, '
             'meeting.approval_due_at, meeting.approval_place, meeting.chair_id, '
             'meeting.secretary_id, meeting.sent_for_approval_on, meeting.approved_on, '
             'meeting.posted_on, meeting.version \n'
             'FROM meeting \n'
             'WHERE meeting.id = :id',
             ('id',
              'body_id',
              'starts_at',
              'ends_at',
              'place',
              'minutes_state',
              'is_example',
              'approval_due_at',
              'approval_place',
              'chair_id',
              'secretary_id',
              'sent_for_approval_on',
              'approved_on',
              'posted_on',
              'version'),
             (None,
              None,
              'datetime',
              'datetime',
              None,
              'enum:kraftdesk.domain.enums:MinutesState',
              'bool',
              'datetime',
              None,
              None,
              None,
              'date',
              'date',
              'date',
              None),
             (),
             {}),
 'meeting_approvals': ('SELECT approval.id, approval.meeting_id, approval.paragraph_id, '
                       'approval.person_id, approval.role, approval.replaces_person_id, '
                       'approval.from_number, approval.to_number, approval.position, '
                       'paragraph.number AS paragraph_number \n'
                       'FROM approval LEFT OUTER JOIN paragraph ON paragraph.id = '
                       'approval.paragraph_id \n'
                       'WHERE approval.meeting_id = :meeting_id ORDER BY approval.position',
                       ('id',
                        'meeting_id',
                        'paragraph_id',
                        'person_id',
                        'role',
                        'replaces_person_id',
                        'from_number',
                        'to_number',
                        'position',
                        'paragraph_number'),
                       (None,
                        None,
                        None,
                        None,
                        'enum:kraftdesk.domain.enums:ApprovalRole',
                        None,
                        None,
                        None,
                        None,
                        None),
                       (),
                       {}),
 'meeting_approvers': ('SELECT person.id, person.organisation_id, person.name, '
                       'person.party_id, person.pronoun, person.title, person.email, '
                       'person.phone, person.note, person.version, party.abbreviation AS '
                       'party_abbreviation \n'
                       'FROM person LEFT OUTER JOIN party ON party.id = person.party_id JOIN '
                       'meeting_approver ON meeting_approver.person_id = person.id \n'
                       'WHERE meeting_approver.meeting_id = :meeting_id ORDER BY '
                       'meeting_approver.position',
                       ('id',
                        'organisation_id',
                        'name',
                        'party_id',
                        'pronoun',
                        'title',
                        'email',
                        'phone',
                        'note',
                        'version',
                        'party_abbreviation'),
                       (None, None, None, None, None, None, None, None, None, None, None),
                       (),
                       {}),
 'meetings': ('SELECT meeting.id, meeting.body_id, meeting.starts_at, meeting.ends_at, '
              'meeting.place, meeting.minutes_state, meeting.is_example, '
              'meeting.approval_due_at, meeting.approval_place, meeting.chair_id, '
              'meeting.secretary_id, meeting.sent_for_approval_on, meeting.approved_on, '
              'meeting.posted_on, meeting.version \n'
              'FROM meeting \n'
              'WHERE meeting.id IN (__[POSTCOMPILE_ids])',
              ('id',
               'body_id',
               'starts_at',
               'ends_at',
               'place',
               'minutes_state',
               'is_example',
               'approval_due_at',
               'approval_place',
               'chair_id',
               'secretary_id',
               'sent_for_approval_on',
               'approved_on',
               'posted_on',
               'version'),
              (None,
               None,
               'datetime',
               'datetime',
               None,
               'enum:kraftdesk.domain.enums:MinutesState',
               'bool',
               'datetime',
               None,
               None,
               None,
               'date',
               'date',
               'date',
               None),
              ('ids',),
              {}),
 'meetings_of_body_between': ('SELECT meeting.id, meeting.body_id, meeting.starts_at, '
                              'meeting.ends_at, meeting.place, meeting.minutes_state, '
                              'meeting.is_example, meeting.approval_due_at, '
                              'meeting.approval_place, meeting.chair_id, meeting.secretary_id, '
                              'meeting.sent_for_approval_on, meeting.approved_on, '
                              'meeting.posted_on, meeting.version \n'
                              'FROM meeting \n'
                              'WHERE meeting.body_id = :body_id AND meeting.starts_at >= '
                              ':start AND meeting.starts_at <= :end ORDER BY '
                              'meeting.starts_at, meeting.id',
                              ('id',
                               'body_id',
                               'starts_at',
                               'ends_at',
                               'place',
                               'minutes_state',
                               'is_example',
                               'approval_due_at',
                               'approval_place',
                               'chair_id',
                               'secretary_id',
                               'sent_for_approval_on',
                               'approved_on',
                               'posted_on',
                               'version'),
                              (None,
                               None,
                               'datetime',
                               'datetime',
                               None,
                               'enum:kraftdesk.domain.enums:MinutesState',
                               'bool',
                               'datetime',
                               None,
                               None,
                               None,
                               'date',
                               'date',
                               'date',
                               None),
                              (),
                              {}),
 'memberships_on': ('SELECT membership.person_id, membership.body_id, membership.role, '
                    'membership.starts_on, membership.ends_on \n'
                    'FROM membership \n'
                    'WHERE membership.body_id = :body_id AND membership.starts_on <= :on AND '
                    '(membership.ends_on IS NULL OR membership.ends_on >= :on)',
                    ('person_id', 'body_id', 'role', 'starts_on', 'ends_on'),
                    (None, None, 'enum:kraftdesk.domain.enums:Role', 'date', 'date'),
                    (),
                    {}),
 'memberships_on_of': ('SELECT membership.person_id, membership.body_id, membership.role, '
                       'membership.starts_on, membership.ends_on \n'
                       'FROM membership \n'
                       'WHERE membership.body_id = :body_id AND membership.starts_on <= :on '
                       'AND (membership.ends_on IS NULL OR membership.ends_on >= :on) AND '
                       'membership.person_id IN (__[POSTCOMPILE_person_ids])',
                       ('person_id', 'body_id', 'role', 'starts_on', 'ends_on'),
                       (None, None, 'enum:kraftdesk.domain.enums:Role', 'date', 'date'),
                       ('person_ids',),
                       {}),
 'organisation': ('SELECT organisation.id, organisation.name, '
                  'organisation.case_number_pattern, organisation.case_number_example, '
                  'organisation.address, organisation.logo, organisation.logo_media_type, '
                  'organisation.numbering_scheme, organisation.take_down_rule, '
                  'organisation.special_statement_not_received_text, '
                  'organisation.reservation_not_received_text, '
                  'organisation.distribution_heading, organisation.reservation_received_text, '
                  'organisation.minutes_kept_at, organisation.notice_absence_text, '
                  'organisation.reported_items_decision_text, '
                  'organisation.delegated_decisions_decision_text, '
                  'organisation.received_pdf_max_mb, organisation.justering_method, '
                  'organisation.required_signers, organisation.timestamp_url, '
                  'organisation.fetch_revocation, organisation.pdfa_part, '
                  'organisation.version \n'
                  'FROM organisation ORDER BY organisation.id\n'
                  ' LIMIT :param_1 OFFSET :param_2',
                  ('id',
                   'name',
                   'case_number_pattern',
                   'case_number_example',
                   'address',
                   'logo',
                   'logo_media_type',
                   'numbering_scheme',
                   'take_down_rule',
                   'special_statement_not_received_text',
                   'reservation_not_received_text',
                   'distribution_heading',
                   'reservation_received_text',
                   'minutes_kept_at',
                   'notice_absence_text',
                   'reported_items_decision_text',
                   'delegated_decisions_decision_text',
                   'received_pdf_max_mb',
                   'justering_method',
                   'required_signers',
                   'timestamp_url',
                   'fetch_revocation',
                   'pdfa_part',
                   'version'),
                  (None,
                   None,
                   None,
                   None,
                   None,
                   None,
                   None,
                   'enum:kraftdesk.domain.enums:NumberingScheme',
                   'enum:kraftdesk.domain.enums:TakeDownRule',
                   None,
                   None,
                   None,
                   None,
                   None,
                   None,
                   None,
                   None,
                   None,
                   'enum:kraftdesk.domain.enums:JusteringMethod',
                   None,
                   None,
                   'bool',
                   None,
                   None),
                  (),
                  {'param_1': 1, 'param_2': 0}),
 'other_case_numbers': ('SELECT paragraph_case.paragraph_id, "case".number \n'
                        'FROM paragraph_case JOIN "case" ON "case".id = '
                        'paragraph_case.case_id \n'
                        'WHERE paragraph_case.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                        'paragraph_case.paragraph_id, paragraph_case.position',
                        ('paragraph_id', 'number'),
                        (None, None),
                        ('ids',),
                        {}),
 'paragraph': ('SELECT paragraph.id, paragraph.meeting_id, paragraph.body_id, '
               'paragraph.series, paragraph.number, paragraph.position, paragraph.case_id, '
               'paragraph.title, paragraph.summary, paragraph.proposes_to_body_id, '
               'paragraph.formula_override, paragraph.procedure_text, '
               'paragraph.immediately_approved_on, paragraph.presenter, paragraph.deferral, '
               'paragraph.outcome, paragraph.acting_chair_id, '
               'paragraph.immediately_approved_at, paragraph.immediately_posted_on, '
               'paragraph.version \n'
               'FROM paragraph \n'
               'WHERE paragraph.id = :id',
               ('id',
                'meeting_id',
                'body_id',
                'series',
                'number',
                'position',
                'case_id',
                'title',
                'summary',
                'proposes_to_body_id',
                'formula_override',
                'procedure_text',
                'immediately_approved_on',
                'presenter',
                'deferral',
                'outcome',
                'acting_chair_id',
                'immediately_approved_at',
                'immediately_posted_on',
                'version'),
               (None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                'date',
                None,
                'enum:kraftdesk.domain.enums:ParagraphDeferral',
                'enum:kraftdesk.domain.enums:ParagraphOutcome',
                None,
                'datetime',
                'date',
                None),
               (),
               {}),
 'paragraph_attendance': ('SELECT paragraph_attendance.id, paragraph_attendance.paragraph_id, '
                          'paragraph_attendance.person_id, paragraph_attendance.kind, '
                          'paragraph_attendance.replaces_person_id \n'
                          'FROM paragraph_attendance \n'
                          'WHERE paragraph_attendance.paragraph_id IN (__[POSTCOMPILE_ids]) '
                          'ORDER BY paragraph_attendance.id',
                          ('id', 'paragraph_id', 'person_id', 'kind', 'replaces_person_id'),
                          (None,
                           None,
                           None,
                           'enum:kraftdesk.domain.enums:ParagraphAttendanceKind',
                           None),
                          ('ids',),
                          {}),
 'paragraph_by_number': ('SELECT paragraph.id, paragraph.meeting_id, paragraph.body_id, '
                         'paragraph.series, paragraph.number, paragraph.position, '
                         'paragraph.case_id, paragraph.title, paragraph.summary, '
                         'paragraph.proposes_to_body_id, paragraph.formula_override, '
                         'paragraph.procedure_text, paragraph.immediately_approved_on, '
                         'paragraph.presenter, paragraph.deferral, paragraph.outcome, '
                         'paragraph.acting_chair_id, paragraph.immediately_approved_at, '
                         'paragraph.immediately_posted_on, paragraph.version \n'
                         'FROM paragraph \n'
                         'WHERE paragraph.body_id = :body_id AND paragraph.series = :series '
                         'AND paragraph.number = :number\n'
                         ' LIMIT :param_1 OFFSET :param_2',
                         ('id',
                          'meeting_id',
                          'body_id',
                          'series',
                          'number',
                          'position',
                          'case_id',
                          'title',
                          'summary',
                          'proposes_to_body_id',
                          'formula_override',
                          'procedure_text',
                          'immediately_approved_on',
                          'presenter',
                          'deferral',
                          'outcome',
                          'acting_chair_id',
                          'immediately_approved_at',
                          'immediately_posted_on',
                          'version'),
                         (None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          'date',
                          None,
                          'enum:kraftdesk.domain.enums:ParagraphDeferral',
                          'enum:kraftdesk.domain.enums:ParagraphOutcome',
                          None,
                          'datetime',
                          'date',
                          None),
                         (),
                         {'param_1': 1, 'param_2': 0}),
 'paragraph_sections': ('SELECT paragraph_section.paragraph_id, paragraph_section.heading, '
                        'paragraph_section.body, paragraph_section.id \n'
                        'FROM paragraph_section \n'
                        'WHERE paragraph_section.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER '
                        'BY paragraph_section.paragraph_id, paragraph_section.position',
                        ('paragraph_id', 'heading', 'body', 'id'),
                        (None, None, None, None),
                        ('ids',),
                        {}),
 'paragraphs': ('SELECT paragraph.id, paragraph.meeting_id, paragraph.body_id, '
                'paragraph.series, paragraph.number, paragraph.position, paragraph.case_id, '
                'paragraph.title, paragraph.summary, paragraph.proposes_to_body_id, '
                'paragraph.formula_override, paragraph.procedure_text, '
                'paragraph.immediately_approved_on, paragraph.presenter, paragraph.deferral, '
                'paragraph.outcome, paragraph.acting_chair_id, '
                'paragraph.immediately_approved_at, paragraph.immediately_posted_on, '
                'paragraph.version \n'
                'FROM paragraph \n'
                'WHERE paragraph.id IN (__[POSTCOMPILE_ids])',
                ('id',
                 'meeting_id',
                 'body_id',
                 'series',
                 'number',
                 'position',
                 'case_id',
                 'title',
                 'summary',
                 'proposes_to_body_id',
                 'formula_override',
                 'procedure_text',
                 'immediately_approved_on',
                 'presenter',
                 'deferral',
                 'outcome',
                 'acting_chair_id',
                 'immediately_approved_at',
                 'immediately_posted_on',
                 'version'),
                (None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 None,
                 'date',
                 None,
                 'enum:kraftdesk.domain.enums:ParagraphDeferral',
                 'enum:kraftdesk.domain.enums:ParagraphOutcome',
                 None,
                 'datetime',
                 'date',
                 None),
                ('ids',),
                {}),
 'paragraphs_of_meeting': ('SELECT paragraph.id, paragraph.meeting_id, paragraph.body_id, '
                           'paragraph.series, paragraph.number, paragraph.position, '
                           'paragraph.case_id, paragraph.title, paragraph.summary, '
                           'paragraph.proposes_to_body_id, paragraph.formula_override, '
                           'paragraph.procedure_text, paragraph.immediately_approved_on, '
                           'paragraph.presenter, paragraph.deferral, paragraph.outcome, '
                           'paragraph.acting_chair_id, paragraph.immediately_approved_at, '
                           'paragraph.immediately_posted_on, paragraph.version \n'
                           'FROM paragraph \n'
                           'WHERE paragraph.meeting_id = :meeting_id ORDER BY '
                           'paragraph.position',
                           ('id',
                            'meeting_id',
                            'body_id',
                            'series',
                            'number',
                            'position',
                            'case_id',
                            'title',
                            'summary',
                            'proposes_to_body_id',
                            'formula_override',
                            'procedure_text',
                            'immediately_approved_on',
                            'presenter',
                            'deferral',
                            'outcome',
                            'acting_chair_id',
                            'immediately_approved_at',
                            'immediately_posted_on',
                            'version'),
                           (None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            'date',
                            None,
                            'enum:kraftdesk.domain.enums:ParagraphDeferral',
                            'enum:kraftdesk.domain.enums:ParagraphOutcome',
                            None,
                            'datetime',
                            'date',
                            None),
                           (),
                           {}),
 'people': ('SELECT person.id, person.organisation_id, person.name, person.party_id, '
            'person.pronoun, person.title, person.email, person.phone, person.note, '
            'person.version, party.abbreviation AS party_abbreviation \n'
            'FROM person LEFT OUTER JOIN party ON party.id = person.party_id \n'
            'WHERE person.id IN (__[POSTCOMPILE_ids])',
            ('id',
             'organisation_id',
             'name',
             'party_id',
             'pronoun',
             'title',
             'email',
             'phone',
             'note',
             'version',
             'party_abbreviation'),
            (None, None, None, None, None, None, None, None, None, None, None),
            ('ids',),
            {}),
 'proposal_authors': ('SELECT proposal_author.proposal_id, proposal_author.person_id \n'
                      'FROM proposal_author \n'
                      'WHERE proposal_author.proposal_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                      'proposal_author.proposal_id, proposal_author.position',
                      ('proposal_id', 'person_id'),
                      (None, None),
                      ('ids',),
                      {}),
 'proposals': ('SELECT proposal.id, proposal.paragraph_id, proposal.position, proposal.kind, '
               'proposal.subject, proposal.text, proposal.withdrawn, proposal.adopted, '
               'proposal.version \n'
               'FROM proposal \n'
               'WHERE proposal.id IN (__[POSTCOMPILE_ids])',
               ('id',
                'paragraph_id',
                'position',
                'kind',
                'subject',
                'text',
                'withdrawn',
                'adopted',
                'version'),
               (None,
                None,
                None,
                'enum:kraftdesk.domain.enums:ProposalKind',
                None,
                None,
                'bool',
                'bool',
                None),
               ('ids',),
               {}),
 'proposals_of_paragraphs': ('SELECT proposal.id, proposal.paragraph_id, proposal.position, '
                             'proposal.kind, proposal.subject, proposal.text, '
                             'proposal.withdrawn, proposal.adopted, proposal.version \n'
                             'FROM proposal \n'
                             'WHERE proposal.paragraph_id IN (__[POSTCOMPILE_ids]) AND '
                             'proposal.withdrawn IS 0 ORDER BY proposal.paragraph_id, '
                             'proposal.position',
                             ('id',
                              'paragraph_id',
                              'position',
                              'kind',
                              'subject',
                              'text',
                              'withdrawn',
                              'adopted',
                              'version'),
                             (None,
                              None,
                              None,
                              'enum:kraftdesk.domain.enums:ProposalKind',
                              None,
                              None,
                              'bool',
                              'bool',
                              None),
                             ('ids',),
                             {}),
 'reported_items': ('SELECT reported_item.id, reported_item.paragraph_id, '
                    'reported_item.position, reported_item.kind, reported_item.decided_on, '
                    'reported_item.decided_by, reported_item.what, reported_item.case_number \n'
                    'FROM reported_item \n'
                    'WHERE reported_item.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                    'reported_item.paragraph_id, reported_item.position',
                    ('id',
                     'paragraph_id',
                     'position',
                     'kind',
                     'decided_on',
                     'decided_by',
                     'what',
                     'case_number'),
                    (None,
                     None,
                     None,
                     'enum:kraftdesk.domain.enums:ReportedItemKind',
                     'date',
                     None,
                     None,
                     None),
                    ('ids',),
                    {}),
 'sealed_pdf': ('SELECT stored_file.content, stored_file.sha256 \n'
                'FROM stored_file JOIN minutes_seal ON minutes_seal.pdf_file_id = '
                'stored_file.id \n'
                'WHERE minutes_seal.meeting_id = :meeting_id',
                ('content', 'sha256'),
                (None, None),
                (),
                {}),
 'servings_of_meeting': ('SELECT paragraph_attendance.person_id, paragraph.number, '
                         'paragraph_attendance.replaces_person_id \n'
                         'FROM paragraph_attendance JOIN paragraph ON paragraph.id = '
                         'paragraph_attendance.paragraph_id \n'
                         'WHERE paragraph.meeting_id = :meeting_id AND '
                         'paragraph_attendance.kind = :kind ORDER BY paragraph.position',
                         ('person_id', 'number', 'replaces_person_id'),
                         (None, None, None),
                         (),
                         {}),
 'signature_round': ('SELECT max(minutes_signature.round) AS round \n'
                     'FROM minutes_signature \n'
                     'WHERE minutes_signature.meeting_id = :meeting_id',
                     ('round',),
                     (None,),
                     (),
                     {}),
 'signatures_of_round': ('SELECT minutes_signature.id, minutes_signature.meeting_id, '
                         'minutes_signature.round, minutes_signature.person_id, '
                         'minutes_signature.role, minutes_signature.outcome, '
                         'minutes_signature.at, minutes_signature.comment, '
                         'minutes_signature.field_name, minutes_signature.certificate_subject, '
                         'minutes_signature.certificate_sha256, '
                         'minutes_signature.document_sha256, minutes_signature.level, '
                         'minutes_signature.file_id, person.name AS person_name \n'
                         'FROM minutes_signature JOIN person ON person.id = '
                         'minutes_signature.person_id \n'
                         'WHERE minutes_signature.meeting_id = :meeting_id AND '
                         'minutes_signature.round = :round ORDER BY minutes_signature.id',
                         ('id',
                          'meeting_id',
                          'round',
                          'person_id',
                          'role',
                          'outcome',
                          'at',
                          'comment',
                          'field_name',
                          'certificate_subject',
                          'certificate_sha256',
                          'document_sha256',
                          'level',
                          'file_id',
                          'person_name'),
                         (None,
                          None,
                          None,
                          None,
                          'enum:kraftdesk.domain.enums:SignerRole',
                          'enum:kraftdesk.domain.enums:SignatureOutcome',
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None),
                         (),
                         {}),
 'statement_authors': ('SELECT statement_author.statement_id, statement_author.person_id \n'
                       'FROM statement_author \n'
                       'WHERE statement_author.statement_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                       'statement_author.statement_id, statement_author.position',
                       ('statement_id', 'person_id'),
                       (None, None),
                       ('ids',),
                       {}),
 'statement_concurrences': ('SELECT statement_concurrence.statement_id, '
                            'statement_concurrence.person_id \n'
                            'FROM statement_concurrence \n'
                            'WHERE statement_concurrence.statement_id IN (__[POSTCOMPILE_ids]) '
                            'ORDER BY statement_concurrence.statement_id, '
                            'statement_concurrence.position',
                            ('statement_id', 'person_id'),
                            (None, None),
                            ('ids',),
                            {}),
 'statements': ('SELECT statement.id, statement.paragraph_id, statement.position, '
                'statement.kind, statement.state, statement.in_favour_of_proposal_id, '
                'statement.with_reservation, statement.deadline, statement.received_at, '
                'statement.text, statement.file_id, statement.version \n'
                'FROM statement \n'
                'WHERE statement.id IN (__[POSTCOMPILE_ids]) ORDER BY statement.paragraph_id, '
                'statement.position',
                ('id',
                 'paragraph_id',
                 'position',
                 'kind',
                 'state',
                 'in_favour_of_proposal_id',
                 'with_reservation',
                 'deadline',
                 'received_at',
                 'text',
                 'file_id',
                 'version'),
                (None,
                 None,
                 None,
                 'enum:kraftdesk.domain.enums:StatementKind',
                 'enum:kraftdesk.domain.enums:StatementState',
                 None,
                 'bool',
                 'datetime',
                 'datetime',
                 None,
                 None,
                 None),
                ('ids',),
                {}),
 'statements_of_paragraphs': ('SELECT statement.id, statement.paragraph_id, '
                              'statement.position, statement.kind, statement.state, '
                              'statement.in_favour_of_proposal_id, statement.with_reservation, '
                              'statement.deadline, statement.received_at, statement.text, '
                              'statement.file_id, statement.version \n'
                              'FROM statement \n'
                              'WHERE statement.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                              'statement.paragraph_id, statement.position',
                              ('id',
                               'paragraph_id',
                               'position',
                               'kind',
                               'state',
                               'in_favour_of_proposal_id',
                               'with_reservation',
                               'deadline',
                               'received_at',
                               'text',
                               'file_id',
                               'version'),
                              (None,
                               None,
                               None,
                               'enum:kraftdesk.domain.enums:StatementKind',
                               'enum:kraftdesk.domain.enums:StatementState',
                               None,
                               'bool',
                               'datetime',
                               'datetime',
                               None,
                               None,
                               None),
                              ('ids',),
                              {}),
 'stored_file_content': ('SELECT stored_file.content \n'
                         'FROM stored_file \n'
                         'WHERE stored_file.id = :id',
                         ('content',),
                         (None,),
                         (),
                         {}),
 'votes_of_paragraphs': ('SELECT vote.id, vote.paragraph_id, vote.position, vote.yes_meaning, '
                         'vote.no_meaning, vote.yes_proposal_id, vote.no_proposal_id, '
                         'vote.election, vote.secret, vote.yes_count, vote.no_count, '
                         'vote.abstain_count, vote.lot_winner, vote.version \n'
                         'FROM vote \n'
                         'WHERE vote.paragraph_id IN (__[POSTCOMPILE_ids]) ORDER BY '
                         'vote.paragraph_id, vote.position',
                         ('id',
                          'paragraph_id',
                          'position',
                          'yes_meaning',
                          'no_meaning',
                          'yes_proposal_id',
                          'no_proposal_id',
                          'election',
                          'secret',
                          'yes_count',
                          'no_count',
                          'abstain_count',
                          'lot_winner',
                          'version'),
                         (None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          None,
                          'bool',
                          'bool',
                          None,
                          None,
                          None,
                          'enum:kraftdesk.domain.enums:BallotChoice',
                          None),
                         ('ids',),
                         {})}
