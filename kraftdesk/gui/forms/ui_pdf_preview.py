# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/pdf_preview.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PdfPreview(object):
    def setupUi(self, pdf_preview):
        if not pdf_preview.objectName():
            pdf_preview.setObjectName(u"pdf_preview")
        pdf_preview.resize(860, 900)
        self.dialog_layout = QVBoxLayout(pdf_preview)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.file_label = QLabel(pdf_preview)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toolbar_layout.addWidget(self.file_label)

        self.toolbar_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.pages_label = QLabel(pdf_preview)
        self.pages_label.setObjectName(u"pages_label")

        self.toolbar_layout.addWidget(self.pages_label)

        self.zoom_out_button = QPushButton(pdf_preview)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_in_button = QPushButton(pdf_preview)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.toolbar_layout.addWidget(self.zoom_in_button)

        self.print_button = QPushButton(pdf_preview)
        self.print_button.setObjectName(u"print_button")

        self.toolbar_layout.addWidget(self.print_button)

        self.open_external_button = QPushButton(pdf_preview)
        self.open_external_button.setObjectName(u"open_external_button")

        self.toolbar_layout.addWidget(self.open_external_button)


        self.dialog_layout.addLayout(self.toolbar_layout)

        self.view_container = QWidget(pdf_preview)
        self.view_container.setObjectName(u"view_container")
        self.view_layout = QVBoxLayout(self.view_container)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setContentsMargins(0, 0, 0, 0)

        self.dialog_layout.addWidget(self.view_container)

        self.button_box = QDialogButtonBox(pdf_preview)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(pdf_preview)

        QMetaObject.connectSlotsByName(pdf_preview)
    # setupUi

    def retranslateUi(self, pdf_preview):
        pdf_preview.setWindowTitle(QCoreApplication.translate("PdfPreview", u"F\u00f6rhandsgranskning", None))
        self.zoom_out_button.setText(QCoreApplication.translate("PdfPreview", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("PdfPreview", u"F\u00f6rminska (Ctrl+\u2212)", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_in_button.setText(QCoreApplication.translate("PdfPreview", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("PdfPreview", u"F\u00f6rstora (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("PdfPreview", u"Skriv &ut\u2026", None))
        self.open_external_button.setText(QCoreApplication.translate("PdfPreview", u"\u00d6ppna i &PDF-l\u00e4saren", None))
    # retranslateUi
