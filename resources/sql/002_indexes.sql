-- SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: indexes for the lookups the program makes (lines of a report in order,
-- reports of a year, the audit trail of a report) and for cascading deletes.

CREATE INDEX county_part_member_by_part ON county_part_member (county_part_id, position);
CREATE INDEX agreement_by_counterparty ON agreement (counterparty_id);
CREATE INDEX agreement_commitment_by_agreement ON agreement_commitment (agreement_id, position);
CREATE INDEX agreement_obligation_by_agreement ON agreement_obligation (agreement_id, position);
CREATE INDEX annual_report_by_year ON annual_report (year);
CREATE INDEX expense_line_by_report ON expense_line (report_id, position);
CREATE INDEX revenue_line_by_report ON revenue_line (report_id, position);
CREATE INDEX report_paragraph_by_report ON report_paragraph (report_id, kind, position);
CREATE INDEX report_reopening_by_report ON report_reopening (report_id);
CREATE INDEX audit_log_by_report ON audit_log (report_id);
