#include "ui/places/PlacesPage.h"

#include "common/Vocabulary.h"
#include "places/OpeningHours.h"
#include "places/Place.h"
#include "places/PlaceExporter.h"
#include "structure/StructureProfile.h"
#include "geo/PositionSource.h"
#include "ui/map/LayersPanel.h"
#include "ui/map/MapView.h"
#include "geo/VectorLayerStore.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourStore.h"
#include "ui/itinerant/StopEditDialog.h"
#include "ui/places/PlaceDetailsDialog.h"
#include "ui/places/PlaceImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace escale::ui {

namespace {

constexpr int ListLimit = 200;
constexpr int MapLimit = 20000;

// « 9 h », « 9 h 30 » in French (the English source reads « 9:00 »).
QString hourText(const QTime &time)
{
    if (time.minute() == 0)
        return PlacesPage::tr("%1:00", "hour").arg(time.hour());
    return PlacesPage::tr("%1:%2", "hour and minutes").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QComboBox *vocabularyCombo(vocab::Kind kind, const QString &all, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(all);
    combo->addItem(all, QString());
    for (const vocab::Term &t : vocab::terms(kind))
        combo->addItem(t.label, t.code);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

} // namespace

PlacesPage::PlacesPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Name, commune, postcode…"));
    m_searchEdit->setAccessibleName(tr("Search places"));
    m_searchEdit->setClearButtonEnabled(true);
    top->addWidget(m_searchEdit, 2);
    m_nearHereButton = new QPushButton(tr("Nearest from here"), this);
    m_nearHereButton->setObjectName(QStringLiteral("nearHereButton"));
    m_nearHereButton->setCheckable(true);
    m_nearHereButton->setMinimumWidth(m_nearHereButton->sizeHint().width() + 12); // its text never against the edges
    top->addWidget(m_nearHereButton);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    top->addWidget(importButton);
    top->addWidget(exportButton);
    auto *layersButton = new QPushButton(tr("&Layers"), this);
    layersButton->setObjectName(QStringLiteral("layersButton"));
    layersButton->setCheckable(true);
    layersButton->setToolTip(tr("Imported layers, world basemap, tours' stops, offline MBTiles pack and online tiles."));
    top->addWidget(layersButton);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_serviceCombo = vocabularyCombo(vocab::Kind::Service, tr("All services"), QStringLiteral("serviceComboBox"), this);
    m_typologieCombo
        = vocabularyCombo(vocab::Kind::Typologie, tr("All kinds of place"), QStringLiteral("typologieComboBox"), this);
    m_publicCombo = vocabularyCombo(vocab::Kind::Public, tr("All publics"), QStringLiteral("publicComboBox"), this);
    m_openNowCheck = new QCheckBox(tr("Open now"), this);
    m_openNowCheck->setObjectName(QStringLiteral("openNowCheckBox"));
    m_passCheck = new QCheckBox(tr("Accepts the Pass numérique"), this);
    m_passCheck->setObjectName(QStringLiteral("passCheckBox"));
    filters->addWidget(m_serviceCombo, 2);
    filters->addWidget(m_typologieCombo, 1);
    filters->addWidget(m_publicCombo, 1);
    filters->addWidget(m_openNowCheck);
    filters->addWidget(m_passCheck);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_countLabel = new QLabel(left);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    leftLayout->addWidget(m_countLabel);
    m_positionLabel = new QLabel(left);
    m_positionLabel->setObjectName(QStringLiteral("positionProblemLabel"));
    m_positionLabel->setWordWrap(true);
    m_positionLabel->setVisible(false);
    leftLayout->addWidget(m_positionLabel);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("resultsListWidget"));
    m_list->setAccessibleName(tr("Places found"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    leftLayout->addWidget(m_list);
    m_map = new MapView(splitter);
    m_map->setObjectName(QStringLiteral("placesMapView"));
    splitter->addWidget(left);
    splitter->addWidget(m_map);
    // « Couches »: built with the page so that the saved layers, basemap choice and tiles apply to the
    // map at once; shown beside the map on demand.
    auto *layers = new LayersPanel(m_services.database, m_map, splitter);
    layers->setObjectName(QStringLiteral("layersPanel"));
    layers->setMinimumWidth(280);
    layers->hide();
    splitter->addWidget(layers);
    // The panel takes its room from the result list first (which keeps 260 px), so that the map stays
    // wide enough to work with at 1366×768; closing it gives the room back to the list.
    connect(layersButton, &QPushButton::toggled, this, [splitter, layers](bool on) {
        QList<int> sizes = splitter->sizes(); // list, map, layers
        if (sizes.size() != 3)
            return layers->setVisible(on);
        const int panel = std::max(layers->minimumWidth(), 320);
        if (on) {
            const int fromList = std::min(panel, std::max(0, sizes[0] - 260));
            sizes[0] -= fromList;
            sizes[1] = std::max(0, sizes[1] - (panel - fromList));
            sizes[2] = panel;
        } else {
            sizes[0] += sizes[2];
            sizes[2] = 0;
        }
        layers->setVisible(on);
        splitter->setSizes(sizes);
    });
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    // The structure's own point: distances are measured from it, the map starts there.
    if (const auto profile = structure::StructureStore(m_services.database).profile();
        profile && profile->latitude && profile->longitude) {
        m_homeLat = profile->latitude;
        m_homeLon = profile->longitude;
        m_map->setHome(*m_homeLat, *m_homeLon);
        m_map->centerOn(*m_homeLat, *m_homeLon, 11);
    } else {
        m_map->centerOn(46.6, 2.4, 5); // metropolitan France
    }

    // The device's position on the map: a replayed NMEA log (--nmea FILE), else the source chosen in
    // Paramètres (system, serial GPS, gpsd). A desk PC usually has none: then the map shows no position.
    restartPositioning();

    updateNearHereButton();
    connect(m_nearHereButton, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_device.valid)
            m_map->centerOn(m_device.latitude, m_device.longitude, 13);
        refresh();
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &PlacesPage::refresh);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : { m_serviceCombo, m_typologieCombo, m_publicCombo })
        connect(c, &QComboBox::currentIndexChanged, this, &PlacesPage::refresh);
    connect(m_openNowCheck, &QCheckBox::toggled, this, &PlacesPage::refresh);
    connect(m_passCheck, &QCheckBox::toggled, this, &PlacesPage::refresh);
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openPlace(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QVariant lat = item->data(Qt::UserRole + 1);
        const QVariant lon = item->data(Qt::UserRole + 2);
        if (lat.isValid() && lon.isValid())
            m_map->centerOn(lat.toDouble(), lon.toDouble(), 14);
    });
    connect(m_map, &MapView::pointActivated, this, [this](const QString &id) {
        selectInList({ id });
        openPlace(id);
    });
    connect(m_map, &MapView::pointsActivated, this, [this](const QStringList &ids) { selectInList(ids); });
    // The tours' stops: shown as saved in the layers panel, opened in the stop editor.
    m_map->setStopsVisible(geo::MapSettings::load(m_services.database).tourStopsVisible);
    connect(m_map, &MapView::stopActivated, this, [this](const QString &id) { openStop(id); });
    connect(m_map, &MapView::contextMenuRequested, this, &PlacesPage::fillMapMenu);
    if (m_services.currentStop)
        connect(m_services.currentStop, &itinerant::CurrentStop::changed, this, &PlacesPage::refreshStops);
    connect(importButton, &QPushButton::clicked, this, &PlacesPage::importPlaces);
    connect(exportButton, &QPushButton::clicked, this, &PlacesPage::exportPlaces);
    // The first search runs when the section is first shown, not while the window is being built.
}

void PlacesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
    refreshStops(); // the tours may have changed in their section meanwhile
}

void PlacesPage::refreshStops()
{
    const QDate today = m_services.clock.today();
    const QString current = m_services.currentStop ? m_services.currentStop->stopId() : QString();
    const QLocale locale;
    QVector<MapView::StopMarker> markers;
    for (const itinerant::MapStop &m : itinerant::TourStore(m_services.database).mapStops(today)) {
        const itinerant::Stop &s = m.stop;
        QStringList lines;
        lines << (s.commune.isEmpty() || s.commune == s.name ? s.name : tr("%1 (%2)").arg(s.name, s.commune));
        lines << tr("Tour « %1 »").arg(m.tourName);
        if (m.nextDate.isValid()) {
            QString day = locale.toString(m.nextDate, QStringLiteral("dddd d MMMM"));
            if (m.nextDate == today)
                day = tr("today, %1").arg(day);
            lines << tr("Next passage: %1, %2 – %3").arg(day, hourText(s.start), hourText(s.end));
        } else {
            lines << tr("No passage in the next two years");
        }
        if (m.dayOrder > 0)
            lines << tr("Stop no. %1 of the day").arg(m.dayOrder);
        if (s.id == current)
            lines << tr("The bus is here now");
        markers.append({s.id, *s.latitude, *s.longitude, lines.join(QLatin1Char('\n')), m.dayOrder, s.id == current});
    }
    m_map->setStopMarkers(markers);
}

