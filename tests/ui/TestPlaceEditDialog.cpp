// « Modifier » a place: the form is driven with the keyboard; what is stored is read back from the
// database; a field that the standard refuses keeps the dialog open with its message under the field.
#include "TestSupport.h"
#include "places/Place.h"
#include "ui/places/PlaceDetailsDialog.h"
#include "ui/places/PlaceEditDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QApplication>
#include <QTest>
#include <QTimer>

using namespace escale;

class TestPlaceEditDialog : public QObject
{
    Q_OBJECT

    static QString storeDigne(storage::Database &db)
    {
        places::Place p;
        p.nom = QStringLiteral("Médiathèque de Digne");
        p.adresse = QStringLiteral("1 rue Colonel Payan");
        p.codePostal = QStringLiteral("04000");
        p.commune = QStringLiteral("Digne-les-Bains");
        p.codeInsee = QStringLiteral("04070");
        p.latitude = 44.0925;
        p.longitude = 6.2356;
        p.typologie = { QStringLiteral("BIB") };
        p.source = QStringLiteral("test");
        p.sourceId = QStringLiteral("digne-1");
        storage::Transaction tx(db);
        auto id = places::PlaceStore(db).save(p);
        if (!id || !tx.commit())
            qFatal("cannot store the test place");
        return id.value();
    }

    static void retype(QWidget *dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(field + QStringLiteral("LineEdit"));
        QVERIFY2(edit, qPrintable(field));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private slots:
    void editWithTheKeyboard()
    {
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        auto place = places::PlaceStore(*db).find(id);
        QVERIFY(place.ok());
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, place.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        retype(&dialog, QStringLiteral("nom"), QStringLiteral("Mediatheque Francois Mitterrand"));
        retype(&dialog, QStringLiteral("telephone"), QStringLiteral("+33492301234"));
        retype(&dialog, QStringLiteral("courriels"), QStringLiteral("contact@example.org"));
        retype(&dialog, QStringLiteral("site_web"), QStringLiteral("https://mediatheque.example.org"));
        retype(&dialog, QStringLiteral("horaires"), QStringLiteral("Tu-Sa 10:00-18:00"));
        retype(&dialog, QStringLiteral("latitude"), QStringLiteral("44,0931"));
        // A service, checked with the space bar; the Pass numérique too.
        auto *services = dialog.findChild<QListWidget *>(QStringLiteral("servicesList"));
        QVERIFY(services && services->count() > 0);
        services->setFocus();
        services->setCurrentRow(0);
        QTest::keyClick(services, Qt::Key_Space);
        const QString firstService = services->item(0)->data(Qt::UserRole).toString();
        QCOMPARE(services->item(0)->checkState(), Qt::Checked);
        auto *pass = dialog.findChild<QCheckBox *>(QStringLiteral("passCheckBox"));
        pass->setFocus();
        QTest::keyClick(pass, Qt::Key_Space);
        QVERIFY(pass->isChecked());
        // Enter in a field: the default button, « Enregistrer ».
        auto *nom = dialog.findChild<QLineEdit *>(QStringLiteral("nomLineEdit"));
        nom->setFocus();
        QTest::keyClick(nom, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto stored = places::PlaceStore(*db).find(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->nom, QStringLiteral("Mediatheque Francois Mitterrand"));
        QCOMPARE(stored->telephone, QStringLiteral("+33492301234"));
        QCOMPARE(stored->courriels, QStringList { QStringLiteral("contact@example.org") });
        QCOMPARE(stored->siteWeb, QStringList { QStringLiteral("https://mediatheque.example.org") });
        QCOMPARE(stored->horaires, QStringLiteral("Tu-Sa 10:00-18:00"));
        QCOMPARE(*stored->latitude, 44.0931);
        QCOMPARE(*stored->longitude, 6.2356);
        QVERIFY(stored->services.contains(firstService));
        QVERIFY(stored->acceptsPass);
        QCOMPARE(stored->codePostal, QStringLiteral("04000"));
        QCOMPARE(stored->sourceId, QStringLiteral("digne-1")); // fields the form does not show are kept
        QCOMPARE(places::PlaceStore(*db).count(), 1);
    }

    void badValueIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::newRow("code postal de 4 chiffres") << QStringLiteral("code_postal") << QStringLiteral("0400");
        QTest::newRow("code postal avec une lettre") << QStringLiteral("code_postal") << QStringLiteral("0400A");
        QTest::newRow("code postal vide") << QStringLiteral("code_postal") << QString();
        QTest::newRow("code INSEE") << QStringLiteral("code_insee") << QStringLiteral("123");
        QTest::newRow("téléphone") << QStringLiteral("telephone") << QStringLiteral("12 34");
        QTest::newRow("courriel") << QStringLiteral("courriels") << QStringLiteral("pas un courriel");
        QTest::newRow("latitude non numérique") << QStringLiteral("latitude") << QStringLiteral("nord");
        QTest::newRow("latitude hors limites") << QStringLiteral("latitude") << QStringLiteral("144");
        QTest::newRow("nom vide") << QStringLiteral("nom") << QString();
    }
    void badValueIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, places::PlaceStore(*db).find(id).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(&dialog, QStringLiteral("commune"), QStringLiteral("Digne"));
        retype(&dialog, field, typed);
        auto *message = dialog.findChild<QLabel *>(field + QStringLiteral("Error"));
        QVERIFY(message);
        QVERIFY(message->isHidden());
        QTest::keyClick(dialog.findChild<QLineEdit *>(field + QStringLiteral("LineEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(field + QStringLiteral("LineEdit")));
        // Nothing was written.
        auto stored = places::PlaceStore(*db).find(id);
        QCOMPARE(stored->commune, QStringLiteral("Digne-les-Bains"));
        QCOMPARE(stored->codePostal, QStringLiteral("04000"));
    }

    void detailsDialogEdits()
    {
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        ui::PlaceDetailsDialog details(AppServices { *db, db.clock }, places::PlaceStore(*db).find(id).value());
        auto *edit = details.findChild<QPushButton *>(QStringLiteral("editButton"));
        QVERIFY(edit);
        QVERIFY(edit->isEnabled());
        QString changed;
        connect(&details, &ui::PlaceDetailsDialog::placeChanged, this, [&](const QString &i) { changed = i; });
        QTimer::singleShot(0, this, [] {
            auto *form = qobject_cast<ui::PlaceEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            auto *cp = form->findChild<QLineEdit *>(QStringLiteral("code_postalLineEdit"));
            cp->setFocus();
            cp->selectAll();
            QTest::keyClicks(cp, QStringLiteral("04001"));
            QTest::keyClick(cp, Qt::Key_Return);
        });
        details.edit();
        QCOMPARE(changed, id);
        QCOMPARE(details.place().codePostal, QStringLiteral("04001"));
        QCOMPARE(places::PlaceStore(*db).find(id)->codePostal, QStringLiteral("04001"));
    }
};

QTEST_MAIN(TestPlaceEditDialog)
#include "TestPlaceEditDialog.moc"
