#include "ui/places/PlaceDetailsDialog.h"

#include "places/PlaceSheet.h"
#include "ui/places/PlaceEditDialog.h"
#include "structure/StructureProfile.h"
#include "ui/widgets/DocumentPreview.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThreadPool>
#include <QVBoxLayout>

namespace escale::ui {

PlaceDetailsDialog::PlaceDetailsDialog(AppServices services, const places::Place &place, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_place(place)
{
    setWindowTitle(place.nom);
    resize(640, 620);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("sheetTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Place details"));
    drawMap();
    showSheet();
    layout->addWidget(m_browser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *editButton = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    editButton->setObjectName(QStringLiteral("editButton"));
    editButton->setEnabled(!m_services.database.isReadOnly());
    connect(editButton, &QPushButton::clicked, this, &PlaceDetailsDialog::edit);
    auto *print = buttons->addButton(tr("Print / PDF…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    m_savedLabel = DocumentPreview::makeSavedLabel(QStringLiteral("savedLabel"), this);
    layout->addWidget(m_savedLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto builder = [this] { return buildSheet(); };
    connect(print, &QPushButton::clicked, this, [this, builder] {
        DocumentPreview::preview(
            this, places::PlaceSheet::info(m_place, structureName(), m_services.clock.nowLocal()), builder);
    });
    connect(pdf, &QPushButton::clicked, this, [this, builder] {
        DocumentPreview::savePdf(this, places::PlaceSheet::info(m_place, structureName(), m_services.clock.nowLocal()),
            builder, tr("place-%1.pdf").arg(m_place.nom.left(40)), m_savedLabel);
    });
}

PlaceDetailsDialog::~PlaceDetailsDialog()
{
    *m_alive = false;
}

void PlaceDetailsDialog::drawMap()
{
    m_map.reset();
    m_mapRequest.reset();
    const quint64 generation = ++m_mapGeneration;
    if (!m_place.hasCoordinates())
        return;
    // Settings and stored layers are read here (cheap); decoding and drawing run on the pool.
    m_mapRequest = places::PlaceSheet::mapRequest(m_services.database, m_place);
    ++m_drawing;
    QThreadPool::globalInstance()->start([this, alive = m_alive, request = *m_mapRequest, generation] {
        geo::MapExtract map = geo::renderMapExtract(request);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, alive, map = std::move(map), generation] {
                if (!*alive)
                    return;
                --m_drawing;
                if (generation != m_mapGeneration)
                    return;
                m_map = map;
                showSheet();
            },
            Qt::QueuedConnection);
    });
}

std::unique_ptr<QTextDocument> PlaceDetailsDialog::buildSheet()
{
    // Printing before the worker is done: the extract is drawn here.
    if (m_place.hasCoordinates() && !m_map && m_mapRequest)
        m_map = geo::renderMapExtract(*m_mapRequest);
    return places::PlaceSheet::build(m_place, structureName(), m_services.clock.nowLocal(), m_map ? &*m_map : nullptr);
}

void PlaceDetailsDialog::showSheet()
{
    // Our previous sheet (parented to the browser) is deleted here; the browser's own first document
    // is deleted by setDocument().
    QTextDocument *old = m_browser->document();
    const bool ours = old && old->parent() == m_browser;
    auto doc = places::PlaceSheet::build(
        m_place, structureName(), m_services.clock.nowLocal(), m_map ? &*m_map : nullptr);
    doc->setParent(m_browser);
    m_browser->setDocument(doc.release());
    if (ours)
        old->deleteLater();
    setWindowTitle(m_place.nom);
}

void PlaceDetailsDialog::edit()
{
    PlaceEditDialog dialog(m_services, m_place, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_place = dialog.place();
    drawMap();
    showSheet();
    emit placeChanged(m_place.id);
}

QString PlaceDetailsDialog::structureName() const
{
    const auto profile = structure::StructureStore(m_services.database).profile();
    return profile ? profile->nom : QString();
}

} // namespace escale::ui
