#include "ui/settings/PositionSettingsBox.h"
#include "ui/settings/SettingsPage.h"

#include "TestSupport.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWheelEvent>

using namespace escale;
using namespace escale::ui;
using Kind = geo::PositionSettings::Kind;
Q_DECLARE_METATYPE(escale::geo::PositionSettings::Kind)

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

} // namespace

class TestPositionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupIsInParametresAndFollowsTheChoice()
    {
        test::TempDatabase db;
        SettingsPage page(AppServices { *db, db.clock });
        auto *box = child<PositionSettingsBox>(&page, "positionSettingsBox");
        QVERIFY(box);
        auto *kind = child<QComboBox>(box, "positionKindCombo");
        auto *serial = child<QComboBox>(box, "serialPortCombo");
        auto *host = child<QLineEdit>(box, "gpsdHostLineEdit");
        QVERIFY(kind && serial && host);
        QCOMPARE(box->settings().kind, Kind::Automatic);
        QVERIFY(!serial->isEnabled());
        QVERIFY(!host->isEnabled());
        // Every field has a label with a mnemonic (Alt+letter) that focuses it.
        int buddies = 0;
        for (QLabel *label : box->findChildren<QLabel *>())
            if (label->buddy()) {
                QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
                ++buddies;
            }
        QCOMPARE(buddies, 5);
        // Chosen with the keyboard: Down moves to « GPS série », then to « gpsd ».
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(box->settings().kind, Kind::Serial);
        QVERIFY(serial->isEnabled());
        QVERIFY(!host->isEnabled());
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(box->settings().kind, Kind::Gpsd);
        QVERIFY(host->isEnabled());
        QVERIFY(!serial->isEnabled());
    }

    // QA: on the scrolling Paramètres page, the wheel over a list or a number field changed it. Now they
    // change with the wheel only once focused; the wheel otherwise goes on to the page.
    void wheelOverTheSettingsFieldsScrollsThePage()
    {
        test::TempDatabase db;
        SettingsPage page(AppServices { *db, db.clock });
        page.resize(1140, 690);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *kind = child<QComboBox>(&page, "positionKindCombo");
        QVERIFY(kind);
        const int before = kind->currentIndex();
        const QPointF local(kind->width() / 2.0, kind->height() / 2.0);
        QWheelEvent wheel(local, kind->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(kind, &wheel);
        QVERIFY(!wheel.isAccepted()); // handed on to the scroll area
        QCOMPARE(kind->currentIndex(), before);
        int fields = 0;
        for (QWidget *w : page.findChildren<QWidget *>())
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
                QVERIFY2(w->focusPolicy() != Qt::WheelFocus, qPrintable(w->objectName()));
                ++fields;
            }
        QVERIFY(fields >= 2);
    }

    void savedChoiceIsReadBack_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("port");
        QTest::addColumn<int>("baud");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("gpsdPort");
        QTest::newRow("GPS série") << Kind::Serial << QStringLiteral("/dev/ttyUSB0") << 9600 << QStringLiteral("127.0.0.1") << 2947;
        QTest::newRow("gpsd") << Kind::Gpsd << QString() << 4800 << QStringLiteral("192.168.1.20") << 2948;
        QTest::newRow("aucun") << Kind::None << QString() << 4800 << QStringLiteral("127.0.0.1") << 2947;
    }
    void savedChoiceIsReadBack()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, port);
        QFETCH(int, baud);
        QFETCH(QString, host);
        QFETCH(int, gpsdPort);
        test::TempDatabase db;
        PositionSettingsBox box(AppServices { *db, db.clock });
        auto *kindCombo = child<QComboBox>(&box, "positionKindCombo");
        kindCombo->setCurrentIndex(kindCombo->findData(geo::PositionSettings::kindCode(kind)));
        child<QComboBox>(&box, "serialPortCombo")->setCurrentText(port);
        auto *baudCombo = child<QComboBox>(&box, "baudRateCombo");
        baudCombo->setCurrentIndex(baudCombo->findData(baud));
        child<QLineEdit>(&box, "gpsdHostLineEdit")->setText(host);
        child<QSpinBox>(&box, "gpsdPortSpinBox")->setValue(gpsdPort);
        QSignalSpy saved(&box, &PositionSettingsBox::saved);
        QTest::mouseClick(child<QPushButton>(&box, "savePositionButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);

        const geo::PositionSettings stored = geo::PositionSettings::load(*db);
        QCOMPARE(stored.kind, kind);
        QCOMPARE(stored.serialPort, port);
        QCOMPARE(stored.baudRate, baud);
        QCOMPARE(stored.gpsdHost, host);
        QCOMPARE(stored.gpsdPort, gpsdPort);
        PositionSettingsBox again(AppServices { *db, db.clock });
        QVERIFY(again.settings() == stored);
        QCOMPARE(child<QPushButton>(&again, "testPositionButton")->isEnabled(), kind != Kind::None);
    }

    void testButtonSaysWhatWentWrong_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("port série absent") << Kind::Serial << QStringLiteral("/dev/ttyESCALE-absent");
        QTest::newRow("gpsd absent") << Kind::Gpsd << QStringLiteral("127.0.0.1:");
    }
    void testButtonSaysWhatWentWrong()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, expected);
        test::TempDatabase db;
        PositionSettingsBox box(AppServices { *db, db.clock });
        geo::PositionSettings s;
        s.kind = kind;
        s.serialPort = QStringLiteral("/dev/ttyESCALE-absent");
        s.gpsdPort = freePort();
        box.setSettings(s);
        QSignalSpy finished(&box, &PositionSettingsBox::testFinished);
        QTest::mouseClick(child<QPushButton>(&box, "testPositionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString status = child<QLabel>(&box, "positionStatusLabel")->text();
        QVERIFY2(status.contains(expected), qPrintable(status));
        QVERIFY(child<QPushButton>(&box, "testPositionButton")->isEnabled()); // can try again
    }

    void testButtonShowsTheFirstPosition()
    {
        // A gpsd stand-in that answers the watch request with one fix.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *client = server.nextPendingConnection();
            client->write(R"({"class":"VERSION","release":"3.22"})"
                          "\r\n"
                          "$GPRMC,073010.00,A,4535.2716,N,00009.6000,E,29.2,0.0,231126,,,A*6D\r\n"
                          "$GPRMC,073020.00,A,4535.3525,N,00009.6000,E,29.2,0.0,231126,,,A*6D\r\n"
                          "$GPRMC,073030.00,A,4535.4334,N,00009.6000,E,29.2,0.0,231126,,,A*6D\r\n");
        });
        test::TempDatabase db;
        PositionSettingsBox box(AppServices { *db, db.clock });
        geo::PositionSettings s;
        s.kind = Kind::Gpsd;
        s.gpsdPort = server.serverPort();
        box.setSettings(s);
        QSignalSpy finished(&box, &PositionSettingsBox::testFinished);
        QTest::mouseClick(child<QPushButton>(&box, "testPositionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString status = child<QLabel>(&box, "positionStatusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("45.58786")) && status.contains(QStringLiteral("0.16000")), qPrintable(status));

        if (!qEnvironmentVariableIsEmpty("ESCALE_SCREENSHOTS")) {
            SettingsPage page(AppServices { *db, db.clock });
            page.resize(900, 1400);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/settings-position.png"));
            box.resize(700, 320);
            box.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/position-box.png"));
        }
    }

    void noTestWhenNoSourceAndNoSignalWithoutAPosition()
    {
        test::TempDatabase db;
        PositionSettingsBox box(AppServices { *db, db.clock });
        // A server that accepts and says nothing: « Tester » gives up after its timeout with a message.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        geo::PositionSettings s;
        s.kind = Kind::Gpsd;
        s.gpsdPort = server.serverPort();
        box.setSettings(s);
        box.setTestTimeout(500);
        QSignalSpy finished(&box, &PositionSettingsBox::testFinished);
        QTest::mouseClick(child<QPushButton>(&box, "testPositionButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(&box, "testPositionButton")->isEnabled()); // one test at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString status = child<QLabel>(&box, "positionStatusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("gpsd")), qPrintable(status));
    }
};

QTEST_MAIN(TestPositionSettings)
#include "TestPositionSettings.moc"
