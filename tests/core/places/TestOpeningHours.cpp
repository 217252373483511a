#include "places/OpeningHours.h"

#include <QTest>

using escale::places::OpeningHours;

namespace {

// 2026-11-23 is a Monday.
QDateTime at(int year, int month, int day, int h, int m)
{
    return QDateTime(QDate(year, month, day), QTime(h, m));
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void isOpenAt_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("open");

        const QString epn = QStringLiteral("Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00");
        QTest::newRow("lundi matin, ouvert") << epn << at(2026, 11, 23, 9, 0) << true;
        QTest::newRow("lundi midi, fermé (fin exclue)") << epn << at(2026, 11, 23, 12, 0) << false;
        QTest::newRow("lundi 18:29, ouvert") << epn << at(2026, 11, 23, 18, 29) << true;
        QTest::newRow("samedi après-midi, fermé") << epn << at(2026, 11, 28, 15, 0) << false;
        QTest::newRow("dimanche, fermé") << epn << at(2026, 11, 29, 10, 0) << false;
        const QString weOff = QStringLiteral("Mo-Fr 09:00-12:00,14:00-17:00; We off");
        QTest::newRow("mercredi off") << weOff << at(2026, 11, 25, 10, 0) << false;
        QTest::newRow("jeudi, ouvert malgré We off") << weOff << at(2026, 11, 26, 10, 0) << true;
        const QString ph = QStringLiteral("Mo-Fr 09:00-17:00; PH off");
        QTest::newRow("11 novembre férié") << ph << at(2026, 11, 11, 10, 0) << false;
        QTest::newRow("lundi de Pâques 2026 férié") << ph << at(2026, 4, 6, 10, 0) << false;
        QTest::newRow("mardi ordinaire") << ph << at(2026, 11, 24, 10, 0) << true;
        QTest::newRow("24/7 à 3 h du matin") << QStringLiteral("24/7") << at(2026, 12, 25, 3, 0) << true;
        const QString summer = QStringLiteral("Mo-Fr 09:00-18:00; Jul-Aug Mo-Fr 09:00-12:00");
        QTest::newRow("juillet après-midi, horaires d'été") << summer << at(2026, 7, 15, 15, 0) << false;
        QTest::newRow("juin après-midi") << summer << at(2026, 6, 15, 15, 0) << true;
        const QString christmas = QStringLiteral("Mo-Sa 10:00-19:00; Dec 24-26 off");
        QTest::newRow("25 décembre fermé") << christmas << at(2026, 12, 24, 11, 0) << false;
        QTest::newRow("23 décembre ouvert") << christmas << at(2026, 12, 23, 11, 0) << true;
        const QString night = QStringLiteral("Fr 20:00-02:00");
        QTest::newRow("nuit de vendredi à samedi") << night << at(2026, 11, 28, 1, 30) << true;
        QTest::newRow("samedi 02:00 fermé") << night << at(2026, 11, 28, 2, 0) << false;
        const QString bus = QStringLiteral("week 2-52/2 Tu 09:30-12:00; PH off");
        QTest::newRow("bus semaine paire (48)") << bus << at(2026, 11, 24, 10, 0) << true;
        QTest::newRow("bus semaine impaire (49)") << bus << at(2026, 12, 1, 10, 0) << false;
        QTest::newRow("texte illisible jamais ouvert")
            << QStringLiteral("sur rendez-vous") << at(2026, 11, 23, 10, 0) << false;
    }
    void isOpenAt()
    {
        QFETCH(QString, hours);
        QFETCH(QDateTime, when);
        QFETCH(bool, open);
        QCOMPARE(OpeningHours::parse(hours).isOpenAt(when), open);
    }

