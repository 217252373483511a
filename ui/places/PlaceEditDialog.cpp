#include "ui/places/PlaceEditDialog.h"

#include "ui/widgets/FormHelpers.h"

#include "places/PlaceImporter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *box = new QWidget;
    // As tall as its field and message: the form keeps its spare room at the bottom.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(message);
    return box;
}

QString coordinateText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QString();
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

} // namespace

PlaceEditDialog::PlaceEditDialog(AppServices services, const places::Place &place, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_place(place)
{
    setWindowTitle(tr("Edit %1").arg(place.nom));
    resize(760, 640);
    auto *outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("placeTabs"));
    outer->addWidget(m_tabs);

    // Identity: who runs the place and what it is.
    addTab(tr("&Identity"), QStringLiteral("identityTab"));
    addLine(QStringLiteral("nom"), tr("&Name"), place.nom);
    addLine(QStringLiteral("pivot"), tr("SIRET / RN&A"), place.pivot)
        ->setPlaceholderText(tr("14 digits, or W and 9 digits"));
    addCodes(QStringLiteral("typologie"), tr("&Type of place"), vocab::Kind::Typologie, place.typologie);
    addLine(QStringLiteral("structure_parente"), tr("Parent str&ucture"), place.structureParente);
    m_itinerance = new QComboBox;
    m_itinerance->setObjectName(QStringLiteral("itineranceComboBox"));
    m_itinerance->addItem(tr("Not given"), QString());
    m_itinerance->addItem(QStringLiteral("Fixe"), QStringLiteral("fixe"));
    m_itinerance->addItem(QStringLiteral("Itinérant"), QStringLiteral("itinerant"));
    m_itinerance->setCurrentIndex(std::max(0, m_itinerance->findData(place.itinerance)));
    addRow(QStringLiteral("itinerance"), tr("Itine&rance"), m_itinerance);
    addText(QStringLiteral("presentation_resume"), tr("Su&mmary (280 characters)"), place.presentationResume);
    addText(QStringLiteral("presentation_detail"), tr("D&escription"), place.presentationDetail);

    addTab(tr("A&ddress"), QStringLiteral("addressTab"));
    addLine(QStringLiteral("adresse"), tr("Add&ress"), place.adresse);
    addLine(QStringLiteral("complement_adresse"), tr("Address co&mplement"), place.complementAdresse);
    addLine(QStringLiteral("code_postal"), tr("Pos&tcode"), place.codePostal);
    addLine(QStringLiteral("commune"), tr("Comm&une"), place.commune);
    addLine(QStringLiteral("code_insee"), tr("I&NSEE code"), place.codeInsee);
    addLine(QStringLiteral("latitude"), tr("&Latitude"), coordinateText(place.latitude));
    addLine(QStringLiteral("longitude"), tr("L&ongitude"), coordinateText(place.longitude));

    addTab(tr("&Contact and access"), QStringLiteral("contactTab"));
    addLine(QStringLiteral("telephone"), tr("P&hone"), place.telephone);
    addLine(QStringLiteral("courriels"), tr("&Email addresses"), place.courriels.join(QStringLiteral(" | ")));
    addLine(QStringLiteral("site_web"), tr("&Websites"), place.siteWeb.join(QStringLiteral(" | ")));
    addLine(QStringLiteral("horaires"), tr("Opening hours (OS&M)"), place.horaires)
        ->setPlaceholderText(QStringLiteral("Mo-Fr 09:00-12:00,14:00-17:00"));
    addLine(QStringLiteral("prise_rdv"), tr("Appointment &booking (web address)"), place.priseRdv)
        ->setPlaceholderText(QStringLiteral("https://"));
    addLine(QStringLiteral("fiche_acces_libre"), tr("Acceslib&re sheet (web address)"), place.ficheAccesLibre)
        ->setPlaceholderText(QStringLiteral("https://acceslibre.beta.gouv.fr/…"));
    addCodes(QStringLiteral("modalites_acces"), tr("How to &get in"), vocab::Kind::ModaliteAcces, place.modalitesAcces);
    addCodes(QStringLiteral("modalites_accompagnement"), tr("How people are s&upported"),
        vocab::Kind::ModaliteAccompagnement, place.modalitesAccompagnement);
    addCodes(QStringLiteral("frais_a_charge"), tr("&Fees"), vocab::Kind::Frais, place.frais);
    m_pass = new QCheckBox(tr("Accepts the Pass &numérique"));
    m_pass->setObjectName(QStringLiteral("passCheckBox"));
    m_pass->setChecked(place.acceptsPass);
    m_form->addRow(QString(), m_pass);

    addTab(tr("Ser&vices and publics"), QStringLiteral("servicesTab"));
    addCodes(QStringLiteral("services"), tr("S&ervices"), vocab::Kind::Service, place.services);
    addCodes(QStringLiteral("publics_specifiquement_adresses"), tr("Publics specifically &addressed"),
        vocab::Kind::Public, place.publics);
    addCodes(QStringLiteral("prise_en_charge_specifique"), tr("Specific suppor&t"), vocab::Kind::PriseEnCharge,
        place.priseEnCharge);

    addTab(tr("&Programmes and labels"), QStringLiteral("labelsTab"));
    addCodes(QStringLiteral("dispositif_programmes_nationaux"), tr("National p&rogrammes"), vocab::Kind::Dispositif,
        place.dispositifs);
    QList<vocab::Term> formations;
    for (const QString &label : places::standardFormationsLabels())
        formations.append({ label, label });
    addChoices(QStringLiteral("formations_labels"), tr("&Training and labels"), formations, place.formationsLabels);
    addLine(QStringLiteral("autres_formations_labels"), tr("&Other training and labels"),
        place.autresFormationsLabels.join(QStringLiteral(" | ")))
        ->setPlaceholderText(tr("several separated by |"));

    m_otherErrors = new QLabel(this);
    m_otherErrors->setObjectName(QStringLiteral("otherErrorsLabel"));
    m_otherErrors->setStyleSheet(QStringLiteral("color: #b00020"));
    m_otherErrors->setWordWrap(true);
    m_otherErrors->hide();
    outer->addWidget(m_otherErrors);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    m_tabs->setCurrentIndex(0);
    m_lines.value(QStringLiteral("nom"))->setFocus();
}

