#include "ui/itinerant/StopEditDialog.h"

#include "geo/MapPoint.h"
#include "geo/WebMercator.h"
#include "itinerant/TourStore.h"
#include "places/PlaceSearch.h"
#include "structure/StructureProfile.h"
#include "ui/map/MapView.h"
#include "ui/widgets/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace escale::ui {

using itinerant::Recurrence;
using itinerant::Stop;

namespace {

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    QString normalised = t;
    normalised.replace(QLatin1Char(','), QLatin1Char('.'));
    bool parsed = false;
    const double value = normalised.toDouble(&parsed);
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QString formatCoordinate(double value)
{
    return QString::number(value, 'f', 6);
}

} // namespace

StopEditDialog::StopEditDialog(AppServices services, const Stop &stop, const QList<Stop> &others, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_stop(stop)
    , m_others(others)
{
    setObjectName(QStringLiteral("stopEditDialog"));
    setWindowTitle(stop.id.isEmpty() ? tr("New stop") : tr("Edit stop"));

    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: what the stop is and when the bus comes.
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 1);
    auto *whatBox = new QGroupBox(tr("Stop"), this);
    auto *what = new QFormLayout(whatBox);
    m_name = new QLineEdit(stop.name, whatBox);
    m_name->setObjectName(QStringLiteral("stopNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Place de la mairie"));
    addFormRow(what, tr("&Name"), m_name);
    m_commune = new QLineEdit(stop.commune, whatBox);
    m_commune->setObjectName(QStringLiteral("stopCommuneEdit"));
    addFormRow(what, tr("&Commune"), m_commune);
    m_codeInsee = new QLineEdit(stop.codeInsee, whatBox);
    m_codeInsee->setObjectName(QStringLiteral("stopInseeEdit"));
    m_codeInsee->setMaxLength(5);
    m_codeInsee->setPlaceholderText(tr("5 characters, optional"));
    addFormRow(what, tr("Code &INSEE"), m_codeInsee);
    m_place = new QComboBox(whatBox);
    m_place->setObjectName(QStringLiteral("stopPlaceCombo"));
    m_place->setToolTip(tr("The place of the register served at this stop (places of the commune)."));
    addFormRow(what, tr("&Place of the register"), m_place);
    left->addWidget(whatBox);

    auto *whenBox = new QGroupBox(tr("When"), this);
    auto *when = new QFormLayout(whenBox);
    auto *hours = new QWidget(whenBox);
    auto *hoursLayout = new QHBoxLayout(hours);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    m_start = new QTimeEdit(stop.start.isValid() ? stop.start : QTime(9, 0), hours);
    m_start->setObjectName(QStringLiteral("stopStartEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("From"));
    m_end = new QTimeEdit(stop.end.isValid() ? stop.end : QTime(12, 0), hours);
    m_end->setObjectName(QStringLiteral("stopEndEdit"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setAccessibleName(tr("To"));
    hoursLayout->addWidget(m_start);
    hoursLayout->addWidget(new QLabel(tr("to"), hours));
    hoursLayout->addWidget(m_end);
    hoursLayout->addStretch(1);
    addFormRow(when, tr("&Hours"), hours);
    qobject_cast<QLabel *>(when->labelForField(hours))->setBuddy(m_start);

    m_kind = new QComboBox(whenBox);
    m_kind->setObjectName(QStringLiteral("stopRecurrenceCombo"));
    m_kind->addItem(tr("Every week"), int(Recurrence::Kind::Weekly));
    m_kind->addItem(tr("Every N weeks"), int(Recurrence::Kind::EveryNWeeks));
    m_kind->addItem(tr("Nth weekday of the month"), int(Recurrence::Kind::MonthlyNth));
    m_kind->setCurrentIndex(m_kind->findData(int(stop.recurrence.kind)));
    addFormRow(when, tr("&Recurrence"), m_kind);

    m_weekday = new QComboBox(whenBox);
    m_weekday->setObjectName(QStringLiteral("stopWeekdayCombo"));
    const QStringList days = {tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"),
                              tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(days.at(d - 1), d);
    m_weekday->setCurrentIndex(std::clamp(stop.recurrence.weekday, 1, 7) - 1);
    addFormRow(when, tr("&Day"), m_weekday);

    m_interval = new QSpinBox(whenBox);
    m_interval->setObjectName(QStringLiteral("stopIntervalSpin"));
    m_interval->setRange(2, 52);
    m_interval->setValue(std::max(2, stop.recurrence.intervalWeeks));
    m_interval->setSuffix(tr(" weeks"));
    addFormRow(when, tr("E&very"), m_interval);

    m_nth = new QComboBox(whenBox);
    m_nth->setObjectName(QStringLiteral("stopNthCombo"));
    const QStringList ordinals = {tr("1st"), tr("2nd"), tr("3rd"), tr("4th"), tr("5th")};
    for (int n = 1; n <= 5; ++n)
        m_nth->addItem(ordinals.at(n - 1), n);
    m_nth->setCurrentIndex(std::clamp(stop.recurrence.nth, 1, 5) - 1);
    addFormRow(when, tr("&Which"), m_nth);

    const QDate today = m_services.clock.today();
    auto *period = new QWidget(whenBox);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(stop.recurrence.startDate.isValid() ? stop.recurrence.startDate : today, period);
    m_from->setObjectName(QStringLiteral("stopFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setAccessibleName(tr("From"));
    m_hasEnd = new QCheckBox(tr("un&til"), period);
    m_hasEnd->setObjectName(QStringLiteral("stopHasEndCheck"));
    m_hasEnd->setChecked(stop.recurrence.endDate.isValid());
    m_until = new QDateEdit(stop.recurrence.endDate.isValid() ? stop.recurrence.endDate : today.addMonths(6), period);
    m_until->setObjectName(QStringLiteral("stopUntilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_until->setAccessibleName(tr("Until"));
    m_until->setEnabled(m_hasEnd->isChecked());
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(m_hasEnd);
    periodLayout->addWidget(m_until);
    periodLayout->addStretch(1);
    addFormRow(when, tr("Startin&g"), period);
    qobject_cast<QLabel *>(when->labelForField(period))->setBuddy(m_from);
    connect(m_hasEnd, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto *months = new QWidget(whenBox);
    months->setAccessibleName(tr("Only in"));
    auto *monthsGrid = new QGridLayout(months);
    monthsGrid->setContentsMargins(0, 0, 0, 0);
    monthsGrid->setHorizontalSpacing(6);
    monthsGrid->setVerticalSpacing(2);
    const QStringList monthNames = {tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"), tr("May"), tr("Jun"),
                                    tr("Jul"), tr("Aug"), tr("Sep"), tr("Oct"), tr("Nov"), tr("Dec")};
    for (int m = 1; m <= 12; ++m) {
        auto *box = new QCheckBox(monthNames.at(m - 1), months);
        box->setObjectName(QStringLiteral("stopMonth%1Check").arg(m));
        box->setChecked(stop.recurrence.months.contains(m));
        monthsGrid->addWidget(box, (m - 1) / 6, (m - 1) % 6);
        m_months << box;
        connect(box, &QCheckBox::toggled, this, &StopEditDialog::updateRecurrenceFields);
    }
    addFormRow(when, tr("Only in"), months);
    auto *monthsHint = new QLabel(tr("No month ticked: every month."), whenBox);
    monthsHint->setStyleSheet(QStringLiteral("color: #555"));
    when->addRow(QString(), monthsHint);
    m_holidays = new QCheckBox(tr("The bus also comes on public holida&ys"), whenBox);
    m_holidays->setObjectName(QStringLiteral("stopPublicHolidaysCheck"));
    m_holidays->setChecked(stop.runsOnPublicHolidays);
    m_holidays->setToolTip(tr("Unticked (the usual case): no visit on a French public holiday; the schedule says so."));
    when->addRow(QString(), m_holidays);
    m_description = new QLabel(whenBox);
    m_description->setObjectName(QStringLiteral("stopRecurrenceDescription"));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("font-weight: bold"));
    when->addRow(QString(), m_description);
    left->addWidget(whenBox);
    left->addStretch(1);

    // Right: the precise point.
    auto *whereBox = new QGroupBox(tr("Precise point"), this);
    auto *where = new QVBoxLayout(whereBox);
    auto *hint = new QLabel(tr("Click on the map where the bus stands, or type the coordinates. Without a point, the "
                               "stop cannot be detected by the GPS: it will be chosen by hand."),
                            whereBox);
    hint->setWordWrap(true);
    where->addWidget(hint);
    m_map = new MapView(whereBox);
    m_map->setObjectName(QStringLiteral("stopMapView"));
    m_map->setMinimumSize(360, 260);
    m_map->installEventFilter(this);
    m_map->setCategoryColors({{QStringLiteral("stop"), QColor(0xc6, 0x28, 0x28)},
                              {QStringLiteral("other"), QColor(0x80, 0x80, 0x80)}});
    where->addWidget(m_map, 1);
    auto *coords = new QFormLayout;
    m_latitude = new QLineEdit(stop.latitude ? formatCoordinate(*stop.latitude) : QString(), whereBox);
    m_latitude->setObjectName(QStringLiteral("stopLatitudeEdit"));
    m_latitude->setPlaceholderText(tr("e.g. 45.600000"));
    addFormRow(coords, tr("&Latitude"), m_latitude);
    auto *lonRow = new QWidget(whereBox);
    auto *lonLayout = new QHBoxLayout(lonRow);
    lonLayout->setContentsMargins(0, 0, 0, 0);
    m_longitude = new QLineEdit(stop.longitude ? formatCoordinate(*stop.longitude) : QString(), lonRow);
    m_longitude->setObjectName(QStringLiteral("stopLongitudeEdit"));
    m_longitude->setPlaceholderText(tr("e.g. 0.160000"));
    m_longitude->setAccessibleName(tr("Longitude"));
    auto *clearPoint = new QPushButton(tr("Clear the point"), lonRow);
    clearPoint->setObjectName(QStringLiteral("clearPointButton"));
    lonLayout->addWidget(m_longitude, 1);
    lonLayout->addWidget(clearPoint);
    addFormRow(coords, tr("L&ongitude"), lonRow);
    qobject_cast<QLabel *>(coords->labelForField(lonRow))->setBuddy(m_longitude);
    where->addLayout(coords);
    columns->addWidget(whereBox, 1);
    connect(clearPoint, &QPushButton::clicked, this, [this] { setPoint(std::nullopt, std::nullopt); });
    connect(m_latitude, &QLineEdit::editingFinished, this, &StopEditDialog::updateMapMarker);
    connect(m_longitude, &QLineEdit::editingFinished, this, &StopEditDialog::updateMapMarker);

    // The refusal, next to the form; nothing is saved while it shows.
    m_error = makeErrorLabel(QStringLiteral("stopErrorLabel"), this);
    outer->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveStopButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StopEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &StopEditDialog::updateRecurrenceFields);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &StopEditDialog::updateRecurrenceFields);
    connect(m_interval, &QSpinBox::valueChanged, this, &StopEditDialog::updateRecurrenceFields);
    connect(m_nth, &QComboBox::currentIndexChanged, this, &StopEditDialog::updateRecurrenceFields);
    connect(m_commune, &QLineEdit::editingFinished, this, &StopEditDialog::fillPlaces);
    connect(m_place, &QComboBox::activated, this, [this](int index) {
        // A place with a point gives its point to a stop that has none yet.
        const QVariantList point = m_place->itemData(index, Qt::UserRole + 1).toList();
        if (point.size() == 2 && m_latitude->text().trimmed().isEmpty() && m_longitude->text().trimmed().isEmpty())
            setPoint(point.at(0).toDouble(), point.at(1).toDouble());
    });

    fillPlaces();
    updateRecurrenceFields();

    // Where the map starts: the stop, else the tour's other stops, else the structure, else France.
    if (stop.hasCoordinates()) {
        m_map->centerOn(*stop.latitude, *stop.longitude, m_others.size() > 1 ? 13 : 15);
    } else {
        geo::GeoBounds bounds = geo::GeoBounds::empty();
        bool any = false;
        for (const Stop &o : m_others) {
            if (!o.hasCoordinates())
                continue;
            bounds.extend(*o.latitude, *o.longitude);
            any = true;
        }
        const auto profile = structure::StructureStore(m_services.database).profile();
        if (any) {
            m_map->centerOn((bounds.south + bounds.north) / 2, (bounds.west + bounds.east) / 2, 11);
            // Once the map has its size: all the tour's stops in view, not closer than a village.
            QTimer::singleShot(0, m_map, [map = m_map, bounds] {
                map->fitBounds(bounds);
                if (map->zoom() > 14)
                    map->centerOn(map->centerLatitude(), map->centerLongitude(), 14);
            });
        }
        else if (profile && profile->latitude && profile->longitude)
            m_map->centerOn(*profile->latitude, *profile->longitude, 10);
        else
            m_map->centerOn(46.6, 2.4, 5);
    }
    updateMapMarker();
    resize(1000, 640);
}

void StopEditDialog::fillPlaces()
{
    const QString current = m_place->count() ? m_place->currentData().toString() : m_stop.placeId;
    m_place->clear();
    m_place->addItem(tr("None"), QString());
    const QString commune = m_commune->text().trimmed();
    if (!commune.isEmpty()) {
        places::PlaceQuery query;
        query.text = commune;
        query.limit = 40;
        for (const places::PlaceHit &hit : places::PlaceSearch(m_services.database).search(query)) {
            m_place->addItem(QStringLiteral("%1 — %2").arg(hit.nom, hit.commune), hit.id);
            if (hit.latitude && hit.longitude)
                m_place->setItemData(m_place->count() - 1, QVariantList{*hit.latitude, *hit.longitude}, Qt::UserRole + 1);
        }
    }
    if (!current.isEmpty() && m_place->findData(current) < 0)
        m_place->addItem(tr("Place %1").arg(current), current);
    m_place->setCurrentIndex(std::max(0, m_place->findData(current)));
}

void StopEditDialog::updateRecurrenceFields()
{
    const auto kind = Recurrence::Kind(m_kind->currentData().toInt());
    auto setRowVisible = [](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout()))
            if (QWidget *label = form->labelForField(field))
                label->setVisible(visible);
    };
    setRowVisible(m_interval, kind == Recurrence::Kind::EveryNWeeks);
    setRowVisible(m_nth, kind == Recurrence::Kind::MonthlyNth);
    m_description->setText(editedStop().recurrence.describe());
}

Stop StopEditDialog::editedStop(QString *error) const
{
    Stop s = m_stop;
    s.name = m_name->text().trimmed();
    s.commune = m_commune->text().trimmed();
    s.codeInsee = m_codeInsee->text().trimmed();
    s.placeId = m_place->currentData().toString();
    s.start = m_start->time();
    s.end = m_end->time();
    Recurrence &r = s.recurrence;
    r.kind = Recurrence::Kind(m_kind->currentData().toInt());
    r.weekday = m_weekday->currentData().toInt();
    r.intervalWeeks = r.kind == Recurrence::Kind::EveryNWeeks ? m_interval->value() : 1;
    r.nth = m_nth->currentData().toInt();
    r.months.clear();
    for (int m = 1; m <= 12; ++m)
        if (m_months.at(m - 1)->isChecked())
            r.months << m;
    s.runsOnPublicHolidays = m_holidays->isChecked();
    r.startDate = m_from->date();
    r.endDate = m_hasEnd->isChecked() ? m_until->date() : QDate();
    bool latOk = true;
    bool lonOk = true;
    s.latitude = parseNumber(m_latitude->text(), &latOk);
    s.longitude = parseNumber(m_longitude->text(), &lonOk);
    if (error) {
        if (!latOk)
            *error = tr("The latitude « %1 » is not a number (e.g. 45.6 or 45,6).").arg(m_latitude->text().trimmed());
        else if (!lonOk)
            *error = tr("The longitude « %1 » is not a number (e.g. 0.16 or 0,16).").arg(m_longitude->text().trimmed());
    }
    return s;
}

void StopEditDialog::setPoint(std::optional<double> latitude, std::optional<double> longitude)
{
    m_latitude->setText(latitude ? formatCoordinate(*latitude) : QString());
    m_longitude->setText(longitude ? formatCoordinate(*longitude) : QString());
    updateMapMarker();
}

void StopEditDialog::updateMapMarker()
{
    QVector<geo::MapPoint> points;
    for (const Stop &o : m_others) {
        if (o.hasCoordinates() && o.id != m_stop.id)
            points << geo::MapPoint{o.id, *o.latitude, *o.longitude, QStringLiteral("other"), o.name};
    }
    const Stop s = editedStop();
    if (s.hasCoordinates())
        points << geo::MapPoint{QStringLiteral("this-stop"), *s.latitude, *s.longitude, QStringLiteral("stop"),
                                s.name.isEmpty() ? tr("This stop") : s.name};
    m_map->setPoints(points);
}

bool StopEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A click (not a drag) on the map sets the point there.
    if (watched == m_map) {
        if (event->type() == QEvent::MouseButtonPress) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                m_pressPos = mouse->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint pos = mouse->position().toPoint();
            if (mouse->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 4) {
                const int zoom = m_map->zoom();
                const QPointF world = geo::mercator::toWorldPixels(m_map->centerLatitude(), m_map->centerLongitude(), zoom)
                    + QPointF(pos) - QPointF(m_map->width() / 2.0, m_map->height() / 2.0);
                double lat = 0;
                double lon = 0;
                geo::mercator::fromWorldPixels(world, zoom, &lat, &lon);
                setPoint(lat, lon);
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StopEditDialog::showError(const QString &message)
{
    setError(m_error, message);
}

void StopEditDialog::save()
{
    QString error;
    const Stop edited = editedStop(&error);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    const Status check = itinerant::TourStore::checkStop(edited, m_services.clock.today());
    if (!check.ok()) {
        showError(check.errorMessage());
        return;
    }
    itinerant::TourStore store(m_services.database);
    // The bus cannot be in two villages at once: said first, saved if asked again (not refused).
    // So is a point far from the tour's other stops (a point from another region).
    const QList<Stop> tourStops = store.stops(edited.tourId);
    const QList<itinerant::StopOverlap> overlaps
        = itinerant::TourStore::overlaps(edited, tourStops, m_services.clock.today());
    const auto far = itinerant::TourStore::farFromTour(edited, tourStops);
    if (!overlaps.isEmpty() || far) {
        QStringList lines;
        for (const itinerant::StopOverlap &o : overlaps)
            lines << itinerant::TourStore::describe(o);
        if (far)
            lines << itinerant::TourStore::describe(*far);
        const QString warning = overlaps.isEmpty()
            ? tr("%1. Save again to keep this point.").arg(lines.join(QStringLiteral(". ")))
            : far ? tr("%1. Save again to keep these hours and this point.").arg(lines.join(QStringLiteral(". ")))
                  : tr("%1. Save again to keep these hours.").arg(lines.join(QStringLiteral(". ")));
        if (warning != m_acknowledgedOverlap) {
            m_acknowledgedOverlap = warning;
            showError(warning);
            return;
        }
    }
    auto saved = store.saveStop(edited);
    if (!saved) {
        showError(saved.errorMessage());
        return;
    }
    m_stop = edited;
    m_stop.id = saved.value();
    showError(QString());
    accept();
}

} // namespace escale::ui
