#include "ui/widgets/SvgIcon.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

namespace escale::ui {

namespace {

class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QString path)
        : m_path(std::move(path))
    { }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.isEmpty())
            return {};
        const quint64 key
            = (quint64(size.width()) << 40) | (quint64(size.height()) << 8) | (quint64(mode) << 1) | quint64(state);
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        if (!m_renderer) {
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
            m_renderer->setAspectRatioMode(Qt::KeepAspectRatio);
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        if (m_renderer->isValid()) {
            QPainter painter(&image);
            m_renderer->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QPixmap pixmap = QPixmap::fromImage(std::move(image));
        if (mode != QIcon::Normal && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyleOption option;
            option.palette = QApplication::palette();
            const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
            if (!generated.isNull())
                pixmap = generated;
        }
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap pm = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("escale-svg"); }
    bool isNull() override { return m_path.isEmpty(); }

private:
    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QIcon svgIcon(const QString &path)
{
    return QIcon(new SvgIconEngine(path));
}

} // namespace escale::ui
