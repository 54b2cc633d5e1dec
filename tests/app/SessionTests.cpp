// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "app/Session.h"

#include <QFileInfo>

using namespace fhb;
using app::Session;
using app::Workspace;

namespace {

QString demoDatabase(const test::Scratch &scratch, const QString &name)
{
    const QString path = scratch.path(name);
    REQUIRE(Workspace::createWithDemoData(path).ok());
    return path;
}

/// What the session's signals said, in order: "about" for workspaceAboutToChange, else the
/// file name of the workspace workspaceChanged passed ("" for none).
struct Signals {
    explicit Signals(Session &session)
    {
        QObject::connect(&session, &Session::workspaceAboutToChange, [this] { seen.append(QStringLiteral("about")); });
        QObject::connect(&session, &Session::workspaceChanged, [this](Workspace *workspace) {
            seen.append(workspace ? workspace->fileName() : QString());
            last = workspace;
        });
    }
    QStringList seen;
    Workspace *last = nullptr;
};

/// A writable database keeps its writer lock file next to it exactly as long as it is open.
bool isOpen(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral(".lock"));
}

} // namespace

TEST_CASE("a new session has no workspace", "[app][session]")
{
    Session session;
    CHECK(session.workspace() == nullptr);
}

TEST_CASE("opening a database makes it the session's workspace and says so", "[app][session]")
{
    test::Scratch scratch;
    const QString path = demoDatabase(scratch, QStringLiteral("a.db"));
    Session session;
    Signals told(session);
    REQUIRE(session.open(path).ok());
    REQUIRE(session.workspace());
    CHECK(session.workspace()->fileName() == QStringLiteral("a.db"));
    CHECK(session.workspace()->dataset().report(QStringLiteral("Örebro kommun"), 2023));
    CHECK(told.seen == QStringList{QStringLiteral("about"), QStringLiteral("a.db")});
    CHECK(told.last == session.workspace());
    CHECK(isOpen(path));
}

TEST_CASE("replacing the workspace tells first, then destroys the old one", "[app][session]")
{
    test::Scratch scratch;
    const QString first = demoDatabase(scratch, QStringLiteral("first.db"));
    const QString second = demoDatabase(scratch, QStringLiteral("second.db"));
    Session session;
    REQUIRE(session.open(first).ok());
    Workspace *old = session.workspace();
    QString seenBefore;
    bool oldOpenWhenTold = false;
    QObject::connect(&session, &Session::workspaceAboutToChange, [&] {
        seenBefore = session.workspace() ? session.workspace()->fileName() : QString();
        oldOpenWhenTold = isOpen(first);
    });
    Signals told(session);
    REQUIRE(session.open(second).ok());
    CHECK(seenBefore == QStringLiteral("first.db"));
    CHECK(oldOpenWhenTold);
    CHECK(told.seen == QStringList{QStringLiteral("about"), QStringLiteral("second.db")});
    CHECK(session.workspace()->fileName() == QStringLiteral("second.db"));
    CHECK(told.last == session.workspace());
    CHECK(session.workspace() != old);
    CHECK_FALSE(isOpen(first));
    CHECK(isOpen(second));
}

TEST_CASE("closing the session's workspace says so and closes the database", "[app][session]")
{
    test::Scratch scratch;
    const QString path = demoDatabase(scratch, QStringLiteral("a.db"));
    Session session;
    REQUIRE(session.open(path).ok());
    Signals told(session);
    session.close();
    CHECK(session.workspace() == nullptr);
    CHECK(told.seen == QStringList{QStringLiteral("about"), QString()});
    CHECK_FALSE(isOpen(path));
}

TEST_CASE("a database that cannot be opened leaves the session as it was", "[app][session]")
{
    test::Scratch scratch;
    const QString path = demoDatabase(scratch, QStringLiteral("a.db"));
    const QString broken = scratch.path(QStringLiteral("picture.db"));
    test::writeFile(broken, QByteArrayLiteral("\x89PNG\r\n\x1a\n not SQLite"));
    Session session;
    REQUIRE(session.open(path).ok());
    Workspace *open = session.workspace();
    Signals told(session);
    const Status refused = session.open(broken);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("picture.db")));
    CHECK(session.workspace() == open);
    CHECK(told.seen.isEmpty());
    CHECK(isOpen(path));
}
