#include "TestSupport.h"

#include "structure/StructureProfile.h"
#include "ui/main/FirstRunAssistant.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>

using namespace escale;

// Drives the first-run assistant as a person would: typing, Tab, Space on check boxes, Enter for
// « Suivant », and checks what is shown and what is stored.
class TestFirstRunAssistant : public QObject
{
    Q_OBJECT
private:
    template<typename T>
    static T *find(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    // Types text key by key; accented letters arrive as key events carrying their text, as from a
    // French keyboard (QTest::keyClicks only knows ASCII).
    static void typeInto(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(w, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    static void type(QWidget *root, const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(root, name);
        edit->setFocus();
        typeInto(edit, text);
    }

    static void check(QListWidget *list, const QString &code)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == code) {
                list->setFocus();
                list->setCurrentRow(i);
                QTest::keyClick(list, Qt::Key_Space);
                return;
            }
        }
        qFatal("no code %s", qPrintable(code));
    }

private Q_SLOTS:
    void fillingTheAssistantCreatesStructureAndUser()
    {
        test::TempDatabase db;
        structure::StructureStore store(*db);
        ui::FirstRunAssistant assistant(store);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));

        // Page 1: a wrong postal code is refused on « Suivant » with a message under the field.
        type(&assistant, QStringLiteral("nomLineEdit"), QStringLiteral("Tiers-lieu La Fabrique"));
        type(&assistant, QStringLiteral("adresseLineEdit"), QStringLiteral("12 avenue de la Libération"));
        type(&assistant, QStringLiteral("codePostalLineEdit"), QStringLiteral("0430"));
        type(&assistant, QStringLiteral("communeLineEdit"), QStringLiteral("Forcalquier"));
        check(find<QListWidget>(&assistant, QStringLiteral("typologieListWidget")), QStringLiteral("TIERS_LIEUX"));
        const int firstPage = assistant.currentId();
        assistant.button(QWizard::NextButton)->click();
        QCOMPARE(assistant.currentId(), firstPage);
        auto *error = find<QLabel>(&assistant, QStringLiteral("code_postalErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("5")));

        auto *cp = find<QLineEdit>(&assistant, QStringLiteral("codePostalLineEdit"));
        cp->setFocus();
        QTest::keyClick(cp, Qt::Key_End);
        typeInto(cp, QStringLiteral("0"));
        assistant.button(QWizard::NextButton)->click();
        QVERIFY(assistant.currentId() != firstPage);
        QVERIFY(!error->isVisible());

        // Page 2: services, Pass numérique, itinerant, a phone written the French way.
        check(find<QListWidget>(&assistant, QStringLiteral("servicesListWidget")), QStringLiteral("aide_demarches"));
        check(find<QListWidget>(&assistant, QStringLiteral("servicesListWidget")), QStringLiteral("acces_internet"));
        auto *pass = find<QCheckBox>(&assistant, QStringLiteral("passCheckBox"));
        pass->setFocus();
        QTest::keyClick(pass, Qt::Key_Space);
        QVERIFY(pass->isChecked());
        QTest::mouseClick(find<QRadioButton>(&assistant, QStringLiteral("itinerantRadioButton")), Qt::LeftButton);
        type(&assistant, QStringLiteral("telephoneLineEdit"), QStringLiteral("04 92 75 12 34"));
        type(&assistant, QStringLiteral("pivotLineEdit"), QStringLiteral("W043001234"));
        const int secondPage = assistant.currentId();
        assistant.button(QWizard::NextButton)->click();
        QVERIFY(assistant.currentId() != secondPage);

        // Page 3: the name is required.
        assistant.button(QWizard::FinishButton)->click();
        QVERIFY(find<QLabel>(&assistant, QStringLiteral("userNameErrorLabel"))->isVisible());
        QVERIFY(!store.profile().has_value());
        type(&assistant, QStringLiteral("userNameLineEdit"), QStringLiteral("Camille Dupré"));
        QTest::keyClick(find<QLineEdit>(&assistant, QStringLiteral("userNameLineEdit")), Qt::Key_Return);
        QCOMPARE(assistant.result(), int(QDialog::Accepted));

        const auto profile = store.profile();
        QVERIFY(profile.has_value());
        QCOMPARE(profile->nom, QStringLiteral("Tiers-lieu La Fabrique"));
        QCOMPARE(profile->codePostal, QStringLiteral("04300"));
        QCOMPARE(profile->typologie, QStringList{QStringLiteral("TIERS_LIEUX")});
        QCOMPARE(profile->services, (QStringList{QStringLiteral("aide_demarches"), QStringLiteral("acces_internet")}));
        QVERIFY(profile->acceptePassNumerique);
        QVERIFY(profile->itinerant);
        QCOMPARE(profile->telephone, QStringLiteral("+33492751234"));
        QCOMPARE(profile->pivot, QStringLiteral("W043001234"));
        QCOMPARE(store.currentUser()->displayName, QStringLiteral("Camille Dupré"));
        QVERIFY(!store.needsFirstRun());
    }

    void cancellingWritesNothing()
    {
        test::TempDatabase db;
        structure::StructureStore store(*db);
        ui::FirstRunAssistant assistant(store);
        assistant.show();
        type(&assistant, QStringLiteral("nomLineEdit"), QStringLiteral("Abandon"));
        QTest::keyClick(&assistant, Qt::Key_Escape);
        QCOMPARE(assistant.result(), int(QDialog::Rejected));
        QVERIFY(store.needsFirstRun());
    }
};

QTEST_MAIN(TestFirstRunAssistant)
#include "TestFirstRunAssistant.moc"
