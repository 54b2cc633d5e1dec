// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dataset.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AgreementEditor;
}

namespace fhb::app {
class AgreementDocument;
}

namespace fhb::gui {

/// The page of one agreement, editable: name, funder, counterparty, period, decision, base
/// compensation, indexation mode, co-funding ratio and notes; the years with PLK, decided
/// amount and the resulting compensation (preliminary years marked in words); the member
/// commitments (add one for a member without one: "Lägg till" or Insert, then type the
/// amount in place); the obligations with fulfilment and a note per year. Every change goes
/// through the app::AgreementDocument (one undo command each, saved at once); a refused
/// entry shows its reason above the form and nothing is stored. Layout in
/// ui/AgreementEditor.ui.
class AgreementEditor : public QWidget
{
    Q_OBJECT
public:
    /// Takes ownership of `document`; `data` gives the parties for the funder and
    /// counterparty choices (copied).
    AgreementEditor(app::AgreementDocument *document, const Dataset &data, QWidget *parent = nullptr);
    ~AgreementEditor() override;

    app::AgreementDocument *document() const { return m_document; }
    QString agreementName() const;
    /// The tab title: "Avtal Sydnärke 2024–2029".
    QString shortTitle() const;
    /// The reason of the last refused entry shown above the form; empty when none shows.
    QString refusalText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void setUpTables();
    void connectFields();
    void fillChoices();
    void refresh();
    /// The choice of members that have no commitment yet.
    void fillCommitmentMembers();
    void showRefusal(const QString &reason);
    void commitMoneyAndRatio();
    void commitDecision();

    std::unique_ptr<Ui::AgreementEditor> m_ui;
    app::AgreementDocument *m_document;
    Dataset m_data;
};

} // namespace fhb::gui
