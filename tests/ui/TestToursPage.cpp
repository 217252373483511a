// The « Tournées » screens (issue 9): a tour and a stop typed at the keyboard, seen in the stops table
// and in the week's schedule; a refused stop shows why and saves nothing; the current stop chosen by
// hand in the status bar; a replayed NMEA log driving the status to the detected stop.
#include "TestSupport.h"

#include "geo/PositionSource.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourStore.h"
#include "places/Place.h"
#include "structure/StructureProfile.h"
#include "ui/itinerant/CurrentStopBar.h"
#include "ui/itinerant/OfflineBadge.h"
#include "ui/itinerant/StopEditDialog.h"
#include "ui/itinerant/ToursPage.h"
#include "ui/main/MainWindow.h"
#include "ui/sections/Sections.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGeoPositionInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNmeaPositionInfoSource>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTranslator>

using namespace escale;
using namespace escale::itinerant;
using ui::CurrentStopBar;
using ui::StopEditDialog;
using ui::ToursPage;

namespace {

// Monday 23 November 2026, 07:00 UTC (08:00 in Paris): the day of the NMEA log.
QDateTime mondayMorning()
{
    return QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC);
}

// Qt's NMEA parser, one sentence at a time (as TestStopDetector): the log is replayed without waiting.
class NmeaParser : public QNmeaPositionInfoSource
{
public:
    NmeaParser() : QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode) {}
    geo::Position parse(const QByteArray &line)
    {
        QGeoPositionInfo info;
        bool hasFix = false;
        if (!parsePosInfoFromNmeaData(line.constData(), int(line.size()), &info, &hasFix) || !hasFix)
            return {};
        return geo::PositionSource::fromQt(info);
    }
};

