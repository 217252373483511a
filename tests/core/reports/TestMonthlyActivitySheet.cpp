#include "TestSupport.h"

#include "activity/Activity.h"
#include "activity/DemoData.h"
#include "itinerant/TourStore.h"
#include "reports/MonthlyActivitySheet.h"
#include "storage/RecordStore.h"
#include "structure/StructureProfile.h"

#include <QAbstractTextDocumentLayout>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTranslator>

using namespace escale;

namespace {

void addActivity(storage::Database &db, const QDate &date, const QString &type, const QStringList &thematiques)
{
    activity::ActivityStore store(db);
    activity::Activity a;
    a.type = type;
    a.date = date;
    a.dureeMinutes = 60;
    a.thematiques = thematiques;
    a.materiel = { QStringLiteral("ordinateur") };
    if (type == QStringLiteral("collectif")) {
        a.anonymousParticipants = 5;
        a.niveau = QStringLiteral("debutant");
    }
    auto r = store.create(a);
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage()));
}

// A small, fixed month: the text of its sheet is the golden file.
void fillFixedMonth(test::TempDatabase &db)
{
    structure::StructureStore structures(*db);
    structure::StructureProfile p;
    p.nom = QStringLiteral("Espace numérique de Thoard");
    p.adresse = QStringLiteral("2 rue de l'Église");
    p.commune = QStringLiteral("Thoard");
    p.codePostal = QStringLiteral("04380");
    if (auto r = structures.save(p); !r)
        qFatal("%s", qPrintable(r.errorMessage()));
    addActivity(*db, QDate(2026, 10, 2), QStringLiteral("individuel"), { QStringLiteral("email") });
    addActivity(
        *db, QDate(2026, 10, 15), QStringLiteral("individuel"), { QStringLiteral("email"), QStringLiteral("sante") });
    addActivity(*db, QDate(2026, 10, 31), QStringLiteral("collectif"), { QStringLiteral("securite_numerique") });
    addActivity(*db, QDate(2026, 9, 30), QStringLiteral("individuel"), { QStringLiteral("email") });
    addActivity(*db, QDate(2025, 10, 10), QStringLiteral("ponctuel"), { QStringLiteral("email") });
}

QString addStop(storage::Database &db, const QString &tourId, const QString &name, const QString &commune)
{
    itinerant::Stop s;
    s.tourId = tourId;
    s.name = name;
    s.commune = commune;
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    s.recurrence.weekday = 2;
    s.recurrence.startDate = QDate(2026, 9, 1);
    auto id = itinerant::TourStore(db).saveStop(s);
    if (!id)
        qFatal("%s", qPrintable(id.errorMessage()));
    return *id;
}

void addActivityAt(storage::Database &db, const QDate &date, const QString &stopId, const QString &label,
    const QString &type = QStringLiteral("individuel"))
{
    activity::Activity a;
    a.type = type;
    a.date = date;
    a.thematiques = { QStringLiteral("email") };
    if (type == QStringLiteral("collectif"))
        a.anonymousParticipants = 5;
    a.lieuKind = activity::lieu::Stop;
    a.lieuId = stopId;
    a.lieuLabel = label;
    if (auto r = activity::ActivityStore(db).create(a); !r)
        qFatal("%s", qPrintable(r.errorMessage()));
}

