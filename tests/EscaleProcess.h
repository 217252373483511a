#pragma once

// Runs the built `escale` binary (ESCALE_BINARY, set by escale_add_test) the way the command-line
// tests need it: offscreen, without the user's ESCALE_DATABASE, output captured.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <utility>

namespace escale::test {

struct EscaleRun
{
    int status = -1; // exit code; -1 when it crashed
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

struct EscaleOptions
{
    QStringList before; // put before the arguments: global options, the command's name
    QStringList wrapper; // a program that runs escale, e.g. {"setpriv", "--reuid=nobody", …}
    QList<QPair<QString, QString>> environment; // added to the caller's environment
    int timeoutMs = 120000;
    // Wait in an event loop instead of blocking: for tests whose servers run in this process.
    bool serveEvents = false;
    QString binary; // another escale program than ESCALE_BINARY (e.g. a copy without its library)
};

// Options that put `before` (global options, the command's name) before each run's arguments.
inline EscaleOptions prefixedBy(QStringList before)
{
    EscaleOptions options;
    options.before = std::move(before);
    return options;
}

inline EscaleRun runEscale(const QStringList &args, const EscaleOptions &options = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("ESCALE_DATABASE"));
    for (const auto &[name, value] : options.environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    const QString binary = options.binary.isEmpty() ? qEnvironmentVariable("ESCALE_BINARY") : options.binary;
    const QStringList arguments = options.before + args;
    if (options.wrapper.isEmpty())
        p.start(binary, arguments);
    else
        p.start(options.wrapper.first(), options.wrapper.mid(1) + QStringList{binary} + arguments);
    if (options.serveEvents) {
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(options.timeoutMs, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
    } else {
        p.waitForFinished(options.timeoutMs);
    }
    if (p.state() != QProcess::NotRunning)
        qFatal("escale %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace escale::test
