// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnnualReport.h"

#include <variant>

namespace fhb {

/// The four editable lists of an annual report. Every layer addresses a row as (list, row):
/// the storage writer, the document's edits, the undo commands and the item models.
enum class ReportList { Expenses, Revenues, Events, StaffResources };

/// One narrative paragraph with its storage id (AnnualReport keeps only the texts).
struct ReportParagraph {
    qint64 id = 0;
    QString text;
    bool sameContent(const ReportParagraph &o) const { return text == o.text; }
};

/// One row of any list: an ExpenseLine in Expenses, a RevenueLine in Revenues, a
/// ReportParagraph in Events and StaffResources.
using ReportRow = std::variant<ExpenseLine, RevenueLine, ReportParagraph>;

constexpr bool isNarrative(ReportList list)
{
    return list == ReportList::Events || list == ReportList::StaffResources;
}

/// An empty row of the kind `list` holds (amount 0, kind "other", no text).
inline ReportRow emptyRow(ReportList list)
{
    switch (list) {
    case ReportList::Expenses: return ExpenseLine{};
    case ReportList::Revenues: return RevenueLine{};
    default: return ReportParagraph{};
    }
}

inline qint64 rowId(const ReportRow &row)
{
    return std::visit([](const auto &r) { return r.id; }, row);
}

inline void setRowId(ReportRow &row, qint64 id)
{
    std::visit([id](auto &r) { r.id = id; }, row);
}

/// Equal content, ignoring ids; rows of different kinds always differ.
inline bool sameContent(const ReportRow &a, const ReportRow &b)
{
    if (a.index() != b.index())
        return false;
    return std::visit([&b](const auto &r) { return r.sameContent(std::get<std::decay_t<decltype(r)>>(b)); }, a);
}

} // namespace fhb
