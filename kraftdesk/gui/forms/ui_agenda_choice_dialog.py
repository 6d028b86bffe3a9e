# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/agenda_choice_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_AgendaChoiceDialog(object):
    def setupUi(self, agenda_choice_dialog):
        if not agenda_choice_dialog.objectName():
            agenda_choice_dialog.setObjectName(u"agenda_choice_dialog")
        agenda_choice_dialog.resize(520, 200)
        self.dialog_layout = QVBoxLayout(agenda_choice_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.meeting_label = QLabel(agenda_choice_dialog)
        self.meeting_label.setObjectName(u"meeting_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meeting_label)

        self.meeting_combo = QComboBox(agenda_choice_dialog)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meeting_combo)

        self.title_label = QLabel(agenda_choice_dialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(agenda_choice_dialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(agenda_choice_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #5f6b73;")

        self.dialog_layout.addWidget(self.hint_label)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(agenda_choice_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.meeting_label.setBuddy(self.meeting_combo)
        self.title_label.setBuddy(self.title_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(agenda_choice_dialog)

        QMetaObject.connectSlotsByName(agenda_choice_dialog)
    # setupUi

    def retranslateUi(self, agenda_choice_dialog):
        agenda_choice_dialog.setWindowTitle(QCoreApplication.translate("AgendaChoiceDialog", u"S\u00e4tt upp p\u00e5 f\u00f6redragningslista", None))
        self.meeting_label.setText(QCoreApplication.translate("AgendaChoiceDialog", u"&Sammantr\u00e4de:", None))
        self.title_label.setText(QCoreApplication.translate("AgendaChoiceDialog", u"&Rubrik:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("AgendaChoiceDialog", u"\u00e4rendets mening om tomt", None))
    # retranslateUi
