# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/paragraph_editor.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QTextBrowser,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ParagraphEditor(object):
    def setupUi(self, paragraph_editor):
        if not paragraph_editor.objectName():
            paragraph_editor.setObjectName(u"paragraph_editor")
        paragraph_editor.resize(1100, 700)
        self.page_layout = QVBoxLayout(paragraph_editor)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.back_button = QToolButton(paragraph_editor)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)

        self.heading_layout.addWidget(self.back_button)

        self.heading_label = QLabel(paragraph_editor)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.heading_layout.addWidget(self.heading_label)

        self.heading_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)

        self.saved_label = QLabel(paragraph_editor)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setStyleSheet(u"color: #2e7d32;")

        self.heading_layout.addWidget(self.saved_label)

        self.approve_now_button = QPushButton(paragraph_editor)
        self.approve_now_button.setObjectName(u"approve_now_button")

        self.heading_layout.addWidget(self.approve_now_button)


        self.page_layout.addLayout(self.heading_layout)

        self.locked_label = QLabel(paragraph_editor)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0c26a; padding: 6px; color: #5a4300;")
        self.locked_label.setWordWrap(True)

        self.page_layout.addWidget(self.locked_label)

        self.splitter = QSplitter(paragraph_editor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.section_tabs = QTabWidget(self.splitter)
        self.section_tabs.setObjectName(u"section_tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_tab_layout = QVBoxLayout(self.general_tab)
        self.general_tab_layout.setObjectName(u"general_tab_layout")
        self.general_form = QFormLayout()
        self.general_form.setObjectName(u"general_form")
        self.title_label = QLabel(self.general_tab)
        self.title_label.setObjectName(u"title_label")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.general_tab)
        self.title_edit.setObjectName(u"title_edit")

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.case_caption = QLabel(self.general_tab)
        self.case_caption.setObjectName(u"case_caption")

        self.general_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.case_caption)

        self.case_value = QLabel(self.general_tab)
        self.case_value.setObjectName(u"case_value")
        self.case_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.case_value)

        self.decides_label = QLabel(self.general_tab)
        self.decides_label.setObjectName(u"decides_label")

        self.general_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decides_label)

        self.decides_combo = QComboBox(self.general_tab)
        self.decides_combo.setObjectName(u"decides_combo")

        self.general_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decides_combo)

        self.formula_label = QLabel(self.general_tab)
        self.formula_label.setObjectName(u"formula_label")

        self.general_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formula_label)

        self.formula_edit = QLineEdit(self.general_tab)
        self.formula_edit.setObjectName(u"formula_edit")

        self.general_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formula_edit)

        self.other_cases_label = QLabel(self.general_tab)
        self.other_cases_label.setObjectName(u"other_cases_label")

        self.general_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.other_cases_label)

        self.other_cases_edit = QLineEdit(self.general_tab)
        self.other_cases_edit.setObjectName(u"other_cases_edit")

        self.general_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.other_cases_edit)


        self.general_tab_layout.addLayout(self.general_form)

        self.summary_label = QLabel(self.general_tab)
        self.summary_label.setObjectName(u"summary_label")

        self.general_tab_layout.addWidget(self.summary_label)

        self.summary_edit = QPlainTextEdit(self.general_tab)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)

        self.general_tab_layout.addWidget(self.summary_edit)

        self.section_tabs.addTab(self.general_tab, "")
        self.proceedings_tab = QWidget()
        self.proceedings_tab.setObjectName(u"proceedings_tab")
        self.proceedings_tab_layout = QVBoxLayout(self.proceedings_tab)
        self.proceedings_tab_layout.setObjectName(u"proceedings_tab_layout")
        self.proposals_label = QLabel(self.proceedings_tab)
        self.proposals_label.setObjectName(u"proposals_label")

        self.proceedings_tab_layout.addWidget(self.proposals_label)

        self.proposals_view = QTableView(self.proceedings_tab)
        self.proposals_view.setObjectName(u"proposals_view")
        self.proposals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals_view.setAlternatingRowColors(True)
        self.proposals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals_view.horizontalHeader().setStretchLastSection(True)
        self.proposals_view.verticalHeader().setVisible(False)

        self.proceedings_tab_layout.addWidget(self.proposals_view)

        self.proposal_buttons = QHBoxLayout()
        self.proposal_buttons.setObjectName(u"proposal_buttons")
        self.add_proposal_button = QPushButton(self.proceedings_tab)
        self.add_proposal_button.setObjectName(u"add_proposal_button")

        self.proposal_buttons.addWidget(self.add_proposal_button)

        self.adopt_proposal_button = QPushButton(self.proceedings_tab)
        self.adopt_proposal_button.setObjectName(u"adopt_proposal_button")

        self.proposal_buttons.addWidget(self.adopt_proposal_button)

        self.withdraw_proposal_button = QPushButton(self.proceedings_tab)
        self.withdraw_proposal_button.setObjectName(u"withdraw_proposal_button")

        self.proposal_buttons.addWidget(self.withdraw_proposal_button)

        self.remove_proposal_button = QPushButton(self.proceedings_tab)
        self.remove_proposal_button.setObjectName(u"remove_proposal_button")

        self.proposal_buttons.addWidget(self.remove_proposal_button)

        self.proposal_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposal_buttons.addItem(self.proposal_spacer)


        self.proceedings_tab_layout.addLayout(self.proposal_buttons)

        self.vote_header = QHBoxLayout()
        self.vote_header.setObjectName(u"vote_header")
        self.votes_label = QLabel(self.proceedings_tab)
        self.votes_label.setObjectName(u"votes_label")

        self.vote_header.addWidget(self.votes_label)

        self.vote_combo = QComboBox(self.proceedings_tab)
        self.vote_combo.setObjectName(u"vote_combo")

        self.vote_header.addWidget(self.vote_combo)

        self.new_vote_button = QPushButton(self.proceedings_tab)
        self.new_vote_button.setObjectName(u"new_vote_button")

        self.vote_header.addWidget(self.new_vote_button)

        self.remove_vote_button = QPushButton(self.proceedings_tab)
        self.remove_vote_button.setObjectName(u"remove_vote_button")

        self.vote_header.addWidget(self.remove_vote_button)

        self.vote_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vote_header.addItem(self.vote_spacer)


        self.proceedings_tab_layout.addLayout(self.vote_header)

        self.ballots_view = QTableView(self.proceedings_tab)
        self.ballots_view.setObjectName(u"ballots_view")
        self.ballots_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.ballots_view.setAlternatingRowColors(True)
        self.ballots_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballots_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.ballots_view.horizontalHeader().setStretchLastSection(True)
        self.ballots_view.verticalHeader().setVisible(False)

        self.proceedings_tab_layout.addWidget(self.ballots_view)

        self.result_box = QWidget(self.proceedings_tab)
        self.result_box.setObjectName(u"result_box")
        self.result_layout = QHBoxLayout(self.result_box)
        self.result_layout.setObjectName(u"result_layout")
        self.result_layout.setContentsMargins(0, 0, 0, 0)
        self.counts_label = QLabel(self.result_box)
        self.counts_label.setObjectName(u"counts_label")

        self.result_layout.addWidget(self.counts_label)

        self.yes_spin = QSpinBox(self.result_box)
        self.yes_spin.setObjectName(u"yes_spin")
        self.yes_spin.setMaximum(999)

        self.result_layout.addWidget(self.yes_spin)

        self.no_count_label = QLabel(self.result_box)
        self.no_count_label.setObjectName(u"no_count_label")

        self.result_layout.addWidget(self.no_count_label)

        self.no_spin = QSpinBox(self.result_box)
        self.no_spin.setObjectName(u"no_spin")
        self.no_spin.setMaximum(999)

        self.result_layout.addWidget(self.no_spin)

        self.abstain_count_label = QLabel(self.result_box)
        self.abstain_count_label.setObjectName(u"abstain_count_label")

        self.result_layout.addWidget(self.abstain_count_label)

        self.abstain_spin = QSpinBox(self.result_box)
        self.abstain_spin.setObjectName(u"abstain_spin")
        self.abstain_spin.setMaximum(999)

        self.result_layout.addWidget(self.abstain_spin)

        self.lot_label = QLabel(self.result_box)
        self.lot_label.setObjectName(u"lot_label")

        self.result_layout.addWidget(self.lot_label)

        self.lot_combo = QComboBox(self.result_box)
        self.lot_combo.setObjectName(u"lot_combo")

        self.result_layout.addWidget(self.lot_combo)

        self.save_result_button = QPushButton(self.result_box)
        self.save_result_button.setObjectName(u"save_result_button")

        self.result_layout.addWidget(self.save_result_button)

        self.result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.result_layout.addItem(self.result_spacer)


        self.proceedings_tab_layout.addWidget(self.result_box)

        self.vote_count_label = QLabel(self.proceedings_tab)
        self.vote_count_label.setObjectName(u"vote_count_label")
        self.vote_count_label.setWordWrap(True)

        self.proceedings_tab_layout.addWidget(self.vote_count_label)

        self.recusal_header = QHBoxLayout()
        self.recusal_header.setObjectName(u"recusal_header")
        self.recusal_label = QLabel(self.proceedings_tab)
        self.recusal_label.setObjectName(u"recusal_label")

        self.recusal_header.addWidget(self.recusal_label)

        self.recusal_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recusal_header.addItem(self.recusal_spacer)

        self.paragraph_attendance_button = QPushButton(self.proceedings_tab)
        self.paragraph_attendance_button.setObjectName(u"paragraph_attendance_button")

        self.recusal_header.addWidget(self.paragraph_attendance_button)


        self.proceedings_tab_layout.addLayout(self.recusal_header)

        self.recusal_list = QListWidget(self.proceedings_tab)
        self.recusal_list.setObjectName(u"recusal_list")
        self.recusal_list.setMaximumSize(QSize(16777215, 110))

        self.proceedings_tab_layout.addWidget(self.recusal_list)

        self.section_tabs.addTab(self.proceedings_tab, "")
        self.decision_tab = QWidget()
        self.decision_tab.setObjectName(u"decision_tab")
        self.decision_tab_layout = QVBoxLayout(self.decision_tab)
        self.decision_tab_layout.setObjectName(u"decision_tab_layout")
        self.outcome_form = QFormLayout()
        self.outcome_form.setObjectName(u"outcome_form")
        self.outcome_label = QLabel(self.decision_tab)
        self.outcome_label.setObjectName(u"outcome_label")

        self.outcome_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(self.decision_tab)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.outcome_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_combo)


        self.decision_tab_layout.addLayout(self.outcome_form)

        self.points_label = QLabel(self.decision_tab)
        self.points_label.setObjectName(u"points_label")

        self.decision_tab_layout.addWidget(self.points_label)

        self.points_list = QListWidget(self.decision_tab)
        self.points_list.setObjectName(u"points_list")
        self.points_list.setAlternatingRowColors(True)
        self.points_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.points_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.decision_tab_layout.addWidget(self.points_list)

        self.points_buttons = QHBoxLayout()
        self.points_buttons.setObjectName(u"points_buttons")
        self.add_point_button = QPushButton(self.decision_tab)
        self.add_point_button.setObjectName(u"add_point_button")

        self.points_buttons.addWidget(self.add_point_button)

        self.remove_point_button = QPushButton(self.decision_tab)
        self.remove_point_button.setObjectName(u"remove_point_button")

        self.points_buttons.addWidget(self.remove_point_button)

        self.point_up_button = QPushButton(self.decision_tab)
        self.point_up_button.setObjectName(u"point_up_button")

        self.points_buttons.addWidget(self.point_up_button)

        self.point_down_button = QPushButton(self.decision_tab)
        self.point_down_button.setObjectName(u"point_down_button")

        self.points_buttons.addWidget(self.point_down_button)

        self.points_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.points_buttons.addItem(self.points_spacer)


        self.decision_tab_layout.addLayout(self.points_buttons)

        self.procedure_label = QLabel(self.decision_tab)
        self.procedure_label.setObjectName(u"procedure_label")

        self.decision_tab_layout.addWidget(self.procedure_label)

        self.procedure_edit = QPlainTextEdit(self.decision_tab)
        self.procedure_edit.setObjectName(u"procedure_edit")
        self.procedure_edit.setTabChangesFocus(True)
        self.procedure_edit.setMaximumSize(QSize(16777215, 110))

        self.decision_tab_layout.addWidget(self.procedure_edit)

        self.section_tabs.addTab(self.decision_tab, "")
        self.statements_tab = QWidget()
        self.statements_tab.setObjectName(u"statements_tab")
        self.statements_tab_layout = QVBoxLayout(self.statements_tab)
        self.statements_tab_layout.setObjectName(u"statements_tab_layout")
        self.statements_view = QTableView(self.statements_tab)
        self.statements_view.setObjectName(u"statements_view")
        self.statements_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statements_view.setAlternatingRowColors(True)
        self.statements_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statements_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statements_view.horizontalHeader().setStretchLastSection(True)
        self.statements_view.verticalHeader().setVisible(False)

        self.statements_tab_layout.addWidget(self.statements_view)

        self.statement_buttons = QHBoxLayout()
        self.statement_buttons.setObjectName(u"statement_buttons")
        self.announce_button = QPushButton(self.statements_tab)
        self.announce_button.setObjectName(u"announce_button")

        self.statement_buttons.addWidget(self.announce_button)

        self.statement_receive_button = QPushButton(self.statements_tab)
        self.statement_receive_button.setObjectName(u"statement_receive_button")

        self.statement_buttons.addWidget(self.statement_receive_button)

        self.statement_pdf_button = QPushButton(self.statements_tab)
        self.statement_pdf_button.setObjectName(u"statement_pdf_button")

        self.statement_buttons.addWidget(self.statement_pdf_button)

        self.statement_withdraw_button = QPushButton(self.statements_tab)
        self.statement_withdraw_button.setObjectName(u"statement_withdraw_button")

        self.statement_buttons.addWidget(self.statement_withdraw_button)

        self.statement_remove_button = QPushButton(self.statements_tab)
        self.statement_remove_button.setObjectName(u"statement_remove_button")

        self.statement_buttons.addWidget(self.statement_remove_button)

        self.statement_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statement_buttons.addItem(self.statement_spacer)


        self.statements_tab_layout.addLayout(self.statement_buttons)

        self.statements_hint = QLabel(self.statements_tab)
        self.statements_hint.setObjectName(u"statements_hint")
        self.statements_hint.setWordWrap(True)
        self.statements_hint.setStyleSheet(u"color: #5f6b73;")

        self.statements_tab_layout.addWidget(self.statements_hint)

        self.section_tabs.addTab(self.statements_tab, "")
        self.basis_tab = QWidget()
        self.basis_tab.setObjectName(u"basis_tab")
        self.basis_tab_layout = QVBoxLayout(self.basis_tab)
        self.basis_tab_layout.setObjectName(u"basis_tab_layout")
        self.basis_label = QLabel(self.basis_tab)
        self.basis_label.setObjectName(u"basis_label")

        self.basis_tab_layout.addWidget(self.basis_label)

        self.basis_list = QListWidget(self.basis_tab)
        self.basis_list.setObjectName(u"basis_list")
        self.basis_list.setAlternatingRowColors(True)
        self.basis_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.basis_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.basis_tab_layout.addWidget(self.basis_list)

        self.basis_buttons = QHBoxLayout()
        self.basis_buttons.setObjectName(u"basis_buttons")
        self.add_basis_button = QPushButton(self.basis_tab)
        self.add_basis_button.setObjectName(u"add_basis_button")

        self.basis_buttons.addWidget(self.add_basis_button)

        self.remove_basis_button = QPushButton(self.basis_tab)
        self.remove_basis_button.setObjectName(u"remove_basis_button")

        self.basis_buttons.addWidget(self.remove_basis_button)

        self.basis_up_button = QPushButton(self.basis_tab)
        self.basis_up_button.setObjectName(u"basis_up_button")

        self.basis_buttons.addWidget(self.basis_up_button)

        self.basis_down_button = QPushButton(self.basis_tab)
        self.basis_down_button.setObjectName(u"basis_down_button")

        self.basis_buttons.addWidget(self.basis_down_button)

        self.basis_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.basis_buttons.addItem(self.basis_spacer)


        self.basis_tab_layout.addLayout(self.basis_buttons)

        self.reference_layout = QHBoxLayout()
        self.reference_layout.setObjectName(u"reference_layout")
        self.reference_label = QLabel(self.basis_tab)
        self.reference_label.setObjectName(u"reference_label")

        self.reference_layout.addWidget(self.reference_label)

        self.handling_combo = QComboBox(self.basis_tab)
        self.handling_combo.setObjectName(u"handling_combo")
        self.handling_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.reference_layout.addWidget(self.handling_combo)

        self.reference_kind_combo = QComboBox(self.basis_tab)
        self.reference_kind_combo.setObjectName(u"reference_kind_combo")

        self.reference_layout.addWidget(self.reference_kind_combo)

        self.add_reference_button = QPushButton(self.basis_tab)
        self.add_reference_button.setObjectName(u"add_reference_button")

        self.reference_layout.addWidget(self.add_reference_button)

        self.reference_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reference_layout.addItem(self.reference_spacer)


        self.basis_tab_layout.addLayout(self.reference_layout)

        self.section_tabs.addTab(self.basis_tab, "")
        self.other_tab = QWidget()
        self.other_tab.setObjectName(u"other_tab")
        self.other_tab_layout = QVBoxLayout(self.other_tab)
        self.other_tab_layout.setObjectName(u"other_tab_layout")
        self.distribution_label = QLabel(self.other_tab)
        self.distribution_label.setObjectName(u"distribution_label")

        self.other_tab_layout.addWidget(self.distribution_label)

        self.distribution_list = QListWidget(self.other_tab)
        self.distribution_list.setObjectName(u"distribution_list")
        self.distribution_list.setAlternatingRowColors(True)
        self.distribution_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.distribution_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.other_tab_layout.addWidget(self.distribution_list)

        self.distribution_buttons = QHBoxLayout()
        self.distribution_buttons.setObjectName(u"distribution_buttons")
        self.add_recipient_button = QPushButton(self.other_tab)
        self.add_recipient_button.setObjectName(u"add_recipient_button")

        self.distribution_buttons.addWidget(self.add_recipient_button)

        self.remove_recipient_button = QPushButton(self.other_tab)
        self.remove_recipient_button.setObjectName(u"remove_recipient_button")

        self.distribution_buttons.addWidget(self.remove_recipient_button)

        self.distribution_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.distribution_buttons.addItem(self.distribution_spacer)


        self.other_tab_layout.addLayout(self.distribution_buttons)

        self.sections_label = QLabel(self.other_tab)
        self.sections_label.setObjectName(u"sections_label")

        self.other_tab_layout.addWidget(self.sections_label)

        self.sections_list = QListWidget(self.other_tab)
        self.sections_list.setObjectName(u"sections_list")
        self.sections_list.setMaximumSize(QSize(16777215, 90))

        self.other_tab_layout.addWidget(self.sections_list)

        self.section_heading_layout = QHBoxLayout()
        self.section_heading_layout.setObjectName(u"section_heading_layout")
        self.section_heading_label = QLabel(self.other_tab)
        self.section_heading_label.setObjectName(u"section_heading_label")

        self.section_heading_layout.addWidget(self.section_heading_label)

        self.section_heading_edit = QLineEdit(self.other_tab)
        self.section_heading_edit.setObjectName(u"section_heading_edit")

        self.section_heading_layout.addWidget(self.section_heading_edit)


        self.other_tab_layout.addLayout(self.section_heading_layout)

        self.section_body_edit = QPlainTextEdit(self.other_tab)
        self.section_body_edit.setObjectName(u"section_body_edit")
        self.section_body_edit.setTabChangesFocus(True)
        self.section_body_edit.setMaximumSize(QSize(16777215, 120))

        self.other_tab_layout.addWidget(self.section_body_edit)

        self.section_buttons = QHBoxLayout()
        self.section_buttons.setObjectName(u"section_buttons")
        self.add_section_button = QPushButton(self.other_tab)
        self.add_section_button.setObjectName(u"add_section_button")

        self.section_buttons.addWidget(self.add_section_button)

        self.save_section_button = QPushButton(self.other_tab)
        self.save_section_button.setObjectName(u"save_section_button")

        self.section_buttons.addWidget(self.save_section_button)

        self.remove_section_button = QPushButton(self.other_tab)
        self.remove_section_button.setObjectName(u"remove_section_button")

        self.section_buttons.addWidget(self.remove_section_button)

        self.section_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.section_buttons.addItem(self.section_spacer)


        self.other_tab_layout.addLayout(self.section_buttons)

        self.section_tabs.addTab(self.other_tab, "")
        self.splitter.addWidget(self.section_tabs)
        self.preview_group = QGroupBox(self.splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_browser = QTextBrowser(self.preview_group)
        self.preview_browser.setObjectName(u"preview_browser")
        self.preview_browser.setOpenLinks(False)

        self.preview_layout.addWidget(self.preview_browser)

        self.splitter.addWidget(self.preview_group)

        self.page_layout.addWidget(self.splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.decides_label.setBuddy(self.decides_combo)
        self.formula_label.setBuddy(self.formula_edit)
        self.other_cases_label.setBuddy(self.other_cases_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.proposals_label.setBuddy(self.proposals_view)
        self.votes_label.setBuddy(self.vote_combo)
        self.counts_label.setBuddy(self.yes_spin)
        self.no_count_label.setBuddy(self.no_spin)
        self.abstain_count_label.setBuddy(self.abstain_spin)
        self.lot_label.setBuddy(self.lot_combo)
        self.recusal_label.setBuddy(self.recusal_list)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.points_label.setBuddy(self.points_list)
        self.procedure_label.setBuddy(self.procedure_edit)
        self.basis_label.setBuddy(self.basis_list)
        self.reference_label.setBuddy(self.handling_combo)
        self.distribution_label.setBuddy(self.distribution_list)
        self.sections_label.setBuddy(self.sections_list)
        self.section_heading_label.setBuddy(self.section_heading_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(paragraph_editor)

        QMetaObject.connectSlotsByName(paragraph_editor)
    # setupUi

    def retranslateUi(self, paragraph_editor):
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Tillbaka till sammantr\u00e4det (Alt+V\u00e4nsterpil)", None))
#endif // QT_CONFIG(tooltip)
        self.approve_now_button.setText(QCoreApplication.translate("ParagraphEditor", u"Justera &omedelbart\u2026", None))
#if QT_CONFIG(tooltip)
        self.approve_now_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Omedelbar justering: paragrafen justeras vid sammantr\u00e4det och l\u00e5ses", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Rubrik:", None))
        self.case_caption.setText(QCoreApplication.translate("ParagraphEditor", u"\u00c4rende:", None))
        self.decides_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Vem beslutar:", None))
        self.formula_label.setText(QCoreApplication.translate("ParagraphEditor", u"Beslutsf&ormel:", None))
#if QT_CONFIG(tooltip)
        self.formula_edit.setToolTip(QCoreApplication.translate("ParagraphEditor", u"L\u00e4mna tom f\u00f6r standardformeln, som visas i gr\u00e5tt.", None))
#endif // QT_CONFIG(tooltip)
        self.other_cases_label.setText(QCoreApplication.translate("ParagraphEditor", u"Fler &diarienummer:", None))
        self.other_cases_edit.setPlaceholderText(QCoreApplication.translate("ParagraphEditor", u"till exempel KS 2015/16, KS 2015/17", None))
#if QT_CONFIG(tooltip)
        self.other_cases_edit.setToolTip(QCoreApplication.translate("ParagraphEditor", u"\u00c4renden som paragrafen ocks\u00e5 g\u00e4ller, \u00e5tskilda med kommatecken. De skrivs under \u00e4rendets diarienummer.", None))
#endif // QT_CONFIG(tooltip)
        self.summary_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Sammanfattning:", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.general_tab), QCoreApplication.translate("ParagraphEditor", u"Sammanfattning", None))
        self.proposals_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Yrkanden:", None))
        self.add_proposal_button.setText(QCoreApplication.translate("ParagraphEditor", u"&Nytt yrkande\u2026", None))
        self.adopt_proposal_button.setText(QCoreApplication.translate("ParagraphEditor", u"&Bifallet", None))
#if QT_CONFIG(tooltip)
        self.adopt_proposal_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Ordf\u00f6randen fann att det h\u00e4r yrkandet bifallits", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_proposal_button.setText(QCoreApplication.translate("ParagraphEditor", u"\u00c5ter&taget", None))
        self.remove_proposal_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta &bort", None))
        self.votes_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Omr\u00f6stning:", None))
        self.new_vote_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ny &omr\u00f6stning\u2026", None))
        self.remove_vote_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta bort omr\u00f6stningen", None))
        self.counts_label.setText(QCoreApplication.translate("ParagraphEditor", u"Slutna sedlar: Ja", None))
        self.no_count_label.setText(QCoreApplication.translate("ParagraphEditor", u"Nej", None))
        self.abstain_count_label.setText(QCoreApplication.translate("ParagraphEditor", u"Blanka", None))
        self.lot_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Lottning:", None))
        self.save_result_button.setText(QCoreApplication.translate("ParagraphEditor", u"Spara resultatet", None))
        self.vote_count_label.setText("")
        self.recusal_label.setText(QCoreApplication.translate("ParagraphEditor", u"&J\u00e4v \u2013 deltar inte i handl\u00e4ggningen:", None))
        self.paragraph_attendance_button.setText(QCoreApplication.translate("ParagraphEditor", u"N\u00e4rvaro i paragrafen\u2026", None))
#if QT_CONFIG(tooltip)
        self.paragraph_attendance_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Fr\u00e5nvaro, ers\u00e4ttare som tj\u00e4nstg\u00f6r i paragrafen och tj\u00e4nstg\u00f6rande ordf\u00f6rande", None))
#endif // QT_CONFIG(tooltip)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.proceedings_tab), QCoreApplication.translate("ParagraphEditor", u"Yrkanden", None))
        self.outcome_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Utfall:", None))
#if QT_CONFIG(tooltip)
        self.outcome_combo.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Ett anm\u00e4lnings\u00e4rende, en information eller en redovisning av delegationsbeslut f\u00e5r standardmeningen i st\u00e4llet f\u00f6r beslutspunkter.", None))
#endif // QT_CONFIG(tooltip)
        self.points_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Beslutspunkter, i ordning (dubbelklicka f\u00f6r att skriva):", None))
#if QT_CONFIG(tooltip)
        self.points_list.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Beslutspunkterna numreras i den h\u00e4r ordningen. Dra f\u00f6r att flytta.", None))
#endif // QT_CONFIG(tooltip)
        self.add_point_button.setText(QCoreApplication.translate("ParagraphEditor", u"&L\u00e4gg till", None))
        self.remove_point_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta &bort", None))
        self.point_up_button.setText("")
#if QT_CONFIG(tooltip)
        self.point_up_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Flytta upp", None))
#endif // QT_CONFIG(tooltip)
        self.point_down_button.setText("")
#if QT_CONFIG(tooltip)
        self.point_down_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Flytta ned", None))
#endif // QT_CONFIG(tooltip)
        self.procedure_label.setText(QCoreApplication.translate("ParagraphEditor", u"Beslutsg\u00e5ng skriven f\u00f6r &hand:", None))
        self.procedure_edit.setPlaceholderText(QCoreApplication.translate("ParagraphEditor", u"L\u00e4mna tomt s\u00e5 skrivs beslutsg\u00e5ngen utifr\u00e5n yrkanden och omr\u00f6stningar.", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.decision_tab), QCoreApplication.translate("ParagraphEditor", u"Beslut", None))
        self.announce_button.setText(QCoreApplication.translate("ParagraphEditor", u"&Anm\u00e4l\u2026", None))
#if QT_CONFIG(tooltip)
        self.announce_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Anm\u00e4l en reservation, ett s\u00e4rskilt yttrande eller en protokollsanteckning", None))
#endif // QT_CONFIG(tooltip)
        self.statement_receive_button.setText(QCoreApplication.translate("ParagraphEditor", u"Markera &inkommen\u2026", None))
        self.statement_pdf_button.setText(QCoreApplication.translate("ParagraphEditor", u"Inkommen som &PDF\u2026", None))
        self.statement_withdraw_button.setText(QCoreApplication.translate("ParagraphEditor", u"\u00c5ter&kallad\u2026", None))
        self.statement_remove_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta &bort", None))
        self.statements_hint.setText(QCoreApplication.translate("ParagraphEditor", u"Utlovade texter ska komma in senast vid justeringen; de syns under Bevakning tills de har kommit in.", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.statements_tab), QCoreApplication.translate("ParagraphEditor", u"Reservationer och yttranden", None))
        self.basis_label.setText(QCoreApplication.translate("ParagraphEditor", u"Besluts&underlag (dubbelklicka f\u00f6r att skriva):", None))
#if QT_CONFIG(tooltip)
        self.basis_list.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Dra f\u00f6r att \u00e4ndra ordningen.", None))
#endif // QT_CONFIG(tooltip)
        self.add_basis_button.setText(QCoreApplication.translate("ParagraphEditor", u"&L\u00e4gg till rad", None))
        self.remove_basis_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta &bort", None))
        self.basis_up_button.setText("")
#if QT_CONFIG(tooltip)
        self.basis_up_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Flytta upp", None))
#endif // QT_CONFIG(tooltip)
        self.basis_down_button.setText("")
#if QT_CONFIG(tooltip)
        self.basis_down_button.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Flytta ned", None))
#endif // QT_CONFIG(tooltip)
        self.reference_label.setText(QCoreApplication.translate("ParagraphEditor", u"\u00c5beropa &tidigare behandling:", None))
        self.add_reference_button.setText(QCoreApplication.translate("ParagraphEditor", u"L\u00e4gg &till", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.basis_tab), QCoreApplication.translate("ParagraphEditor", u"Underlag", None))
        self.distribution_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Protokollsutdrag skickas till:", None))
#if QT_CONFIG(tooltip)
        self.distribution_list.setToolTip(QCoreApplication.translate("ParagraphEditor", u"Mottagare av utdrag, en per rad.", None))
#endif // QT_CONFIG(tooltip)
        self.add_recipient_button.setText(QCoreApplication.translate("ParagraphEditor", u"&L\u00e4gg till mottagare", None))
        self.remove_recipient_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta &bort", None))
        self.sections_label.setText(QCoreApplication.translate("ParagraphEditor", u"&Egna avsnitt (till exempel Tidigare behandling):", None))
        self.section_heading_label.setText(QCoreApplication.translate("ParagraphEditor", u"R&ubrik:", None))
        self.add_section_button.setText(QCoreApplication.translate("ParagraphEditor", u"Nytt a&vsnitt", None))
        self.save_section_button.setText(QCoreApplication.translate("ParagraphEditor", u"&Spara avsnittet", None))
        self.remove_section_button.setText(QCoreApplication.translate("ParagraphEditor", u"Ta b&ort avsnittet", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.other_tab), QCoreApplication.translate("ParagraphEditor", u"Expediering", None))
        self.preview_group.setTitle(QCoreApplication.translate("ParagraphEditor", u"F\u00f6rhandsgranskning", None))
        pass
    # retranslateUi
