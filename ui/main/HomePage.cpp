#include "ui/main/HomePage.h"

#include "DailyFigures.h"
#include "common/Vocabulary.h"
#include "structure/StructureProfile.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace escale::ui {

HomePage::HomePage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("homePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("structureNameLabel"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("structureAddressLabel"));
    m_address->setWordWrap(true);
    layout->addWidget(m_address);

    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("todayLabel"));
    QFont df = m_date->font();
    df.setPointSizeF(df.pointSizeF() * 1.3);
    m_date->setFont(df);
    layout->addSpacing(12);
    layout->addWidget(m_date);

    auto *box = new QGroupBox(tr("Today"), this);
    m_figuresBox = box;
    m_figures = new QGridLayout(box);
    m_figures->setHorizontalSpacing(12);
    m_figures->setColumnStretch(2, 1); // figures stay next to their labels, the rest of the row is empty
    box->setVisible(false); // until the first figures are read
    layout->addWidget(box);
    layout->addStretch();
    // Filled by refresh(), which the main window calls each time Accueil is shown.
}

void HomePage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    QMetaObject::invokeMethod(this, &HomePage::refreshFigures, Qt::QueuedConnection);
}

void HomePage::refresh()
{
    structure::StructureStore store(m_services.database);
    if (const auto p = store.profile()) {
        m_title->setText(p->nom);
        QStringList kinds;
        for (const QString &code : p->typologie)
            kinds << vocab::label(vocab::Kind::Typologie, code);
        QString address = p->adresse;
        if (!p->complementAdresse.isEmpty())
            address += QStringLiteral(", ") + p->complementAdresse;
        address += QStringLiteral(", %1 %2").arg(p->codePostal, p->commune);
        if (!kinds.isEmpty())
            address += QStringLiteral("\n") + kinds.join(QStringLiteral(" · "));
        if (p->itinerant)
            address += QStringLiteral("\n") + tr("Itinerant place");
        m_address->setText(address);
    }
    const QLocale locale;
    m_date->setText(locale.toString(m_services.clock.today(), QLocale::LongFormat));
    if (m_painted)
        refreshFigures();
}

void HomePage::refreshFigures()
{
    while (QLayoutItem *item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<DailyFigure> figures = dailyFigures(m_services);
    int row = 0;
    for (const DailyFigure &figure : figures) {
        auto *value = new QLabel(figure.value, m_figuresBox);
        QFont vf = value->font();
        vf.setPointSizeF(vf.pointSizeF() * 1.6);
        vf.setBold(true);
        value->setFont(vf);
        value->setObjectName(figure.key + QStringLiteral("FigureLabel"));
        auto *label = new QLabel(figure.label, m_figuresBox);
        label->setObjectName(figure.key + QStringLiteral("FigureCaption"));
        m_figures->addWidget(value, row, 0, Qt::AlignRight);
        m_figures->addWidget(label, row, 1);
        ++row;
    }
    m_figuresBox->setVisible(!figures.isEmpty());
}

} // namespace escale::ui
