#include "common/Vocabulary.h"

#include "common/TextNormalizer.h"

#include <QHash>

namespace escale::vocab {

namespace {

using L = QList<Term>;
#define T(code, label) Term{QStringLiteral(code), QStringLiteral(label)}

const L &typologies()
{
    static const L list{
        T("EPN", "Espace public numérique"), T("EPI", "Espace public internet"),
        T("ENM", "Espace numérique mobile"), T("TIERS_LIEUX", "Tiers-lieu"), T("FABLAB", "Fablab"),
        T("FABRIQUE", "Fabrique de territoire"), T("RFS", "France Services"),
        T("MSAP", "Maison de services au public"), T("PIMMS", "Point information médiation multi-services"),
        T("CCAS", "Centre communal d'action sociale"), T("CIAS", "Centre intercommunal d'action sociale"),
        T("CS", "Centre social"), T("CSC", "Centre socio-culturel"), T("EVS", "Espace de vie sociale"),
        T("MJC", "Maison des jeunes et de la culture"), T("BIB", "Bibliothèque / médiathèque"),
        T("RELAIS_LECTURE", "Relais lecture"), T("MUNI", "Mairie"), T("ASSO", "Association"),
        T("LA_POSTE", "La Poste"), T("CAF", "Caisse d'allocations familiales"),
        T("CPAM", "Caisse primaire d'assurance maladie"), T("MSA", "Mutualité sociale agricole"),
        T("FT", "France Travail"), T("ML", "Mission locale"), T("PIJ_BIJ", "Point / bureau information jeunesse"),
        T("PAD", "Point d'accès au droit"), T("MDS", "Maison départementale des solidarités"),
        T("CARSAT", "Caisse d'assurance retraite (Carsat)"), T("DGFIP", "Centre des finances publiques"),
        T("PREF", "Préfecture / sous-préfecture"), T("RESSOURCERIE", "Ressourcerie"), T("AUTRE", "Autre"),
    };
    return list;
}

const L &services()
{
    static const L list{
        T("aide_demarches", "Aide aux démarches administratives"),
        T("outils_quotidien", "Maîtrise des outils numériques du quotidien"),
        T("insertion_pro", "Insertion professionnelle via le numérique"),
        T("usage_securise", "Utilisation sécurisée du numérique"),
        T("parentalite", "Parentalité et éducation avec le numérique"),
        T("loisirs_creations", "Loisirs et créations numériques"),
        T("comprehension_monde", "Compréhension du monde numérique"),
        T("acces_internet", "Accès internet et matériel informatique"),
        T("materiel_solidaire", "Acquisition de matériel informatique à prix solidaire"),
    };
    return list;
}

const L &publics()
{
    static const L list{
        T("jeunes", "Jeunes"), T("etudiants", "Étudiants"), T("familles_enfants", "Familles et/ou enfants"),
        T("seniors", "Seniors"), T("femmes", "Femmes"),
    };
    return list;
}

const L &prisesEnCharge()
{
    static const L list{
        T("surdite", "Surdité"), T("handicaps_moteurs", "Handicaps moteurs"),
        T("handicaps_mentaux", "Handicaps mentaux"), T("illettrisme", "Illettrisme"),
        T("langues_etrangeres_anglais", "Langues étrangères (anglais)"),
        T("langues_etrangeres_autres", "Langues étrangères (autres)"), T("deficience_visuelle", "Déficience visuelle"),
    };
    return list;
}

const L &frais()
{
    static const L list{
        T("gratuit", "Gratuit"), T("gratuit_sous_condition", "Gratuit sous condition"), T("payant", "Payant"),
    };
    return list;
}

const L &dispositifs()
{
    static const L list{
        T("aidants_connect", "Aidants Connect"),
        T("bibliotheques_numerique_de_reference", "Bibliothèques numérique de référence"),
        T("certification_pix", "Certification PIX"), T("conseillers_numeriques", "Conseillers numériques"),
        T("emmaus_connect", "Emmaüs Connect"), T("france_services", "France Services"),
        T("grande_ecole_du_numerique", "Grande école du numérique"), T("la_croix_rouge", "La Croix Rouge"),
        T("point_d_acces_numerique_caf", "Point d'accès numérique CAF"),
        T("promeneurs_du_net", "Promeneurs du net"),
        T("relais_numerique_emmaus_connect", "Relais numérique (Emmaüs Connect)"),
    };
    return list;
}

const L &modalitesAcces()
{
    static const L list{
        T("se_presenter", "Se présenter"), T("telephoner", "Téléphoner"), T("contacter_par_mail", "Contacter par mail"),
        T("prendre_un_rdv_en_ligne", "Prendre un RDV en ligne"),
        T("pas_de_public", "Ce lieu n'accueille pas de public"),
        T("fiche_de_prescription", "Envoyer un mail avec une fiche de prescription"),
    };
    return list;
}

const L &modalitesAccompagnement()
{
    static const L list{
        T("en_autonomie", "En autonomie"), T("accompagnement_individuel", "Accompagnement individuel"),
        T("atelier_collectif", "Dans un atelier collectif"), T("a_distance", "À distance"),
    };
    return list;
}

const L &activityTypes()
{
    static const L list{
        T("individuel", "Accompagnement individuel"), T("collectif", "Atelier collectif"),
        T("ponctuel", "Aide ponctuelle"),
    };
    return list;
}

const L &canaux()
{
    static const L list{
        T("lieu_activite", "Lieu d'activité"), T("domicile", "À domicile"), T("a_distance", "À distance"),
        T("autre", "Autre lieu"),
    };
    return list;
}

const L &materiels()
{
    static const L list{
        T("ordinateur", "Ordinateur"), T("telephone", "Téléphone"), T("tablette", "Tablette"), T("autre", "Autre"),
        T("aucun", "Aucun"),
    };
    return list;
}

const L &thematiquesMediation()
{
    static const L list{
        T("diagnostic_numerique", "Diagnostic numérique"),
        T("prendre_en_main_du_materiel", "Prendre en main du matériel"),
        T("maintenance_de_materiel", "Maintenance de matériel"),
        T("gere_ses_contenus_numeriques", "Gérer ses contenus numériques"),
        T("navigation_sur_internet", "Navigation sur internet"), T("email", "E-mail"),
        T("bureautique", "Bureautique"), T("reseaux_sociaux", "Réseaux sociaux"), T("sante", "Santé"),
        T("banque_et_achats_en_ligne", "Banque et achats en ligne"), T("entrepreneuriat", "Entrepreneuriat"),
        T("insertion_professionnelle", "Insertion professionnelle"), T("securite_numerique", "Sécurité numérique"),
        T("parentalite", "Parentalité"), T("scolarite_et_numerique", "Scolarité et numérique"),
        T("creer_avec_le_numerique", "Créer avec le numérique"), T("culture_numerique", "Culture numérique"),
        T("intelligence_artificielle", "Intelligence artificielle"),
        T("aide_aux_demarches_administratives", "Aide aux démarches administratives"),
    };
    return list;
}

const L &thematiquesDemarche()
{
    static const L list{
        T("papiers_elections_citoyennete", "Papiers – Élections – Citoyenneté"),
        T("famille_scolarite", "Famille – Scolarité"), T("social_sante", "Social – Santé"),
        T("travail_formation", "Travail – Formation"), T("logement", "Logement"),
        T("transports_mobilite", "Transports – Mobilité"), T("argent_impots", "Argent – Impôts – Consommation"),
        T("justice", "Justice"), T("etrangers_europe", "Étrangers – Europe"),
        T("loisirs_sports_culture", "Loisirs – Sports – Culture"), T("associations", "Associations"),
    };
    return list;
}

const L &autonomies()
{
    static const L list{
        T("entierement_accompagne", "Avec guidage"),
        T("partiellement_autonome", "Autonome avec guidage en cas de besoin"), T("autonome", "Autonome"),
    };
    return list;
}

const L &niveaux()
{
    static const L list{T("debutant", "Débutant"), T("intermediaire", "Intermédiaire"), T("avance", "Avancé")};
    return list;
}

const L &redirections()
{
    static const L list{
        T("administration", "Administration"), T("mediation_numerique", "Médiation numérique"),
        T("operateur_ou_organisme_en_charge", "Opérateur ou organisme en charge"),
        T("aide_sociale", "Aide sociale"), T("insertion_professionnelle", "Insertion professionnelle"),
        T("aide_aux_demarches_administratives", "Aide aux démarches administratives"), T("autre", "Autre"),
    };
    return list;
}

const L &genres()
{
    static const L list{T("masculin", "Masculin"), T("feminin", "Féminin"), T("non_communique", "Non communiqué")};
    return list;
}

const L &tranchesAge()
{
    static const L list{
        T("moins_de_douze", "Moins de 12 ans"), T("douze_dix_huit", "12 – 17 ans"),
        T("dix_huit_vingt_quatre", "18 – 24 ans"), T("vingt_cinq_trente_neuf", "25 – 39 ans"),
        T("quarante_cinquante_neuf", "40 – 59 ans"), T("soixante_soixante_neuf", "60 – 69 ans"),
        T("soixante_dix_plus", "70 ans et plus"), T("non_communique", "Non communiqué"),
    };
    return list;
}

const L &statuts()
{
    static const L list{
        T("retraite", "Retraité"), T("sans_emploi", "Sans emploi"), T("en_emploi", "En emploi"),
        T("scolarise", "Scolarisé"), T("non_communique", "Non communiqué"),
    };
    return list;
}

#undef T

} // namespace

const QList<Term> &terms(Kind kind)
{
    switch (kind) {
    case Kind::Typologie: return typologies();
    case Kind::Service: return services();
    case Kind::Public: return publics();
    case Kind::PriseEnCharge: return prisesEnCharge();
    case Kind::Frais: return frais();
    case Kind::Dispositif: return dispositifs();
    case Kind::ModaliteAcces: return modalitesAcces();
    case Kind::ModaliteAccompagnement: return modalitesAccompagnement();
    case Kind::ActivityType: return activityTypes();
    case Kind::Canal: return canaux();
    case Kind::Materiel: return materiels();
    case Kind::ThematiqueMediation: return thematiquesMediation();
    case Kind::ThematiqueDemarche: return thematiquesDemarche();
    case Kind::Autonomie: return autonomies();
    case Kind::Niveau: return niveaux();
    case Kind::Redirection: return redirections();
    case Kind::Genre: return genres();
    case Kind::TrancheAge: return tranchesAge();
    case Kind::Statut: return statuts();
    }
    Q_UNREACHABLE();
}

QString label(Kind kind, const QString &code)
{
    for (const Term &t : terms(kind))
        if (t.code == code)
            return t.label;
    return code;
}

bool contains(Kind kind, const QString &code)
{
    for (const Term &t : terms(kind))
        if (t.code == code)
            return true;
    return false;
}

std::optional<QString> codeFor(Kind kind, const QString &text)
{
    const QString wanted = text::normalizeForSearch(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Term &t : terms(kind)) {
        if (text::normalizeForSearch(t.label) == wanted || text::normalizeForSearch(t.code) == wanted)
            return t.code;
    }
    return std::nullopt;
}

QString trancheAgeForBirthYear(int birthYear, int referenceYear)
{
    if (birthYear <= 0 || birthYear > referenceYear)
        return QStringLiteral("non_communique");
    const int age = referenceYear - birthYear;
    if (age < 12)
        return QStringLiteral("moins_de_douze");
    if (age < 18)
        return QStringLiteral("douze_dix_huit");
    if (age < 25)
        return QStringLiteral("dix_huit_vingt_quatre");
    if (age < 40)
        return QStringLiteral("vingt_cinq_trente_neuf");
    if (age < 60)
        return QStringLiteral("quarante_cinquante_neuf");
    if (age < 70)
        return QStringLiteral("soixante_soixante_neuf");
    return QStringLiteral("soixante_dix_plus");
}

} // namespace escale::vocab
