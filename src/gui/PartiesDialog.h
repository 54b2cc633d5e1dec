// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
/// reports or agreements) is shown in the dialog with its reason. Each change is committed
/// at once. Layout in ui/PartiesDialog.ui.
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

Q_SIGNALS:
    /// A party was added, renamed or removed.
    void partiesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    int currentRow() const;
    void showMessage(const QString &text, bool refused);
    void fillKinds();
    void updateButtons();

    std::unique_ptr<Ui::PartiesDialog> m_ui;
    app::PartyRegister *m_register;
};

} // namespace fhb::gui
