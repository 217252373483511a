// « Modifier » a place: the form is driven with the keyboard; what is stored is read back from the
// database; a field that the standard refuses keeps the dialog open with its message under the field.
#include "TestSupport.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "places/Place.h"
#include "ui/places/PlaceDetailsDialog.h"
#include "ui/places/PlaceEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QWheelEvent>
#include <QPlainTextEdit>
#include <QTabWidget>
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

    // Shows the tab that holds the widget, as Ctrl+Tab would.
    static void showTabOf(QWidget *dialog, QWidget *w)
    {
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("placeTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(w))
                tabs->setCurrentIndex(i);
        QVERIFY(w->isVisible());
    }

    static void retype(QWidget *dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(field + QStringLiteral("LineEdit"));
        QVERIFY2(edit, qPrintable(field));
        showTabOf(dialog, edit);
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
        showTabOf(&dialog, services);
        services->setFocus();
        services->setCurrentRow(0);
        QTest::keyClick(services, Qt::Key_Space);
        const QString firstService = services->item(0)->data(Qt::UserRole).toString();
        QCOMPARE(services->item(0)->checkState(), Qt::Checked);
        auto *pass = dialog.findChild<QCheckBox *>(QStringLiteral("passCheckBox"));
        showTabOf(&dialog, pass);
        pass->setFocus();
        QTest::keyClick(pass, Qt::Key_Space);
        QVERIFY(pass->isChecked());
        // Enter in a field: the default button, « Enregistrer ».
        auto *nom = dialog.findChild<QLineEdit *>(QStringLiteral("nomLineEdit"));
        showTabOf(&dialog, nom);
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
        QTest::newRow("SIRET de 13 chiffres") << QStringLiteral("pivot") << QStringLiteral("1234567890123");
        QTest::newRow("RNA sans W") << QStringLiteral("pivot") << QStringLiteral("123456789");
        QTest::newRow("prise de RDV") << QStringLiteral("prise_rdv") << QStringLiteral("rdv.example.org");
        QTest::newRow("fiche accès libre") << QStringLiteral("fiche_acces_libre") << QStringLiteral("ftp://a.fr/x");
        QTest::newRow("site web") << QStringLiteral("site_web") << QStringLiteral("www sans schema");
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

    // Every field of the standard v2 that a coordinator edits: typed or checked with the keyboard, saved,
    // read back from the database.
    void everyStandardFieldIsEdited()
    {
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, places::PlaceStore(*db).find(id).value());
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        retype(&dialog, QStringLiteral("pivot"), QStringLiteral("213 400 703 00012"));
        retype(&dialog, QStringLiteral("structure_parente"), QStringLiteral("Ville de Digne-les-Bains"));
        retype(&dialog, QStringLiteral("prise_rdv"), QStringLiteral("https://rdv.example.org/digne"));
        retype(&dialog, QStringLiteral("fiche_acces_libre"), QStringLiteral("https://acceslibre.beta.gouv.fr/x/"));
        retype(&dialog, QStringLiteral("autres_formations_labels"), QStringLiteral("Label local | Pass Senior"));
        const auto typeText = [&](const QString &field, const QString &text) {
            auto *edit = dialog.findChild<QPlainTextEdit *>(field + QStringLiteral("TextEdit"));
            QVERIFY2(edit, qPrintable(field));
            showTabOf(&dialog, edit);
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, text);
        };
        typeText(QStringLiteral("presentation_resume"), QStringLiteral("Ateliers et aide aux demarches."));
        typeText(QStringLiteral("presentation_detail"), QStringLiteral("Au rez-de-chaussee, acces de plain-pied."));
        auto *itinerance = dialog.findChild<QComboBox *>(QStringLiteral("itineranceComboBox"));
        QVERIFY(itinerance);
        showTabOf(&dialog, itinerance);
        itinerance->setFocus();
        QTest::keyClick(itinerance, Qt::Key_Down); // Non renseigné → Fixe
        QCOMPARE(itinerance->currentData().toString(), QStringLiteral("fixe"));

        // In each list, check the value with this label, with the space bar.
        const auto check = [&](const QString &field, const QString &label) {
            auto *list = dialog.findChild<QListWidget *>(field + QStringLiteral("List"));
            QVERIFY2(list, qPrintable(field));
            const auto found = list->findItems(label, Qt::MatchExactly);
            QVERIFY2(found.size() == 1, qPrintable(label));
            showTabOf(&dialog, list);
            list->setFocus();
            list->setCurrentItem(found.first());
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(found.first()->checkState(), Qt::Checked);
        };
        check(QStringLiteral("publics_specifiquement_adresses"), QStringLiteral("Seniors"));
        check(QStringLiteral("prise_en_charge_specifique"), QStringLiteral("Surdité"));
        check(QStringLiteral("frais_a_charge"), QStringLiteral("Gratuit"));
        check(QStringLiteral("dispositif_programmes_nationaux"), QStringLiteral("Conseillers numériques"));
        check(QStringLiteral("formations_labels"), QStringLiteral("SUD LABS (PACA)"));
        check(QStringLiteral("modalites_acces"), QStringLiteral("Téléphoner"));
        check(QStringLiteral("modalites_accompagnement"), QStringLiteral("Accompagnement individuel"));

        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("ESCALE_SCREENSHOT_DIR");
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("placeTabs"));
            dialog.resize(760, 640);
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                dialog.grab().save(dir + QStringLiteral("/place-edit-%1.png").arg(i));
            }
        }

        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        save->setFocus();
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = places::PlaceStore(*db).find(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->pivot, QStringLiteral("21340070300012"));
        QCOMPARE(stored->structureParente, QStringLiteral("Ville de Digne-les-Bains"));
        QCOMPARE(stored->priseRdv, QStringLiteral("https://rdv.example.org/digne"));
        QCOMPARE(stored->ficheAccesLibre, QStringLiteral("https://acceslibre.beta.gouv.fr/x/"));
        QCOMPARE(stored->autresFormationsLabels, (QStringList { QStringLiteral("Label local"), QStringLiteral("Pass Senior") }));
        QCOMPARE(stored->presentationResume, QStringLiteral("Ateliers et aide aux demarches."));
        QCOMPARE(stored->presentationDetail, QStringLiteral("Au rez-de-chaussee, acces de plain-pied."));
        QCOMPARE(stored->itinerance, QStringLiteral("fixe"));
        QCOMPARE(stored->publics, QStringList { QStringLiteral("seniors") });
        QCOMPARE(stored->priseEnCharge.size(), 1);
        QCOMPARE(vocab::label(vocab::Kind::PriseEnCharge, stored->priseEnCharge.first()), QStringLiteral("Surdité"));
        QCOMPARE(stored->frais, QStringList { QStringLiteral("gratuit") });
        QCOMPARE(stored->dispositifs, QStringList { QStringLiteral("conseillers_numeriques") });
        QCOMPARE(stored->formationsLabels, QStringList { QStringLiteral("SUD LABS (PACA)") });
        QCOMPARE(stored->modalitesAcces, QStringList { QStringLiteral("telephoner") });
        QCOMPARE(stored->modalitesAccompagnement.size(), 1);
        QCOMPARE(stored->typologie, QStringList { QStringLiteral("BIB") }); // unchanged
        QCOMPARE(stored->nom, QStringLiteral("Médiathèque de Digne"));

        // Opened again, the form shows what was saved.
        ui::PlaceEditDialog again(AppServices { *db, db.clock }, stored.value());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("pivotLineEdit"))->text(), QStringLiteral("21340070300012"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("itineranceComboBox"))->currentData().toString(),
            QStringLiteral("fixe"));
        QMap<QString, QString> errors;
        QVERIFY(again.editedPlace(&errors).sameDataAs(stored.value()));
        QVERIFY(errors.isEmpty());
    }

    void badSiretIsRefusedWithItsMessage()
    {
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, places::PlaceStore(*db).find(id).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(&dialog, QStringLiteral("pivot"), QStringLiteral("123 456"));
        // Saved from another tab: the form goes back to the SIRET's tab, message under it, cursor in it.
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("placeTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        dialog.save();
        QVERIFY(dialog.isVisible());
        auto *pivot = dialog.findChild<QLineEdit *>(QStringLiteral("pivotLineEdit"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("pivotError"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), validate::pivot(QStringLiteral("123456")));
        QVERIFY(message->text().contains(QStringLiteral("SIRET")));
        QCOMPARE(pivot->accessibleDescription(), message->text());
        QVERIFY(pivot->isVisible());
        QCOMPARE(QApplication::focusWidget(), pivot);
        QVERIFY(places::PlaceStore(*db).find(id)->pivot.isEmpty());
        // The message takes its own line: the field keeps its height.
        QTRY_VERIFY(pivot->height() >= pivot->sizeHint().height());
        QVERIFY(!pivot->geometry().intersects(message->geometry()));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_DIR") + QStringLiteral("/place-edit-siret.png"));
    }

    void tooLongSummaryIsRefused()
    {
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, places::PlaceStore(*db).find(id).value());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("presentation_resumeTextEdit"))
            ->setPlainText(QString(281, QLatin1Char('a')));
        QMap<QString, QString> errors;
        dialog.editedPlace(&errors);
        QVERIFY(errors.contains(QStringLiteral("presentation_resume")));
        dialog.save();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("presentation_resumeError"))->isVisibleTo(&dialog));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void wheelOverAListScrollsTheTab()
    {
        test::TempDatabase db;
        places::Place place;
        place.nom = QStringLiteral("France Services de Digne-les-Bains");
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, place);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *itinerance = dialog.findChild<QComboBox *>(QStringLiteral("itineranceComboBox"));
        QVERIFY(itinerance);
        const int before = itinerance->currentIndex();
        const QPointF local(itinerance->width() / 2.0, itinerance->height() / 2.0);
        QWheelEvent wheel(local, itinerance->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(itinerance, &wheel);
        QCOMPARE(itinerance->currentIndex(), before); // the wheel scrolled the tab, not the list
        QVERIFY(itinerance->focusPolicy() != Qt::WheelFocus);
    }

    void formFitsASmallScreen()
    {
        test::TempDatabase db;
        const QString id = storeDigne(*db);
        ui::PlaceEditDialog dialog(AppServices { *db, db.clock }, places::PlaceStore(*db).find(id).value());
        // 1366×768 minus the task bar and the title bar.
        QVERIFY(dialog.minimumSizeHint().height() <= 680);
        QVERIFY(dialog.minimumSizeHint().width() <= 1366);
        QVERIFY(dialog.height() <= 680);
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
