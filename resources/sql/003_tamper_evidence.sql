-- SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: tamper evidence and one county part at a time (docs/data-model.md,
-- docs/reliability.md "Tamper evidence and county parts").
-- The program chains the existing audit rows and records the existing approvals in the same
-- transaction (src/storage/SchemaUpgrade.cpp). These triggers make casual edits with other
-- programs fail or show; they cannot stop someone who rewrites the file with a recomputed chain.

-- Each audit row carries the SHA-256 of the previous row's hash and its own canonical form.
ALTER TABLE audit_log ADD COLUMN hash TEXT
    CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));

-- Rows written before version 3 get their hash once, when the file is upgraded; nothing else
-- in an audit row can change.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id = OLD.id AND NEW.at = OLD.at
    AND NEW.who = OLD.who AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id
    AND NEW.report_id IS OLD.report_id AND NEW.action = OLD.action AND NEW.field IS OLD.field
    AND NEW.old_value IS OLD.old_value AND NEW.new_value IS OLD.new_value)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: audit_log rows cannot be changed');
END;

CREATE TRIGGER audit_log_chained_insert BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: an audit row must be chained and new');
END;

-- Who approved which version of a report with which fingerprint (the SHA-256 the archival
-- PDF shows), and the row_version the approved report has (and keeps). Append-only.
CREATE TABLE report_approval (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
    approved_at TEXT NOT NULL CHECK (length(approved_at) >= 20),
    approved_by TEXT NOT NULL CHECK (length(trim(approved_by)) > 0),
    row_version INTEGER NOT NULL CHECK (row_version >= 1)
) STRICT;

CREATE INDEX report_approval_by_report ON report_approval (report_id);

CREATE TRIGGER report_approval_append_only BEFORE UPDATE ON report_approval
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: an approval cannot be changed');
END;

-- Deleting the (not approved) report itself takes its records along (ON DELETE CASCADE runs
-- after the report row is gone); nothing else may delete them.
CREATE TRIGGER report_approval_no_delete BEFORE DELETE ON report_approval
WHEN EXISTS (SELECT 1 FROM annual_report WHERE id = OLD.report_id)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: an approval cannot be deleted');
END;

CREATE TRIGGER report_approval_no_replace BEFORE INSERT ON report_approval
WHEN EXISTS (SELECT 1 FROM report_approval WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: an approval cannot be replaced');
END;

CREATE TRIGGER report_reopening_no_delete BEFORE DELETE ON report_reopening
WHEN EXISTS (SELECT 1 FROM annual_report WHERE id = OLD.report_id)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: a reopening cannot be deleted');
END;

CREATE TRIGGER report_reopening_no_replace BEFORE INSERT ON report_reopening
WHEN EXISTS (SELECT 1 FROM report_reopening WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: a reopening cannot be replaced');
END;

-- A report becomes approved only with an approval record for the row_version it gets, and
-- never arrives approved.
CREATE TRIGGER annual_report_approval_required BEFORE UPDATE OF status ON annual_report
WHEN NEW.status = 'approved' AND OLD.status <> 'approved'
    AND NOT EXISTS (SELECT 1 FROM report_approval a WHERE a.report_id = OLD.id AND a.row_version = NEW.row_version)
BEGIN
    SELECT RAISE(ABORT, 'fhb-not-approved: a report is approved only with its approval record');
END;

-- INSERT OR REPLACE and UPDATE OR REPLACE delete the conflicting row without firing delete
-- triggers unless recursive_triggers is on (other programs leave it off): refuse the
-- statement before it can remove an approved report or a line of one.
CREATE TRIGGER annual_report_locked_insert BEFORE INSERT ON annual_report
WHEN NEW.status = 'approved'
    OR EXISTS (SELECT 1 FROM annual_report r WHERE r.status = 'approved'
               AND (r.id = NEW.id OR (r.party_id = NEW.party_id AND r.year = NEW.year)))
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER annual_report_locked_replace BEFORE UPDATE ON annual_report
WHEN EXISTS (SELECT 1 FROM annual_report r WHERE r.status = 'approved' AND r.id <> OLD.id
             AND (r.id = NEW.id OR (r.party_id = NEW.party_id AND r.year = NEW.year)))
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

-- An approved report keeps its row_version: it names the content its approval applies to.
CREATE TRIGGER annual_report_locked_row_version BEFORE UPDATE OF row_version ON annual_report
WHEN OLD.status = 'approved' AND NEW.status = 'approved' AND NEW.row_version IS NOT OLD.row_version
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER expense_line_locked_replace BEFORE INSERT ON expense_line
WHEN EXISTS (SELECT 1 FROM expense_line e JOIN annual_report r ON r.id = e.report_id
             WHERE e.id = NEW.id AND r.status = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER expense_line_locked_replace_update BEFORE UPDATE OF id ON expense_line
WHEN EXISTS (SELECT 1 FROM expense_line e JOIN annual_report r ON r.id = e.report_id
             WHERE e.id = NEW.id AND e.id <> OLD.id AND r.status = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER revenue_line_locked_replace BEFORE INSERT ON revenue_line
WHEN EXISTS (SELECT 1 FROM revenue_line e JOIN annual_report r ON r.id = e.report_id
             WHERE e.id = NEW.id AND r.status = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER revenue_line_locked_replace_update BEFORE UPDATE OF id ON revenue_line
WHEN EXISTS (SELECT 1 FROM revenue_line e JOIN annual_report r ON r.id = e.report_id
             WHERE e.id = NEW.id AND e.id <> OLD.id AND r.status = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER report_paragraph_locked_replace BEFORE INSERT ON report_paragraph
WHEN EXISTS (SELECT 1 FROM report_paragraph e JOIN annual_report r ON r.id = e.report_id
             WHERE e.id = NEW.id AND r.status = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER report_paragraph_locked_replace_update BEFORE UPDATE OF id ON report_paragraph
WHEN EXISTS (SELECT 1 FROM report_paragraph e JOIN annual_report r ON r.id = e.report_id
             WHERE e.id = NEW.id AND e.id <> OLD.id AND r.status = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

-- A municipality is a member of at most one county part in any year, and appears once in it.
CREATE TRIGGER county_part_member_no_overlap_insert BEFORE INSERT ON county_part_member
WHEN EXISTS (SELECT 1 FROM county_part_member o WHERE o.member_id = NEW.member_id
             AND o.from_year <= NEW.to_year AND NEW.from_year <= o.to_year)
BEGIN
    SELECT RAISE(ABORT, 'fhb-overlap: a municipality belongs to one county part at a time');
END;

-- Only a change of who, where or when is checked: a file that held an overlap before this version
-- (check names it) can still have its members reordered while the overlap is mended.
CREATE TRIGGER county_part_member_no_overlap_update
BEFORE UPDATE OF member_id, county_part_id, from_year, to_year ON county_part_member
WHEN EXISTS (SELECT 1 FROM county_part_member o WHERE o.id <> OLD.id AND o.member_id = NEW.member_id
             AND o.from_year <= NEW.to_year AND NEW.from_year <= o.to_year)
BEGIN
    SELECT RAISE(ABORT, 'fhb-overlap: a municipality belongs to one county part at a time');
END;
