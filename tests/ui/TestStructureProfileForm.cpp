// The structure's coordinates in the profile form (first-run assistant and Settings): typed with a
// point or a French comma, checked like the standard, or found offline by the locator (Settings gives
// structure::suggestPosition over the places register).
#include "ui/settings/SettingsPage.h"
#include "ui/widgets/StructureProfileForm.h"

#include "TestSupport.h"

#include "places/PlaceImporter.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace escale;
using namespace escale::ui;

namespace {

void fillIdentity(QWidget *form, const QString &lat, const QString &lon)
{
    form->findChild<QLineEdit *>(QStringLiteral("nomLineEdit"))->setText(QStringLiteral("Espace numérique de la gare"));
    form->findChild<QLineEdit *>(QStringLiteral("adresseLineEdit"))->setText(QStringLiteral("1 avenue de Verdun"));
    form->findChild<QLineEdit *>(QStringLiteral("codePostalLineEdit"))->setText(QStringLiteral("04000"));
    form->findChild<QLineEdit *>(QStringLiteral("communeLineEdit"))->setText(QStringLiteral("Digne-les-Bains"));
    form->findChild<QLineEdit *>(QStringLiteral("latitudeLineEdit"))->setText(lat);
    form->findChild<QLineEdit *>(QStringLiteral("longitudeLineEdit"))->setText(lon);
}

} // namespace

class TestStructureProfileForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coordinatesAreCheckedLikeTheStandard_data()
    {
        QTest::addColumn<QString>("lat");
        QTest::addColumn<QString>("lon");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("badField");
        QTest::addColumn<double>("latitude");
        QTest::newRow("none") << "" << "" << true << "" << 0.0;
        QTest::newRow("point") << "44.0939" << "6.2306" << true << "" << 44.0939;
        QTest::newRow("French comma") << "44,0939" << " 6,2306 " << true << "" << 44.0939;
        QTest::newRow("only one") << "44.0939" << "" << false << "latitude" << 0.0;
        QTest::newRow("not a number") << "quarante-quatre" << "6.2306" << false << "latitude" << 0.0;
        QTest::newRow("out of range") << "44.0939" << "206.2" << false << "longitude" << 0.0;
    }
    void coordinatesAreCheckedLikeTheStandard()
    {
        QFETCH(QString, lat);
        QFETCH(QString, lon);
        QFETCH(bool, valid);
        QFETCH(QString, badField);
        QFETCH(double, latitude);
        StructureProfileForm form(StructureProfileForm::Identity);
        fillIdentity(&form, lat, lon);
        structure::StructureProfile p;
        form.apply(p);
        QCOMPARE(form.showErrors(structure::validate(p)), valid);
        if (valid) {
            QCOMPARE(p.latitude.has_value(), !lat.isEmpty());
            if (p.latitude)
                QCOMPARE(*p.latitude, latitude);
        } else {
            auto *error = form.findChild<QLabel *>(badField + QStringLiteral("ErrorLabel"));
            QVERIFY(error);
            QVERIFY(!error->text().isEmpty());
        }
    }

    // Settings: « Find from the places register » fills the coordinates of a Digne-les-Bains structure
    // from the real PACA register, then they are saved with the profile.
    void settingsFindTheStructureInThePlacesRegister()
    {
        const QString file = test::sharedData(
            QStringLiteral("lieux/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json"));
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        test::TempDatabase db;
        ESCALE_VERIFY_OK(places::PlaceImporter(*db).importFile(file));
        AppServices services{*db, db.clock};
        SettingsPage page(services);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("locateButton"));
        QVERIFY(button);
        QVERIFY(!button->isHidden());
        fillIdentity(&page, QString(), QString());
        page.findChild<QLineEdit *>(QStringLiteral("nomLineEdit"))->setText(QStringLiteral("France Services Digne-les-Bains"));
        QTest::mouseClick(button, Qt::LeftButton);
        const QString status = page.findChild<QLabel *>(QStringLiteral("locateStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("France Services Digne-les-Bains")), qPrintable(status));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveStructureButton")), Qt::LeftButton);
        const auto saved = structure::StructureStore(*db).profile();
        QVERIFY(saved);
        QVERIFY(saved->latitude && saved->longitude);
        QCOMPARE(qRound(*saved->latitude * 1e4), 440939); // 44.093933 in the register
        QCOMPARE(qRound(*saved->longitude * 1e4), 62306);  // 6.230555
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            page.resize(900, 1400);
            page.grab().save(QStringLiteral("/tmp/docfix/settings.png"));
        }
    }
};

QTEST_MAIN(TestStructureProfileForm)
#include "TestStructureProfileForm.moc"
