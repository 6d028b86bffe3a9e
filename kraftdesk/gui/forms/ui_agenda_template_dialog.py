# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/agenda_template_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_AgendaTemplateDialog(object):
    def setupUi(self, agenda_template_dialog):
        if not agenda_template_dialog.objectName():
            agenda_template_dialog.setObjectName(u"agenda_template_dialog")
        agenda_template_dialog.resize(820, 560)
        self.dialog_layout = QVBoxLayout(agenda_template_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.body_group = QGroupBox(agenda_template_dialog)
        self.body_group.setObjectName(u"body_group")
        self.body_group_layout = QVBoxLayout(self.body_group)
        self.body_group_layout.setObjectName(u"body_group_layout")
        self.body_form = QFormLayout()
        self.body_form.setObjectName(u"body_form")
        self.body_label = QLabel(self.body_group)
        self.body_label.setObjectName(u"body_label")

        self.body_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_combo = QComboBox(self.body_group)
        self.body_combo.setObjectName(u"body_combo")

        self.body_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body_combo)

        self.notice_days_label = QLabel(self.body_group)
        self.notice_days_label.setObjectName(u"notice_days_label")

        self.body_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notice_days_label)

        self.notice_days_spin = QSpinBox(self.body_group)
        self.notice_days_spin.setObjectName(u"notice_days_spin")
        self.notice_days_spin.setMinimum(-1)
        self.notice_days_spin.setMaximum(60)

        self.body_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notice_days_spin)


        self.body_group_layout.addLayout(self.body_form)

        self.items_label = QLabel(self.body_group)
        self.items_label.setObjectName(u"items_label")
        self.items_label.setWordWrap(True)

        self.body_group_layout.addWidget(self.items_label)

        self.items_table = QTableWidget(self.body_group)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.horizontalHeader().setStretchLastSection(True)
        self.items_table.verticalHeader().setVisible(False)

        self.body_group_layout.addWidget(self.items_table)

        self.items_buttons = QHBoxLayout()
        self.items_buttons.setObjectName(u"items_buttons")
        self.add_item_button = QPushButton(self.body_group)
        self.add_item_button.setObjectName(u"add_item_button")

        self.items_buttons.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(self.body_group)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.items_buttons.addWidget(self.remove_item_button)

        self.standard_items_button = QPushButton(self.body_group)
        self.standard_items_button.setObjectName(u"standard_items_button")

        self.items_buttons.addWidget(self.standard_items_button)

        self.items_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.items_buttons.addItem(self.items_spacer)

        self.save_body_button = QPushButton(self.body_group)
        self.save_body_button.setObjectName(u"save_body_button")

        self.items_buttons.addWidget(self.save_body_button)


        self.body_group_layout.addLayout(self.items_buttons)


        self.dialog_layout.addWidget(self.body_group)

        self.texts_group = QGroupBox(agenda_template_dialog)
        self.texts_group.setObjectName(u"texts_group")
        self.texts_form = QFormLayout(self.texts_group)
        self.texts_form.setObjectName(u"texts_form")
        self.absence_label = QLabel(self.texts_group)
        self.absence_label.setObjectName(u"absence_label")

        self.texts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.absence_label)

        self.absence_edit = QPlainTextEdit(self.texts_group)
        self.absence_edit.setObjectName(u"absence_edit")
        self.absence_edit.setMaximumSize(QSize(16777215, 70))
        self.absence_edit.setTabChangesFocus(True)

        self.texts_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.absence_edit)

        self.reported_decision_label = QLabel(self.texts_group)
        self.reported_decision_label.setObjectName(u"reported_decision_label")

        self.texts_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reported_decision_label)

        self.reported_decision_edit = QLineEdit(self.texts_group)
        self.reported_decision_edit.setObjectName(u"reported_decision_edit")

        self.texts_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reported_decision_edit)

        self.delegated_decision_label = QLabel(self.texts_group)
        self.delegated_decision_label.setObjectName(u"delegated_decision_label")

        self.texts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.delegated_decision_label)

        self.delegated_decision_edit = QLineEdit(self.texts_group)
        self.delegated_decision_edit.setObjectName(u"delegated_decision_edit")

        self.texts_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.delegated_decision_edit)

        self.texts_buttons = QHBoxLayout()
        self.texts_buttons.setObjectName(u"texts_buttons")
        self.texts_hint_label = QLabel(self.texts_group)
        self.texts_hint_label.setObjectName(u"texts_hint_label")
        self.texts_hint_label.setWordWrap(True)
        self.texts_hint_label.setStyleSheet(u"color: #5f6b73;")

        self.texts_buttons.addWidget(self.texts_hint_label)

        self.save_texts_button = QPushButton(self.texts_group)
        self.save_texts_button.setObjectName(u"save_texts_button")

        self.texts_buttons.addWidget(self.save_texts_button)


        self.texts_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.texts_buttons)


        self.dialog_layout.addWidget(self.texts_group)

        self.button_box = QDialogButtonBox(agenda_template_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.body_label.setBuddy(self.body_combo)
        self.notice_days_label.setBuddy(self.notice_days_spin)
        self.absence_label.setBuddy(self.absence_edit)
        self.reported_decision_label.setBuddy(self.reported_decision_edit)
        self.delegated_decision_label.setBuddy(self.delegated_decision_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(agenda_template_dialog)

        QMetaObject.connectSlotsByName(agenda_template_dialog)
    # setupUi

    def retranslateUi(self, agenda_template_dialog):
        agenda_template_dialog.setWindowTitle(QCoreApplication.translate("AgendaTemplateDialog", u"Kallelse och standardpunkter", None))
        self.body_group.setTitle(QCoreApplication.translate("AgendaTemplateDialog", u"Per organ", None))
        self.body_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"&Organ:", None))
        self.notice_days_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"&Kallelsetid:", None))
        self.notice_days_spin.setSpecialValueText(QCoreApplication.translate("AgendaTemplateDialog", u"ingen regel", None))
        self.notice_days_spin.setSuffix(QCoreApplication.translate("AgendaTemplateDialog", u" dagar f\u00f6re sammantr\u00e4det", None))