void PlacesPage::fillMapMenu(double latitude, double longitude, QMenu *menu)
{
    QList<itinerant::Tour> active;
    for (const itinerant::Tour &t : itinerant::TourStore(m_services.database).tours())
        if (t.active)
            active << t;
    if (active.size() > 1) {
        QMenu *tours = menu->addMenu(tr("Add a tour stop here"));
        tours->setObjectName(QStringLiteral("addTourStopMenu"));
        for (const itinerant::Tour &t : active)
            connect(tours->addAction(t.name + QStringLiteral("…")), &QAction::triggered, this,
                    [this, latitude, longitude, id = t.id] { addStopAt(latitude, longitude, id); });
        return;
    }
    QAction *add = menu->addAction(tr("Add a tour stop here…"));
    add->setObjectName(QStringLiteral("addTourStopAction"));
    const QString tourId = active.isEmpty() ? QString() : active.first().id;
    connect(add, &QAction::triggered, this, [this, latitude, longitude, tourId] {
        if (tourId.isEmpty())
            QMessageBox::information(this, tr("Add a tour stop"),
                                     tr("There is no active tour yet. Create the tour in the « Tournées » section "
                                        "(Ctrl+9), then add its stops from the map or from there."));
        else
            addStopAt(latitude, longitude, tourId);
    });
}

