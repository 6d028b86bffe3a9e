# SPDX-License-Identifier: EUPL-1.2
"""PDF rendering with ReportLab: lays out composed documents (kraftdesk.domain.document). No Qt."""
