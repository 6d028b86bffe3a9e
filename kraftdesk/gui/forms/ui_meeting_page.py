# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/meeting_page.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_MeetingPage(object):
    def setupUi(self, meeting_page):
        if not meeting_page.objectName():
            meeting_page.setObjectName(u"meeting_page")
        meeting_page.resize(1000, 640)
        self.page_layout = QVBoxLayout(meeting_page)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.back_button = QToolButton(meeting_page)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)

        self.heading_layout.addWidget(self.back_button)

        self.title_label = QLabel(meeting_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.heading_layout.addWidget(self.title_label)

        self.heading_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)

        self.state_label = QLabel(meeting_page)
        self.state_label.setObjectName(u"state_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.state_label.sizePolicy().hasHeightForWidth())
        self.state_label.setSizePolicy(sizePolicy)
        self.state_label.setStyleSheet(u"padding: 3px 10px; border-radius: 9px; background: #e3ebf0; color: #1f3b4d; font-weight: 600;")

        self.heading_layout.addWidget(self.state_label)


        self.page_layout.addLayout(self.heading_layout)

        self.locked_label = QLabel(meeting_page)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0c26a; padding: 6px; color: #5a4300;")
        self.locked_label.setWordWrap(True)

        self.page_layout.addWidget(self.locked_label)

        self.splitter = QSplitter(meeting_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.agenda_group = QGroupBox(self.splitter)
        self.agenda_group.setObjectName(u"agenda_group")
        self.agenda_layout = QVBoxLayout(self.agenda_group)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.agenda_view = QTableView(self.agenda_group)
        self.agenda_view.setObjectName(u"agenda_view")
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.setDragEnabled(True)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setProperty(u"showDropIndicator", True)
        self.agenda_view.setWordWrap(False)
        self.agenda_view.horizontalHeader().setStretchLastSection(False)
        self.agenda_view.verticalHeader().setVisible(False)

        self.agenda_layout.addWidget(self.agenda_view)

        self.agenda_buttons = QHBoxLayout()
        self.agenda_buttons.setObjectName(u"agenda_buttons")
        self.add_paragraph_button = QPushButton(self.agenda_group)
        self.add_paragraph_button.setObjectName(u"add_paragraph_button")

        self.agenda_buttons.addWidget(self.add_paragraph_button)

        self.open_paragraph_button = QPushButton(self.agenda_group)
        self.open_paragraph_button.setObjectName(u"open_paragraph_button")

        self.agenda_buttons.addWidget(self.open_paragraph_button)

        self.move_up_button = QPushButton(self.agenda_group)
        self.move_up_button.setObjectName(u"move_up_button")

        self.agenda_buttons.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.agenda_group)
        self.move_down_button.setObjectName(u"move_down_button")

        self.agenda_buttons.addWidget(self.move_down_button)

        self.agenda_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_buttons.addItem(self.agenda_spacer)

        self.delete_paragraph_button = QPushButton(self.agenda_group)
        self.delete_paragraph_button.setObjectName(u"delete_paragraph_button")

        self.agenda_buttons.addWidget(self.delete_paragraph_button)


        self.agenda_layout.addLayout(self.agenda_buttons)

        self.agenda_hint_label = QLabel(self.agenda_group)
        self.agenda_hint_label.setObjectName(u"agenda_hint_label")
        self.agenda_hint_label.setWordWrap(True)
        self.agenda_hint_label.setStyleSheet(u"color: #5f6b73;")

        self.agenda_layout.addWidget(self.agenda_hint_label)

        self.splitter.addWidget(self.agenda_group)
        self.detail_tabs = QTabWidget(self.splitter)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.header_tab = QWidget()
        self.header_tab.setObjectName(u"header_tab")
        self.header_tab_layout = QVBoxLayout(self.header_tab)
        self.header_tab_layout.setObjectName(u"header_tab_layout")
        self.header_form = QFormLayout()
        self.header_form.setObjectName(u"header_form")
        self.body_caption = QLabel(self.header_tab)
        self.body_caption.setObjectName(u"body_caption")

        self.header_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.body_caption)

        self.body_value = QLabel(self.header_tab)
        self.body_value.setObjectName(u"body_value")
        self.body_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body_value)

        self.time_caption = QLabel(self.header_tab)
        self.time_caption.setObjectName(u"time_caption")

        self.header_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.time_caption)

        self.time_value = QLabel(self.header_tab)
        self.time_value.setObjectName(u"time_value")
        self.time_value.setWordWrap(True)
        self.time_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.time_value)

        self.chair_caption = QLabel(self.header_tab)
        self.chair_caption.setObjectName(u"chair_caption")

        self.header_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chair_caption)

        self.chair_value = QLabel(self.header_tab)
        self.chair_value.setObjectName(u"chair_value")

        self.header_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chair_value)

        self.approvers_caption = QLabel(self.header_tab)
        self.approvers_caption.setObjectName(u"approvers_caption")

        self.header_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approvers_caption)

        self.approvers_value = QLabel(self.header_tab)
        self.approvers_value.setObjectName(u"approvers_value")
        self.approvers_value.setWordWrap(True)

        self.header_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approvers_value)

        self.approval_caption = QLabel(self.header_tab)
        self.approval_caption.setObjectName(u"approval_caption")

        self.header_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approval_caption)

        self.approval_value = QLabel(self.header_tab)
        self.approval_value.setObjectName(u"approval_value")
        self.approval_value.setWordWrap(True)

        self.header_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approval_value)

        self.secretary_caption = QLabel(self.header_tab)
        self.secretary_caption.setObjectName(u"secretary_caption")

        self.header_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretary_caption)

        self.secretary_value = QLabel(self.header_tab)
        self.secretary_value.setObjectName(u"secretary_value")

        self.header_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secretary_value)


        self.header_tab_layout.addLayout(self.header_form)

        self.header_buttons = QHBoxLayout()
        self.header_buttons.setObjectName(u"header_buttons")
        self.edit_meeting_button = QPushButton(self.header_tab)
        self.edit_meeting_button.setObjectName(u"edit_meeting_button")

        self.header_buttons.addWidget(self.edit_meeting_button)

        self.header_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_buttons.addItem(self.header_buttons_spacer)


        self.header_tab_layout.addLayout(self.header_buttons)

        self.header_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.header_tab_layout.addItem(self.header_spacer)

        self.detail_tabs.addTab(self.header_tab, "")
        self.attendance_tab = QWidget()
        self.attendance_tab.setObjectName(u"attendance_tab")
        self.attendance_layout = QVBoxLayout(self.attendance_tab)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.attendance_view = QTableView(self.attendance_tab)
        self.attendance_view.setObjectName(u"attendance_view")
        self.attendance_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_view.setAlternatingRowColors(True)
        self.attendance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_view.horizontalHeader().setStretchLastSection(True)
        self.attendance_view.verticalHeader().setVisible(False)

        self.attendance_layout.addWidget(self.attendance_view)

        self.attendance_buttons = QHBoxLayout()
        self.attendance_buttons.setObjectName(u"attendance_buttons")
        self.edit_attendance_button = QPushButton(self.attendance_tab)
        self.edit_attendance_button.setObjectName(u"edit_attendance_button")

        self.attendance_buttons.addWidget(self.edit_attendance_button)

        self.attendance_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendance_buttons.addItem(self.attendance_spacer)


        self.attendance_layout.addLayout(self.attendance_buttons)

        self.detail_tabs.addTab(self.attendance_tab, "")
        self.minutes_tab = QWidget()
        self.minutes_tab.setObjectName(u"minutes_tab")
        self.minutes_layout = QVBoxLayout(self.minutes_tab)
        self.minutes_layout.setObjectName(u"minutes_layout")
        self.minutes_form = QFormLayout()
        self.minutes_form.setObjectName(u"minutes_form")
        self.minutes_state_caption = QLabel(self.minutes_tab)
        self.minutes_state_caption.setObjectName(u"minutes_state_caption")

        self.minutes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutes_state_caption)

        self.minutes_state_value = QLabel(self.minutes_tab)
        self.minutes_state_value.setObjectName(u"minutes_state_value")

        self.minutes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minutes_state_value)

        self.approval_deadline_caption = QLabel(self.minutes_tab)
        self.approval_deadline_caption.setObjectName(u"approval_deadline_caption")

        self.minutes_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approval_deadline_caption)

        self.approval_deadline_value = QLabel(self.minutes_tab)
        self.approval_deadline_value.setObjectName(u"approval_deadline_value")

        self.minutes_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approval_deadline_value)

        self.approved_caption = QLabel(self.minutes_tab)
        self.approved_caption.setObjectName(u"approved_caption")

        self.minutes_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approved_caption)

        self.approved_value = QLabel(self.minutes_tab)
        self.approved_value.setObjectName(u"approved_value")

        self.minutes_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_value)

        self.posting_caption = QLabel(self.minutes_tab)
        self.posting_caption.setObjectName(u"posting_caption")

        self.minutes_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.posting_caption)

        self.posting_value = QLabel(self.minutes_tab)
        self.posting_value.setObjectName(u"posting_value")

        self.minutes_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.posting_value)

        self.posted_caption = QLabel(self.minutes_tab)
        self.posted_caption.setObjectName(u"posted_caption")

        self.minutes_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.posted_caption)

        self.posted_value = QLabel(self.minutes_tab)
        self.posted_value.setObjectName(u"posted_value")

        self.minutes_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.posted_value)

        self.appeal_caption = QLabel(self.minutes_tab)
        self.appeal_caption.setObjectName(u"appeal_caption")

        self.minutes_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.appeal_caption)

        self.appeal_value = QLabel(self.minutes_tab)
        self.appeal_value.setObjectName(u"appeal_value")

        self.minutes_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.appeal_value)

        self.take_down_caption = QLabel(self.minutes_tab)
        self.take_down_caption.setObjectName(u"take_down_caption")

        self.minutes_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.take_down_caption)

        self.take_down_value = QLabel(self.minutes_tab)
        self.take_down_value.setObjectName(u"take_down_value")

        self.minutes_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.take_down_value)


        self.minutes_layout.addLayout(self.minutes_form)

        self.calendar_warnings_label = QLabel(self.minutes_tab)
        self.calendar_warnings_label.setObjectName(u"calendar_warnings_label")
        self.calendar_warnings_label.setWordWrap(True)
        self.calendar_warnings_label.setStyleSheet(u"color: #8a1c14;")

        self.minutes_layout.addWidget(self.calendar_warnings_label)

        self.minutes_buttons = QHBoxLayout()
        self.minutes_buttons.setObjectName(u"minutes_buttons")
        self.send_for_approval_button = QPushButton(self.minutes_tab)
        self.send_for_approval_button.setObjectName(u"send_for_approval_button")

        self.minutes_buttons.addWidget(self.send_for_approval_button)

        self.justera_button = QPushButton(self.minutes_tab)
        self.justera_button.setObjectName(u"justera_button")

        self.minutes_buttons.addWidget(self.justera_button)

        self.record_posting_button = QPushButton(self.minutes_tab)
        self.record_posting_button.setObjectName(u"record_posting_button")

        self.minutes_buttons.addWidget(self.record_posting_button)

        self.minutes_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutes_buttons.addItem(self.minutes_buttons_spacer)


        self.minutes_layout.addLayout(self.minutes_buttons)

        self.export_buttons = QHBoxLayout()
        self.export_buttons.setObjectName(u"export_buttons")
        self.export_minutes_button = QPushButton(self.minutes_tab)
        self.export_minutes_button.setObjectName(u"export_minutes_button")

        self.export_buttons.addWidget(self.export_minutes_button)

        self.export_extract_button = QPushButton(self.minutes_tab)
        self.export_extract_button.setObjectName(u"export_extract_button")

        self.export_buttons.addWidget(self.export_extract_button)

        self.export_appendices_button = QPushButton(self.minutes_tab)
        self.export_appendices_button.setObjectName(u"export_appendices_button")

        self.export_buttons.addWidget(self.export_appendices_button)

        self.export_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_buttons.addItem(self.export_buttons_spacer)


        self.minutes_layout.addLayout(self.export_buttons)

        self.minutes_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.minutes_layout.addItem(self.minutes_spacer)

        self.detail_tabs.addTab(self.minutes_tab, "")
        self.notice_tab = QWidget()
        self.notice_tab.setObjectName(u"notice_tab")
        self.notice_layout = QVBoxLayout(self.notice_tab)
        self.notice_layout.setObjectName(u"notice_layout")
        self.notice_form = QFormLayout()
        self.notice_form.setObjectName(u"notice_form")
        self.notice_rule_caption = QLabel(self.notice_tab)
        self.notice_rule_caption.setObjectName(u"notice_rule_caption")

        self.notice_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notice_rule_caption)

        self.notice_rule_value = QLabel(self.notice_tab)
        self.notice_rule_value.setObjectName(u"notice_rule_value")
        self.notice_rule_value.setWordWrap(True)

        self.notice_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notice_rule_value)

        self.notice_sent_caption = QLabel(self.notice_tab)
        self.notice_sent_caption.setObjectName(u"notice_sent_caption")

        self.notice_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notice_sent_caption)

        self.notice_sent_value = QLabel(self.notice_tab)
        self.notice_sent_value.setObjectName(u"notice_sent_value")
        self.notice_sent_value.setWordWrap(True)

        self.notice_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notice_sent_value)

        self.notice_added_caption = QLabel(self.notice_tab)
        self.notice_added_caption.setObjectName(u"notice_added_caption")

        self.notice_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notice_added_caption)

        self.notice_added_value = QLabel(self.notice_tab)
        self.notice_added_value.setObjectName(u"notice_added_value")
        self.notice_added_value.setWordWrap(True)

        self.notice_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notice_added_value)


        self.notice_layout.addLayout(self.notice_form)

        self.notice_warnings_label = QLabel(self.notice_tab)
        self.notice_warnings_label.setObjectName(u"notice_warnings_label")
        self.notice_warnings_label.setWordWrap(True)
        self.notice_warnings_label.setStyleSheet(u"color: #8a1c14;")

        self.notice_layout.addWidget(self.notice_warnings_label)

        self.notice_buttons = QHBoxLayout()
        self.notice_buttons.setObjectName(u"notice_buttons")
        self.notice_preview_button = QPushButton(self.notice_tab)
        self.notice_preview_button.setObjectName(u"notice_preview_button")

        self.notice_buttons.addWidget(self.notice_preview_button)

        self.notice_send_button = QPushButton(self.notice_tab)
        self.notice_send_button.setObjectName(u"notice_send_button")

        self.notice_buttons.addWidget(self.notice_send_button)

        self.notice_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notice_buttons.addItem(self.notice_buttons_spacer)


        self.notice_layout.addLayout(self.notice_buttons)

        self.notice_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.notice_layout.addItem(self.notice_spacer)

        self.detail_tabs.addTab(self.notice_tab, "")
        self.appendices_tab = QWidget()
        self.appendices_tab.setObjectName(u"appendices_tab")
        self.appendices_layout = QVBoxLayout(self.appendices_tab)
        self.appendices_layout.setObjectName(u"appendices_layout")
        self.appendices_view = QTableView(self.appendices_tab)
        self.appendices_view.setObjectName(u"appendices_view")
        self.appendices_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appendices_view.setAlternatingRowColors(True)
        self.appendices_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appendices_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appendices_view.horizontalHeader().setStretchLastSection(True)
        self.appendices_view.verticalHeader().setVisible(False)

        self.appendices_layout.addWidget(self.appendices_view)

        self.appendix_buttons = QHBoxLayout()
        self.appendix_buttons.setObjectName(u"appendix_buttons")
        self.add_document_button = QPushButton(self.appendices_tab)
        self.add_document_button.setObjectName(u"add_document_button")

        self.appendix_buttons.addWidget(self.add_document_button)

        self.add_voting_list_button = QPushButton(self.appendices_tab)
        self.add_voting_list_button.setObjectName(u"add_voting_list_button")

        self.appendix_buttons.addWidget(self.add_voting_list_button)

        self.appendix_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appendix_buttons.addItem(self.appendix_buttons_spacer)

        self.remove_appendix_button = QPushButton(self.appendices_tab)
        self.remove_appendix_button.setObjectName(u"remove_appendix_button")

        self.appendix_buttons.addWidget(self.remove_appendix_button)


        self.appendices_layout.addLayout(self.appendix_buttons)

        self.appendices_hint_label = QLabel(self.appendices_tab)
        self.appendices_hint_label.setObjectName(u"appendices_hint_label")
        self.appendices_hint_label.setWordWrap(True)
        self.appendices_hint_label.setStyleSheet(u"color: #5f6b73;")

        self.appendices_layout.addWidget(self.appendices_hint_label)

        self.detail_tabs.addTab(self.appendices_tab, "")
        self.dispatch_tab = QWidget()
        self.dispatch_tab.setObjectName(u"dispatch_tab")
        self.dispatch_layout = QVBoxLayout(self.dispatch_tab)
        self.dispatch_layout.setObjectName(u"dispatch_layout")
        self.dispatch_summary_label = QLabel(self.dispatch_tab)
        self.dispatch_summary_label.setObjectName(u"dispatch_summary_label")
        self.dispatch_summary_label.setStyleSheet(u"font-weight: 600;")
        self.dispatch_summary_label.setWordWrap(True)

        self.dispatch_layout.addWidget(self.dispatch_summary_label)

        self.dispatch_view = QTableView(self.dispatch_tab)
        self.dispatch_view.setObjectName(u"dispatch_view")
        self.dispatch_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dispatch_view.setAlternatingRowColors(True)
        self.dispatch_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.dispatch_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dispatch_view.setWordWrap(False)
        self.dispatch_view.horizontalHeader().setStretchLastSection(True)
        self.dispatch_view.verticalHeader().setVisible(False)

        self.dispatch_layout.addWidget(self.dispatch_view)

        self.dispatch_buttons = QHBoxLayout()
        self.dispatch_buttons.setObjectName(u"dispatch_buttons")
        self.record_dispatch_button = QPushButton(self.dispatch_tab)
        self.record_dispatch_button.setObjectName(u"record_dispatch_button")

        self.dispatch_buttons.addWidget(self.record_dispatch_button)

        self.dispatch_export_button = QPushButton(self.dispatch_tab)
        self.dispatch_export_button.setObjectName(u"dispatch_export_button")

        self.dispatch_buttons.addWidget(self.dispatch_export_button)

        self.dispatch_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dispatch_buttons.addItem(self.dispatch_buttons_spacer)

        self.recipient_address_button = QPushButton(self.dispatch_tab)
        self.recipient_address_button.setObjectName(u"recipient_address_button")

        self.dispatch_buttons.addWidget(self.recipient_address_button)


        self.dispatch_layout.addLayout(self.dispatch_buttons)

        self.detail_tabs.addTab(self.dispatch_tab, "")
        self.splitter.addWidget(self.detail_tabs)

        self.page_layout.addWidget(self.splitter)

        self.page_layout.setStretch(2, 1)

        self.retranslateUi(meeting_page)

        QMetaObject.connectSlotsByName(meeting_page)
    # setupUi

    def retranslateUi(self, meeting_page):
        self.back_button.setText(QCoreApplication.translate("MeetingPage", u"Sammantr\u00e4den", None))
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Tillbaka till alla sammantr\u00e4den (Alt+V\u00e4nsterpil)", None))
#endif // QT_CONFIG(tooltip)
        self.locked_label.setText(QCoreApplication.translate("MeetingPage", u"Protokollet \u00e4r justerat och kan inte \u00e4ndras. Du kan l\u00e4sa det och ta fram PDF, utdrag och bilagor.", None))
        self.agenda_group.setTitle(QCoreApplication.translate("MeetingPage", u"F\u00f6redragningslista", None))
        self.add_paragraph_button.setText(QCoreApplication.translate("MeetingPage", u"&Ny paragraf\u2026", None))
        self.open_paragraph_button.setText(QCoreApplication.translate("MeetingPage", u"\u00d6&ppna", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Flytta upp (Ctrl+Upp\u00e5tpil)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.move_up_button.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Flytta upp", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Flytta ned (Ctrl+Ned\u00e5tpil)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.move_down_button.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Flytta ned", None))
