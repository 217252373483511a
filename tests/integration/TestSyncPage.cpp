// The Synchronisation section driven as a person would: fill the server, save, « Synchroniser
// maintenant », and read the state, the counts and the error in words.

#include "PouchServer.h"
#include "SyncFixtures.h"
#include "TlsProxy.h"
#include "sync/CouchClient.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"
#include "ui/sync/SyncPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInformation>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace escale;
using namespace escale::test;

// Stands for QNetworkInformation: the same signal, emitted by the test.
class FakeReachability : public QObject
{
    Q_OBJECT
signals:
    void reachabilityChanged(QNetworkInformation::Reachability reachability);
};

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_server.start())
            QSKIP(qPrintable(m_server.skipReason()));
        QVERIFY(m_server.createDatabase(QStringLiteral("territoire-hérault")));
    }

    void syncNowShowsLastSuccessAndNothingPending()
    {
        TempDatabase db;
        ESCALE_VERIFY_OK(db->exec(QStringLiteral(
            "INSERT INTO structure (id, updated_at, origin, nom, adresse, commune, code_postal) VALUES "
            "('s1', '2026-11-20T08:00:00.000Z', 'x', 'Médiathèque de Lodève', '1 place de l''Hôtel de ville', "
            "'Lodève', '34700')")));
        ui::SyncPage page(AppServices{*db, db.clock});
        page.resize(1000, 740);
        page.show();
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pendingLabel"))->text(), QStringLiteral("1 change(s) waiting"));
        page.findChild<QLineEdit *>(QStringLiteral("serverLineEdit"))->setText(m_server.url().toString());
        page.findChild<QLineEdit *>(QStringLiteral("territoryLineEdit"))
            ->setText(QStringLiteral("territoire-hérault"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
        QSignalSpy finished(page.service(), &sync::SyncService::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncNowButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pendingLabel"))->text(), QStringLiteral("none"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastSuccessLabel"))->text() != QStringLiteral("never"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("lastErrorLabel"))->text(), QStringLiteral("none"));
        QCOMPARE(m_server.get(QStringLiteral("/territoire-h%C3%A9rault/structure:s1")).status, 200);
        if (!qEnvironmentVariableIsEmpty("ESCALE_SCREENSHOTS"))
            page.grab().save(QStringLiteral("/tmp/sync-page.png"));
    }

    void unreachableServerIsShownInWords()
    {
        TempDatabase db;
        ui::SyncPage page(AppServices{*db, db.clock});
        page.findChild<QLineEdit *>(QStringLiteral("serverLineEdit"))
            ->setText(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort()));
        page.findChild<QLineEdit *>(QStringLiteral("territoryLineEdit"))->setText(QStringLiteral("territoire"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
        QSignalSpy finished(page.service(), &sync::SyncService::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncNowButton")), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastErrorLabel"))->text().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("lastSuccessLabel"))->text(), QStringLiteral("never"));
    }

    // A self-signed server: the error says so with the fingerprint; the coordinator enters that
    // fingerprint as the trusted certificate, saves, and the next sync goes through over TLS.
    void selfSignedServerIsTrustedOnceItsFingerprintIsEntered()
    {
        TestCertificates certificates;
        if (!QSslSocket::supportsSsl() || !certificates.ok())
            QSKIP("no TLS backend or no openssl");
        TlsProxy proxy(m_server.url(), certificates.certificate(QStringLiteral("self")),
                       certificates.key(QStringLiteral("self")));
        TempDatabase db;
        ui::SyncPage page(AppServices{*db, db.clock});
        page.resize(1000, 900);
        page.show();
        page.findChild<QLineEdit *>(QStringLiteral("serverLineEdit"))->setText(proxy.url().toString());
        page.findChild<QLineEdit *>(QStringLiteral("territoryLineEdit"))->setText(QStringLiteral("territoire-hérault"));
        auto *fingerprint = page.findChild<QLineEdit *>(QStringLiteral("fingerprintLineEdit"));
        QVERIFY(fingerprint);
        fingerprint->setText(QStringLiteral("AB:CD"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settingsStatusLabel"))->text().contains(QStringLiteral("not a SHA-256")));
        fingerprint->clear();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);

        QSignalSpy finished(page.service(), &sync::SyncService::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncNowButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        const QString presented = sync::CouchClient::fingerprint(certificates.certificate(QStringLiteral("self")));
        const QString error = page.findChild<QLabel *>(QStringLiteral("lastErrorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("self-signed")) && error.contains(presented), qPrintable(error));
        QCOMPARE(proxy.decryptedBytes(), 0);
        QTest::qWait(50); // the layout takes the error's height
        const QLabel *errorLabel = page.findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
        QVERIFY(errorLabel->height() >= errorLabel->heightForWidth(errorLabel->width())); // shown whole
        if (!qEnvironmentVariableIsEmpty("ESCALE_SCREENSHOTS"))
            page.grab().save(QStringLiteral("/tmp/sync-page-certificate.png"));

        fingerprint->setText(presented.toLower().remove(QLatin1Char(':')));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
        QCOMPARE(fingerprint->text(), presented); // shown as kept
        QCOMPARE(sync::SyncState(*db).settings().trustedFingerprint, presented);
        finished.clear();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncNowButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("lastErrorLabel"))->text(), QStringLiteral("none"));
        QVERIFY(proxy.decryptedBytes() > 0);
    }

    void connectivityAppearingStartsAnAutomaticSync()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("territoire-connexion")));
        TempDatabase db;
        ESCALE_VERIFY_OK(db->exec(QStringLiteral(
            "INSERT INTO structure (id, updated_at, origin, nom, adresse, commune, code_postal) VALUES "
            "('s2', '2026-11-20T08:00:00.000Z', 'x', 'Cyberbus du Larzac', 'Place du marché', 'La Cavalerie', "
            "'12230')")));
        sync::SyncSettings settings;
        settings.server = m_server.url();
        settings.territoryDatabase = QStringLiteral("territoire-connexion");
        settings.intervalMinutes = 0; // only connectivity starts a run here
        settings.automatic = true;
        ESCALE_VERIFY_OK(sync::SyncState(*db).saveSettings(settings));
        sync::SyncService service(*db, sync::SyncSchema::standard());
        FakeReachability network;
        connect(&network, &FakeReachability::reachabilityChanged, &service, &sync::SyncService::onReachabilityChanged);
        QSignalSpy started(&service, &sync::SyncService::started);
        QSignalSpy finished(&service, &sync::SyncService::finished);

        // Automatic runs not enabled: the network coming back starts nothing.
        emit network.reachabilityChanged(QNetworkInformation::Reachability::Online);
        QCOMPARE(started.count(), 0);

        service.setAutomatic(true);
        // Offline (the cyberbus on the road): nothing starts, and the service knows it is offline.
        emit network.reachabilityChanged(QNetworkInformation::Reachability::Disconnected);
        QVERIFY(!service.isOnline());
        QCOMPARE(started.count(), 0);
        // A captive portal or local network only is not « online » either.
        emit network.reachabilityChanged(QNetworkInformation::Reachability::Local);
        QCOMPARE(started.count(), 0);
        QCOMPARE(m_server.get(QStringLiteral("/territoire-connexion/structure:s2")).status, 404);

        // Connectivity appears: a run starts by itself and sends the waiting edit.
        emit network.reachabilityChanged(QNetworkInformation::Reachability::Online);
        QVERIFY(service.isOnline());
        QCOMPARE(started.count(), 1);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(m_server.get(QStringLiteral("/territoire-connexion/structure:s2")).status, 200);
        QVERIFY(!sync::SyncState(*db).lastSuccess().isEmpty());

        // Automatic runs switched off: connectivity coming back again starts nothing.
        service.setAutomatic(false);
        emit network.reachabilityChanged(QNetworkInformation::Reachability::Disconnected);
        emit network.reachabilityChanged(QNetworkInformation::Reachability::Online);
        QCOMPARE(started.count(), 1);
    }

private:
    PouchServer m_server;
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