QFormLayout *PlaceEditDialog::addTab(const QString &title, const QString &name)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(content);
    ignoreWheelUnlessFocused(content); // scrolling the tab over a list never changes it
    m_tabs->addTab(scroll, title);
    return m_form;
}

QLabel *PlaceEditDialog::addMessage(const QString &field)
{
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral("Error"));
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->setWordWrap(true);
    message->hide();
    m_errorLabels.insert(field, message);
    return message;
}

void PlaceEditDialog::addRow(const QString &field, const QString &label, QWidget *input)
{
    auto *l = new QLabel(label);
    l->setBuddy(input);
    m_form->addRow(l, withMessage(input, addMessage(field)));
    m_order << field;
    m_inputs.insert(field, input);
    m_tabOf.insert(field, m_tabs->count() - 1);
}

QLineEdit *PlaceEditDialog::addLine(const QString &field, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(field + QStringLiteral("LineEdit"));
    m_lines.insert(field, edit);
    addRow(field, label, edit);
    return edit;
}

QPlainTextEdit *PlaceEditDialog::addText(const QString &field, const QString &label, const QString &value)
{
    auto *edit = new QPlainTextEdit(value);
    edit->setObjectName(field + QStringLiteral("TextEdit"));
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    edit->setFixedHeight(
        edit->fontMetrics().lineSpacing() * (field == QLatin1String("presentation_resume") ? 4 : 7) + 12);
    m_texts.insert(field, edit);
    addRow(field, label, edit);
    return edit;
}

QListWidget *PlaceEditDialog::addCodes(
    const QString &field, const QString &label, vocab::Kind kind, const QStringList &selected)
{
    return addChoices(field, label, vocab::terms(kind), selected);
}

QListWidget *PlaceEditDialog::addChoices(
    const QString &field, const QString &label, const QList<vocab::Term> &terms, const QStringList &selected)
{
    auto *list = new QListWidget;
    list->setObjectName(field + QStringLiteral("List"));
    list->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    QStringList known;
    for (const vocab::Term &t : terms) {
        auto *item = new QListWidgetItem(t.label, list);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(t.code) ? Qt::Checked : Qt::Unchecked);
        known << t.code;
    }
    // Values no vocabulary knows (kept as read by the import) stay, and can be unchecked.
    for (const QString &code : selected) {
        if (known.contains(code))
            continue;
        auto *item = new QListWidgetItem(code, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Short lists show every value; long ones (typologie) 9 rows, scrolled to the first checked value.
    const int rows = std::min(list->count(), 9);
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setFixedHeight(std::max(rows, 2) * rowHeight + 2 * list->frameWidth() + 4);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) {
            list->scrollToItem(list->item(i), QAbstractItemView::PositionAtTop);
            break;
        }
    m_lists.insert(field, list);
    addRow(field, label, list);
    return list;
}

