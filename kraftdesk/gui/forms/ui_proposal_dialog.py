# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/proposal_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_ProposalDialog(object):
    def setupUi(self, proposal_dialog):
        if not proposal_dialog.objectName():
            proposal_dialog.setObjectName(u"proposal_dialog")
        proposal_dialog.resize(600, 520)
        self.dialog_layout = QVBoxLayout(proposal_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(proposal_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(proposal_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.subject_label = QLabel(proposal_dialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_edit = QLineEdit(proposal_dialog)
        self.subject_edit.setObjectName(u"subject_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject_edit)

        self.authors_label = QLabel(proposal_dialog)
        self.authors_label.setObjectName(u"authors_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authors_label)

        self.authors_list = QListWidget(proposal_dialog)
        self.authors_list.setObjectName(u"authors_list")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authors_list)


        self.dialog_layout.addLayout(self.form_layout)

        self.text_label = QLabel(proposal_dialog)
        self.text_label.setObjectName(u"text_label")

        self.dialog_layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(proposal_dialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMaximumSize(QSize(16777215, 110))
        self.text_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.text_edit)

        self.button_box = QDialogButtonBox(proposal_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.subject_label.setBuddy(self.subject_edit)
        self.authors_label.setBuddy(self.authors_list)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(proposal_dialog)

        QMetaObject.connectSlotsByName(proposal_dialog)
    # setupUi

    def retranslateUi(self, proposal_dialog):
        proposal_dialog.setWindowTitle(QCoreApplication.translate("ProposalDialog", u"Nytt yrkande", None))
        self.kind_label.setText(QCoreApplication.translate("ProposalDialog", u"&Yrkande:", None))
        self.subject_label.setText(QCoreApplication.translate("ProposalDialog", u"&Till:", None))
        self.subject_edit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"till exempel kommunstyrelsens f\u00f6rslag", None))
        self.authors_label.setText(QCoreApplication.translate("ProposalDialog", u"&Av:", None))
        self.text_label.setText(QCoreApplication.translate("ProposalDialog", u"&Lydelse (\u00e4ndrings-, till\u00e4ggs- eller eget yrkande):", None))
    # retranslateUi
