#include "activity/DemoData.h"

#include "activity/Activity.h"
#include "activity/Beneficiary.h"
#include "common/Vocabulary.h"
#include "storage/Database.h"
#include "structure/StructureProfile.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <vector>

namespace escale::activity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::activity", text); // the context lupdate gives tr() in this namespace
}

std::vector<DemoFiller> &fillers()
{
    static std::vector<DemoFiller> list;
    return list;
}

// Relative activity of each month (January = index 0): autumn and spring are busy, August quiet.
constexpr int kSeason[12] = { 9, 10, 11, 12, 11, 9, 6, 3, 10, 12, 12, 8 };

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

int countOf(storage::Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

void registerDemoFiller(DemoFiller filler)
{
    fillers().push_back(std::move(filler));
}

DemoSummary demoSummary(storage::Database &db)
{
    return { countOf(db, "SELECT count(*) FROM users"), countOf(db, "SELECT count(*) FROM beneficiaries"),
        countOf(db, "SELECT count(*) FROM activities WHERE deleted = 0") };
}

Status fillDemo(storage::Database &db, const Clock &clock)
{
    ActivityStore activities(db);
    if (activities.hasAny())
        return Status::failure(QStringLiteral("demo.not-empty"),
            tr("This database already holds activities: demonstration data is only added to a "
               "fresh database. Use another file (--database FILE or ESCALE_DATABASE)."));
    storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();

    structure::StructureStore structures(db);
    if (!structures.profile()) {
        structure::StructureProfile p;
        p.nom = QStringLiteral("Démo — Espace numérique des Cigales");
        p.adresse = QStringLiteral("1 place de la Démonstration");
        p.commune = QStringLiteral("Digne-les-Bains");
        p.codePostal = QStringLiteral("04000");
        p.typologie = {};
        p.itinerant = true;
        p.acceptePassNumerique = true;
        if (auto r = structures.save(p); !r)
            return r.error();
    }
    QStringList mediators;
    for (const QString &name : { QStringLiteral("Démo — Alice Médiatrice"), QStringLiteral("Démo — Bruno Conseiller"),
             QStringLiteral("Démo — Chloé Animatrice") }) {
        auto id = structures.addUser(name);
        if (!id)
            return id.error();
        mediators << *id;
    }
    if (structures.users().size() == mediators.size())
        if (Status s = structures.setCurrentUser(mediators.first()); !s)
            return s;

    QRandomGenerator rng(20261121);
    const QDate today = clock.today();

    // Beneficiaries: obviously fictitious names.
    const QList<QString> prenoms { QStringLiteral("Camille"), QStringLiteral("Dominique"), QStringLiteral("Alex"),
        QStringLiteral("Sacha"), QStringLiteral("Claude"), QStringLiteral("Morgane"), QStringLiteral("Noé"),
        QStringLiteral("Élise"), QStringLiteral("René"), QStringLiteral("Josette") };
    const QList<QString> noms { QStringLiteral("Exemple"), QStringLiteral("Fictif"), QStringLiteral("Démo"),
        QStringLiteral("Essai"), QStringLiteral("Modèle"), QStringLiteral("Témoin") };
    const QList<QPair<QString, QString>> communes { { QStringLiteral("Digne-les-Bains"), QStringLiteral("04000") },
        { QStringLiteral("Manosque"), QStringLiteral("04100") },
        { QStringLiteral("Sisteron"), QStringLiteral("04200") },
        { QStringLiteral("Forcalquier"), QStringLiteral("04300") },
        { QStringLiteral("Barcelonnette"), QStringLiteral("04400") },
        { QStringLiteral("Castellane"), QStringLiteral("04120") } };
    const QList<QString> statuts { QStringLiteral("retraite"), QStringLiteral("retraite"),
        QStringLiteral("sans_emploi"), QStringLiteral("en_emploi"), QStringLiteral("scolarise"),
        QStringLiteral("non_communique") };
    BeneficiaryStore people(db);
    QStringList personIds;
    for (int i = 0; i < 160; ++i) {
        Beneficiary b;
        b.prenom = QStringLiteral("Démo ") + pick(rng, prenoms);
        b.nom = pick(rng, noms) + QStringLiteral(" ") + QString::number(i + 1);
        b.anneeNaissance = today.year() - 16 - int(rng.bounded(70));
        b.genre = rng.bounded(2) ? QStringLiteral("feminin") : QStringLiteral("masculin");
        b.statut = pick(rng, statuts);
        const auto &commune = pick(rng, communes);
        b.commune = commune.first;
        b.codePostal = commune.second;
        b.lastVisit = today.addYears(-1).toString(Qt::ISODate);
        auto id = people.create(b);
        if (!id)
            return id.error();
        personIds << *id;
    }

    const QList<QString> thematiques { QStringLiteral("aide_aux_demarches_administratives"),
        QStringLiteral("aide_aux_demarches_administratives"), QStringLiteral("email"),
        QStringLiteral("prendre_en_main_du_materiel"), QStringLiteral("navigation_sur_internet"),
        QStringLiteral("securite_numerique"), QStringLiteral("sante"), QStringLiteral("banque_et_achats_en_ligne"),
        QStringLiteral("insertion_professionnelle"), QStringLiteral("bureautique") };
    const QList<QString> demarches { QStringLiteral("argent_impots"), QStringLiteral("social_sante"),
        QStringLiteral("travail_formation"), QStringLiteral("papiers_elections_citoyennete"),
        QStringLiteral("logement"), QStringLiteral("famille_scolarite"), QStringLiteral("transports_mobilite") };
    const QList<QString> materiels { QStringLiteral("ordinateur"), QStringLiteral("ordinateur"),
        QStringLiteral("telephone"), QStringLiteral("tablette") };
    const QList<QString> autonomies { QStringLiteral("entierement_accompagne"),
        QStringLiteral("partiellement_autonome"), QStringLiteral("autonome") };
    const QList<int> durations { 15, 30, 30, 45, 60, 60, 90, 120 };
    const QList<QPair<QString, QString>> stops { { QStringLiteral("demo-stop-thoard"),
                                                     QStringLiteral("Démo — Thoard, place de l'église") },
        { QStringLiteral("demo-stop-seyne"), QStringLiteral("Démo — Seyne, marché") },
        { QStringLiteral("demo-stop-riez"), QStringLiteral("Démo — Riez, mairie") } };

    for (QDate day = today.addYears(-1).addDays(1); day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() == 7)
            continue;
        const int season = kSeason[day.month() - 1];
        const int perDay = day.dayOfWeek() == 6 ? season / 4 : int(rng.bounded(season / 2 + 1)) + season / 3;
        for (int i = 0; i < perDay; ++i) {
            Activity a;
            a.date = day;
            a.mediatorId = pick(rng, mediators);
            const quint32 roll = rng.bounded(100);
            a.type = roll < 70 ? QStringLiteral("individuel")
                : roll < 85    ? QStringLiteral("ponctuel")
                               : QStringLiteral("collectif");
            a.dureeMinutes = a.type == QStringLiteral("ponctuel") ? 15 : pick(rng, durations);
            a.canal = rng.bounded(10) < 8
                ? QStringLiteral("lieu_activite")
                : (rng.bounded(2) ? QStringLiteral("a_distance") : QStringLiteral("domicile"));
            a.lieuKind = a.canal == QStringLiteral("a_distance") ? lieu::ADistance
                : a.canal == QStringLiteral("domicile")          ? lieu::Domicile
                                                                 : lieu::Structure;
            if (a.lieuKind == lieu::Structure && day.dayOfWeek() == 3) {
                const auto &stop = pick(rng, stops);
                a.lieuKind = lieu::Stop;
                a.lieuId = stop.first;
                a.lieuLabel = stop.second;
            }
            a.materiel = { pick(rng, materiels) };
            a.thematiques = { pick(rng, thematiques) };
            if (a.thematiques.first() == QStringLiteral("aide_aux_demarches_administratives"))
                a.demarches = { pick(rng, demarches) };
            if (a.isCollective()) {
                a.niveau = QStringLiteral("debutant");
                a.thematiques = { pick(rng, thematiques) };
                for (int k = 0; k < 2; ++k)
                    a.participantIds << pick(rng, personIds);
                a.participantIds.removeDuplicates();
                a.anonymousParticipants = 2 + int(rng.bounded(6));
                a.anonymousCounts[QStringLiteral("tranche_age")][QStringLiteral("soixante_dix_plus")]
                    = a.anonymousParticipants / 2;
                a.anonymousCounts[QStringLiteral("statut")][QStringLiteral("retraite")] = a.anonymousParticipants / 2;
            } else {
                a.autonomie = pick(rng, autonomies);
                if (rng.bounded(10) < 7) {
                    a.beneficiaryId = pick(rng, personIds);
                } else {
                    a.genre = QStringLiteral("non_communique");
                    a.trancheAge = QStringLiteral("non_communique");
                }
                if (rng.bounded(10) == 0)
                    a.redirection = QStringLiteral("administration");
            }
            a.notes = QStringLiteral("Donnée de démonstration");
            if (auto id = activities.create(a); !id)
                return id.error();
        }
    }

    for (const DemoFiller &filler : fillers())
        if (Status s = filler(db, clock); !s)
            return s;
    return tx.commit();
}

} // namespace escale::activity
