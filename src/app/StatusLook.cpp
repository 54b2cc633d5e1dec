// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusLook.h"

#include <QCoreApplication>

namespace fhb::app {

namespace {
// Mid-tone accents: dark enough for white text, light enough to see on a dark palette.
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);
const QColor kAmber(0xb2, 0x6a, 0x00);
const QColor kBlue(0x15, 0x65, 0xc0);
} // namespace

StatusLook balanceStatusLook(BalanceStatus status)
{
    switch (status) {
    case BalanceStatus::Ok: return {IconId::StatusOk, balanceStatusName(status), kGreen};
    case BalanceStatus::Short: return {IconId::StatusShort, balanceStatusName(status), kRed};
    case BalanceStatus::MissingReport: return {IconId::StatusMissing, balanceStatusName(status), kGrey};
    case BalanceStatus::TooLarge: return {IconId::StatusShort, balanceStatusName(status), kRed};
    }
    return {};
}

StatusLook reportStatusLook(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return {IconId::ReportDraft, reportStatusName(status), kAmber};
    case ReportStatus::Submitted: return {IconId::ReportSubmitted, reportStatusName(status), kBlue};
    case ReportStatus::Approved: return {IconId::ReportApproved, reportStatusName(status), kGreen};
    }
    return {};
}

StatusLook preliminaryLook()
{
    return {IconId::StatusPreliminary, QCoreApplication::translate("StatusLook", "Preliminär"), kAmber};
}

} // namespace fhb::app
