#include "sync/CredentialStore.h"

#include <QCoreApplication>

#ifdef ESCALE_HAVE_KEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace escale::sync {

namespace {

QString tr(const char *text)
{
    // lupdate files this tr() under the class when called from its members, and under "escale::sync"
    // when called from the free functions of this file: look in both.
    const QString translated = QCoreApplication::translate("escale::sync::CredentialStore", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("escale::sync", text);
}

const QString kService = QStringLiteral("escale-sync");

#ifdef ESCALE_HAVE_KEYCHAIN
Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        return {QStringLiteral("sync.no-keychain"),
                tr("No keychain is available on this computer: the password is not stored; it will be asked for "
                   "again (or use --password-file).")};
    if (job.error() == QKeychain::EntryNotFound)
        return {QStringLiteral("sync.no-password"), tr("No password is stored for this server and user.")};
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return {QStringLiteral("sync.keychain-denied"), tr("Access to the keychain was refused.")};
    return {QStringLiteral("sync.keychain"), tr("The keychain failed: %1").arg(job.errorString())};
}

template<typename Job>
void runJob(Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
#endif

} // namespace

bool CredentialStore::compiledIn()
{
#ifdef ESCALE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString CredentialStore::key(const QString &server, const QString &user)
{
    return user + QLatin1Char('@') + server;
}

Result<QString> CredentialStore::read(const QString &server, const QString &user) const
{
#ifdef ESCALE_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key(server, user));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
#else
    Q_UNUSED(server)
    Q_UNUSED(user)
    return Error{QStringLiteral("sync.no-keychain"),
                 tr("This build of Escale has no keychain support: the password is not stored; it will be asked "
                    "for again (or use --password-file).")};
#endif
}

Status CredentialStore::write(const QString &server, const QString &user, const QString &password)
{
#ifdef ESCALE_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key(server, user));
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
#else
    Q_UNUSED(server)
    Q_UNUSED(user)
    Q_UNUSED(password)
    return Status::failure(QStringLiteral("sync.no-keychain"),
                           tr("This build of Escale has no keychain support: the password is kept only until Escale "
                              "closes."));
#endif
}

Status CredentialStore::remove(const QString &server, const QString &user)
{
#ifdef ESCALE_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key(server, user));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
#else
    Q_UNUSED(server)
    Q_UNUSED(user)
    return {};
#endif
}

} // namespace escale::sync