// October 2026 of a bus: three stops of its tour (one commune with an accent), a stop typed freely,
// an activity at the structure, and an activity at a stop in November (another month).
void fillBusMonth(test::TempDatabase &db)
{
    fillFixedMonth(db);
    auto tour = itinerant::TourStore(*db).saveTour({ {}, QStringLiteral("Charente Nord"), {}, {}, true });
    if (!tour)
        qFatal("%s", qPrintable(tour.errorMessage()));
    const QString mairie = addStop(*db, *tour, QStringLiteral("Place de la mairie"), QStringLiteral("Mansle"));
    const QString fetes = addStop(*db, *tour, QStringLiteral("Salle des fêtes"), QStringLiteral("Aigre"));
    const QString eglise = addStop(*db, *tour, QStringLiteral("Parvis de l'église"), QStringLiteral("Échallat"));
    addActivityAt(*db, QDate(2026, 10, 6), mairie, QStringLiteral("Place de la mairie (Mansle)"));
    addActivityAt(*db, QDate(2026, 10, 6), mairie, QStringLiteral("Place de la mairie (Mansle)"),
        QStringLiteral("collectif"));
    addActivityAt(*db, QDate(2026, 10, 13), mairie, QStringLiteral("Place de la mairie (Mansle)"));
    addActivityAt(*db, QDate(2026, 10, 7), fetes, QStringLiteral("Salle des fêtes (Aigre)"));
    addActivityAt(*db, QDate(2026, 10, 8), eglise, QStringLiteral("Parvis de l'église (Échallat)"));
    addActivityAt(*db, QDate(2026, 10, 9), QStringLiteral("stop:Le lavoir"), QStringLiteral("Le lavoir"));
    addActivityAt(*db, QDate(2026, 11, 3), mairie, QStringLiteral("Place de la mairie (Mansle)"));
}

// One orientation or cheque recorded at a stop: « orientation fetes 2026-10-20 », « handed mairie … »,
// « redeemed eglise … »; « orientation-deleted », « handed-en_stock », « redeemed-annule » change the
// row (tombstone, status) so that it must not be counted.
void addRecordAt(storage::Database &db, const QString &spec, const QHash<QString, QString> &stops)
{
    static int code = 0;
    const QStringList parts = spec.split(QLatin1Char(' '));
    const QStringList kind = parts.at(0).split(QLatin1Char('-'));
    const QString stopId = stops.value(parts.at(1));
    const QString date = parts.at(2);
    storage::RecordStore records(db);
    Result<QString> id = QString();
    if (kind.first() == QLatin1String("orientation")) {
        id = records.insert(QStringLiteral("orientations"),
            { { QStringLiteral("tree_id"), QStringLiteral("demarches") }, { QStringLiteral("tree_version"), QStringLiteral("1") },
                { QStringLiteral("occurred_on"), date }, { QStringLiteral("stop_id"), stopId } });
        if (id && kind.value(1) == QLatin1String("deleted"))
            if (Status st = records.remove(QStringLiteral("orientations"), *id); !st)
                qFatal("%s", qPrintable(st.errorMessage()));
    } else {
        const bool handed = kind.first() == QLatin1String("handed");
        const QString status = kind.value(1, handed ? QStringLiteral("distribue") : QStringLiteral("encaisse"));
        QVariantMap values { { QStringLiteral("scheme_id"), QStringLiteral("aptic") },
            { QStringLiteral("code"), QStringLiteral("%1").arg(++code, 8, 10, QLatin1Char('0')) },
            { QStringLiteral("status"), status }, { QStringLiteral("face_value_cents"), 1000 } };
        if (handed) {
            values.insert(QStringLiteral("distributed_on"), date);
            values.insert(QStringLiteral("distributed_stop_id"), stopId);
        } else {
            values.insert(QStringLiteral("distributed_on"), QStringLiteral("2026-09-15")); // at the structure
            values.insert(QStringLiteral("redeemed_on"), date);
            values.insert(QStringLiteral("redeemed_stop_id"), stopId);
        }
        id = records.insert(QStringLiteral("cheques"), values);
    }
    if (!id)
        qFatal("%s: %s", qPrintable(spec), qPrintable(id.errorMessage()));
}

