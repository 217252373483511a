// The orientation result with the real register of Provence-Alpes-Côte d'Azur: a Digne-les-Bains
// structure saved without coordinates is placed by the register, and the places offered are Digne's
// (QA found Charente bus stops 100 to 500 km away and « La structure n'a pas de coordonnées »).
#include "DigneFixture.h"
#include "TestSupport.h"

#include "places/PlaceImporter.h"
#include "structure/StructureProfile.h"
#include "ui/orientation/OrientationPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

using namespace escale;
using namespace escale::ui;

class TestOrientationOffices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM")) { // screenshots in French
            auto *translator = new QTranslator(this);
            if (translator->load(qEnvironmentVariable("ESCALE_QM")))
                QCoreApplication::installTranslator(translator);
        }
    }

    void digneStructureIsOfferedDignePlaces()
    {
        const QString file = test::pacaPlacesFile();
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        test::TempDatabase db;
        ESCALE_VERIFY_OK(places::PlaceImporter(*db).importFile(file));
        structure::StructureProfile p = test::digneStructureWithoutCoordinates();
        ESCALE_VERIFY_OK(structure::StructureStore(*db).completeFirstRun(p, QStringLiteral("Camille Martin")));

        OrientationPage page({*db, db.clock}); // the real finder over the register
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto next = [&] { page.findChild<QPushButton *>(QStringLiteral("nextButton"))->click(); };
        auto choose = [&](int i) {
            auto *b = page.findChild<QAbstractButton *>(QStringLiteral("answerButton%1").arg(i));
            QVERIFY(b);
            b->click();
            next();
        };
        choose(0); // Argent pour vivre
        choose(1); // sans emploi
        auto *age = page.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        QVERIFY(age);
        age->setText(QStringLiteral("32"));
        next();
        choose(0); // paie un loyer
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("resultPage"));

        // From the structure's commune, as the register places it, and said so.
        auto *from = page.findChild<QLabel *>(QStringLiteral("fromLabel"));
        QVERIFY(from);
        QVERIFY2(from->text().contains(QStringLiteral("Digne-les-Bains")), qPrintable(from->text()));
        QList<QLabel *> offices;
        for (QLabel *l : page.findChildren<QLabel *>(QStringLiteral("officeLabel")))
            offices << l;
        QVERIFY(!offices.isEmpty());
        // Every outcome's first place is in Digne-les-Bains, and none is farther than 50 km.
        for (QLabel *l : std::as_const(offices)) {
            const QString text = l->text();
            const int km = text.indexOf(QStringLiteral(" km"));
            QVERIFY2(km > 0, qPrintable(text));
            const QString number = text.left(km).section(QStringLiteral(" — "), -1);
            bool ok = false;
            const double value = QLocale().toDouble(number, &ok);
            QVERIFY2(ok && value < 50.0, qPrintable(text));
        }
        QVERIFY2(offices.first()->text().contains(QStringLiteral("DIGNE-LES-BAINS")), qPrintable(offices.first()->text()));
        QVERIFY2(offices.first()->text().contains(QStringLiteral("France Services Digne-les-Bains")),
                 qPrintable(offices.first()->text()));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            QTest::qWait(100); // the result's frames laid out
            page.grab().save(QStringLiteral("/tmp/docfix/orientation-digne.png"));
        }
    }
};

QTEST_MAIN(TestOrientationOffices)
#include "TestOrientationOffices.moc"
