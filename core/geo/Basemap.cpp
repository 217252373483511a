#include "Basemap.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGeo, "escale.geo")

namespace escale::geo {

namespace {

class Decoder
{
public:
    explicit Decoder(const QByteArray &data)
        : m_data(data)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype pos() const { return m_pos; }
    bool ok() const { return m_ok; }

    quint8 byte()
    {
        if (m_pos >= m_data.size()) {
            m_ok = false;
            return 0;
        }
        return quint8(m_data.at(m_pos++));
    }
    quint64 varint()
    {
        quint64 v = 0;
        int shift = 0;
        while (m_ok) {
            const quint8 b = byte();
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
            shift += 7;
            if (shift > 63)
                m_ok = false;
        }
        return v;
    }
    qint64 zigzag()
    {
        const quint64 v = varint();
        return (v & 1) ? -qint64((v + 1) >> 1) : qint64(v >> 1);
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

Result<Basemap::Layers> Basemap::decode(const QByteArray &data, const QString &sourceName)
{
    const auto fail = [&](qsizetype offset) {
        return Error { QStringLiteral("geo.basemap.corrupt"),
            QCoreApplication::translate("escale::geo::Basemap", "%1 is not a valid basemap (byte %2).")
                .arg(sourceName)
                .arg(offset) };
    };
    if (!data.startsWith("ESCB") || data.size() < 6 || data.at(4) != 1)
        return fail(0);
    Decoder d(data);
    for (int i = 0; i < 5; ++i)
        d.byte();
    const int layerCount = d.byte();
    Layers layers;
    for (int l = 0; l < layerCount && d.ok(); ++l) {
        auto set = std::make_shared<FeatureSet>();
        set->sourceName = sourceName;
        const int kind = d.byte();
        const quint64 features = d.varint();
        if (features > quint64(data.size()))
            return fail(d.pos());
        qint64 x = 0, y = 0;
        set->features.reserve(qsizetype(features));
        for (quint64 f = 0; f < features && d.ok(); ++f) {
            Feature feature;
            feature.kind = kind == 2 ? GeometryKind::Area : GeometryKind::Line;
            const quint64 rings = d.varint();
            if (rings > quint64(data.size()))
                return fail(d.pos());
            for (quint64 r = 0; r < rings && d.ok(); ++r) {
                const quint64 n = d.varint();
                if (n > quint64(data.size()))
                    return fail(d.pos());
                QPolygonF ring;
                ring.reserve(qsizetype(n));
                for (quint64 i = 0; i < n && d.ok(); ++i) {
                    x += d.zigzag();
                    y += d.zigzag();
                    ring.append(QPointF(double(x) / 1e4, double(y) / 1e4));
                }
                feature.parts.append(std::move(ring));
            }
            set->features.append(std::move(feature));
        }
        if (!d.ok())
            return fail(d.pos());
        set->project();
        (kind == 2 ? layers.land : layers.borders) = std::move(set);
    }
    if (!d.ok() || !layers.land || !layers.borders)
        return fail(d.pos());
    return layers;
}

const Basemap::Layers &Basemap::embedded()
{
    static const Layers layers = [] {
        QFile file(QStringLiteral(":/maps/world-basemap.bin"));
        Layers result;
        if (file.open(QIODevice::ReadOnly)) {
            auto decoded = decode(file.readAll(), file.fileName());
            if (decoded)
                result = std::move(decoded.value());
            else
                qCWarning(lcGeo) << decoded.errorMessage();
        } else {
            qCWarning(lcGeo) << "the embedded basemap is missing from this build";
        }
        if (!result.land)
            result.land = std::make_shared<FeatureSet>();
        if (!result.borders)
            result.borders = std::make_shared<FeatureSet>();
        return result;
    }();
    return layers;
}

QString Basemap::attribution()
{
    return QCoreApplication::translate("escale::geo::Basemap", "Basemap: Natural Earth (public domain)");
}

} // namespace escale::geo
