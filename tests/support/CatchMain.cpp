// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QLocale>

#include <cstdlib>

// Storage records approvals with a fingerprint the program installs at start: the app
// layer's for every suite that links it, a test one for the storage suite, which does not.
#if defined(FHB_STORAGE_TESTS)
#include "StorageFingerprint.h"
#include "storage/ReportApprovals.h"
static void installFingerprint()
{
    fhb::storage::setReportFingerprintFunction(&fhb::test::storageTestFingerprint);
}
#elif !defined(FHB_CORE_TESTS)
#include "app/exchange/ReportFingerprint.h"
static void installFingerprint()
{
    fhb::app::installReportFingerprint();
}
#else
static void installFingerprint() {}
#endif

// Test discovery runs this binary at build time, without a display: force the offscreen
// platform before any application object exists. A QGuiApplication is enough for fonts
// and PDFs; GUI tests create widgets on top of it only when they link Qt Widgets, which
// needs a QApplication, so those binaries define FHB_WIDGET_TESTS.
#if defined(FHB_WIDGET_TESTS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(FHB_CORE_TESTS)
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    TestApplication app(argc, argv);
    installFingerprint();
    return Catch::Session().run(argc, argv);
}
