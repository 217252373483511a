#include "ui/widgets/StructureProfileForm.h"

#include "common/Vocabulary.h"
#include "ui/widgets/FormHelpers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

void setCheckedCodes(QListWidget *list, const QStringList &codes)
{
    if (!list)
        return;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

} // namespace

StructureProfileForm::StructureProfileForm(Part parts, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (parts & Identity) {
        m_nom = addLine(form, tr("&Name of the structure:"), QStringLiteral("nomLineEdit"), QStringLiteral("nom"));
        m_nom->setPlaceholderText(tr("e.g. Espace numérique de la médiathèque"));
        m_adresse = addLine(form, tr("&Address:"), QStringLiteral("adresseLineEdit"), QStringLiteral("adresse"));
        m_complement = addLine(form, tr("Address &complement:"), QStringLiteral("complementLineEdit"),
                               QStringLiteral("complement_adresse"));
        m_codePostal =
            addLine(form, tr("&Postal code:"), QStringLiteral("codePostalLineEdit"), QStringLiteral("code_postal"));
        m_codePostal->setMaxLength(5);
        m_codePostal->setInputMethodHints(Qt::ImhDigitsOnly);
        m_commune = addLine(form, tr("Co&mmune:"), QStringLiteral("communeLineEdit"), QStringLiteral("commune"));
        m_typologie = addCodeList(form, tr("&Type of structure:"), QStringLiteral("typologieListWidget"),
                                  int(vocab::Kind::Typologie), QStringLiteral("typologie"));
    }
    if (parts & Offer) {
        m_services = addCodeList(form, tr("&Services offered:"), QStringLiteral("servicesListWidget"),
                                 int(vocab::Kind::Service), QStringLiteral("services"));
        m_pass = new QCheckBox(tr("This place accepts the Pass &numérique"), this);
        m_pass->setObjectName(QStringLiteral("passCheckBox"));
        form->addRow(QString(), m_pass);
        auto *mode = new QWidget(this);
        auto *modeLayout = new QHBoxLayout(mode);
        modeLayout->setContentsMargins(0, 0, 0, 0);
        m_fixe = new QRadioButton(tr("&Fixed place"), mode);
        m_fixe->setObjectName(QStringLiteral("fixeRadioButton"));
        m_itinerant = new QRadioButton(tr("&Itinerant (bus, mobile team)"), mode);
        m_itinerant->setObjectName(QStringLiteral("itinerantRadioButton"));
        m_fixe->setChecked(true);
        modeLayout->addWidget(m_fixe);
        modeLayout->addWidget(m_itinerant);
        modeLayout->addStretch();
        auto *group = new QButtonGroup(this);
        group->addButton(m_fixe);
        group->addButton(m_itinerant);
        addFormRow(form, tr("Kind of place:"), mode);
        m_pivot = addLine(form, tr("SIRET or RNA (optional):"), QStringLiteral("pivotLineEdit"), QStringLiteral("pivot"));
        m_telephone = addLine(form, tr("P&hone (optional):"), QStringLiteral("telephoneLineEdit"),
                              QStringLiteral("telephone"));
        m_courriel = addLine(form, tr("&E-mail (optional):"), QStringLiteral("courrielLineEdit"),
                             QStringLiteral("courriel"));
        m_siteWeb = addLine(form, tr("&Website (optional):"), QStringLiteral("siteWebLineEdit"),
                            QStringLiteral("site_web"));
    }
}

QLineEdit *StructureProfileForm::addLine(QFormLayout *form, const QString &label, const QString &objectName,
                                         const QString &field)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *edit = new QLineEdit(box);
    edit->setObjectName(objectName);
    layout->addWidget(edit);
    QLabel *error = makeErrorLabel(field + QStringLiteral("ErrorLabel"), box);
    layout->addWidget(error);
    m_errorLabels.insert(field, error);
    addFormRow(form, label, box);
    edit->setAccessibleName(box->accessibleName());
    box->setFocusProxy(edit);
    return edit;
}

QListWidget *StructureProfileForm::addCodeList(QFormLayout *form, const QString &label, const QString &objectName,
                                               int kind, const QString &field)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *list = new QListWidget(box);
    list->setObjectName(objectName);
    for (const vocab::Term &t : vocab::terms(vocab::Kind(kind))) {
        auto *item = new QListWidgetItem(t.label, list);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMinimumHeight(110);
    layout->addWidget(list);
    QLabel *error = makeErrorLabel(field + QStringLiteral("ErrorLabel"), box);
    layout->addWidget(error);
    m_errorLabels.insert(field, error);
    addFormRow(form, label, box);
    list->setAccessibleName(box->accessibleName());
    box->setFocusProxy(list);
    return list;
}

void StructureProfileForm::setProfile(const structure::StructureProfile &p)
{
    if (m_parts & Identity) {
        m_nom->setText(p.nom);
        m_adresse->setText(p.adresse);
        m_complement->setText(p.complementAdresse);
        m_codePostal->setText(p.codePostal);
        m_commune->setText(p.commune);
        setCheckedCodes(m_typologie, p.typologie);
    }
    if (m_parts & Offer) {
        setCheckedCodes(m_services, p.services);
        m_pass->setChecked(p.acceptePassNumerique);
        (p.itinerant ? m_itinerant : m_fixe)->setChecked(true);
        m_pivot->setText(p.pivot);
        m_telephone->setText(p.telephone);
        m_courriel->setText(p.courriel);
        m_siteWeb->setText(p.siteWeb);
    }
}

void StructureProfileForm::apply(structure::StructureProfile &p) const
{
    if (m_parts & Identity) {
        p.nom = m_nom->text().trimmed();
        p.adresse = m_adresse->text().trimmed();
        p.complementAdresse = m_complement->text().trimmed();
        p.codePostal = m_codePostal->text().trimmed();
        p.commune = m_commune->text().trimmed();
        p.typologie = checkedCodes(m_typologie);
    }
    if (m_parts & Offer) {
        p.services = checkedCodes(m_services);
        p.acceptePassNumerique = m_pass->isChecked();
        p.itinerant = m_itinerant->isChecked();
        p.pivot = m_pivot->text().trimmed();
        p.telephone = m_telephone->text().trimmed();
        p.courriel = m_courriel->text().trimmed();
        p.siteWeb = m_siteWeb->text().trimmed();
    }
}

bool StructureProfileForm::showErrors(const QList<structure::FieldError> &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels))
        setError(label, QString());
    bool clean = true;
    QWidget *firstBad = nullptr;
    for (const structure::FieldError &e : errors) {
        QLabel *label = m_errorLabels.value(e.field);
        if (!label)
            continue; // a field of another part
        setError(label, label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
        clean = false;
        if (!firstBad)
            firstBad = label->parentWidget();
    }
    if (firstBad)
        firstBad->setFocus();
    return clean;
}

} // namespace escale::ui
