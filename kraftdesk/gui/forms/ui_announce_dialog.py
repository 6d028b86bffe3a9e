# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/announce_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_AnnounceDialog(object):
    def setupUi(self, announce_dialog):
        if not announce_dialog.objectName():
            announce_dialog.setObjectName(u"announce_dialog")
        announce_dialog.resize(640, 620)
        self.dialog_layout = QVBoxLayout(announce_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(announce_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(announce_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.authors_label = QLabel(announce_dialog)
        self.authors_label.setObjectName(u"authors_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authors_label)

        self.authors_list = QListWidget(announce_dialog)
        self.authors_list.setObjectName(u"authors_list")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authors_list)

        self.concurring_label = QLabel(announce_dialog)
        self.concurring_label.setObjectName(u"concurring_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.concurring_label)

        self.concurring_list = QListWidget(announce_dialog)
        self.concurring_list.setObjectName(u"concurring_list")
        self.concurring_list.setMaximumSize(QSize(16777215, 120))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.concurring_list)

        self.proposal_label = QLabel(announce_dialog)
        self.proposal_label.setObjectName(u"proposal_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.proposal_label)

        self.proposal_combo = QComboBox(announce_dialog)
        self.proposal_combo.setObjectName(u"proposal_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proposal_combo)

        self.with_reservation_check = QCheckBox(announce_dialog)
        self.with_reservation_check.setObjectName(u"with_reservation_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.with_reservation_check)

        self.promised_check = QCheckBox(announce_dialog)
        self.promised_check.setObjectName(u"promised_check")
        self.promised_check.setChecked(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.promised_check)

        self.deadline_label = QLabel(announce_dialog)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setStyleSheet(u"color: #5f6b73;")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.deadline_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.text_label = QLabel(announce_dialog)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(announce_dialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMaximumSize(QSize(16777215, 110))
        self.text_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.text_edit)

        self.button_box = QDialogButtonBox(announce_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.authors_label.setBuddy(self.authors_list)
        self.concurring_label.setBuddy(self.concurring_list)
        self.proposal_label.setBuddy(self.proposal_combo)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(announce_dialog)

        QMetaObject.connectSlotsByName(announce_dialog)
    # setupUi

    def retranslateUi(self, announce_dialog):
        announce_dialog.setWindowTitle(QCoreApplication.translate("AnnounceDialog", u"Anm\u00e4l reservation eller yttrande", None))
        self.kind_label.setText(QCoreApplication.translate("AnnounceDialog", u"&Vad:", None))
        self.authors_label.setText(QCoreApplication.translate("AnnounceDialog", u"&Av:", None))
#if QT_CONFIG(tooltip)
        self.authors_list.setToolTip(QCoreApplication.translate("AnnounceDialog", u"Kryssa f\u00f6r den eller de som anm\u00e4lde. Partiet st\u00e5r inom parentes.", None))
#endif // QT_CONFIG(tooltip)
        self.concurring_label.setText(QCoreApplication.translate("AnnounceDialog", u"&Med inst\u00e4mmande av:", None))
        self.proposal_label.setText(QCoreApplication.translate("AnnounceDialog", u"Till &f\u00f6rm\u00e5n f\u00f6r:", None))
        self.with_reservation_check.setText(QCoreApplication.translate("AnnounceDialog", u"Reserverade sig ocks\u00e5 mot beslutet", None))
        self.promised_check.setText(QCoreApplication.translate("AnnounceDialog", u"En skriftlig &text ska komma in", None))
        self.text_label.setText(QCoreApplication.translate("AnnounceDialog", u"Te&xt som l\u00e4mnades vid sammantr\u00e4det (om den inte ska komma in senare):", None))
    # retranslateUi
