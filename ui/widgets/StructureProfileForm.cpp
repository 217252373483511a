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
#include <QLocale>
#include <QPushButton>
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

// A coordinate as typed: « 44.0927 », « 44,0927 » (French decimal comma), spaces ignored. Nothing when
// empty; ok false when it is not a number.
std::optional<double> parseCoordinate(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    const double value = t.toDouble(ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

QString coordinateText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 6) : QString();
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
        // Where the structure is: « nearest » places in Orientation and Diagnostic are measured from here.
        m_latitude = addLine(form, tr("&Latitude (optional):"), QStringLiteral("latitudeLineEdit"),
                             QStringLiteral("latitude"));
        m_latitude->setPlaceholderText(tr("e.g. 44.0927"));
        m_longitude = addLine(form, tr("Lon&gitude (optional):"), QStringLiteral("longitudeLineEdit"),
                              QStringLiteral("longitude"));
        m_longitude->setPlaceholderText(tr("e.g. 6.2356"));
        auto *locateRow = new QWidget(this);
        auto *locateLayout = new QHBoxLayout(locateRow);
        locateLayout->setContentsMargins(0, 0, 0, 0);
        m_locateButton = new QPushButton(tr("Find from the places &register"), locateRow);
        m_locateButton->setObjectName(QStringLiteral("locateButton"));
        m_locateButton->setToolTip(tr("Takes the coordinates of the place of the same name in this commune, else "
                                      "the middle of the commune's places or its outline in an imported map "
                                      "layer. No Internet connection is used."));
        m_locateStatus = new QLabel(locateRow);
        m_locateStatus->setObjectName(QStringLiteral("locateStatusLabel"));
        m_locateStatus->setWordWrap(true);
        locateLayout->addWidget(m_locateButton);
        locateLayout->addWidget(m_locateStatus, 1);
        form->addRow(QString(), locateRow);
        locateRow->setVisible(false); // until a locator is given
        connect(m_locateButton, &QPushButton::clicked, this, [this] { locate(); });
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
        m_latitude->setText(coordinateText(p.latitude));
        m_longitude->setText(coordinateText(p.longitude));
        m_locateStatus->clear();
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
        bool ok = false;
        p.latitude = parseCoordinate(m_latitude->text(), &ok);
        p.longitude = parseCoordinate(m_longitude->text(), &ok);
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
    QList<structure::FieldError> all = errors;
    if (m_parts & Identity) {
        // A coordinate that is not a number is said as such (the profile's own checks about the pair
        // would only add « give both » for it).
        QList<structure::FieldError> typed;
        bool ok = false;
        parseCoordinate(m_latitude->text(), &ok);
        if (!ok)
            typed.append({QStringLiteral("latitude"), tr("A latitude in decimal degrees, e.g. 44.0927.")});
        parseCoordinate(m_longitude->text(), &ok);
        if (!ok)
            typed.append({QStringLiteral("longitude"), tr("A longitude in decimal degrees, e.g. 6.2356.")});
        if (!typed.isEmpty()) {
            all.removeIf([](const structure::FieldError &e) {
                return e.field == QLatin1String("latitude") || e.field == QLatin1String("longitude");
            });
            all = typed + all;
        }
    }
    for (const structure::FieldError &e : std::as_const(all)) {
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

void StructureProfileForm::setLocator(Locator locator)
{
    m_locator = std::move(locator);
    if (m_locateButton)
        m_locateButton->parentWidget()->setVisible(bool(m_locator));
}

bool StructureProfileForm::locate()
{
    if (!m_locator || !(m_parts & Identity))
        return false;
    structure::StructureProfile p;
    apply(p);
    const std::optional<structure::LocatedPoint> found = m_locator(p);
    if (!found) {
        m_locateStatus->setText(tr("Not found: import the places of the territory (Map section) or a layer of "
                                   "its communes, or type the coordinates."));
        return false;
    }
    m_latitude->setText(coordinateText(found->latitude));
    m_longitude->setText(coordinateText(found->longitude));
    m_locateStatus->setText(found->describe() + QLatin1Char(' ') + tr("Check it, then save."));
    return true;
}

} // namespace escale::ui
