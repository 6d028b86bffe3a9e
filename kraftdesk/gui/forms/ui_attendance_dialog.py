# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/attendance_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView,
    QVBoxLayout)

class Ui_AttendanceDialog(object):
    def setupUi(self, attendance_dialog):
        if not attendance_dialog.objectName():
            attendance_dialog.setObjectName(u"attendance_dialog")
        attendance_dialog.resize(760, 520)
        self.dialog_layout = QVBoxLayout(attendance_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(attendance_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.attendance_table = QTableView(attendance_dialog)
        self.attendance_table.setObjectName(u"attendance_table")
        self.attendance_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.attendance_table.setAlternatingRowColors(True)
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.attendance_table.horizontalHeader().setStretchLastSection(True)
        self.attendance_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.attendance_table)

        self.button_box = QDialogButtonBox(attendance_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(attendance_dialog)

        QMetaObject.connectSlotsByName(attendance_dialog)
    # setupUi

    def retranslateUi(self, attendance_dialog):
        attendance_dialog.setWindowTitle(QCoreApplication.translate("AttendanceDialog", u"N\u00e4rvaro", None))
        self.intro_label.setText(QCoreApplication.translate("AttendanceDialog", u"Ange hur var och en deltog. En tj\u00e4nstg\u00f6rande ers\u00e4ttare ers\u00e4tter en ledamot som inte tj\u00e4nstg\u00f6r.", None))
    # retranslateUi