#endif // QT_CONFIG(accessibility)
        self.delete_paragraph_button.setText(QCoreApplication.translate("MeetingPage", u"Ta &bort\u2026", None))
        self.agenda_hint_label.setText(QCoreApplication.translate("MeetingPage", u"Dra paragraferna f\u00f6r att \u00e4ndra ordningen; numren f\u00f6ljer med.", None))
        self.body_caption.setText(QCoreApplication.translate("MeetingPage", u"Organ:", None))
        self.time_caption.setText(QCoreApplication.translate("MeetingPage", u"Plats och tid:", None))
        self.chair_caption.setText(QCoreApplication.translate("MeetingPage", u"Ordf\u00f6rande:", None))
        self.approvers_caption.setText(QCoreApplication.translate("MeetingPage", u"Justerare:", None))
        self.approval_caption.setText(QCoreApplication.translate("MeetingPage", u"Justeringens plats och tid:", None))
        self.secretary_caption.setText(QCoreApplication.translate("MeetingPage", u"Sekreterare:", None))
        self.edit_meeting_button.setText(QCoreApplication.translate("MeetingPage", u"\u00c4&ndra uppgifter\u2026", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.header_tab), QCoreApplication.translate("MeetingPage", u"Uppgifter", None))
        self.edit_attendance_button.setText(QCoreApplication.translate("MeetingPage", u"\u00c4ndra &n\u00e4rvaro\u2026", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.attendance_tab), QCoreApplication.translate("MeetingPage", u"N\u00e4rvaro", None))
        self.minutes_state_caption.setText(QCoreApplication.translate("MeetingPage", u"Protokollet:", None))
        self.approval_deadline_caption.setText(QCoreApplication.translate("MeetingPage", u"Justeras senast:", None))
        self.approved_caption.setText(QCoreApplication.translate("MeetingPage", u"Justerat:", None))
        self.posting_caption.setText(QCoreApplication.translate("MeetingPage", u"Ansl\u00e5s senast:", None))
        self.posted_caption.setText(QCoreApplication.translate("MeetingPage", u"Anslaget:", None))
        self.appeal_caption.setText(QCoreApplication.translate("MeetingPage", u"Sista dag f\u00f6r \u00f6verklagande:", None))
        self.take_down_caption.setText(QCoreApplication.translate("MeetingPage", u"Anslaget tas ned tidigast:", None))
        self.send_for_approval_button.setText(QCoreApplication.translate("MeetingPage", u"&Skicka f\u00f6r justering", None))
        self.justera_button.setText(QCoreApplication.translate("MeetingPage", u"&Justera\u2026", None))
        self.record_posting_button.setText(QCoreApplication.translate("MeetingPage", u"Registrera &anslag\u2026", None))
        self.export_minutes_button.setText(QCoreApplication.translate("MeetingPage", u"Protokoll som &PDF\u2026", None))
        self.export_extract_button.setText(QCoreApplication.translate("MeetingPage", u"&Utdrag av markerade\u2026", None))
        self.export_appendices_button.setText(QCoreApplication.translate("MeetingPage", u"&Bilagor\u2026", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.minutes_tab), QCoreApplication.translate("MeetingPage", u"Protokoll och frister", None))
        self.notice_rule_caption.setText(QCoreApplication.translate("MeetingPage", u"Kallelsetid:", None))
        self.notice_sent_caption.setText(QCoreApplication.translate("MeetingPage", u"Skickat:", None))
        self.notice_added_caption.setText(QCoreApplication.translate("MeetingPage", u"Tillkommit efter kallelsen:", None))
        self.notice_preview_button.setText(QCoreApplication.translate("MeetingPage", u"&F\u00f6rhandsgranska kallelse\u2026", None))
