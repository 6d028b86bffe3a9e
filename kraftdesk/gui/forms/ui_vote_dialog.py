# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/vote_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QVBoxLayout)

class Ui_VoteDialog(object):
    def setupUi(self, vote_dialog):
        if not vote_dialog.objectName():
            vote_dialog.setObjectName(u"vote_dialog")
        vote_dialog.resize(560, 290)
        self.dialog_layout = QVBoxLayout(vote_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(vote_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.yes_label = QLabel(vote_dialog)
        self.yes_label.setObjectName(u"yes_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yes_label)

        self.yes_combo = QComboBox(vote_dialog)
        self.yes_combo.setObjectName(u"yes_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yes_combo)

        self.no_label = QLabel(vote_dialog)
        self.no_label.setObjectName(u"no_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.no_label)

        self.no_combo = QComboBox(vote_dialog)
        self.no_combo.setObjectName(u"no_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.no_combo)

        self.election_check = QCheckBox(vote_dialog)
        self.election_check.setObjectName(u"election_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.election_check)

        self.secret_check = QCheckBox(vote_dialog)
        self.secret_check.setObjectName(u"secret_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.secret_check)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(vote_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.yes_label.setBuddy(self.yes_combo)
        self.no_label.setBuddy(self.no_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(vote_dialog)

        QMetaObject.connectSlotsByName(vote_dialog)
    # setupUi

    def retranslateUi(self, vote_dialog):
        vote_dialog.setWindowTitle(QCoreApplication.translate("VoteDialog", u"Ny omr\u00f6stning", None))
        self.intro_label.setText(QCoreApplication.translate("VoteDialog", u"Den godk\u00e4nda voteringspropositionen: vad betyder Ja och vad betyder Nej?", None))
        self.yes_label.setText(QCoreApplication.translate("VoteDialog", u"&Ja f\u00f6r:", None))
        self.no_label.setText(QCoreApplication.translate("VoteDialog", u"&Nej f\u00f6r:", None))
        self.election_check.setText(QCoreApplication.translate("VoteDialog", u"&Val (lika r\u00f6stetal avg\u00f6rs genom lottning)", None))
        self.secret_check.setText(QCoreApplication.translate("VoteDialog", u"Med &slutna sedlar (bara antalet r\u00f6ster registreras)", None))
    # retranslateUi