#if QT_CONFIG(tooltip)
        self.notice_days_spin.setToolTip(QCoreApplication.translate("AgendaTemplateDialog", u"Som arbetsordningen eller reglementet s\u00e4ger; kontrollen varnar n\u00e4r kallelsen skickas senare.", None))
#endif // QT_CONFIG(tooltip)
        self.items_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"Standardpunkter som varje nytt sammantr\u00e4des f\u00f6redragningslista b\u00f6rjar eller slutar med:", None))
        self.add_item_button.setText(QCoreApplication.translate("AgendaTemplateDialog", u"&L\u00e4gg till", None))
        self.remove_item_button.setText(QCoreApplication.translate("AgendaTemplateDialog", u"Ta &bort", None))
        self.standard_items_button.setText(QCoreApplication.translate("AgendaTemplateDialog", u"&De vanliga punkterna", None))
#if QT_CONFIG(tooltip)
        self.standard_items_button.setToolTip(QCoreApplication.translate("AgendaTemplateDialog", u"Upprop, val av justerare, fastst\u00e4llande av f\u00f6redragningslistan, anm\u00e4lnings\u00e4renden, delegationsbeslut", None))
#endif // QT_CONFIG(tooltip)
        self.save_body_button.setText(QCoreApplication.translate("AgendaTemplateDialog", u"&Spara f\u00f6r organet", None))
        self.texts_group.setTitle(QCoreApplication.translate("AgendaTemplateDialog", u"Gemensamt f\u00f6r alla organ", None))
        self.absence_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"&F\u00f6rhinder:", None))
        self.reported_decision_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"Beslut om &anm\u00e4lningar:", None))
        self.delegated_decision_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"Beslut om &delegationsbeslut:", None))
        self.texts_hint_label.setText(QCoreApplication.translate("AgendaTemplateDialog", u"Besluten skrivs efter organets namn: \u00abKommunstyrelsen l\u00e4gger anm\u00e4lningarna till handlingarna.\u00bb", None))
        self.save_texts_button.setText(QCoreApplication.translate("AgendaTemplateDialog", u"Spara &texterna", None))
    # retranslateUi