    void nextChange_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("next");
        const QString epn = QStringLiteral("Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00");
        QTest::newRow("ouvert → ferme à midi") << epn << at(2026, 11, 23, 10, 0) << at(2026, 11, 23, 12, 0);
        QTest::newRow("pause → rouvre à 14:00") << epn << at(2026, 11, 23, 12, 30) << at(2026, 11, 23, 14, 0);
        QTest::newRow("samedi soir → lundi 09:00") << epn << at(2026, 11, 28, 20, 0) << at(2026, 11, 30, 9, 0);
        QTest::newRow("veille de férié → surlendemain")
            << QStringLiteral("Mo-Fr 09:00-17:00; PH off") << at(2026, 12, 24, 18, 0) << at(2026, 12, 28, 9, 0);
    }
    void nextChange()
    {
        QFETCH(QString, hours);
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, next);
        const auto change = OpeningHours::parse(hours).nextChange(when);
        QVERIFY(change.has_value());
        QCOMPARE(*change, next);
    }

    void describeAt_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");
        const QString epn = QStringLiteral("Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00");
        QTest::newRow("ouvert jusqu'à 18:30") << epn << at(2026, 11, 23, 15, 0) << QStringLiteral("Open until 18:30");
        QTest::newRow("fermé, ouvre à 14:00")
            << epn << at(2026, 11, 23, 12, 15) << QStringLiteral("Closed, opens at 14:00");
        QTest::newRow("fermé, ouvre lundi")
            << epn << at(2026, 11, 28, 13, 0) << QStringLiteral("Closed, opens lundi at 09:00");
        QTest::newRow("mardi seulement") << QStringLiteral("Tu 09:00-12:00") << at(2026, 11, 23, 19, 0)
                                         << QStringLiteral("Closed, opens mardi at 09:00");
        QTest::newRow("24/7") << QStringLiteral("24/7") << at(2026, 11, 23, 19, 0) << QStringLiteral("Open 24/7");
        QTest::newRow("texte gardé tel quel") << QStringLiteral("Sur rendez-vous, le matin") << at(2026, 11, 23, 19, 0)
                                              << QStringLiteral("Sur rendez-vous, le matin");
    }
    void describeAt()
    {
        QFETCH(QString, hours);
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        QCOMPARE(OpeningHours::parse(hours).describeAt(when), expected);
    }

    void unparseableTextIsKeptWithAWarning_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::newRow("phrase") << QStringLiteral("Sur rendez-vous uniquement");
        QTest::newRow("heure impossible") << QStringLiteral("Mo 25:00-26:00");
        QTest::newRow("jour inconnu") << QStringLiteral("Lu-Ve 09:00-12:00");
        QTest::newRow("repli ||") << QStringLiteral("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"");
    }
    void unparseableTextIsKeptWithAWarning()
    {
        QFETCH(QString, hours);
        const OpeningHours h = OpeningHours::parse(hours);
        QVERIFY(!h.isValid());
        QCOMPARE(h.text(), hours);
        QVERIFY(!h.warning().isEmpty());
    }

    void franceServicesDayHours_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("osm");
        QTest::addColumn<bool>("readable");
        QTest::newRow("deux plages") << QStringLiteral("09:00 - 12:00 / 14:00 - 17:00")
                                     << QStringLiteral("09:00-12:00,14:00-17:00") << true;
        QTest::newRow("notation 8h30") << QStringLiteral("08h30 - 12h00") << QStringLiteral("08:30-12:00") << true;
        QTest::newRow("fermé") << QStringLiteral("Fermé") << QString() << true;
        QTest::newRow("vide") << QString() << QString() << true;
        QTest::newRow("rendez-vous") << QStringLiteral("sur rendez-vous") << QString() << false;
    }
    void franceServicesDayHours()
    {
        QFETCH(QString, day);
        QFETCH(QString, osm);
        QFETCH(bool, readable);
        const auto r = escale::places::osmTimesFromFranceServices(day);
        QCOMPARE(r.has_value(), readable);
        if (readable)
            QCOMPARE(*r, osm);
    }

    void realFileHoursAllParse_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::newRow("bus Charente") << QStringLiteral("week 1-53/2 Tu 09:00-12:30,13:30-15:30; PH off");
        QTest::newRow("mercredi off") << QStringLiteral("Mo-Th 09:00-12:00,13:30-16:30; Fr,Sa 09:00-12:00; We off");
        QTest::newRow("Tu,We off") << QStringLiteral("Mo-Fr 09:00-12:00,14:00-17:00; Tu,We off");
        QTest::newRow("Tu-Su") << QStringLiteral("Tu-Su 09:00-22:00,09:00-11:30; Th 09:00-11:30; Fr off");
    }
    void realFileHoursAllParse()
    {
        QFETCH(QString, hours);
        const OpeningHours h = OpeningHours::parse(hours);
        QVERIFY2(h.isValid(), qPrintable(h.warning()));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "TestOpeningHours.moc"
