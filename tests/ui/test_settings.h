#pragma once

// Every GUI test runs with settings and data of its own: Qt's test mode keeps QSettings,
// autosaves and the session file out of the user's folders, and the settings start empty so a
// remembered language, view or theme from an earlier run cannot change what the test sees.

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace convscope::test {

inline void useOwnSettings(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConvScopeTest"));
    QApplication::setApplicationName(testName);
    QSettings().clear();
}

} // namespace convscope::test