places::Place PlaceEditDialog::editedPlace(QMap<QString, QString> *errors) const
{
    places::Place p = m_place;
    auto text = [&](const char *field) { return m_lines.value(QString::fromLatin1(field))->text().trimmed(); };
    auto longText
        = [&](const char *field) { return m_texts.value(QString::fromLatin1(field))->toPlainText().trimmed(); };
    auto codes = [&](const char *field) { return checkedCodes(m_lists.value(QString::fromLatin1(field))); };
    p.nom = text("nom");
    p.pivot = text("pivot").remove(QLatin1Char(' ')).toUpper();
    p.typologie = codes("typologie");
    p.structureParente = text("structure_parente");
    p.itinerance = m_itinerance->currentData().toString();
    p.presentationResume = longText("presentation_resume");
    p.presentationDetail = longText("presentation_detail");
    p.adresse = text("adresse");
    p.complementAdresse = text("complement_adresse");
    p.codePostal = text("code_postal");
    p.commune = text("commune");
    p.codeInsee = text("code_insee").toUpper();
    p.telephone = text("telephone");
    p.courriels = places::splitMultiValue(text("courriels"));
    p.siteWeb = places::splitMultiValue(text("site_web"));
    p.horaires = text("horaires");
    p.priseRdv = text("prise_rdv");
    p.ficheAccesLibre = text("fiche_acces_libre");
    p.modalitesAcces = codes("modalites_acces");
    p.modalitesAccompagnement = codes("modalites_accompagnement");
    p.frais = codes("frais_a_charge");
    p.services = codes("services");
    p.publics = codes("publics_specifiquement_adresses");
    p.priseEnCharge = codes("prise_en_charge_specifique");
    p.dispositifs = codes("dispositif_programmes_nationaux");
    p.formationsLabels = codes("formations_labels");
    p.autresFormationsLabels = places::splitMultiValue(text("autres_formations_labels"));
    p.acceptsPass = m_pass->isChecked();
    // The standard says « Gratuit sous condition » for the Pass numérique.
    if (p.acceptsPass && !p.frais.contains(QStringLiteral("gratuit_sous_condition")))
        p.frais << QStringLiteral("gratuit_sous_condition");

    QMap<QString, QString> found;
    auto coordinate = [&](const char *field, std::optional<double> &out) {
        const QString t = text(field);
        out.reset();
        if (t.isEmpty())
            return;
        bool ok = false;
        const double v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ok)
            out = v;
        else
            found.insert(QString::fromLatin1(field), tr("Enter a decimal number, e.g. 44.092."));
    };
    coordinate("latitude", p.latitude);
    coordinate("longitude", p.longitude);
    if (found.isEmpty() && p.latitude.has_value() != p.longitude.has_value())
        found.insert(p.latitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
            tr("Give both coordinates, or neither."));
    const QMap<QString, QString> standard = p.validate();
    for (auto it = standard.cbegin(); it != standard.cend(); ++it)
        if (!found.contains(it.key()))
            found.insert(it.key(), it.value());
    if (errors)
        *errors = found;
    return p;
}

void PlaceEditDialog::showErrors(const QMap<QString, QString> &errors)
{
    QString first;
    for (const QString &field : std::as_const(m_order)) {
        const QString message = errors.value(field);
        QLabel *label = m_errorLabels.value(field);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        m_inputs.value(field)->setAccessibleDescription(message);
        if (!message.isEmpty() && first.isEmpty())
            first = field;
    }
    QStringList others;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        if (!m_errorLabels.contains(it.key()))
            others << QStringLiteral("%1 : %2").arg(it.key(), it.value());
    m_otherErrors->setText(others.join(QLatin1Char('\n')));
    m_otherErrors->setVisible(!others.isEmpty());
    if (!first.isEmpty()) {
        // The first wrong field, on its tab, scrolled into view, with the cursor in it.
        m_tabs->setCurrentIndex(m_tabOf.value(first));
        QWidget *input = m_inputs.value(first);
        if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->currentWidget()))
            scroll->ensureWidgetVisible(input);
        input->setFocus();
    }
}

void PlaceEditDialog::save()
{
    QMap<QString, QString> errors;
    places::Place edited = editedPlace(&errors);
    showErrors(errors);
    if (!errors.isEmpty())
        return;
    storage::Transaction tx(m_services.database);
    Status status = tx.beginStatus();
    if (status) {
        auto saved = places::PlaceStore(m_services.database).save(edited);
        status = saved ? tx.commit() : Status(saved.error());
        if (saved)
            edited.id = saved.value();
    }
    if (!status) {
        QMessageBox::warning(this, tr("Edit place"), status.errorMessage());
        return;
    }
    m_place = edited;
    accept();
}

} // namespace escale::ui
