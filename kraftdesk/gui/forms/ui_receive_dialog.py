# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/receive_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

from kraftdesk.gui.widgets.date_fields import (DateTimeField)

class Ui_ReceiveDialog(object):
    def setupUi(self, receive_dialog):
        if not receive_dialog.objectName():
            receive_dialog.setObjectName(u"receive_dialog")
        receive_dialog.resize(620, 460)
        self.dialog_layout = QVBoxLayout(receive_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.what_label = QLabel(receive_dialog)
        self.what_label.setObjectName(u"what_label")
        self.what_label.setWordWrap(True)
        self.what_label.setStyleSheet(u"font-weight: 600;")

        self.dialog_layout.addWidget(self.what_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.received_label = QLabel(receive_dialog)
        self.received_label.setObjectName(u"received_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_edit = DateTimeField(receive_dialog)
        self.received_edit.setObjectName(u"received_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.text_label = QLabel(receive_dialog)
        self.text_label.setObjectName(u"text_label")

        self.dialog_layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(receive_dialog)
        self.text_edit.setObjectName(u"text_edit")

        self.dialog_layout.addWidget(self.text_edit)

        self.button_box = QDialogButtonBox(receive_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.received_label.setBuddy(self.received_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(receive_dialog)

        QMetaObject.connectSlotsByName(receive_dialog)
    # setupUi

    def retranslateUi(self, receive_dialog):
        receive_dialog.setWindowTitle(QCoreApplication.translate("ReceiveDialog", u"Markera inkommen", None))
        self.received_label.setText(QCoreApplication.translate("ReceiveDialog", u"&Inkom:", None))
        self.text_label.setText(QCoreApplication.translate("ReceiveDialog", u"&Texten som den kom in (klistra in):", None))
    # retranslateUi
