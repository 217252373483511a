#pragma once

#include "FeatureSet.h"

#include "common/Result.h"

#include <QByteArray>

#include <memory>

namespace escale::geo {

// The world basemap embedded in the binary (maps/world-basemap.bin, built from Natural Earth 1:50m by
// maps/build-basemap.mjs): land polygons and borders between countries, so that a fresh install
// shows a map with no network and no file to find.
class Basemap
{
public:
    struct Layers
    {
        std::shared_ptr<const FeatureSet> land;
        std::shared_ptr<const FeatureSet> borders;
    };

    // Decoded once (thread-safe) from the resource; later calls share it.
    static const Layers &embedded();
    // Decodes the format of maps/build-basemap.mjs; errors name `sourceName` and the byte offset.
    static Result<Layers> decode(const QByteArray &data, const QString &sourceName);
    // The licence line shown in the attribution.
    static QString attribution();
};

} // namespace escale::geo
