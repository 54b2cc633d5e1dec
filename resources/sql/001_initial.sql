-- SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: parties, agreements, annual reports, audit log, and the triggers
-- that lock an approved report whatever program writes to the file.
-- Amounts are integers in öre, percentages integers in hundredths of a percent,
-- dates ISO 8601 text (YYYY-MM-DD), timestamps UTC ISO 8601 text.

CREATE TABLE party (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('funder', 'municipality', 'county-part', 'organisation'))
) STRICT;

CREATE TABLE county_part_member (
    id INTEGER PRIMARY KEY,
    county_part_id INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES party (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    from_year INTEGER NOT NULL CHECK (from_year BETWEEN 1900 AND 2200),
    to_year INTEGER NOT NULL CHECK (to_year BETWEEN 1900 AND 2200),
    CHECK (from_year <= to_year),
    CHECK (county_part_id <> member_id)
) STRICT;

CREATE TABLE agreement (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    funder_id INTEGER NOT NULL REFERENCES party (id),
    counterparty_id INTEGER NOT NULL REFERENCES party (id),
    first_year INTEGER NOT NULL CHECK (first_year BETWEEN 1900 AND 2200),
    last_year INTEGER NOT NULL CHECK (last_year BETWEEN 1900 AND 2200),
    base_compensation_ore INTEGER CHECK (base_compensation_ore IS NULL OR base_compensation_ore >= 0),
    indexation_mode TEXT NOT NULL DEFAULT 'chained' CHECK (indexation_mode IN ('chained', 'from-base')),
    cofunding_ratio_bp INTEGER NOT NULL DEFAULT 10000 CHECK (cofunding_ratio_bp BETWEEN 0 AND 100000),
    decision_body TEXT NOT NULL DEFAULT '',
    decision_date TEXT CHECK (decision_date IS NULL OR (length(decision_date) = 10
        AND decision_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
    decision_reference TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (first_year <= last_year),
    CHECK (funder_id <> counterparty_id)
) STRICT;

-- Fastställd ersättning: a decided amount for one year always wins over a computed one.
CREATE TABLE agreement_decided_amount (
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    amount_ore INTEGER NOT NULL CHECK (amount_ore >= 0),
    PRIMARY KEY (agreement_id, year)
) STRICT;

-- Pris- och lönekompensation per year, hundredths of a percent (310 = 3,10 %).
CREATE TABLE agreement_plk (
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    plk_bp INTEGER NOT NULL CHECK (plk_bp BETWEEN -10000 AND 10000),
    PRIMARY KEY (agreement_id, year)
) STRICT;

CREATE TABLE agreement_commitment (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES party (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    yearly_ore INTEGER NOT NULL CHECK (yearly_ore >= 0),
    UNIQUE (agreement_id, party_id)
) STRICT;

CREATE TABLE agreement_obligation (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0)
) STRICT;

CREATE TABLE obligation_year (
    obligation_id INTEGER NOT NULL REFERENCES agreement_obligation (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    fulfilled INTEGER NOT NULL CHECK (fulfilled IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (obligation_id, year)
) STRICT;

-- row_version grows by one on every change of the report or of its lines and paragraphs
-- (triggers below), so an editor can tell that someone else changed the report.
CREATE TABLE annual_report (
    id INTEGER PRIMARY KEY,
    party_id INTEGER NOT NULL REFERENCES party (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    period_start TEXT CHECK (period_start IS NULL OR (length(period_start) = 10
        AND period_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
    period_end TEXT CHECK (period_end IS NULL OR (length(period_end) = 10
        AND period_end GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
    on_behalf_of_name TEXT NOT NULL DEFAULT '',
    on_behalf_of_title TEXT NOT NULL DEFAULT '',
    prepared_by_name TEXT NOT NULL DEFAULT '',
    prepared_by_title TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end),
    UNIQUE (party_id, year)
) STRICT;

CREATE TABLE expense_line (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    category TEXT NOT NULL,
    amount_ore INTEGER NOT NULL CHECK (amount_ore >= 0),
    footnote TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE revenue_line (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('regional-compensation', 'other')),
    source TEXT NOT NULL DEFAULT '',
    amount_ore INTEGER NOT NULL CHECK (amount_ore >= 0),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

-- "Tre viktiga händelser" (kind 'event') and staff resources (kind 'staff-resource').
CREATE TABLE report_paragraph (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'staff-resource')),
    position INTEGER NOT NULL CHECK (position >= 0),
    text TEXT NOT NULL
) STRICT;

-- A controller's explicit reopening of an approved report. An unused row (used = 0) is the
-- permission the lock trigger accepts for exactly one status change approved -> to_status.
CREATE TABLE report_reopening (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
    reopened_at TEXT NOT NULL CHECK (length(reopened_at) >= 20),
    reopened_by TEXT NOT NULL CHECK (length(trim(reopened_by)) > 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    to_status TEXT NOT NULL DEFAULT 'draft' CHECK (to_status IN ('draft', 'submitted')),
    used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) STRICT;

-- Who changed what, when: written by the program in the same transaction as the change.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL CHECK (length(at) >= 20),
    who TEXT NOT NULL CHECK (length(trim(who)) > 0),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    report_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'status', 'reopen', 'import', 'replace')),
    field TEXT,
    old_value TEXT,
    new_value TEXT
) STRICT;

-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: audit_log rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: audit_log rows cannot be deleted');
END;

-- An approved report: only its own row_version bump, or one permitted reopening that changes
-- nothing but the status, may touch the row.
CREATE TRIGGER annual_report_locked_update BEFORE UPDATE ON annual_report
WHEN OLD.status = 'approved'
    AND NOT (NEW.id = OLD.id AND NEW.party_id = OLD.party_id AND NEW.year = OLD.year
        AND NEW.period_start IS OLD.period_start AND NEW.period_end IS OLD.period_end
        AND NEW.on_behalf_of_name = OLD.on_behalf_of_name
        AND NEW.on_behalf_of_title = OLD.on_behalf_of_title
        AND NEW.prepared_by_name = OLD.prepared_by_name
        AND NEW.prepared_by_title = OLD.prepared_by_title
        AND (NEW.status = OLD.status
            OR EXISTS (SELECT 1 FROM report_reopening r
                       WHERE r.report_id = OLD.id AND r.used = 0 AND r.to_status = NEW.status)))
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER annual_report_locked_delete BEFORE DELETE ON annual_report
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER annual_report_reopened AFTER UPDATE OF status ON annual_report
WHEN OLD.status = 'approved' AND NEW.status <> 'approved'
BEGIN
    UPDATE report_reopening SET used = 1 WHERE report_id = NEW.id AND used = 0;
END;

CREATE TRIGGER annual_report_bump AFTER UPDATE ON annual_report
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE annual_report SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER report_reopening_requires_approved BEFORE INSERT ON report_reopening
WHEN (SELECT status FROM annual_report WHERE id = NEW.report_id) IS NOT 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-not-approved: only an approved report can be reopened');
END;

CREATE TRIGGER report_reopening_append_only BEFORE UPDATE ON report_reopening
WHEN NOT (OLD.used = 0 AND NEW.used = 1 AND NEW.id = OLD.id AND NEW.report_id = OLD.report_id
    AND NEW.reopened_at = OLD.reopened_at AND NEW.reopened_by = OLD.reopened_by
    AND NEW.reason = OLD.reason AND NEW.to_status = OLD.to_status)
BEGIN
    SELECT RAISE(ABORT, 'fhb-append-only: a reopening cannot be changed');
END;

-- Lines and paragraphs of an approved report cannot be inserted, changed or deleted.
CREATE TRIGGER expense_line_locked_insert BEFORE INSERT ON expense_line
WHEN (SELECT status FROM annual_report WHERE id = NEW.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER expense_line_locked_update BEFORE UPDATE ON expense_line
WHEN (SELECT status FROM annual_report WHERE id = OLD.report_id) = 'approved'
    OR (SELECT status FROM annual_report WHERE id = NEW.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER expense_line_locked_delete BEFORE DELETE ON expense_line
WHEN (SELECT status FROM annual_report WHERE id = OLD.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER revenue_line_locked_insert BEFORE INSERT ON revenue_line
WHEN (SELECT status FROM annual_report WHERE id = NEW.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER revenue_line_locked_update BEFORE UPDATE ON revenue_line
WHEN (SELECT status FROM annual_report WHERE id = OLD.report_id) = 'approved'
    OR (SELECT status FROM annual_report WHERE id = NEW.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER revenue_line_locked_delete BEFORE DELETE ON revenue_line
WHEN (SELECT status FROM annual_report WHERE id = OLD.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER report_paragraph_locked_insert BEFORE INSERT ON report_paragraph
WHEN (SELECT status FROM annual_report WHERE id = NEW.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER report_paragraph_locked_update BEFORE UPDATE ON report_paragraph
WHEN (SELECT status FROM annual_report WHERE id = OLD.report_id) = 'approved'
    OR (SELECT status FROM annual_report WHERE id = NEW.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

CREATE TRIGGER report_paragraph_locked_delete BEFORE DELETE ON report_paragraph
WHEN (SELECT status FROM annual_report WHERE id = OLD.report_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'fhb-locked: the annual report is approved and locked');
END;

-- Any change of a line or paragraph is a change of its report.
CREATE TRIGGER expense_line_bump_insert AFTER INSERT ON expense_line
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id = NEW.report_id;
END;

CREATE TRIGGER expense_line_bump_update AFTER UPDATE ON expense_line
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id IN (OLD.report_id, NEW.report_id);
END;

CREATE TRIGGER expense_line_bump_delete AFTER DELETE ON expense_line
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id = OLD.report_id;
END;

CREATE TRIGGER revenue_line_bump_insert AFTER INSERT ON revenue_line
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id = NEW.report_id;
END;

CREATE TRIGGER revenue_line_bump_update AFTER UPDATE ON revenue_line
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id IN (OLD.report_id, NEW.report_id);
END;

CREATE TRIGGER revenue_line_bump_delete AFTER DELETE ON revenue_line
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id = OLD.report_id;
END;

CREATE TRIGGER report_paragraph_bump_insert AFTER INSERT ON report_paragraph
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id = NEW.report_id;
END;

CREATE TRIGGER report_paragraph_bump_update AFTER UPDATE ON report_paragraph
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id IN (OLD.report_id, NEW.report_id);
END;

CREATE TRIGGER report_paragraph_bump_delete AFTER DELETE ON report_paragraph
BEGIN
    UPDATE annual_report SET row_version = row_version + 1 WHERE id = OLD.report_id;
END;
