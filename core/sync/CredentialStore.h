#pragma once

#include "common/Result.h"

#include <QString>

namespace escale::sync {

// The sync password in the OS keychain (qtkeychain: Secret Service / KWallet, macOS Keychain, Windows
// Credential Manager). Where there is none (a build without qtkeychain, or no keychain service running),
// nothing is written anywhere: the password is asked for at each session (GUI) or read from
// --password-file (command line), and the message says so.
class CredentialStore
{
public:
    // True when this build has qtkeychain.
    static bool compiledIn();

    Result<QString> read(const QString &server, const QString &user) const;
    Status write(const QString &server, const QString &user, const QString &password);
    Status remove(const QString &server, const QString &user);

    static QString key(const QString &server, const QString &user);
};

} // namespace escale::sync
