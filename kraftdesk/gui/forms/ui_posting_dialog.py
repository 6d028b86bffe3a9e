# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/posting_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

from kraftdesk.gui.widgets.date_fields import (DateField)

class Ui_PostingDialog(object):
    def setupUi(self, posting_dialog):
        if not posting_dialog.objectName():
            posting_dialog.setObjectName(u"posting_dialog")
        posting_dialog.resize(440, 180)
        self.dialog_layout = QVBoxLayout(posting_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(posting_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(posting_dialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = DateField(posting_dialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(posting_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(posting_dialog)

        QMetaObject.connectSlotsByName(posting_dialog)
    # setupUi

    def retranslateUi(self, posting_dialog):
        posting_dialog.setWindowTitle(QCoreApplication.translate("PostingDialog", u"Registrera anslag", None))
        self.intro_label.setText(QCoreApplication.translate("PostingDialog", u"Vilken dag sattes tillk\u00e4nnagivandet om justeringen upp p\u00e5 anslagstavlan?", None))
        self.date_label.setText(QCoreApplication.translate("PostingDialog", u"&Anslagsdag:", None))
    # retranslateUi
