# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/paragraph_attendance_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QPushButton, QVBoxLayout)

class Ui_ParagraphAttendanceDialog(object):
    def setupUi(self, paragraph_attendance_dialog):
        if not paragraph_attendance_dialog.objectName():
            paragraph_attendance_dialog.setObjectName(u"paragraph_attendance_dialog")
        paragraph_attendance_dialog.resize(600, 520)
        self.dialog_layout = QVBoxLayout(paragraph_attendance_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(paragraph_attendance_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.chair_layout = QFormLayout()
        self.chair_layout.setObjectName(u"chair_layout")
        self.acting_chair_label = QLabel(paragraph_attendance_dialog)
        self.acting_chair_label.setObjectName(u"acting_chair_label")

        self.chair_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acting_chair_label)

        self.acting_chair_combo = QComboBox(paragraph_attendance_dialog)
        self.acting_chair_combo.setObjectName(u"acting_chair_combo")

        self.chair_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acting_chair_combo)


        self.dialog_layout.addLayout(self.chair_layout)

        self.absent_label = QLabel(paragraph_attendance_dialog)
        self.absent_label.setObjectName(u"absent_label")

        self.dialog_layout.addWidget(self.absent_label)

        self.absent_list = QListWidget(paragraph_attendance_dialog)
        self.absent_list.setObjectName(u"absent_list")

        self.dialog_layout.addWidget(self.absent_list)

        self.serving_label = QLabel(paragraph_attendance_dialog)
        self.serving_label.setObjectName(u"serving_label")

        self.dialog_layout.addWidget(self.serving_label)

        self.serving_list = QListWidget(paragraph_attendance_dialog)
        self.serving_list.setObjectName(u"serving_list")

        self.dialog_layout.addWidget(self.serving_list)

        self.serving_layout = QHBoxLayout()
        self.serving_layout.setObjectName(u"serving_layout")
        self.substitute_combo = QComboBox(paragraph_attendance_dialog)
        self.substitute_combo.setObjectName(u"substitute_combo")

        self.serving_layout.addWidget(self.substitute_combo)

        self.instead_label = QLabel(paragraph_attendance_dialog)
        self.instead_label.setObjectName(u"instead_label")

        self.serving_layout.addWidget(self.instead_label)

        self.member_combo = QComboBox(paragraph_attendance_dialog)
        self.member_combo.setObjectName(u"member_combo")

        self.serving_layout.addWidget(self.member_combo)

        self.add_serving_button = QPushButton(paragraph_attendance_dialog)
        self.add_serving_button.setObjectName(u"add_serving_button")

        self.serving_layout.addWidget(self.add_serving_button)

        self.remove_serving_button = QPushButton(paragraph_attendance_dialog)
        self.remove_serving_button.setObjectName(u"remove_serving_button")

        self.serving_layout.addWidget(self.remove_serving_button)


        self.dialog_layout.addLayout(self.serving_layout)

        self.button_box = QDialogButtonBox(paragraph_attendance_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.acting_chair_label.setBuddy(self.acting_chair_combo)
        self.absent_label.setBuddy(self.absent_list)
        self.serving_label.setBuddy(self.serving_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(paragraph_attendance_dialog)

        QMetaObject.connectSlotsByName(paragraph_attendance_dialog)
    # setupUi

    def retranslateUi(self, paragraph_attendance_dialog):
        paragraph_attendance_dialog.setWindowTitle(QCoreApplication.translate("ParagraphAttendanceDialog", u"N\u00e4rvaro i paragrafen", None))
        self.intro_label.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"Det som skiljer sig fr\u00e5n sammantr\u00e4dets n\u00e4rvaro i just den h\u00e4r paragrafen. J\u00e4v anges i paragrafens lista \u00f6ver j\u00e4v.", None))
        self.acting_chair_label.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"&Tj\u00e4nstg\u00f6rande ordf\u00f6rande:", None))
        self.absent_label.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"&Inte n\u00e4rvarande under paragrafen:", None))
        self.serving_label.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"Ers\u00e4ttare som &tj\u00e4nstg\u00f6r i paragrafen:", None))
        self.instead_label.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"i st\u00e4llet f\u00f6r", None))
        self.add_serving_button.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"&L\u00e4gg till", None))
        self.remove_serving_button.setText(QCoreApplication.translate("ParagraphAttendanceDialog", u"Ta &bort", None))
    # retranslateUi
