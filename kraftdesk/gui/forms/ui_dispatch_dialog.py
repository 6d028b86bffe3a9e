# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/dispatch_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_DispatchDialog(object):
    def setupUi(self, dispatch_dialog):
        if not dispatch_dialog.objectName():
            dispatch_dialog.setObjectName(u"dispatch_dialog")
        dispatch_dialog.resize(520, 240)
        self.dialog_layout = QVBoxLayout(dispatch_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.what_label = QLabel(dispatch_dialog)
        self.what_label.setObjectName(u"what_label")
        self.what_label.setWordWrap(True)
        self.what_label.setStyleSheet(u"font-weight: 600;")

        self.dialog_layout.addWidget(self.what_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.means_label = QLabel(dispatch_dialog)
        self.means_label.setObjectName(u"means_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.means_label)

        self.means_combo = QComboBox(dispatch_dialog)
        self.means_combo.setObjectName(u"means_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.means_combo)

        self.date_label = QLabel(dispatch_dialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(dispatch_dialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.preliminary_check = QCheckBox(dispatch_dialog)
        self.preliminary_check.setObjectName(u"preliminary_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preliminary_check)


        self.dialog_layout.addLayout(self.form_layout)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(dispatch_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.means_label.setBuddy(self.means_combo)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(dispatch_dialog)

        QMetaObject.connectSlotsByName(dispatch_dialog)
    # setupUi

    def retranslateUi(self, dispatch_dialog):
        dispatch_dialog.setWindowTitle(QCoreApplication.translate("DispatchDialog", u"Registrera som skickat", None))
        self.means_label.setText(QCoreApplication.translate("DispatchDialog", u"&Skickat med:", None))
        self.date_label.setText(QCoreApplication.translate("DispatchDialog", u"&Datum:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("DispatchDialog", u"yyyy-MM-dd", None))
        self.preliminary_check.setText(QCoreApplication.translate("DispatchDialog", u"&Prelimin\u00e4rt utdrag (skickat f\u00f6re justeringen)", None))
    # retranslateUi
