#pragma once

#include "FeatureSet.h"

#include <QColor>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QVector>

#include <memory>

namespace escale::geo {

// How one vector layer is drawn.
struct LayerStyle
{
    std::shared_ptr<const FeatureSet> features;
    QColor stroke;
    QColor fill; // areas; transparent for outlines only
    qreal width = 1.0;
};

// Renders vector layers (the basemap, imported GeoJSON) as 256 px tiles on worker threads, so that
// the GUI thread only blits images. Every change of layers starts a new generation; tiles of an older
// generation that still arrive are recognisable by their number.
class TileRenderQueue : public QObject
{
    Q_OBJECT
public:
    explicit TileRenderQueue(QObject *parent = nullptr);
    ~TileRenderQueue() override;

    void setLayers(const QVector<LayerStyle> &layers, const QColor &background);
    quint64 generation() const { return m_generation; }
    // Asks for a tile of the current generation; a tile already queued is not asked twice.
    void request(int zoom, int x, int y);
    int pending() const { return int(m_pending.size()); }

    // Draws one tile (any thread).
    static QImage render(const QVector<LayerStyle> &layers, const QColor &background, int zoom, int x, int y);

Q_SIGNALS:
    void tileRendered(quint64 generation, int zoom, int x, int y, const QImage &image);

private:
    QThreadPool m_pool;
    QVector<LayerStyle> m_layers;
    QColor m_background;
    quint64 m_generation = 0;
    QSet<quint64> m_pending;
};

} // namespace escale::geo