QHash<QString, QString> busStops(storage::Database &db)
{
    QHash<QString, QString> ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, name FROM itinerant_stops WHERE deleted = 0"));
    while (q.next()) {
        const QString name = q.value(1).toString();
        ids.insert(name.contains(QStringLiteral("mairie")) ? QStringLiteral("mairie")
                : name.contains(QStringLiteral("fêtes"))   ? QStringLiteral("fetes")
                : name.contains(QStringLiteral("église"))  ? QStringLiteral("eglise")
                                                           : QStringLiteral("besse"),
            q.value(0).toString());
    }
    return ids;
}

QStringList stopRows(const QList<activity::StopServed> &stops)
{
    QStringList rows;
    for (const activity::StopServed &s : stops)
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                    .arg(s.commune, s.name)
                    .arg(s.days)
                    .arg(s.activities)
                    .arg(s.participants)
                    .arg(s.orientations)
                    .arg(s.chequesHandedOut)
                    .arg(s.chequesRedeemed);
    return rows;
}

// The document laid out as writePdf lays it on an A4 page (180 mm × 259 mm of body) in the units of
// a document without paint device (96 dots per inch): the horizontal extent of a cell's text, and
// the vertical extent of a block's lines, in millimetres.
constexpr qreal kDotsPerMm = 96 / 25.4;

struct Extent
{
    qreal from = 0, to = 0;
    bool empty = true;
    void add(qreal a, qreal b)
    {
        from = empty ? a : std::min(from, a);
        to = empty ? b : std::max(to, b);
        empty = false;
    }
};

Extent textExtent(QTextDocument &doc, const QTextBlock &block)
{
    Extent e;
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        int end = line.textStart() + line.textLength();
        while (end > line.textStart() && block.text().at(end - 1).isSpace())
            --end;
        if (end == line.textStart())
            continue;
        e.add(
            (rect.x() + line.cursorToX(line.textStart())) / kDotsPerMm, (rect.x() + line.cursorToX(end)) / kDotsPerMm);
    }
    return e;
}

Extent cellText(QTextDocument &doc, const QTextTableCell &cell)
{
    Extent e;
    for (auto it = cell.begin(); !it.atEnd(); ++it)
        if (it.currentBlock().isValid()) {
            const Extent b = textExtent(doc, it.currentBlock());
            if (!b.empty)
                e.add(b.from, b.to);
        }
    return e;
}

