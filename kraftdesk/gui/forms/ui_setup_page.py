# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/setup_page.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SetupPage(object):
    def setupUi(self, setup_page):
        if not setup_page.objectName():
            setup_page.setObjectName(u"setup_page")
        setup_page.resize(900, 640)
        self.setup_page_layout = QVBoxLayout(setup_page)
        self.setup_page_layout.setObjectName(u"setup_page_layout")
        self.heading_label = QLabel(setup_page)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.RichText)

        self.setup_page_layout.addWidget(self.heading_label)

        self.top_buttons = QHBoxLayout()
        self.top_buttons.setObjectName(u"top_buttons")
        self.settings_button = QPushButton(setup_page)
        self.settings_button.setObjectName(u"settings_button")

        self.top_buttons.addWidget(self.settings_button)

        self.import_button = QPushButton(setup_page)
        self.import_button.setObjectName(u"import_button")

        self.top_buttons.addWidget(self.import_button)

        self.term_button = QPushButton(setup_page)
        self.term_button.setObjectName(u"term_button")

        self.top_buttons.addWidget(self.term_button)

        self.top_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_buttons.addItem(self.top_spacer)


        self.setup_page_layout.addLayout(self.top_buttons)

        self.terms_label = QLabel(setup_page)
        self.terms_label.setObjectName(u"terms_label")
        self.terms_label.setWordWrap(True)

        self.setup_page_layout.addWidget(self.terms_label)

        self.setup_tabs = QTabWidget(setup_page)
        self.setup_tabs.setObjectName(u"setup_tabs")
        self.bodies_tab = QWidget()
        self.bodies_tab.setObjectName(u"bodies_tab")
        self.bodies_tab_layout = QVBoxLayout(self.bodies_tab)
        self.bodies_tab_layout.setObjectName(u"bodies_tab_layout")
        self.bodies_buttons = QHBoxLayout()
        self.bodies_buttons.setObjectName(u"bodies_buttons")
        self.add_body_button = QPushButton(self.bodies_tab)
        self.add_body_button.setObjectName(u"add_body_button")

        self.bodies_buttons.addWidget(self.add_body_button)

        self.edit_body_button = QPushButton(self.bodies_tab)
        self.edit_body_button.setObjectName(u"edit_body_button")

        self.bodies_buttons.addWidget(self.edit_body_button)

        self.retire_body_button = QPushButton(self.bodies_tab)
        self.retire_body_button.setObjectName(u"retire_body_button")

        self.bodies_buttons.addWidget(self.retire_body_button)

        self.bodies_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bodies_buttons.addItem(self.bodies_buttons_spacer)


        self.bodies_tab_layout.addLayout(self.bodies_buttons)

        self.bodies_table = QTableWidget(self.bodies_tab)
        if (self.bodies_table.columnCount() < 5):
            self.bodies_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.bodies_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.bodies_table.setObjectName(u"bodies_table")
        self.bodies_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bodies_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bodies_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bodies_table.setAlternatingRowColors(True)
        self.bodies_table.horizontalHeader().setStretchLastSection(True)
        self.bodies_table.verticalHeader().setVisible(False)

        self.bodies_tab_layout.addWidget(self.bodies_table)

        self.members_label = QLabel(self.bodies_tab)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setWordWrap(True)

        self.bodies_tab_layout.addWidget(self.members_label)

        self.members_buttons = QHBoxLayout()
        self.members_buttons.setObjectName(u"members_buttons")
        self.add_membership_button = QPushButton(self.bodies_tab)
        self.add_membership_button.setObjectName(u"add_membership_button")

        self.members_buttons.addWidget(self.add_membership_button)

        self.end_membership_button = QPushButton(self.bodies_tab)
        self.end_membership_button.setObjectName(u"end_membership_button")

        self.members_buttons.addWidget(self.end_membership_button)

        self.members_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.members_buttons.addItem(self.members_buttons_spacer)


        self.bodies_tab_layout.addLayout(self.members_buttons)

        self.members_table = QTableWidget(self.bodies_tab)
        if (self.members_table.columnCount() < 3):
            self.members_table.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setAlternatingRowColors(True)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.verticalHeader().setVisible(False)

        self.bodies_tab_layout.addWidget(self.members_table)

        self.setup_tabs.addTab(self.bodies_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_tab_layout = QVBoxLayout(self.people_tab)
        self.people_tab_layout.setObjectName(u"people_tab_layout")
        self.people_buttons = QHBoxLayout()
        self.people_buttons.setObjectName(u"people_buttons")
        self.add_person_button = QPushButton(self.people_tab)
        self.add_person_button.setObjectName(u"add_person_button")

        self.people_buttons.addWidget(self.add_person_button)

        self.edit_person_button = QPushButton(self.people_tab)
        self.edit_person_button.setObjectName(u"edit_person_button")

        self.people_buttons.addWidget(self.edit_person_button)

        self.delete_person_button = QPushButton(self.people_tab)
        self.delete_person_button.setObjectName(u"delete_person_button")

        self.people_buttons.addWidget(self.delete_person_button)

        self.people_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons.addItem(self.people_buttons_spacer)


        self.people_tab_layout.addLayout(self.people_buttons)

        self.people_table = QTableWidget(self.people_tab)
        if (self.people_table.columnCount() < 5):
            self.people_table.setColumnCount(5)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.verticalHeader().setVisible(False)

        self.people_tab_layout.addWidget(self.people_table)

        self.seats_label = QLabel(self.people_tab)
        self.seats_label.setObjectName(u"seats_label")
        self.seats_label.setWordWrap(True)

        self.people_tab_layout.addWidget(self.seats_label)

        self.seats_table = QTableWidget(self.people_tab)
        if (self.seats_table.columnCount() < 3):
            self.seats_table.setColumnCount(3)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.seats_table.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.seats_table.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.seats_table.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        self.seats_table.setObjectName(u"seats_table")
        self.seats_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seats_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seats_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seats_table.setAlternatingRowColors(True)
        self.seats_table.horizontalHeader().setStretchLastSection(True)
        self.seats_table.verticalHeader().setVisible(False)

        self.people_tab_layout.addWidget(self.seats_table)

        self.setup_tabs.addTab(self.people_tab, "")
        self.parties_tab = QWidget()
        self.parties_tab.setObjectName(u"parties_tab")
        self.parties_tab_layout = QVBoxLayout(self.parties_tab)
        self.parties_tab_layout.setObjectName(u"parties_tab_layout")
        self.parties_buttons = QHBoxLayout()
        self.parties_buttons.setObjectName(u"parties_buttons")
        self.add_party_button = QPushButton(self.parties_tab)
        self.add_party_button.setObjectName(u"add_party_button")

        self.parties_buttons.addWidget(self.add_party_button)

        self.edit_party_button = QPushButton(self.parties_tab)
        self.edit_party_button.setObjectName(u"edit_party_button")

        self.parties_buttons.addWidget(self.edit_party_button)

        self.delete_party_button = QPushButton(self.parties_tab)
        self.delete_party_button.setObjectName(u"delete_party_button")

        self.parties_buttons.addWidget(self.delete_party_button)

        self.parties_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.parties_buttons.addItem(self.parties_buttons_spacer)


        self.parties_tab_layout.addLayout(self.parties_buttons)

        self.parties_table = QTableWidget(self.parties_tab)
        if (self.parties_table.columnCount() < 3):
            self.parties_table.setColumnCount(3)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.parties_table.setHorizontalHeaderItem(0, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.parties_table.setHorizontalHeaderItem(1, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.parties_table.setHorizontalHeaderItem(2, __qtablewidgetitem18)
        self.parties_table.setObjectName(u"parties_table")
        self.parties_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parties_table.setAlternatingRowColors(True)
        self.parties_table.horizontalHeader().setStretchLastSection(True)
        self.parties_table.verticalHeader().setVisible(False)

        self.parties_tab_layout.addWidget(self.parties_table)

        self.setup_tabs.addTab(self.parties_tab, "")

        self.setup_page_layout.addWidget(self.setup_tabs)


        self.retranslateUi(setup_page)

        QMetaObject.connectSlotsByName(setup_page)
    # setupUi

    def retranslateUi(self, setup_page):
        self.heading_label.setText(QCoreApplication.translate("SetupPage", u"<h2>Organisation</h2>", None))
        self.settings_button.setText(QCoreApplication.translate("SetupPage", u"Organisationens &inst\u00e4llningar\u2026", None))
        self.import_button.setText(QCoreApplication.translate("SetupPage", u"L\u00e4s in &ledamotslista\u2026", None))
        self.term_button.setText(QCoreApplication.translate("SetupPage", u"Ny &mandatperiod\u2026", None))
        self.terms_label.setText("")
        self.add_body_button.setText(QCoreApplication.translate("SetupPage", u"&Nytt organ\u2026", None))
        self.edit_body_button.setText(QCoreApplication.translate("SetupPage", u"\u00c4&ndra\u2026", None))
        self.retire_body_button.setText(QCoreApplication.translate("SetupPage", u"A&vveckla\u2026", None))
        ___qtablewidgetitem = self.bodies_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupPage", u"Kortnamn", None))
        ___qtablewidgetitem1 = self.bodies_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupPage", u"Namn", None))
        ___qtablewidgetitem2 = self.bodies_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupPage", u"F\u00f6resl\u00e5r", None))
        ___qtablewidgetitem3 = self.bodies_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupPage", u"Sekreterare", None))
        ___qtablewidgetitem4 = self.bodies_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SetupPage", u"Beslutsformel", None))
        self.members_label.setText(QCoreApplication.translate("SetupPage", u"Ledam\u00f6ter och ers\u00e4ttare", None))
        self.add_membership_button.setText(QCoreApplication.translate("SetupPage", u"Nytt &uppdrag\u2026", None))
        self.end_membership_button.setText(QCoreApplication.translate("SetupPage", u"&Avsluta uppdrag\u2026", None))
        ___qtablewidgetitem5 = self.members_table.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SetupPage", u"Person", None))
        ___qtablewidgetitem6 = self.members_table.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SetupPage", u"Uppdrag", None))
        ___qtablewidgetitem7 = self.members_table.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SetupPage", u"Period", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.bodies_tab), QCoreApplication.translate("SetupPage", u"Organ", None))
        self.add_person_button.setText(QCoreApplication.translate("SetupPage", u"Ny &person\u2026", None))
        self.edit_person_button.setText(QCoreApplication.translate("SetupPage", u"\u00c4n&dra\u2026", None))
        self.delete_person_button.setText(QCoreApplication.translate("SetupPage", u"Ta &bort", None))
        ___qtablewidgetitem8 = self.people_table.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SetupPage", u"Namn", None))
        ___qtablewidgetitem9 = self.people_table.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SetupPage", u"Anteckning", None))
        ___qtablewidgetitem10 = self.people_table.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SetupPage", u"Titel", None))
        ___qtablewidgetitem11 = self.people_table.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SetupPage", u"E-post", None))
        ___qtablewidgetitem12 = self.people_table.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SetupPage", u"Telefon", None))
        self.seats_label.setText(QCoreApplication.translate("SetupPage", u"Uppdrag", None))
        ___qtablewidgetitem13 = self.seats_table.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SetupPage", u"Organ", None))
        ___qtablewidgetitem14 = self.seats_table.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("SetupPage", u"Uppdrag", None))
        ___qtablewidgetitem15 = self.seats_table.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("SetupPage", u"Period", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.people_tab), QCoreApplication.translate("SetupPage", u"Personer", None))
        self.add_party_button.setText(QCoreApplication.translate("SetupPage", u"Nytt p&arti\u2026", None))
        self.edit_party_button.setText(QCoreApplication.translate("SetupPage", u"\u00c4nd&ra\u2026", None))
        self.delete_party_button.setText(QCoreApplication.translate("SetupPage", u"Ta b&ort", None))
        ___qtablewidgetitem16 = self.parties_table.horizontalHeaderItem(0)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("SetupPage", u"F\u00f6rkortning", None))
        ___qtablewidgetitem17 = self.parties_table.horizontalHeaderItem(1)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("SetupPage", u"Namn", None))
        ___qtablewidgetitem18 = self.parties_table.horizontalHeaderItem(2)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("SetupPage", u"Personer", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.parties_tab), QCoreApplication.translate("SetupPage", u"Partier", None))
        pass
    # retranslateUi
