# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/date_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_DateDialog(object):
    def setupUi(self, date_dialog):
        if not date_dialog.objectName():
            date_dialog.setObjectName(u"date_dialog")
        date_dialog.resize(420, 160)
        self.date_dialog_layout = QVBoxLayout(date_dialog)
        self.date_dialog_layout.setObjectName(u"date_dialog_layout")
        self.question_label = QLabel(date_dialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.date_dialog_layout.addWidget(self.question_label)

        self.date_form = QFormLayout()
        self.date_form.setObjectName(u"date_form")
        self.date_edit_label = QLabel(date_dialog)
        self.date_edit_label.setObjectName(u"date_edit_label")

        self.date_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_edit_label)

        self.date_edit = QDateEdit(date_dialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.date_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.date_dialog_layout.addLayout(self.date_form)

        self.date_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.date_dialog_layout.addItem(self.date_spacer)

        self.button_box = QDialogButtonBox(date_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.date_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_edit_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(date_dialog)

        QMetaObject.connectSlotsByName(date_dialog)
    # setupUi

    def retranslateUi(self, date_dialog):
        self.question_label.setText("")
        self.date_edit_label.setText(QCoreApplication.translate("DateDialog", u"&Datum:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("DateDialog", u"yyyy-MM-dd", None))
        pass
    # retranslateUi
