#include "ui/places/PlaceEditDialog.h"

#include "common/Vocabulary.h"
#include "places/PlaceImporter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *box = new QWidget;
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

} // namespace

PlaceEditDialog::PlaceEditDialog(AppServices services, const places::Place &place, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_place(place)
{
    setWindowTitle(tr("Edit %1").arg(place.nom));
    resize(620, 720);
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget;
    m_form = new QFormLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    addLine(QStringLiteral("nom"), tr("&Name"), place.nom);
    addLine(QStringLiteral("adresse"), tr("&Address"), place.adresse);
    addLine(QStringLiteral("complement_adresse"), tr("Address &complement"), place.complementAdresse);
    addLine(QStringLiteral("code_postal"), tr("&Postcode"), place.codePostal);
    addLine(QStringLiteral("commune"), tr("Co&mmune"), place.commune);
    addLine(QStringLiteral("code_insee"), tr("&INSEE code"), place.codeInsee);
    addLine(QStringLiteral("latitude"), tr("&Latitude"), coordinateText(place.latitude));
    addLine(QStringLiteral("longitude"), tr("L&ongitude"), coordinateText(place.longitude));
    addLine(QStringLiteral("telephone"), tr("&Phone"), place.telephone);
    addLine(QStringLiteral("courriels"), tr("&Email addresses"), place.courriels.join(QStringLiteral(" | ")));
    addLine(QStringLiteral("site_web"), tr("&Websites"), place.siteWeb.join(QStringLiteral(" | ")));
    addLine(QStringLiteral("horaires"), tr("Opening &hours (OSM)"), place.horaires);
    m_lines.value(QStringLiteral("horaires"))->setPlaceholderText(QStringLiteral("Mo-Fr 09:00-12:00,14:00-17:00"));
    m_typologie = addCodes(QStringLiteral("typologie"), tr("&Type of place"), int(vocab::Kind::Typologie),
        place.typologie);
    m_services_
        = addCodes(QStringLiteral("services"), tr("&Services"), int(vocab::Kind::Service), place.services);
    m_pass = new QCheckBox(tr("Accepts the Pass &numérique"), content);
    m_pass->setObjectName(QStringLiteral("passCheckBox"));
    m_pass->setChecked(place.acceptsPass);
    m_form->addRow(QString(), m_pass);
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
    m_lines.value(QStringLiteral("nom"))->setFocus();
}

QLineEdit *PlaceEditDialog::addLine(const QString &field, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(field + QStringLiteral("LineEdit"));
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral("Error"));
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->setWordWrap(true);
    message->hide();
    auto *l = new QLabel(label);
    l->setBuddy(edit);
    m_form->addRow(l, withMessage(edit, message));
    m_lines.insert(field, edit);
    m_errorLabels.insert(field, message);
    return edit;
}

QListWidget *PlaceEditDialog::addCodes(const QString &field, const QString &label, int kind, const QStringList &selected)
{
    auto *list = new QListWidget;
    list->setObjectName(field + QStringLiteral("List"));
    list->setMinimumHeight(110);
    QStringList known;
    for (const vocab::Term &t : vocab::terms(vocab::Kind(kind))) {
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
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral("Error"));
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->hide();
    auto *l = new QLabel(label);
    l->setBuddy(list);
    m_form->addRow(l, withMessage(list, message));
    m_errorLabels.insert(field, message);
    return list;
}

places::Place PlaceEditDialog::editedPlace(QMap<QString, QString> *errors) const
{
    places::Place p = m_place;
    auto text = [&](const char *field) { return m_lines.value(QString::fromLatin1(field))->text().trimmed(); };
    p.nom = text("nom");
    p.adresse = text("adresse");
    p.complementAdresse = text("complement_adresse");
    p.codePostal = text("code_postal");
    p.commune = text("commune");
    p.codeInsee = text("code_insee").toUpper();
    p.telephone = text("telephone");
    p.courriels = places::splitMultiValue(text("courriels"));
    p.siteWeb = places::splitMultiValue(text("site_web"));
    p.horaires = text("horaires");
    auto codes = [](QListWidget *list) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                out << list->item(i)->data(Qt::UserRole).toString();
        return out;
    };
    p.typologie = codes(m_typologie);
    p.services = codes(m_services_);
    p.acceptsPass = m_pass->isChecked();
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
    QWidget *first = nullptr;
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        if (QLineEdit *edit = m_lines.value(it.key())) {
            edit->setAccessibleDescription(message);
            if (!message.isEmpty() && !first)
                first = edit;
        }
    }
    QStringList others;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        if (!m_errorLabels.contains(it.key()))
            others << QStringLiteral("%1 : %2").arg(it.key(), it.value());
    m_otherErrors->setText(others.join(QLatin1Char('\n')));
    m_otherErrors->setVisible(!others.isEmpty());
    if (first)
        first->setFocus();
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
