# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/written_files_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_WrittenFilesDialog(object):
    def setupUi(self, written_files_dialog):
        if not written_files_dialog.objectName():
            written_files_dialog.setObjectName(u"written_files_dialog")
        written_files_dialog.resize(620, 380)
        self.dialog_layout = QVBoxLayout(written_files_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(written_files_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.files_list = QListWidget(written_files_dialog)
        self.files_list.setObjectName(u"files_list")
        self.files_list.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.files_list)

        self.missing_label = QLabel(written_files_dialog)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(u"color: #5f6b73;")

        self.dialog_layout.addWidget(self.missing_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_mail_button = QPushButton(written_files_dialog)
        self.open_mail_button.setObjectName(u"open_mail_button")

        self.buttons_layout.addWidget(self.open_mail_button)

        self.open_file_button = QPushButton(written_files_dialog)
        self.open_file_button.setObjectName(u"open_file_button")

        self.buttons_layout.addWidget(self.open_file_button)

        self.open_folder_button = QPushButton(written_files_dialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.buttons_layout.addWidget(self.open_folder_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(written_files_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(written_files_dialog)

        QMetaObject.connectSlotsByName(written_files_dialog)
    # setupUi

    def retranslateUi(self, written_files_dialog):
        written_files_dialog.setWindowTitle(QCoreApplication.translate("WrittenFilesDialog", u"Utdrag per mottagare", None))
        self.open_mail_button.setText(QCoreApplication.translate("WrittenFilesDialog", u"\u00d6ppna i &e-postprogrammet", None))
        self.open_file_button.setText(QCoreApplication.translate("WrittenFilesDialog", u"\u00d6ppna &filen", None))
        self.open_folder_button.setText(QCoreApplication.translate("WrittenFilesDialog", u"\u00d6ppna &mappen", None))
    # retranslateUi
