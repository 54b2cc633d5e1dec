// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Party.h"
#include "domain/Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PartiesDialog;
}

namespace fhb::app {
class PartyRegister;
}

namespace fhb::storage {
class Database;
}

namespace fhb::gui {

/// Parter: the register of funders, municipalities, county parts (with their members) and
/// organisations, with how many reports and agreements refer to each. Adds, renames and
/// removes parties through app::PartyRegister; a refusal (a name in use, a party with
/// reports or agreements) is shown in the dialog with its reason. For a selected county part
/// its members are listed with their years and can be added, changed and removed. Each
/// change is committed at once. Layout in ui/PartiesDialog.ui.
class PartiesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `db` must outlive the dialog.
    explicit PartiesDialog(storage::Database &db, QWidget *parent = nullptr);
    ~PartiesDialog() override;

    app::PartyRegister *partyRegister() const { return m_register; }
    /// The reason or confirmation shown under the table; empty when none.
    QString message() const;

    bool addParty();
    bool renameParty();
    bool removeParty();
    /// Adds the municipality and years in the member fields to the selected county part.
    bool addMember();
    /// Gives the selected membership the municipality and years in the member fields.
    bool changeMember();
    /// Removes the selected membership.
    bool removeMember();

Q_SIGNALS:
    /// A party was added, renamed or removed.
    void partiesChanged();

private:
    int currentRow() const;
    void showMessage(const QString &text, bool refused);
    void fillKinds();
    void updateButtons();
    void fillMembers();
    void fillMemberFields();
    /// The member the form describes: municipality and years.
    Membership memberInForm() const;
    int currentMember() const;
    /// After a member change: shows `status` or `done`, selects county part `countyPart`
    /// again and in it membership `member` (clamped; -1: none).
    bool memberResult(const Status &status, const QString &countyPart, int member, const QString &done);

    std::unique_ptr<Ui::PartiesDialog> m_ui;
    app::PartyRegister *m_register;
};

} // namespace fhb::gui