#if QT_CONFIG(tooltip)
        self.notice_preview_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Kallelse och f\u00f6redragningslista som utkast (PDF)", None))
#endif // QT_CONFIG(tooltip)
        self.notice_send_button.setText(QCoreApplication.translate("MeetingPage", u"&Skicka kallelse\u2026", None))
#if QT_CONFIG(tooltip)
        self.notice_send_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Spara den slutliga kallelsen (eller till\u00e4ggskallelsen) och registrera att den skickas i dag", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.notice_tab), QCoreApplication.translate("MeetingPage", u"Kallelse", None))
        self.add_document_button.setText(QCoreApplication.translate("MeetingPage", u"&Dokument som bilaga\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_document_button.setToolTip(QCoreApplication.translate("MeetingPage", u"En PDF-fil som bilaga till en paragraf eller till hela protokollet", None))
#endif // QT_CONFIG(tooltip)
        self.add_voting_list_button.setText(QCoreApplication.translate("MeetingPage", u"&Omr\u00f6stningslista", None))
#if QT_CONFIG(tooltip)
        self.add_voting_list_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Den markerade paragrafens omr\u00f6stningslista som bilaga", None))
#endif // QT_CONFIG(tooltip)
        self.remove_appendix_button.setText(QCoreApplication.translate("MeetingPage", u"Ta bort &bilagan\u2026", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.appendices_tab), QCoreApplication.translate("MeetingPage", u"Bilagor", None))
        self.record_dispatch_button.setText(QCoreApplication.translate("MeetingPage", u"&Registrera som skickat\u2026", None))
#if QT_CONFIG(tooltip)
        self.record_dispatch_button.setToolTip(QCoreApplication.translate("MeetingPage", u"De markerade utdragen har skickats till mottagaren", None))
#endif // QT_CONFIG(tooltip)
        self.dispatch_export_button.setText(QCoreApplication.translate("MeetingPage", u"&Utdrag per mottagare\u2026", None))
#if QT_CONFIG(tooltip)
        self.dispatch_export_button.setToolTip(QCoreApplication.translate("MeetingPage", u"Ett protokollsutdrag per mottagare, och ett e-postmeddelande d\u00e4r adressen \u00e4r k\u00e4nd", None))
#endif // QT_CONFIG(tooltip)
        self.recipient_address_button.setText(QCoreApplication.translate("MeetingPage", u"E-post&adress\u2026", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.dispatch_tab), QCoreApplication.translate("MeetingPage", u"Expediering", None))
        pass
    # retranslateUi
