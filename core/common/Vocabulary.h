#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace escale::vocab {

// The field's vocabularies (shared/reference/VOCABULARIES.md): each value is stored as a stable code
// and shown with its French label. The labels are the field's own terms (those of the national
// places standard and of the national activity reports) and stay French in every interface language,
// as they are printed on the forms people already know.
enum class Kind {
    Typologie,              // data·inclusion structure types (EPN, RFS, CCAS…)
    Service,                // services of the places standard v2
    Public,                 // publics_specifiquement_adresses
    PriseEnCharge,          // prise_en_charge_specifique
    Frais,                  // frais_a_charge
    Dispositif,             // dispositif_programmes_nationaux
    ModaliteAcces,          // modalites_acces
    ModaliteAccompagnement, // modalites_accompagnement
    ActivityType,           // individuel, collectif, ponctuel
    Canal,                  // lieu_activite, domicile, a_distance, autre
    Materiel,
    ThematiqueMediation,
    ThematiqueDemarche,     // the 11 service-public.fr families
    Autonomie,
    Niveau,
    Redirection,
    Genre,
    TrancheAge,
    Statut,
};

struct Term
{
    QString code;
    QString label;
};

const QList<Term> &terms(Kind kind);

// The label of a code, or the code itself when the vocabulary does not know it.
QString label(Kind kind, const QString &code);
bool contains(Kind kind, const QString &code);

// The code whose label or code matches text, ignoring case, accents and spacing.
std::optional<QString> codeFor(Kind kind, const QString &text);

// The age band (TrancheAge code) of someone born in birthYear, at the given reference year.
QString trancheAgeForBirthYear(int birthYear, int referenceYear);

} // namespace escale::vocab
