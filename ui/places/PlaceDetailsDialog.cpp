#include "ui/places/PlaceDetailsDialog.h"

#include "places/PlaceSheet.h"
#include "structure/StructureProfile.h"
#include "ui/widgets/DocumentPreview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
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
    const QDateTime now = m_services.clock.nowLocal();
    auto doc = places::PlaceSheet::build(m_place, structureName(), now);
    doc->setParent(m_browser);
    m_browser->setDocument(doc.release());
    layout->addWidget(m_browser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("Print / PDF…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto builder = [this] { return places::PlaceSheet::build(m_place, structureName(), m_services.clock.nowLocal()); };
    connect(print, &QPushButton::clicked, this, [this, builder] {
        DocumentPreview::preview(
            this, places::PlaceSheet::info(m_place, structureName(), m_services.clock.nowLocal()), builder);
    });
    connect(pdf, &QPushButton::clicked, this, [this, builder] {
        DocumentPreview::savePdf(this, places::PlaceSheet::info(m_place, structureName(), m_services.clock.nowLocal()),
            builder, tr("place-%1.pdf").arg(m_place.nom.left(40)));
    });
}

QString PlaceDetailsDialog::structureName() const
{
    const auto profile = structure::StructureStore(m_services.database).profile();
    return profile ? profile->nom : QString();
}

} // namespace escale::ui