QList<geo::Position> driveLog()
{
    QFile file(test::testData(QStringLiteral("itinerant/drive-three-stops.nmea")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    NmeaParser parser;
    QList<geo::Position> positions;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            positions << parser.parse(line);
    }
    return positions;
}

// A tour with the three stops of the NMEA log (1.5 km apart on a north-south road), every Monday.
QString createDriveTour(storage::Database &db, const QDate &from, QStringList *ids = nullptr)
{
    TourStore store(db);
    Tour tour;
    tour.name = QStringLiteral("Cyberbus Charente Nord");
    const QString tourId = store.saveTour(tour).value();
    const double lats[] = {45.60, 45.6134898, 45.6269796};
    const char *names[] = {"Aigre", "Mansle", "Ruffec"};
    for (int i = 0; i < 3; ++i) {
        Stop s;
        s.tourId = tourId;
        s.name = QStringLiteral("Place de la mairie");
        s.commune = QString::fromLatin1(names[i]);
        s.latitude = lats[i];
        s.longitude = 0.16;
        s.start = QTime(8 + i, 0);
        s.end = QTime(8 + i, 50);
        s.recurrence.kind = Recurrence::Kind::Weekly;
        s.recurrence.weekday = 1;
        s.recurrence.startDate = from;
        auto saved = store.saveStop(s);
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        if (ids)
            *ids << saved.value();
    }
    return tourId;
}

void createStructure(storage::Database &db)
{
    structure::StructureProfile p;
    p.nom = QStringLiteral("France Services itinérante du Ruffécois");
    p.adresse = QStringLiteral("1 place du Général de Gaulle");
    p.commune = QStringLiteral("Ruffec");
    p.codePostal = QStringLiteral("16700");
    p.typologie = {QStringLiteral("RFS")};
    structure::StructureStore store(db);
    QVERIFY(store.completeFirstRun(p, QStringLiteral("Camille")).ok());
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Replaces the text of a line edit as a person does: focus, select all, type.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void typeTime(QTimeEdit *edit, const QString &hhmm)
{
    // Reached with Tab, a time field selects its hour: typing « 1400 » then replaces it.
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, hhmm);
}

StopEditDialog *openNewStop(ToursPage &page)
{
    auto *add = child<QPushButton>(&page, "addStopButton");
    if (!add || !add->isEnabled())
        return nullptr;
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = page.findChild<StopEditDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList rowTexts(QTableWidget *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return out;
}

} // namespace

class TestToursPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EscaleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestToursPage"));
        QSettings().clear();
        // Screenshots in French: ESCALE_QM names the built escale_fr.qm. The assertions run in English.
        if (qEnvironmentVariableIsSet("ESCALE_QM")) {
            auto *translator = new QTranslator(this);
            if (translator->load(qEnvironmentVariable("ESCALE_QM")))
                QCoreApplication::installTranslator(translator);
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        } else {
            // ctest runs under LANG=fr_FR: the assertions read English day and month names.
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        }
    }

    // A tour and a stop typed at the keyboard appear in the table and in the week's schedule.
    void typedTourAndStopAppearInTableAndWeek()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        ToursPage page({*db, db.clock});
        page.resize(1150, 650);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy changed(&page, &ToursPage::toursChanged);

        auto *newTour = child<QLineEdit>(&page, "newTourEdit");
        typeInto(newTour, QStringLiteral("Cyberbus Charente Nord"));
        QTest::keyClick(newTour, Qt::Key_Return);
        auto *tours = child<QListWidget>(&page, "toursList");
        QCOMPARE(tours->count(), 1);
        QCOMPARE(tours->currentItem()->text(), QStringLiteral("Cyberbus Charente Nord"));
        QCOMPARE(changed.count(), 1);

        StopEditDialog *dialog = openNewStop(page);
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "stopNameEdit"), QStringLiteral("Place de la mairie"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "stopCommuneEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Aigre"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("16005"));
        typeTime(child<QTimeEdit>(dialog, "stopStartEdit"), QStringLiteral("0930"));
        typeTime(child<QTimeEdit>(dialog, "stopEndEdit"), QStringLiteral("1215"));
        // Every 2 weeks on Wednesday, from this Monday: the 25th is served, not the 2nd of December.
        auto *kind = child<QComboBox>(dialog, "stopRecurrenceCombo");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentIndex(), 1);
        auto *weekday = child<QComboBox>(dialog, "stopWeekdayCombo");
        weekday->setFocus();
        QTest::keyClick(weekday, Qt::Key_Down);
        QTest::keyClick(weekday, Qt::Key_Down);
        QCOMPARE(weekday->currentData().toInt(), 3);
        QVERIFY(child<QSpinBox>(dialog, "stopIntervalSpin")->isVisible());
        QCOMPARE(child<QLabel>(dialog, "stopRecurrenceDescription")->text(), QStringLiteral("Every 2 weeks on Wednesday"));
        typeInto(child<QLineEdit>(dialog, "stopLatitudeEdit"), QStringLiteral("45,6"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(child<QLineEdit>(dialog, "stopLongitudeEdit"), QStringLiteral("0.16"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveStopButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<StopEditDialog *>()); // closed and deleted
        QCOMPARE(changed.count(), 2);

        auto *table = child<QTableWidget>(&page, "stopsTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(rowTexts(table, 0), (QStringList{QStringLiteral("Place de la mairie"), QStringLiteral("Aigre (16005)"),
                                                  QStringLiteral("Wednesday"), QStringLiteral("09:30 – 12:15"),
                                                  QStringLiteral("Every 2 weeks on Wednesday"),
                                                  QStringLiteral("45.60000, 0.16000")}));
        const QList<Stop> stored = TourStore(*db).stops(page.selectedTourId());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().codeInsee, QStringLiteral("16005"));
        QCOMPARE(stored.first().recurrence.intervalWeeks, 2);
        QCOMPARE(stored.first().recurrence.startDate, QDate(2026, 11, 23));

        // Enter on the row edits the stop: same stop, new name (Alt+S saves).
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        dialog = page.findChild<StopEditDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(child<QLineEdit>(dialog, "stopNameEdit")->text(), QStringLiteral("Place de la mairie"));
        typeInto(child<QLineEdit>(dialog, "stopNameEdit"), QStringLiteral("Place du Foirail"));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!page.findChild<StopEditDialog *>()); // closed and deleted
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Place du Foirail"));
        QCOMPARE(TourStore(*db).stops(page.selectedTourId()).first().id, stored.first().id);
        typeInto(child<QLineEdit>(&page, "newTourEdit"), QString()); // nothing typed: no tour added
        QTest::keyClick(child<QLineEdit>(&page, "newTourEdit"), Qt::Key_Return);
        QCOMPARE(tours->count(), 1);

        // The week of Monday 23 November: Wednesday 25 holds the stop, the other days say « no stop ».
        auto *week = child<QTableWidget>(&page, "weekTable");
        QCOMPARE(week->rowCount(), 7);
        QCOMPARE(rowTexts(week, 2), (QStringList{QStringLiteral("Wednesday 25 November"), QStringLiteral("09:30 – 12:15"),
                                                 QStringLiteral("Place du Foirail"), QStringLiteral("Aigre")}));
        QCOMPARE(week->item(0, 2)->text(), QStringLiteral("no stop"));
        QVERIFY(child<QLabel>(&page, "weekLabel")->text().contains(QStringLiteral("23 November")));
        // Next week: not served (every other week); the one after: Wednesday 9 December.
        QTest::mouseClick(child<QPushButton>(&page, "nextWeekButton"), Qt::LeftButton);
        QCOMPARE(week->rowCount(), 7);
        QCOMPARE(week->item(2, 2)->text(), QStringLiteral("no stop"));
        QTest::mouseClick(child<QPushButton>(&page, "nextWeekButton"), Qt::LeftButton);
        QCOMPARE(week->item(2, 2)->text(), QStringLiteral("Place du Foirail"));
        QCOMPARE(week->item(2, 0)->text(), QStringLiteral("Wednesday 9 December"));
        // A click on a day of the week shows that day.
        QTest::mouseClick(week->viewport(), Qt::LeftButton, {}, week->visualItemRect(week->item(2, 0)).center());
        QCOMPARE(page.shownDay(), QDate(2026, 12, 9));
        QCOMPARE(child<QTableWidget>(&page, "dayTable")->item(0, 1)->text(), QStringLiteral("Place du Foirail (Aigre)"));
        QTest::mouseClick(child<QPushButton>(&page, "thisWeekButton"), Qt::LeftButton);
        QCOMPARE(page.shownDay(), QDate(2026, 11, 23));
        QVERIFY(child<QLabel>(&page, "dayLabel")->text().startsWith(QStringLiteral("Today")));
    }

    // A stop the store refuses shows the reason next to the form, stays open, and nothing is saved.
    void refusedStopShowsTheMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("latitude");
        QTest::addColumn<QString>("longitude");
        QTest::addColumn<bool>("fifthMondayOfFebruary");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "" << "0900" << "1200" << "" << "" << false << "A stop needs a name.";
        QTest::newRow("hours reversed") << "Mairie" << "1400" << "1000" << "" << "" << false
                                        << "The stop ends (10:00) before it starts (14:00).";
        QTest::newRow("latitude alone") << "Mairie" << "0900" << "1200" << "45.6" << "" << false
                                        << "Give both the latitude and the longitude of the stop, or neither.";
        QTest::newRow("not a number") << "Mairie" << "0900" << "1200" << "45°36'" << "0.16" << false
                                      << "The latitude « 45°36' » is not a number (e.g. 45.6 or 45,6).";
        QTest::newRow("swapped") << "Mairie" << "0900" << "1200" << "0.16" << "45.6" << false
                                 << "The latitude and the longitude of the stop seem swapped.";
        QTest::newRow("never occurs") << "Mairie" << "0900" << "1200" << "" << "" << true
                                      << "no month served in that period has a 5th Monday";
    }

    void refusedStopShowsTheMessage()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        QFETCH(QString, name);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, latitude);
        QFETCH(QString, longitude);
        QFETCH(bool, fifthMondayOfFebruary);
        QFETCH(QString, message);
        test::TempDatabase db(mondayMorning());
        Tour tour;
        tour.name = QStringLiteral("Cyberbus");
        const QString tourId = TourStore(*db).saveTour(tour).value();
        ToursPage page({*db, db.clock});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        StopEditDialog *dialog = openNewStop(page);
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "stopNameEdit"), name);
        typeTime(child<QTimeEdit>(dialog, "stopStartEdit"), start);
        typeTime(child<QTimeEdit>(dialog, "stopEndEdit"), end);
        typeInto(child<QLineEdit>(dialog, "stopLatitudeEdit"), latitude);
        typeInto(child<QLineEdit>(dialog, "stopLongitudeEdit"), longitude);
        if (fifthMondayOfFebruary) {
            auto *kind = child<QComboBox>(dialog, "stopRecurrenceCombo");
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_End);
            auto *nth = child<QComboBox>(dialog, "stopNthCombo");
            nth->setFocus();
            QTest::keyClick(nth, Qt::Key_End);
            auto *february = child<QCheckBox>(dialog, "stopMonth2Check");
            february->setFocus();
            QTest::keyClick(february, Qt::Key_Space);
            QCOMPARE(child<QLabel>(dialog, "stopRecurrenceDescription")->text(),
                     QStringLiteral("Every 5th Monday of the month (only in February)"));
        }
        QTest::mouseClick(child<QPushButton>(dialog, "saveStopButton"), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "stopErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(TourStore(*db).stops(tourId).size(), 0);
        QCOMPARE(child<QTableWidget>(&page, "stopsTable")->rowCount(), 0);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_STOP_ERROR") && QTest::currentDataTag() == QByteArray("never occurs"))
            dialog->grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_STOP_ERROR"));
        dialog->reject();
    }

    // A stop that no longer occurs (its period is over) is said in a calm line, not dropped.
    void scheduleProblemsAreSaid()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        QStringList ids;
        const QString tourId = createDriveTour(*db, QDate(2026, 11, 2), &ids);
        Stop summer = TourStore(*db).stop(ids.at(0)).value();
        summer.id.clear();
        summer.name = QStringLiteral("Plage");
        summer.start = QTime(14, 0); // the afternoon: not at the same time as the morning's stops
        summer.end = QTime(15, 0);
        summer.recurrence.endDate = QDate(2026, 12, 31);
        QVERIFY(TourStore(*db).saveStop(summer).ok());
        ToursPage page({*db, db.clock});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *problems = child<QLabel>(&page, "scheduleProblemsLabel");
        // Before its end, only announced as ending soon (stopEndingSoonIsAnnounced).
        QVERIFY(!problems->isVisible() || !problems->text().contains(QStringLiteral("no longer served")));
        db.clock.set(QDateTime(QDate(2027, 1, 11), QTime(8, 0), Qt::UTC));
        page.refresh();
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().startsWith(QStringLiteral("« Plage »: This stop is no longer served")), qPrintable(problems->text()));
        QCOMPARE(child<QTableWidget>(&page, "stopsTable")->rowCount(), 4); // still listed
        Q_UNUSED(tourId);
    }

    // QA 4, #22: a fortnightly stop imported until 3 January 2027 is announced six weeks ahead, with
    // what to do; a weekly stop without an end date is not.
    void stopEndingSoonIsAnnounced_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("announced");
        QTest::newRow("nine weeks before") << QDate(2026, 11, 1) << false;
        QTest::newRow("just imported (QA: 21/11)") << QDate(2026, 11, 21) << true;
        QTest::newRow("its last day") << QDate(2027, 1, 3) << true;
        QTest::newRow("ended") << QDate(2027, 1, 11) << false; // « no longer served » instead
    }
    void stopEndingSoonIsAnnounced()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        QFETCH(QDate, today);
        QFETCH(bool, announced);
        test::TempDatabase db(mondayMorning());
        QStringList ids;
        createDriveTour(*db, QDate(2026, 11, 2), &ids);
        Stop tusson = TourStore(*db).stop(ids.at(0)).value();
        tusson.id.clear();
        tusson.name = QStringLiteral("Place de la poste");
        tusson.commune = QStringLiteral("Tusson");
        tusson.start = QTime(14, 0);
        tusson.end = QTime(15, 0);
        tusson.recurrence.kind = Recurrence::Kind::EveryNWeeks;
        tusson.recurrence.intervalWeeks = 2;
        tusson.recurrence.startDate = QDate(2026, 11, 16);
        tusson.recurrence.endDate = QDate(2027, 1, 3);
        QVERIFY(TourStore(*db).saveStop(tusson).ok());
        db.clock.set(QDateTime(today, QTime(8, 0), Qt::UTC));
        ToursPage page({*db, db.clock});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *problems = child<QLabel>(&page, "scheduleProblemsLabel");
        const QString text = problems->isVisible() ? problems->text() : QString();
        QCOMPARE(text.contains(QStringLiteral(" served until Sunday 3 January 2027 only (Tusson)")), announced);
        QCOMPARE(text.contains(QStringLiteral("import the itinerant places again")), announced);
        QCOMPARE(text.count(QStringLiteral("served until")), announced ? 1 : 0); // the weekly stops: never
    }

    // Printing a timetable whose stops overlap warns first (QA: two villages on the same Friday
    // morning, printed without a word); correcting the stops is the default, nothing is previewed.
    void overlappingStopsAreSaidBeforePrinting()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        QStringList ids;
        createDriveTour(*db, QDate(2026, 11, 2), &ids);
        Stop other = TourStore(*db).stop(ids.at(0)).value();
        other.id.clear();
        other.name = QStringLiteral("Salle des fêtes");
        other.commune = QStringLiteral("Verteuil-sur-Charente");
        other.start = QTime(8, 30); // Aigre is 08:00–08:50 on the same Mondays
        other.end = QTime(9, 30);
        QVERIFY(TourStore(*db).saveStop(other).ok());
        ToursPage page({*db, db.clock});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *print = child<QPushButton>(&page, "printTimetableButton");
        QVERIFY(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("timetableOverlapWarning"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY2(box->informativeText().contains(QStringLiteral("Verteuil-sur-Charente"))
                     && box->informativeText().contains(QStringLiteral("Aigre")),
            qPrintable(box->informativeText()));
        QVERIFY(box->defaultButton() != box->findChild<QPushButton *>(QStringLiteral("printAnywayButton")));
        if (const QString shot = qEnvironmentVariable("ESCALE_SCREENSHOT_TOURS"); !shot.isEmpty())
            box->grab().save(shot + QStringLiteral("/tours-overlap-warning.png"));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("timetableOverlapWarning")));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Easter Monday 2027 (29 March): the Monday stops are shown in the week, marked « no visit ».
    void publicHolidayIsShownNotServed()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        createDriveTour(*db, QDate(2026, 11, 2));
        ToursPage page({*db, db.clock});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showDay(QDate(2027, 3, 29));
        auto *week = child<QTableWidget>(&page, "weekTable");
        QCOMPARE(week->item(0, 0)->text(), QStringLiteral("Monday 29 March"));
        QCOMPARE(week->item(0, 2)->text(), QStringLiteral("Place de la mairie — public holiday: no visit"));
        QCOMPARE(child<QTableWidget>(&page, "dayTable")->item(0, 1)->text(),
                 QStringLiteral("Place de la mairie (Aigre) — public holiday: no visit"));
        page.showDay(QDate(2027, 4, 5)); // the next Monday is served
        QCOMPARE(week->item(0, 2)->text(), QStringLiteral("Place de la mairie"));
    }

    // « Importer depuis les lieux itinérants… »: the places marked « Itinérant » become a tour, said
    // in a summary line; a place marked « Fixe » is not imported.
    void importFromTheItinerantPlaces()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        ToursPage page({*db, db.clock});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *import = child<QPushButton>(&page, "importToursButton");
        QVERIFY(import && import->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "printTimetableButton")->isEnabled()); // no tour yet
        QTest::mouseClick(import, Qt::LeftButton);
        auto *summary = child<QLabel>(&page, "importSummaryLabel");
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("No place of the register is marked")), qPrintable(summary->text()));
        QCOMPARE(child<QListWidget>(&page, "toursList")->count(), 0);

        places::PlaceStore placeStore(*db);
        auto addPlace = [&](const QString &nom, const QString &commune, const QString &itinerance, const QString &horaires) {
            places::Place p;
            p.nom = nom;
            p.commune = commune;
            p.codePostal = QStringLiteral("16140");
            p.adresse = QStringLiteral("Place de la mairie");
            p.latitude = 45.83;
            p.longitude = 0.0;
            p.itinerance = itinerance;
            p.horaires = horaires;
            p.source = QStringLiteral("Cyberbus Charente");
            QVERIFY(placeStore.save(p).ok());
        };
        addPlace(QStringLiteral("Cyberbus Charente - [Mairie]"), QStringLiteral("Aigre"), QStringLiteral("itinerant"),
                 QStringLiteral("Tu 09:00-12:00"));
        addPlace(QStringLiteral("Médiathèque"), QStringLiteral("Ruffec"), QStringLiteral("fixe"), QStringLiteral("Tu 09:00-12:00"));
        QSignalSpy changed(&page, &ToursPage::toursChanged);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(summary->text().contains(QStringLiteral("stops added: 1")), qPrintable(summary->text()));
        auto *tours = child<QListWidget>(&page, "toursList");
        QCOMPARE(tours->count(), 1);
        auto *table = child<QTableWidget>(&page, "stopsTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Mairie"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Tuesday"));
        QVERIFY(child<QPushButton>(&page, "printTimetableButton")->isEnabled());
        // Importing again changes nothing: no duplicate.
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY2(summary->text().contains(QStringLiteral("unchanged: 1")), qPrintable(summary->text()));
    }

    // A click on the map sets the point; the typed point moves the marker.
    void mapClickSetsThePoint()
    {
        test::TempDatabase db(mondayMorning());
        Stop stop;
        stop.tourId = QStringLiteral("t");
        stop.latitude = 45.6;
        stop.longitude = 0.16;
        Stop other = stop;
        other.id = QStringLiteral("other");
        other.latitude = 45.61;
        QList<Stop> others{other, Stop{}};
        StopEditDialog dialog({*db, db.clock}, stop, others);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *map = child<ui::MapView>(&dialog, "stopMapView");
        // The tour's other stops are drawn too (in grey).
        QCOMPARE(map->pointsAt(map->toWidget(45.61, 0.16).toPoint()), QStringList{QStringLiteral("other")});
        QCOMPARE(map->pointsAt(map->toWidget(45.6, 0.16).toPoint()), QStringList{QStringLiteral("this-stop")});
        const QPointF here = map->toWidget(45.6, 0.16);
        QVERIFY(map->rect().contains(here.toPoint()));
        const QPoint click = here.toPoint() + QPoint(40, -30); // north-east of the stop
        QTest::mouseClick(map, Qt::LeftButton, {}, click);
        const Stop edited = dialog.editedStop();
        QVERIFY(edited.hasCoordinates());
        QVERIFY(*edited.latitude > 45.6);
        QVERIFY(*edited.longitude > 0.16);
        const QPointF back = map->toWidget(*edited.latitude, *edited.longitude);
        QVERIFY(std::abs(back.x() - click.x()) < 1.0 && std::abs(back.y() - click.y()) < 1.0);
        QTest::mouseClick(child<QPushButton>(&dialog, "clearPointButton"), Qt::LeftButton);
        QVERIFY(!dialog.editedStop().hasCoordinates());
    }

    // Hours that cross another stop's of the same tour: the first « Save » says so and keeps the dialog
    // open; a second « Save » keeps the hours (two teams may share a tour).
    void overlappingHoursAreSaidBeforeSaving()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        const QString tourId = createDriveTour(*db, QDate(2026, 11, 2)); // Mondays 08:00, 09:00, 10:00
        Stop stop;
        stop.tourId = tourId;
        stop.name = QStringLiteral("Salle des fêtes");
        stop.commune = QStringLiteral("Villejésus");
        stop.start = QTime(9, 30);
        stop.end = QTime(10, 15);
        stop.recurrence.weekday = 1;
        stop.recurrence.startDate = QDate(2026, 11, 2);
        StopEditDialog dialog({*db, db.clock}, stop);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = child<QPushButton>(&dialog, "saveStopButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(TourStore(*db).stops(tourId).size(), 3);
        const QString said = dialog.findChild<QLabel *>(QStringLiteral("stopErrorLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("overlap")) && said.contains(QStringLiteral("Mansle"))
                     && said.contains(QStringLiteral("Ruffec")) && said.contains(QStringLiteral("Save again")),
                 qPrintable(said));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(TourStore(*db).stops(tourId).size(), 4);
    }

    // A point typed far from the tour's other stops (Valence of Charente placed in Provence): the
    // first « Save » says how far and keeps the dialog open; a second « Save » keeps the point. Then
    // the tour's problems list says it too.
    void farPointIsSaidBeforeSaving_data()
    {
        QTest::addColumn<QString>("latitude");
        QTest::addColumn<QString>("longitude");
        QTest::addColumn<bool>("far");
        QTest::newRow("Valence placed in Provence")
            << QStringLiteral("43.451334") << QStringLiteral("5.411872") << true;
        QTest::newRow("Valence in Charente") << QStringLiteral("45.905") << QStringLiteral("0.235") << false;
    }
    void farPointIsSaidBeforeSaving()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        QFETCH(QString, latitude);
        QFETCH(QString, longitude);
        QFETCH(bool, far);
        test::TempDatabase db(mondayMorning());
        const QString tourId = createDriveTour(*db, QDate(2026, 11, 2)); // Mondays 08:00, 09:00, 10:00
        Stop stop;
        stop.tourId = tourId;
        stop.name = QStringLiteral("En face de la Mairie");
        stop.commune = QStringLiteral("Valence");
        stop.start = QTime(14, 0);
        stop.end = QTime(16, 0);
        stop.recurrence.weekday = 3;
        stop.recurrence.startDate = QDate(2026, 11, 4);
        StopEditDialog dialog({ *db, db.clock }, stop);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lat = child<QLineEdit>(&dialog, "stopLatitudeEdit");
        auto *lon = child<QLineEdit>(&dialog, "stopLongitudeEdit");
        lat->setFocus();
        QTest::keyClicks(lat, latitude);
        lon->setFocus();
        QTest::keyClicks(lon, longitude);
        auto *save = child<QPushButton>(&dialog, "saveStopButton");
        QTest::keyClick(lon, Qt::Key_Return); // the default button: Save
        if (!far) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(TourStore(*db).scheduleProblems(tourId).isEmpty());
            return;
        }
        QVERIFY(dialog.isVisible());
        QCOMPARE(TourStore(*db).stops(tourId).size(), 3);
        const QString said = dialog.findChild<QLabel *>(QStringLiteral("stopErrorLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("« En face de la Mairie » (Valence) is "))
                && said.contains(QStringLiteral("km from the other stops of its tour"))
                && said.contains(QStringLiteral("Save again to keep this point")),
            qPrintable(said));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_FAR"))
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_FAR"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(TourStore(*db).stops(tourId).size(), 4);

        ToursPage page({ *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *problems = child<QLabel>(&page, "scheduleProblemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("(Valence) is ")), qPrintable(problems->text()));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_FAR_TOUR"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_FAR_TOUR"));
    }

    // Choosing the current stop by hand in the status bar sets AppServices::currentStop.
    void currentStopChosenByHandInTheStatusBar()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        createStructure(*db);
        QStringList ids;
        createDriveTour(*db, QDate(2026, 11, 2), &ids);
        CurrentStop current;
        ui::MainWindow window({*db, db.clock, {}, &current}, ui::Sections::linked({*db, db.clock, {}, &current}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Built a moment after the window opens (start-up does not wait for it).
        QTRY_VERIFY(window.findChild<CurrentStopBar *>(QStringLiteral("currentStopBar")));
        auto *bar = child<CurrentStopBar>(&window, "currentStopBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->currentStop(), &current);
        auto *combo = child<QComboBox>(bar, "currentStopCombo");
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), QStringLiteral("none"));
        QCOMPARE(combo->itemText(2), QStringLiteral("09:00–09:50  Place de la mairie (Mansle)"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(current.stopId(), ids.at(1));
        QCOMPARE(current.origin(), CurrentStop::Origin::Manual);
        QCOMPARE(current.label(), QStringLiteral("Place de la mairie (Mansle)"));
        QVERIFY(!child<QLabel>(bar, "currentStopOriginLabel")->isVisible());
        // The GPS does not override a hand choice.
        bar->feedPosition(driveLog().at(20));
        QCOMPARE(current.stopId(), ids.at(1));
        // « none » clears it.
        QTest::keyClick(combo, Qt::Key_Home);
        QVERIFY(!current.isSet());
        // Set elsewhere (e.g. by the detector): the bar follows.
        current.setDetected(TourStore(*db).stop(ids.at(2)).value(), mondayMorning().addSecs(600));
        QCOMPARE(combo->currentData().toString(), ids.at(2));
        QCOMPARE(child<QLabel>(bar, "currentStopOriginLabel")->text(), QStringLiteral("detected by GPS at 08:10"));

        // Ctrl+9 is the Tours section; a tour deactivated there leaves the status bar.
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), ui::MainWindow::Section::Tours);
        auto *page = child<ToursPage>(&window, "toursPage");
        QVERIFY(page && page->isVisible());
        QTest::mouseClick(child<QPushButton>(page, "activeTourButton"), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(child<QPushButton>(page, "activeTourButton")->text(), QStringLiteral("Reactivate"));
    }

    // No tour: no current-stop widget and no position source (a place that is not a bus).
    void noTourNoStatusWidgetNoGps()
    {
        test::TempDatabase db(mondayMorning());
        createStructure(*db);
        ui::MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<CurrentStopBar *>(QStringLiteral("currentStopBar"))); // not at start-up
        QTRY_VERIFY(window.findChild<CurrentStopBar *>(QStringLiteral("currentStopBar")));
        auto *bar = child<CurrentStopBar>(&window, "currentStopBar");
        QVERIFY(!bar->isVisible());
        QVERIFY(!bar->hasPositionSource());
        auto *badge = child<ui::OfflineBadge>(&window, "offlineBadge");
        QVERIFY(badge->isStarted());
        badge->setOnline(false);
        QVERIFY(badge->isVisible());
        badge->setOnline(true);
        QVERIFY(!badge->isVisible());
    }

    // The NMEA log drives the status to each detected stop, then clears it at each departure.
    void replayedNmeaLogDrivesTheCurrentStop()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        test::TempDatabase db(mondayMorning());
        QStringList ids;
        createDriveTour(*db, QDate(2026, 11, 2), &ids);
        CurrentStop current;
        CurrentStopBar bar({*db, db.clock, {}, &current});
        QCOMPARE(bar.todaysStops().size(), 3);
        QStringList seen;
        connect(&current, &CurrentStop::changed, this, [&] {
            seen << (current.isSet() ? current.stop().commune : QStringLiteral("-"));
        });
        const QList<geo::Position> positions = driveLog();
        QCOMPARE(positions.size(), 94);
        bool sawAtAigre = false;
        for (const geo::Position &p : positions) {
            bar.feedPosition(p);
            if (current.stopId() == ids.at(0) && !sawAtAigre) {
                sawAtAigre = true;
                QCOMPARE(current.origin(), CurrentStop::Origin::Gps);
                QCOMPARE(child<QComboBox>(&bar, "currentStopCombo")->currentData().toString(), ids.at(0));
                QCOMPARE(child<QLabel>(&bar, "currentStopOriginLabel")->text(), QStringLiteral("detected by GPS at 08:31"));
                QCOMPARE(bar.statusTip(), QStringLiteral("At the stop « Place de la mairie »."));
            }
        }
        QVERIFY(sawAtAigre);
        QCOMPARE(seen, (QStringList{"Aigre", "-", "Mansle", "-", "Ruffec", "-"}));
        QCOMPARE(bar.statusTip(), QStringLiteral("On the road."));
    }

    // Paramètres › position: a serial GPS that cannot be opened is said with its port; once « none » is
    // saved, restartPositioning() closes the old source and the bar says there is no GPS.
    void positionChoiceRestartsTheDetector()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English");
        if (!geo::PositionSource::serialPortSupported())
            QSKIP("this build has no Qt Serial Port: a serial GPS cannot be chosen");
        test::TempDatabase db(mondayMorning());
        createDriveTour(*db, QDate(2026, 11, 2));
        geo::PositionSettings settings;
        settings.kind = geo::PositionSettings::Kind::Serial;
        settings.serialPort = QStringLiteral("/dev/ttyESCALE-absent");
        ESCALE_VERIFY_OK(settings.save(*db));
        CurrentStop current;
        CurrentStopBar bar({*db, db.clock, {}, &current});
        bar.restartPositioning(); // not started yet: nothing to restart
        QVERIFY(!bar.hasPositionSource());
        bar.startPositioning();
        QVERIFY2(bar.detectorStatus().contains(QStringLiteral("/dev/ttyESCALE-absent")), qPrintable(bar.detectorStatus()));
        settings.kind = geo::PositionSettings::Kind::None;
        ESCALE_VERIFY_OK(settings.save(*db));
        bar.restartPositioning();
        QVERIFY(bar.hasPositionSource());
        QCOMPARE(bar.detectorStatus(), QStringLiteral("No GPS: choose the current stop by hand."));
    }

    // Screenshots at 1366×768 (ESCALE_SCREENSHOT_TOURS, _SCHEDULE, _STOP), for a person to look at.
    void screenshots()
    {
        const QString tours = qEnvironmentVariable("ESCALE_SCREENSHOT_TOURS");
        if (tours.isEmpty())
            QSKIP("set ESCALE_SCREENSHOT_TOURS (and ESCALE_QM for French) to take screenshots");
        test::TempDatabase db(mondayMorning());
        createStructure(*db);
        QStringList ids;
        const QString tourId = createDriveTour(*db, QDate(2026, 11, 2), &ids);
        TourStore store(*db);
        Tour other;
        other.name = QStringLiteral("Bus France Services Confolentais");
        other.active = false;
        QVERIFY(store.saveTour(other).ok());
        Stop monthly;
        monthly.tourId = tourId;
        monthly.name = QStringLiteral("Salle des fêtes");
        monthly.commune = QStringLiteral("Villefagnan");
        monthly.codeInsee = QStringLiteral("16404");
        monthly.start = QTime(14, 0);
        monthly.end = QTime(16, 30);
        monthly.recurrence.kind = Recurrence::Kind::MonthlyNth;
        monthly.recurrence.weekday = 2;
        monthly.recurrence.nth = 2;
        monthly.recurrence.startDate = QDate(2026, 11, 1);
        QVERIFY(store.saveStop(monthly).ok());
        Stop fortnight = monthly;
        fortnight.name = QStringLiteral("Parking de l'école");
        fortnight.commune = QStringLiteral("Verteuil-sur-Charente");
        fortnight.codeInsee.clear();
        fortnight.recurrence.kind = Recurrence::Kind::EveryNWeeks;
        fortnight.recurrence.intervalWeeks = 2;
        fortnight.recurrence.weekday = 4;
        fortnight.recurrence.months = {6, 7, 8, 9};
        fortnight.latitude = 45.98;
        fortnight.longitude = 0.22;
        QVERIFY(store.saveStop(fortnight).ok());

        CurrentStop current;
        ui::MainWindow window({*db, db.clock, {}, &current}, ui::Sections::linked({*db, db.clock, {}, &current}));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(ui::MainWindow::Section::Tours);
        QTRY_VERIFY(window.findChild<CurrentStopBar *>(QStringLiteral("currentStopBar")));
        auto *page = child<ToursPage>(&window, "toursPage");
        QCOMPARE(page->selectedTourId(), tourId); // the active tour comes first
        current.setDetected(store.stop(ids.at(0)).value(), mondayMorning().addSecs(1890));
        child<ui::OfflineBadge>(&window, "offlineBadge")->setOnline(false);
        QApplication::processEvents();
        window.grab().save(tours);
        child<QTabWidget>(page, "toursTabs")->setCurrentIndex(1);
        QApplication::processEvents();
        window.grab().save(QString(tours).replace(QStringLiteral(".png"), QStringLiteral("-schedule.png")));
        child<QTabWidget>(page, "toursTabs")->setCurrentIndex(0);
        child<QTableWidget>(page, "stopsTable")->selectRow(1);
        StopEditDialog *dialog = page->openStopEditor(store.stops(tourId).at(1));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(300);
        QTRY_COMPARE_WITH_TIMEOUT(child<ui::MapView>(dialog, "stopMapView")->pendingTiles(), 0, 10000);
        dialog->grab().save(QString(tours).replace(QStringLiteral(".png"), QStringLiteral("-stop.png")));
        dialog->reject();
        // A refused stop: the reason next to the form.
        dialog = page->openStopEditor();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        typeInto(child<QLineEdit>(dialog, "stopNameEdit"), QStringLiteral("Lavoir"));
        child<QComboBox>(dialog, "stopRecurrenceCombo")->setCurrentIndex(2);
        child<QComboBox>(dialog, "stopNthCombo")->setCurrentIndex(4);
        child<QCheckBox>(dialog, "stopMonth2Check")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "saveStopButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "stopErrorLabel")->isVisible());
        QTest::qWait(200);
        dialog->grab().save(QString(tours).replace(QStringLiteral(".png"), QStringLiteral("-refused.png")));
        dialog->reject();
        // The import's summary line (no itinerant place in this register).
        QTest::mouseClick(child<QPushButton>(page, "importToursButton"), Qt::LeftButton);
        QApplication::processEvents();
        window.grab().save(QString(tours).replace(QStringLiteral(".png"), QStringLiteral("-import.png")));
    }
};

QTEST_MAIN(TestToursPage)
#include "TestToursPage.moc"
