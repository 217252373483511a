#include "commands/Command.h"
#include "Startup.h"

#include "sync/CredentialStore.h"
#include "sync/Replicator.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>

namespace escale::app {

namespace {

// escale sync: one replication run, both ways, for cron and scripts (docs/sync.md).
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QStringList name() const override { return {QStringLiteral("sync")}; }
    QString summary() const override
    {
        return tr("Synchronise with the network's CouchDB server (send local changes, receive the others').");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("server"), tr("Server address, e.g. https://couchdb.example.org:6984."),
                          tr("URL")});
        parser.addOption({QStringLiteral("user"), tr("User name on the server."), tr("NAME")});
        parser.addOption({QStringLiteral("password-file"),
                          tr("File whose first line is the password (otherwise the keychain)."), tr("FILE")});
        parser.addOption({QStringLiteral("territory"), tr("Name of the territory database."), tr("NAME")});
        parser.addOption({QStringLiteral("structure"), tr("Name of this structure's database."), tr("NAME")});
        parser.addOption({QStringLiteral("allow-http"),
                          tr("Accept plain HTTP to a host other than 127.0.0.1 (passwords travel unencrypted).")});
        parser.addOption({QStringLiteral("trust-fingerprint"),
                          tr("Trust the server's certificate with this SHA-256 fingerprint (AB:CD:…, as printed by "
                             "openssl x509 -fingerprint -sha256) although no known authority signed it; kept as a "
                             "setting (none: trust no particular certificate)."),
                          tr("SHA256")});
        parser.addOption({QStringLiteral("save"), tr("Keep the server, user and databases given here as settings.")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        sync::SyncState state(*db);
        sync::SyncSettings settings = state.settings();
        if (parser.isSet(QStringLiteral("server")))
            settings.server = QUrl(parser.value(QStringLiteral("server")));
        if (parser.isSet(QStringLiteral("user")))
            settings.user = parser.value(QStringLiteral("user"));
        if (parser.isSet(QStringLiteral("territory")))
            settings.territoryDatabase = parser.value(QStringLiteral("territory"));
        if (parser.isSet(QStringLiteral("structure")))
            settings.structureDatabase = parser.value(QStringLiteral("structure"));
        if (parser.isSet(QStringLiteral("allow-http")))
            settings.allowPlainHttp = true;
        if (parser.isSet(QStringLiteral("trust-fingerprint"))) {
            const QString value = parser.value(QStringLiteral("trust-fingerprint"));
            const QString fingerprint = value == QLatin1String("none") ? QString()
                                                                        : sync::CouchClient::normalizeFingerprint(value);
            if (fingerprint.isEmpty() && value != QLatin1String("none")) {
                context.err() << tr("escale sync: « %1 » is not a SHA-256 fingerprint (64 hexadecimal digits, "
                                    "e.g. AB:CD:…).")
                                     .arg(parser.value(QStringLiteral("trust-fingerprint")))
                              << Qt::endl;
                return ExitUsage;
            }
            settings.trustedFingerprint = fingerprint;
        }
        if (!settings.isConfigured()) {
            context.err() << tr("escale sync: give --server URL and --territory NAME (or set them in the "
                                "Synchronisation section).")
                          << Qt::endl;
            return ExitUsage;
        }

        sync::SyncOptions options;
        options.client.server = settings.server;
        options.client.user = settings.user;
        options.client.allowPlainHttp = settings.allowPlainHttp;
        options.client.trustedFingerprint = settings.trustedFingerprint;
        options.territoryDatabase = settings.territoryDatabase;
        options.structureDatabase = settings.structureDatabase;
        if (parser.isSet(QStringLiteral("password-file"))) {
            QFile file(parser.value(QStringLiteral("password-file")));
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
            options.client.password = QString::fromUtf8(file.readLine()).trimmed();
        } else if (!settings.user.isEmpty()) {
            Result<QString> stored = sync::CredentialStore().read(
                settings.server.toString(QUrl::RemoveUserInfo), settings.user);
            if (!stored)
                context.err() << errorLine(stored.errorMessage()) << Qt::endl;
            else
                options.client.password = *stored;
        }
        if (parser.isSet(QStringLiteral("save"))) {
            if (Status s = state.saveSettings(settings); !s)
                return context.fail(s.errorMessage());
        } else if (parser.isSet(QStringLiteral("trust-fingerprint"))) {
            sync::SyncSettings stored = state.settings(); // the trust is kept; the other options only for this run
            stored.trustedFingerprint = settings.trustedFingerprint;
            if (Status s = state.saveSettings(stored); !s)
                return context.fail(s.errorMessage());
        }

        sync::Replicator replicator(*db, sync::SyncSchema::standard(), options);
        const sync::SyncReport report = replicator.run();
        if (Status s = state.record(report); !s)
            context.err() << errorLine(s.errorMessage()) << Qt::endl;

        if (parser.isSet(QStringLiteral("json")))
            context.printJson(report.toJson());
        if (!report.ok)
            return context.fail(report.error.message);
        if (!parser.isSet(QStringLiteral("json"))) {
            const QLocale locale; // counts in the interface's way: « 1 234 », « 1,234 »
            context.out() << tr("Synchronisation done: %1 sent, %2 received, %3 refused, conflicts to review: %4, "
                                "open incidents: %5 (%6 ms).")
                                 .arg(locale.toString(report.pushed()), locale.toString(report.pulled()),
                                      locale.toString(report.failures()), locale.toString(report.conflicts),
                                      locale.toString(report.openIncidents), locale.toString(report.elapsedMs))
                          << Qt::endl;
            for (const auto &d : report.databases) {
                for (const QString &m : d.failureMessages)
                    context.err() << errorLine(m) << Qt::endl;
                for (const QString &w : d.warnings)
                    context.err() << errorLine(w) << Qt::endl;
            }
        }
        return report.failures() > 0 ? ExitFailure : ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand()
{
    return std::make_unique<SyncCommand>();
}

} // namespace escale::app
