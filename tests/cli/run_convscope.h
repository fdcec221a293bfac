#pragma once

// Runs the convscope executable (CONVSCOPE_BINARY, set by tests/CMakeLists.txt) for the command
// line tests and collects what a user would see.

#include <QProcess>
#include <QString>
#include <QStringList>

struct Run {
    int code = -1; // the exit status; -2 after a crash, -3 after a hang
    QString out;
    QString err;
};

inline Run runConvscope(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CONVSCOPE_BINARY), args);
    // Generous: under AddressSanitizer a render takes a few seconds. A hang fails the test.
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return { -3, {}, QStringLiteral("timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}
