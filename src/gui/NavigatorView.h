// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace fhb::app {
class NavigatorModel;
}

namespace fhb::gui {

/// The tree in the navigator dock, over an app::NavigatorModel. Selecting (or activating)
/// a report year or an agreement asks for it to be shown.
class NavigatorView : public QTreeView
{
    Q_OBJECT
public:
    explicit NavigatorView(QWidget *parent = nullptr);

    /// Shows `model` (not owned), expanded down to the members of each county part.
    void setNavigatorModel(app::NavigatorModel *model);
    app::NavigatorModel *navigatorModel() const { return m_model; }
    /// Makes the node of `party`'s report of `year` current; false when there is none.
    bool selectReport(const QString &party, int year);
    /// Makes the node of agreement `name` current; false when there is none.
    bool selectAgreement(const QString &name);

Q_SIGNALS:
    void reportRequested(const QString &party, int year);
    void agreementRequested(const QString &name);

private:
    void request(const QModelIndex &index);
    void select(const QModelIndex &index);

    app::NavigatorModel *m_model = nullptr;
};

} // namespace fhb::gui