StopEditDialog *PlacesPage::addStopAt(double latitude, double longitude, const QString &tourId)
{
    itinerant::TourStore store(m_services.database);
    if (!store.tour(tourId))
        return nullptr;
    const QDate today = m_services.clock.today();
    itinerant::Stop stop;
    stop.tourId = tourId;
    stop.latitude = latitude;
    stop.longitude = longitude;
    stop.start = QTime(9, 0);
    stop.end = QTime(12, 0);
    stop.recurrence.weekday = today.dayOfWeek();
    stop.recurrence.startDate = today;
    auto *dialog = new StopEditDialog(m_services, stop, store.stops(tourId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PlacesPage::refreshStops);
    dialog->open();
    return dialog;
}

StopEditDialog *PlacesPage::openStop(const QString &stopId)
{
    itinerant::TourStore store(m_services.database);
    const auto stop = store.stop(stopId);
    if (!stop)
        return nullptr;
    auto *dialog = new StopEditDialog(m_services, *stop, store.stops(stop->tourId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PlacesPage::refreshStops);
    dialog->open();
    return dialog;
}

places::PlaceQuery PlacesPage::query(int limit) const
{
    places::PlaceQuery q;
    q.text = m_searchEdit->text();
    if (const QString s = m_serviceCombo->currentData().toString(); !s.isEmpty())
        q.services = { s };
    if (const QString t = m_typologieCombo->currentData().toString(); !t.isEmpty())
        q.typologies = { t };
    if (const QString p = m_publicCombo->currentData().toString(); !p.isEmpty())
        q.publics = { p };
    if (m_openNowCheck->isChecked())
        q.openAt = m_services.clock.nowLocal();
    q.acceptsPassOnly = m_passCheck->isChecked();
    if (m_nearHereButton->isChecked() && m_device.valid) {
        q.nearLat = m_device.latitude;
        q.nearLon = m_device.longitude;
    } else if (m_homeLat && m_homeLon) {
        q.nearLat = m_homeLat;
        q.nearLon = m_homeLon;
    }
    q.limit = limit;
    return q;
}

void PlacesPage::refresh()
{
    m_loaded = true;
    const bool nearHere = m_nearHereButton->isChecked() && m_device.valid;
    if (nearHere)
        m_deviceListed = m_device;
    places::PlaceSearch search(m_services.database);
    const QList<places::PlaceHit> hits = search.search(query(ListLimit));
    const QDateTime now = m_services.clock.nowLocal();
    m_list->clear();
    for (const places::PlaceHit &h : hits) {
        QStringList lines { h.nom };
        QString where
            = QStringList { h.adresse, QStringList { h.codePostal, h.commune }.join(QLatin1Char(' ')).trimmed() }.join(
                QStringLiteral(", "));
        if (h.distanceKm) {
            // Near here (walking distances): metres under one kilometre.
            const QString distance = nearHere && *h.distanceKm < 1.0
                ? tr("%1 m").arg(QLocale().toString(qRound(*h.distanceKm * 100.0) * 10))
                : tr("%1 km").arg(QLocale().toString(*h.distanceKm, 'f', 1));
            where += QStringLiteral(" · ") + distance;
        }
        lines << where;
        if (!h.horaires.isEmpty())
            lines << places::OpeningHours::parse(h.horaires).describeAt(now);
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(Qt::UserRole, h.id);
        if (h.latitude && h.longitude) {
            item->setData(Qt::UserRole + 1, *h.latitude);
            item->setData(Qt::UserRole + 2, *h.longitude);
        }
        QStringList tip;
        for (const QString &s : h.services)
            tip << vocab::label(vocab::Kind::Service, s);
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
    const int found = int(hits.size());
    m_countLabel->setText(hits.isEmpty() ? tr("No place found.")
            : hits.size() >= ListLimit   ? tr("The first %1 places").arg(ListLimit)
                                         : tr("%Ln place(s)", nullptr, found));
    if (nearHere && !hits.isEmpty())
        m_countLabel->setText(m_countLabel->text() + QStringLiteral(" · ") + tr("nearest first from here"));

    // The map shows every place that matches (not only the listed ones).
    places::PlaceQuery all = query(MapLimit);
    all.nearLat.reset();
    all.nearLon.reset();
    const QList<places::PlaceHit> mapped = search.search(all);
    QVector<geo::MapPoint> points;
    points.reserve(mapped.size());
    for (const places::PlaceHit &h : mapped)
        if (h.latitude && h.longitude)
            points.append(geo::MapPoint {
                h.id, *h.latitude, *h.longitude, h.typologie.isEmpty() ? QString() : h.typologie.first(), h.nom });
    m_map->setPoints(points);

    // Keep the map on what the list shows: on a search, or when there is no structure to start from.
    if (nearHere || !m_homeLat || !m_searchEdit->text().trimmed().isEmpty()) {
        geo::GeoBounds bounds = geo::GeoBounds::empty();
        int located = 0;
        if (nearHere) {
            // Here and the nearest few places.
            bounds.extend(m_device.latitude, m_device.longitude);
            ++located;
        }
        int shown = 0;
        for (const places::PlaceHit &h : hits) {
            if (nearHere && ++shown > 5)
                break;
            if (h.latitude && h.longitude) {
                bounds.extend(*h.latitude, *h.longitude);
                ++located;
            }
        }
        if (located == 1)
            m_map->centerOn(bounds.south, bounds.west, 14);
        else if (located > 1)
            m_map->fitBounds(bounds);
    }
}

void PlacesPage::setDevicePosition(const geo::Position &position)
{
    const bool wasValid = m_device.valid;
    m_device = position;
    if (position.valid)
        m_map->setPosition(position);
    else
        m_map->clearPosition();
    updateNearHereButton();
    if (!m_nearHereButton->isChecked())
        return;
    if (!position.valid) {
        m_nearHereButton->setChecked(false); // back to distances from the structure
        return;
    }
    // Walking: list again once the device has moved a hundred metres from where the list was measured.
    const double dLat = (position.latitude - m_deviceListed.latitude) * 111195.0;
    const double dLon
        = (position.longitude - m_deviceListed.longitude) * 111195.0 * std::cos(position.latitude * M_PI / 180.0);
    if (!wasValid || !m_deviceListed.valid || std::hypot(dLat, dLon) > 100.0)
        refresh();
}

void PlacesPage::restartPositioning()
{
    delete m_position; // the previous source, if any (its port or gpsd connection closes)
    m_hasPositionSource = false;
    setPositionProblem({});
    if (m_device.valid)
        setDevicePosition(geo::Position{}); // off the map until the new source gives one
    const geo::PositionSettings settings = geo::PositionSettings::load(m_services.database);
    auto source = geo::PositionSource::fromSettings(settings, m_services.nmeaLog);
    if (source) {
        m_position = source->release();
        m_position->setParent(this);
        m_hasPositionSource = true;
        connect(m_position, &geo::PositionSource::positionUpdated, this, [this](const geo::Position &position) {
            setPositionProblem({});
            setDevicePosition(position);
        });
        connect(m_position, &geo::PositionSource::errorOccurred, this, &PlacesPage::setPositionProblem);
        m_position->start();
    } else if (settings.isExplicit(m_services.nmeaLog)) {
        // A source that was asked for (a log, a serial GPS, gpsd) and cannot start: say why. The automatic
        // choice on a desk computer without GPS, and « none », stay silent (the button's tooltip says it).
        setPositionProblem(source.errorMessage());
    }
    updateNearHereButton();
}

void PlacesPage::setPositionProblem(const QString &text)
{
    if (text == m_positionProblem)
        return;
    m_positionProblem = text;
    m_positionLabel->setText(text.isEmpty() ? QString() : tr("Position: %1").arg(text));
    m_positionLabel->setVisible(!text.isEmpty());
}

void PlacesPage::updateNearHereButton()
{
    m_nearHereButton->setEnabled(m_device.valid);
    if (m_device.valid)
        m_nearHereButton->setToolTip(tr("List the nearest places from the device's position, with their distance"));
    else if (m_hasPositionSource)
        m_nearHereButton->setToolTip(tr("Waiting for the device's position…"));
    else
        m_nearHereButton->setToolTip(tr("The device's position is unknown: this computer has no positioning "
                                        "source (a GPS log can be replayed with --nmea FILE)"));
}

QStringList PlacesPage::listedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void PlacesPage::selectInList(const QStringList &ids)
{
    m_list->clearSelection();
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (ids.contains(item->data(Qt::UserRole).toString())) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    }
    if (first)
        m_list->scrollToItem(first);
}

void PlacesPage::openPlace(const QString &id)
{
    auto place = places::PlaceStore(m_services.database).find(id);
    if (!place) {
        QMessageBox::warning(this, tr("Place"), place.errorMessage());
        return;
    }
    PlaceDetailsDialog dialog(m_services, place.value(), this);
    connect(&dialog, &PlaceDetailsDialog::placeChanged, this, &PlacesPage::refresh);
    dialog.exec();
}

void PlacesPage::importPlaces()
{
    PlaceImportDialog dialog(m_services, this);
    connect(&dialog, &PlaceImportDialog::imported, this, &PlacesPage::refresh);
    dialog.exec();
}

void PlacesPage::exportPlaces()
{
    const auto profile = structure::StructureStore(m_services.database).profile();
    const QString suggested = places::PlaceExporter::suggestedFileName(m_services.clock.today(),
        profile ? profile->nom : QStringLiteral("escale"), profile ? profile->commune : QString());
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export places"), suggested, tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? places::PlaceExporter::Format::Json
                                                                                   : places::PlaceExporter::Format::Csv;
    if (Status s = places::PlaceExporter::write(places::PlaceStore(m_services.database).all(), path, format); !s)
        QMessageBox::warning(this, tr("Export places"), s.errorMessage());
}

} // namespace escale::ui
