# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/attendance_dialog.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_AttendanceDialog(object):
    def setupUi(self, attendance_dialog):
        if not attendance_dialog.objectName():
            attendance_dialog.setObjectName(u"attendance_dialog")
        attendance_dialog.resize(980, 560)
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

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.add_period_button = QPushButton(attendance_dialog)
        self.add_period_button.setObjectName(u"add_period_button")

        self.period_layout.addWidget(self.add_period_button)

        self.remove_period_button = QPushButton(attendance_dialog)
        self.remove_period_button.setObjectName(u"remove_period_button")

        self.period_layout.addWidget(self.remove_period_button)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.appendix_check = QCheckBox(attendance_dialog)
        self.appendix_check.setObjectName(u"appendix_check")

        self.period_layout.addWidget(self.appendix_check)


        self.dialog_layout.addLayout(self.period_layout)

        self.button_box = QDialogButtonBox(attendance_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(attendance_dialog)

        QMetaObject.connectSlotsByName(attendance_dialog)
    # setupUi

    def retranslateUi(self, attendance_dialog):
        attendance_dialog.setWindowTitle(QCoreApplication.translate("AttendanceDialog", u"N\u00e4rvaro", None))
        self.intro_label.setText(QCoreApplication.translate("AttendanceDialog", u"Ange hur var och en deltog. En tj\u00e4nstg\u00f6rande ers\u00e4ttare ers\u00e4tter en ledamot som inte tj\u00e4nstg\u00f6r. Den som kom eller gick under sammantr\u00e4det f\u00e5r paragrafer (fr\u00e5n \u00a7, till och med \u00a7) och klockslag; med Ny period f\u00e5r en person flera rader, till exempel en ers\u00e4ttare som f\u00f6rst lyssnar och sedan tj\u00e4nstg\u00f6r.", None))
        self.add_period_button.setText(QCoreApplication.translate("AttendanceDialog", u"Ny period f\u00f6r personen", None))
        self.remove_period_button.setText(QCoreApplication.translate("AttendanceDialog", u"Ta bort perioden", None))
        self.appendix_check.setText(QCoreApplication.translate("AttendanceDialog", u"N\u00e4rvarolistan som bilaga (Beslutande: se bilaga)", None))
    # retranslateUi
