#include "FeatureSet.h"

#include "WebMercator.h"

#include <algorithm>

namespace escale::geo {

QString Feature::name() const
{
    const QVariant nom = properties.value(QStringLiteral("nom"));
    if (nom.isValid())
        return nom.toString();
    return properties.value(QStringLiteral("name")).toString();
}

void FeatureSet::project()
{
    bounds = GeoBounds::empty();
    for (Feature &feature : features) {
        feature.projected.clear();
        feature.projected.reserve(feature.parts.size());
        double minX = 2, minY = 2, maxX = -1, maxY = -1;
        for (const QPolygonF &part : std::as_const(feature.parts)) {
            QPolygonF p;
            p.reserve(part.size());
            for (const QPointF &c : part) {
                bounds.extend(c.y(), c.x());
                const QPointF m(mercator::normalizedX(c.x()), mercator::normalizedY(c.y()));
                minX = std::min(minX, m.x());
                maxX = std::max(maxX, m.x());
                minY = std::min(minY, m.y());
                maxY = std::max(maxY, m.y());
                p.append(m);
            }
            feature.projected.append(std::move(p));
        }
        feature.projectedBounds = maxX >= minX ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
    }
}

int FeatureSet::vertexCount() const
{
    int n = 0;
    for (const Feature &f : features)
        for (const QPolygonF &p : f.parts)
            n += int(p.size());
    return n;
}

} // namespace escale::geo