Extent blockLines(QTextDocument &doc, const QTextBlock &block)
{
    Extent e;
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (layout->lineCount() > 0)
        e.add((rect.y() + layout->lineAt(0).y()) / kDotsPerMm,
            (rect.y() + layout->lineAt(layout->lineCount() - 1).naturalTextRect().bottom()) / kDotsPerMm);
    return e;
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// What a reader sees wrong in the sheet's tables and headings, one line each: a heading of figures
// that does not end where they end, two headings of a row closer than 2.5 mm, a heading closer than
// 1.5 mm to what follows it or to what comes before it (2.5 mm for a section's title, h2).
QStringList crowding(QTextDocument &doc)
{
    doc.setPageSize(QSizeF(180 * kDotsPerMm, 259 * kDotsPerMm));
    QStringList problems;
    QList<QTextTable *> tables;
    collectTables(doc.rootFrame(), tables);
    for (QTextTable *table : tables) {
        Extent previous;
        QString previousText;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell head = table->cellAt(0, c);
            if (head.column() != c)
                continue; // spanned
            const QString headText = QTextCursor(head.firstCursorPosition())
                                         .block()
                                         .text()
                                         .replace(QChar::LineSeparator, QLatin1Char(' '));
            const Extent h = cellText(doc, head);
            if (h.empty || head.columnSpan() > 1)
                continue;
            if (!previous.empty && h.from - previous.to < 2.5)
                problems << QStringLiteral("« %1 » and « %2 » %3 mm apart")
                                .arg(previousText, headText)
                                .arg(h.from - previous.to, 0, 'f', 1);
            previous = h;
            previousText = headText;
            // The figures under it, right-aligned: the heading ends where they end.
            for (int r = table->rows() > 2 ? 2 : 1; r < table->rows(); ++r) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.column() != c || cell.columnSpan() != 1 || cell.rowSpan() != 1)
                    continue;
                const QTextBlock block = cell.firstCursorPosition().block();
                const Extent d = cellText(doc, cell);
                if (d.empty || !(block.blockFormat().alignment() & Qt::AlignRight))
                    continue;
                if (std::abs(d.to - h.to) > 0.5)
                    problems << QStringLiteral("« %1 » ends %2 mm from its figures (« %3 »)")
                                    .arg(headText)
                                    .arg(h.to - d.to, 0, 'f', 1)
                                    .arg(block.text());
                break;
            }
        }
    }
    // In every row, the texts of two cells side by side stand apart (QA: the cheques' count « 6 »
    // against their amount « 60,00 € » read « 660,00 € »; a scheme ran into its funder).
    for (QTextTable *table : tables) {
        for (int r = 0; r < table->rows(); ++r) {
            Extent previous;
            QString previousText;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.column() != c || cell.row() != r)
                    continue;
                const Extent e = cellText(doc, cell);
                if (e.empty)
                    continue;
                const QString text = QTextCursor(cell.firstCursorPosition()).block().text();
                if (!previous.empty && e.from - previous.to < 1.2)
                    problems << QStringLiteral("« %1 » and « %2 » %3 mm apart in a row")
                                    .arg(previousText, text)
                                    .arg(e.from - previous.to, 0, 'f', 1);
                previous = e;
                previousText = text;
            }
        }
    }
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() < 2 || b.text().isEmpty())
            continue;
        const Extent heading = blockLines(doc, b);
        QTextBlock after = b.next();
        while (after.isValid() && after.text().trimmed().isEmpty()
            && after.text() != QChar(QChar::ObjectReplacementCharacter))
            after = after.next();
        if (after.isValid()) {
            const qreal gap = blockLines(doc, after).from - heading.to;
            if (gap < 1.5)
                problems
                    << QStringLiteral("« %1 » %2 mm above « %3 »").arg(b.text()).arg(gap, 0, 'f', 1).arg(after.text());
        }
        QTextBlock before = b.previous();
        while (before.isValid() && before.text().trimmed().isEmpty())
            before = before.previous();
        // The block just before, when it is above the heading (not in the other column of the details).
        const QRectF headingRect = doc.documentLayout()->blockBoundingRect(b);
        const QRectF beforeRect = before.isValid() ? doc.documentLayout()->blockBoundingRect(before) : QRectF();
        if (before.isValid() && beforeRect.right() > headingRect.left() && beforeRect.left() < headingRect.right()) {
            const qreal gap = heading.from - blockLines(doc, before).to;
            if (gap < (b.blockFormat().headingLevel() == 2 ? 2.5 : 1.5))
                problems
                    << QStringLiteral("« %1 » %2 mm below « %3 »").arg(b.text()).arg(gap, 0, 'f', 1).arg(before.text());
        }
    }
    doc.setPageSize(QSizeF());
    return problems;
}

} // namespace

class TestMonthlyActivitySheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // To look at the sheet in French (ESCALE_SHEET_PDF): ESCALE_QM names the built escale_fr.qm.
        if (qEnvironmentVariableIsSet("ESCALE_QM") && qEnvironmentVariableIsSet("ESCALE_SHEET_PDF")) {
            auto *translator = new QTranslator(this);
            if (translator->load(qEnvironmentVariable("ESCALE_QM")))
                QCoreApplication::installTranslator(translator);
        }
    }

    void sheetTextMatchesTheGoldenFile()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->current.activities, 3);
        QCOMPARE(data->previousMonth.activities, 1);
        QCOMPARE(data->sameMonthLastYear.activities, 1);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        const QString golden = test::testData(QStringLiteral("reports/monthly-sheet-2026-10.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(text, QString::fromUtf8(file.readAll()));
    }

    void communesServedAreCountedPerStop()
    {
        test::TempDatabase db;
        fillBusMonth(db);
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        // By commune, accents ignored (Échallat between Aigre and Mansle), the unknown commune last.
        QStringList rows;
        for (const activity::StopServed &s : data->current.stopsServed)
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(s.commune, s.name)
                        .arg(s.days)
                        .arg(s.activities)
                        .arg(s.participants);
        QCOMPARE(rows,
            (QStringList { QStringLiteral("Aigre|Salle des fêtes|1|1|1"),
                QStringLiteral("Échallat|Parvis de l'église|1|1|1"),
                QStringLiteral("Mansle|Place de la mairie|2|3|7"), // two days, a workshop of 5
                QStringLiteral("|Le lavoir|1|1|1") }));
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        const QString heading = QCoreApplication::translate("escale::reports", "Communes served");
        const qsizetype section = text.indexOf(heading);
        QVERIFY2(section > 0, qPrintable(text));
        const qsizetype aigre = text.indexOf(QStringLiteral("Aigre"), section);
        const qsizetype echallat = text.indexOf(QStringLiteral("Échallat"), section);
        const qsizetype mansle = text.indexOf(QStringLiteral("Mansle"), section);
        QVERIFY(aigre > section && aigre < echallat && echallat < mansle);

        const QString pdf = db.dir.filePath(QStringLiteral("bus.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 10, 1), db.clock, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (qEnvironmentVariableIsSet("ESCALE_SHEET_PDF")) // to look at it (pdftoppm)
            QFile::copy(pdf, qEnvironmentVariable("ESCALE_SHEET_PDF"));
    }

    // The same rows also count the orientations made and the cheques handed out or redeemed at each
    // stop (orientations.stop_id, cheques.distributed_stop_id / redeemed_stop_id), in October only.
    void orientationsAndChequesAreCountedPerStop_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QStringList>("expected"); // commune|stop|days|activities|people|orientations|handed|redeemed
        const QString aigre = QStringLiteral("Aigre|Salle des fêtes|1|1|1|0|0|0");
        const QString echallat = QStringLiteral("Échallat|Parvis de l'église|1|1|1|0|0|0");
        const QString mansle = QStringLiteral("Mansle|Place de la mairie|2|3|7|0|0|0");
        const QString lavoir = QStringLiteral("|Le lavoir|1|1|1|0|0|0");
        QTest::newRow("activities only") << QStringList {} << QStringList { aigre, echallat, mansle, lavoir };
        QTest::newRow("an orientation on another day")
            << QStringList { QStringLiteral("orientation fetes 2026-10-20") }
            << QStringList { QStringLiteral("Aigre|Salle des fêtes|2|1|1|1|0|0"), echallat, mansle, lavoir };
        QTest::newRow("a cheque handed out at one stop, another redeemed at another")
            << QStringList { QStringLiteral("handed mairie 2026-10-06"), QStringLiteral("handed mairie 2026-10-13"),
                   QStringLiteral("redeemed eglise 2026-10-22") }
            << QStringList { aigre, QStringLiteral("Échallat|Parvis de l'église|2|1|1|0|0|1"),
                   QStringLiteral("Mansle|Place de la mairie|2|3|7|0|2|0"), lavoir };
        QTest::newRow("not counted: deleted, another month, back in stock, cancelled")
            << QStringList { QStringLiteral("orientation-deleted fetes 2026-10-20"),
                   QStringLiteral("orientation fetes 2026-11-03"), QStringLiteral("handed-en_stock mairie 2026-10-06"),
                   QStringLiteral("redeemed-annule eglise 2026-10-22"), QStringLiteral("redeemed eglise 2026-09-30") }
            << QStringList { aigre, echallat, mansle, lavoir };
        QTest::newRow("claimed and reimbursed cheques are redeemed ones")
            << QStringList { QStringLiteral("redeemed-reclame fetes 2026-10-07"),
                   QStringLiteral("redeemed-rembourse fetes 2026-10-27") }
            << QStringList { QStringLiteral("Aigre|Salle des fêtes|2|1|1|0|0|2"), echallat, mansle, lavoir };
        QTest::newRow("a stop with no activity, only an orientation and cheques")
            << QStringList { QStringLiteral("orientation besse 2026-10-21"), QStringLiteral("redeemed besse 2026-10-21"),
                   QStringLiteral("handed besse 2026-10-28") }
            << QStringList { aigre, QStringLiteral("Bessé|Le bourg|2|0|0|1|1|1"), echallat, mansle, lavoir };
    }

    void orientationsAndChequesAreCountedPerStop()
    {
        QFETCH(QStringList, records);
        QFETCH(QStringList, expected);
        test::TempDatabase db;
        fillBusMonth(db);
        addStop(*db, itinerant::TourStore(*db).tours().first().id, QStringLiteral("Le bourg"), QStringLiteral("Bessé"));
        const QHash<QString, QString> stops = busStops(*db);
        for (const QString &r : records)
            addRecordAt(*db, r, stops);
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(stopRows(data->current.stopsServed), expected);
        // The sheet shows the columns and a total that adds them up.
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        for (const char *header : { "Orientations", "Cheques", "handed out", "redeemed" })
            QVERIFY2(text.contains(QCoreApplication::translate("escale::reports", header)), header);
        if (qEnvironmentVariableIsSet("ESCALE_SHEET_PDF") && records.size() == 3 && expected.size() == 5)
            ESCALE_VERIFY_OK(reports::writeMonthlySheet(
                *db, QDate(2026, 10, 1), db.clock, qEnvironmentVariable("ESCALE_SHEET_PDF")));
    }

    // A month still in progress (today 21/11/2026) goes up to today, says so, and is compared with
    // the same days of the other months (QA: 125 activities in 21 days against 159 in October, « −21 % »).
    void monthInProgressComparesTheSameDays_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<bool>("inProgress");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("activities");
        QTest::addColumn<int>("previous");
        QTest::addColumn<int>("lastYear");
        QTest::newRow("November 2026, today the 21st") << QDate(2026, 11, 1) << true << QDate(2026, 11, 21) << 2 << 1 << 1;
        QTest::newRow("October 2026, a past month") << QDate(2026, 10, 1) << false << QDate(2026, 10, 31) << 2 << 0 << 0;
    }
    void monthInProgressComparesTheSameDays()
    {
        QFETCH(QDate, month);
        QFETCH(bool, inProgress);
        QFETCH(QDate, to);
        QFETCH(int, activities);
        QFETCH(int, previous);
        QFETCH(int, lastYear);
        test::TempDatabase db;
        for (const QDate &d : { QDate(2026, 10, 5), QDate(2026, 10, 25), QDate(2026, 11, 3), QDate(2026, 11, 20),
                 QDate(2025, 11, 10), QDate(2025, 11, 28) })
            addActivity(*db, d, QStringLiteral("individuel"), { QStringLiteral("email") });
        auto data = reports::collectMonthlySheet(*db, month, db.clock);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->inProgress, inProgress);
        QCOMPARE(data->current.to, to);
        QCOMPARE(data->current.activities, activities);
        QCOMPARE(data->previousMonth.activities, previous);
        QCOMPARE(data->sameMonthLastYear.activities, lastYear);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        const QString said = QCoreApplication::translate("escale::reports", "(month in progress)");
        QCOMPARE(text.contains(QStringLiteral("21/11/2026 ") + said), inProgress);
    }

    // Stops whose commune is not recorded are counted as such (QA: « 0 commune desservie à 3 arrêts »
    // above three stops in Riez, Seyne and Thoard).
    void stopsWithoutCommuneAreSaid_data()
    {
        QTest::addColumn<bool>("allUnknown");
        QTest::addColumn<QString>("expected");
        const auto t = [](const char *text, int n) {
            return QCoreApplication::translate("escale::reports", text, nullptr, n);
        };
        QTest::newRow("three communes and a stop typed freely")
            << false
            << t("%Ln commune(s) served", 3) + QLatin1Char(' ') + t("at %Ln stop(s).", 4) + QLatin1Char(' ')
                + t("%Ln stop(s) without a commune recorded.", 1);
        QTest::newRow("no stop with a commune") << true << t("%Ln stop(s) without a commune recorded.", 3);
    }
    void stopsWithoutCommuneAreSaid()
    {
        QFETCH(bool, allUnknown);
        QFETCH(QString, expected);
        test::TempDatabase db;
        if (allUnknown) {
            fillFixedMonth(db);
            auto tour = itinerant::TourStore(*db).saveTour({ {}, QStringLiteral("Démo"), {}, {}, true });
            ESCALE_VERIFY_OK(tour);
            for (const char *name : { "Démo — Riez, mairie", "Démo — Seyne, marché", "Démo — Thoard, place" })
                addActivityAt(*db, QDate(2026, 10, 6), addStop(*db, *tour, QString::fromUtf8(name), QString()),
                    QString::fromUtf8(name));
        } else {
            fillBusMonth(db);
        }
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        QVERIFY2(text.contains(QLatin1Char('\n') + expected + QLatin1Char('\n')), qPrintable(text));
        QVERIFY(!text.contains(QCoreApplication::translate("escale::reports", "%Ln commune(s) served", nullptr, 0)));
    }

    // A month with no activity at a stop but an orientation made there: the section is there.
    void orientationAloneOpensTheSection()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        auto tour = itinerant::TourStore(*db).saveTour({ {}, QStringLiteral("Charente Nord"), {}, {}, true });
        ESCALE_VERIFY_OK(tour);
        const QString stop = addStop(*db, *tour, QStringLiteral("Place de la mairie"), QStringLiteral("Mansle"));
        addRecordAt(*db, QStringLiteral("orientation mairie 2026-10-14"), { { QStringLiteral("mairie"), stop } });
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(stopRows(data->current.stopsServed), QStringList { QStringLiteral("Mansle|Place de la mairie|1|0|0|1|0|0") });
        QVERIFY(reports::buildMonthlySheet(*data)->toPlainText().contains(
            QCoreApplication::translate("escale::reports", "Communes served")));
    }

    void noStopNoCommunesSection_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::newRow("activities at the structure only") << QDate(2026, 10, 1);
        QTest::newRow("no activity") << QDate(2026, 3, 1);
    }
    void noStopNoCommunesSection()
    {
        QFETCH(QDate, month);
        test::TempDatabase db;
        fillFixedMonth(db);
        auto data = reports::collectMonthlySheet(*db, month, db.clock);
        ESCALE_VERIFY_OK(data);
        QVERIFY(data->current.stopsServed.isEmpty());
        const QString heading = QCoreApplication::translate("escale::reports", "Communes served");
        QVERIFY(!reports::buildMonthlySheet(*data)->toPlainText().contains(heading));
    }

    void emptyMonthSaysSo()
    {
        test::TempDatabase db;
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 3, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Mars 2026")), qPrintable(text));
        QVERIFY(text.contains(
            QCoreApplication::translate("escale::reports", "No activity was recorded in %1.")
                .arg(QStringLiteral("mars 2026")))); // inside a sentence: a small letter
        const QString pdf = db.dir.filePath(QStringLiteral("empty.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 3, 1), db.clock, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void firstPageRendersToPng()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        const QString pdf = db.dir.filePath(QStringLiteral("sheet.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 10, 1), db.clock, pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: the PDF is checked by its header only");
        const QString prefix = db.dir.filePath(QStringLiteral("page"));
        QProcess p;
        p.start(pdftoppm,
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QDir dir(db.dir.path());
        const QStringList pages = dir.entryList({ QStringLiteral("page*.png") });
        QCOMPARE(pages.size(), 1);
        QImage image(dir.filePath(pages.first()));
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > image.width()); // A4 portrait
        // Something is drawn: not a blank page.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (qGray(image.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY(dark > 100);
    }

    // A full month (the demonstration's October, 159 activities): every heading of figures ends where
    // its figures end, the headings of a row stand apart, section titles stand clear of the table
    // they name, no « (s) » plural in French, and the sheet keeps to its two pages (QA of the French
    // interface: « Nombre % » jammed, « Octobre 2026 Septembre 2026 Évolution » crowding, titles on
    // their tables).
    void fullMonthIsAiryAndKeepsToItsPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void fullMonthIsAiryAndKeepsToItsPages()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            const QString qm = QStringLiteral(ESCALE_BINARY_DIR "/app/escale_%1.qm").arg(language);
            if (!translator.load(qm))
                QSKIP(qPrintable(QStringLiteral("%1 is not built (the escale target makes it)").arg(qm)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        test::TempDatabase db;
        ESCALE_VERIFY_OK(activity::fillDemo(*db, db.clock));
        auto tour = itinerant::TourStore(*db).saveTour({ {}, QStringLiteral("Charente Nord"), {}, {}, true });
        ESCALE_VERIFY_OK(tour);
        const QString mairie = addStop(*db, *tour, QStringLiteral("Place de la mairie"), QStringLiteral("Mansle"));
        addActivityAt(*db, QDate(2026, 10, 6), mairie, QStringLiteral("Place de la mairie (Mansle)"));
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        QVERIFY(data->current.activities > 100);
        // The cheques redeemed, as the demonstration's (this test links no cheques module): long
        // scheme and funder names, a count next to its amount.
        data->current.cheques = QList<activity::RedeemedRow> {
            { QStringLiteral("aptic"), QStringLiteral("APTIC"),
                QStringLiteral("Démo — Agglomération Provence-Alpes"), 4, Money(4000) },
            { QStringLiteral("pass"), QStringLiteral("Pass Numérique (collectivités)"),
                QStringLiteral("Démo — Département des Alpes-de-Haute-Provence"), 2, Money(2000) },
        };
        auto doc = reports::buildMonthlySheet(*data);
        const QStringList problems = crowding(*doc);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (!language.isEmpty())
            QVERIFY2(!doc->toPlainText().contains(QStringLiteral("(s)")), qPrintable(doc->toPlainText()));
        if (qEnvironmentVariableIsSet("ESCALE_SHEET_PDF")) // to look at it (pdftoppm)
            ESCALE_VERIFY_OK(reports::writePdf(*doc, reports::monthlySheetInfo(*data),
                qEnvironmentVariable("ESCALE_SHEET_PDF") + QLatin1Char('-') + QTest::currentDataTag()
                    + QStringLiteral(".pdf")));
        const reports::PageUse use = reports::measurePages(*doc);
        QVERIFY2(use.pages <= 2,
            qPrintable(QStringLiteral("%1 pages, the last %2 % full").arg(use.pages).arg(int(use.lastPageFill * 100))));
    }

    void chartsHaveTheRequestedSize()
    {
        QList<activity::MonthPoint> trend;
        for (int i = 0; i < 12; ++i)
            trend.append({ QDate(2026, 1, 1).addMonths(i), i * 3, i * 4 });
        QCOMPARE(reports::trendChart(trend, QSize(600, 200)).size(), QSize(600, 200));
        QCOMPARE(
            reports::horizontalBarChart({ { QStringLiteral("Courriel"), 3 } }, QSize(400, 40)).size(), QSize(400, 40));
    }
};

QTEST_MAIN(TestMonthlyActivitySheet)
#include "TestMonthlyActivitySheet.moc"
