#include "places/PlaceSearch.h"

#include "common/TextNormalizer.h"
#include "common/Vocabulary.h"
#include "places/OpeningHours.h"
#include "places/Place.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <memory>
#include <vector>

namespace escale::places {

namespace {

constexpr double EarthRadiusKm = 6371.0088;

double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

bool tableExists(storage::Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

const char *const FtsStatements[] = {
    // detail=none: the index records which rows hold a token, not where nor in which column; every
    // query here is single tokens and prefixes (searchTokens() cuts phrases into letters-and-digits
    // words, as unicode61 does), which it answers the same. columnsize=0: no per-row sizes, which only
    // bm25() ranking reads (places are ordered by name or distance, never by bm25). Half the work of
    // filling it (0.13 s instead of 0.25 s for 100,000 places in the sqlite3 shell), which an import does.
    "CREATE VIRTUAL TABLE places_fts USING fts5(search_text, content='places', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0)",
    "CREATE TRIGGER places_fts_ai AFTER INSERT ON places WHEN new.deleted = 0 BEGIN "
    "INSERT INTO places_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER places_fts_ad AFTER DELETE ON places WHEN old.deleted = 0 BEGIN "
    "INSERT INTO places_fts(places_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    // One trigger for updates: the old entry leaves before the new one comes (SQLite runs the most
    // recently created trigger first; the two triggers of earlier versions thus inserted the new
    // entry, then deleted it with the old values — an updated place left the text index).
    "CREATE TRIGGER places_fts_au AFTER UPDATE ON places BEGIN "
    "INSERT INTO places_fts(places_fts, rowid, search_text) SELECT 'delete', old.rowid, old.search_text "
    "WHERE old.deleted = 0; "
    "INSERT INTO places_fts(rowid, search_text) SELECT new.rowid, new.search_text WHERE new.deleted = 0; END",
    "INSERT INTO places_fts(rowid, search_text) SELECT rowid, search_text FROM places WHERE deleted = 0",
};


template<size_t N>
Status runAll(storage::Database &db, const char *const (&statements)[N])
{
    for (const char *sql : statements)
        if (Status s = db.exec(QString::fromUtf8(sql)); !s)
            return s;
    return {};
}

// The codes a filter value stands for: a code of the vocabulary, or its label.
QStringList codesOf(vocab::Kind kind, const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const auto code = vocab::codeFor(kind, v);
        out << (code ? *code : v.trimmed());
    }
    return out;
}

void addAnyOf(QStringList &where, QVariantList &binds, const QStringList &columns, const QStringList &codes)
{
    if (codes.isEmpty())
        return;
    QStringList any;
    for (const QString &code : codes) {
        for (const QString &column : columns) {
            any << QStringLiteral("('|' || p.%1 || '|') LIKE ?").arg(column);
            binds << QStringLiteral("%|%1|%").arg(code);
        }
    }
    where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The coordinates of the live places with coordinates, by rowid (sorted), for ranking text matches
// by distance without reading their rows. One per connection; stamped with PRAGMA data_version
// (changes committed by other connections) and total_changes() (this connection's own writes): any
// change rebuilds it at the next search (one scan of two columns, ~30 ms for 100,000 places).
struct CoordinateIndex
{
    qint64 dataVersion = -1;
    qint64 totalChanges = -1;
    std::vector<qint64> rowids;
    std::vector<double> lat, lon;
    // The filtered columns, interned (few distinct values): services, typologie, publics, the four
    // label columns joined by '|', and the Pass numérique.
    enum Column { Services, Typologie, Publics, Labels, ColumnCount };
    std::vector<std::array<int, ColumnCount>> values;
    std::vector<bool> pass;
    QStringList distinct[ColumnCount];
    // The same places by latitude (positions into the vectors above), for boxes around a point.
    std::vector<int> byLat;
    std::vector<double> sortedLat;
};

// SQLite's LIKE (no ESCAPE): '%' any run of characters, '_' any one character, ASCII letters
// without case; as the filters are written in SQL (addAnyOf).
bool sqlLike(QStringView pattern, QStringView text)
{
    auto same = [](QChar a, QChar b) {
        const char16_t x = a.unicode(), y = b.unicode();
        if (x == y)
            return true;
        auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
        return x < 128 && y < 128 && lower(x) == lower(y);
    };
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('%')) {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && (pattern[p] == QLatin1Char('_') || same(pattern[p], text[t]))) {
            // '_' is one character, as SQLite counts them (a surrogate pair is one).
            const bool pair = pattern[p] == QLatin1Char('_') && text[t].isHighSurrogate() && t + 1 < text.size()
                && text[t + 1].isLowSurrogate();
            ++p;
            t += pair ? 2 : 1;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('%'))
        ++p;
    return p == pattern.size();
}

std::shared_ptr<const CoordinateIndex> coordinateIndex(storage::Database &db)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const CoordinateIndex>> byConnection;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), total_changes()"))
        || !q.next())
        return nullptr;
    const qint64 dataVersion = q.value(0).toLongLong();
    const qint64 totalChanges = q.value(1).toLongLong();
    q.finish();
    const QString key = db.connection().connectionName();
    {
        QMutexLocker lock(&mutex);
        const auto it = byConnection.constFind(key);
        if (it != byConnection.cend() && (*it)->dataVersion == dataVersion && (*it)->totalChanges == totalChanges)
            return *it;
    }
    bool first = false;
    {
        QMutexLocker lock(&mutex);
        first = !byConnection.contains(key);
    }
    if (first) {
        // Reading the few places a search keeps touches scattered pages of a large table: memory-mapped
        // reads (no read() call and copy per page) for this connection, once. Data is unchanged.
        q.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
        q.finish();
    }
    auto index = std::make_shared<CoordinateIndex>();
    index->dataVersion = dataVersion;
    index->totalChanges = totalChanges;
    if (!q.exec(QStringLiteral(
            "SELECT rowid, latitude, longitude, services, typologie, publics_specifiquement_adresses, "
            "dispositif_programmes_nationaux || '|' || formations_labels || '|' || autres_formations_labels || '|' || "
            "labels_nationaux, accepte_pass_numerique FROM places WHERE deleted = 0 AND latitude IS NOT NULL AND "
            "longitude IS NOT NULL ORDER BY rowid")))
        return nullptr;
    QHash<QString, int> interned[CoordinateIndex::ColumnCount];
    while (q.next()) {
        index->rowids.push_back(q.value(0).toLongLong());
        index->lat.push_back(q.value(1).toDouble());
        index->lon.push_back(q.value(2).toDouble());
        std::array<int, CoordinateIndex::ColumnCount> v {};
        for (int c = 0; c < CoordinateIndex::ColumnCount; ++c) {
            const QString text = q.value(3 + c).toString();
            auto it = interned[c].constFind(text);
            if (it == interned[c].cend()) {
                it = interned[c].insert(text, int(index->distinct[c].size()));
                index->distinct[c] << text;
            }
            v[size_t(c)] = *it;
        }
        index->values.push_back(v);
        index->pass.push_back(q.value(7).toInt() != 0);
    }
    index->byLat.resize(index->rowids.size());
    for (size_t i = 0; i < index->byLat.size(); ++i)
        index->byLat[i] = int(i);
    std::sort(index->byLat.begin(), index->byLat.end(),
        [&](int a, int b) { return index->lat[size_t(a)] < index->lat[size_t(b)]; });
    index->sortedLat.reserve(index->byLat.size());
    for (int i : index->byLat)
        index->sortedLat.push_back(index->lat[size_t(i)]);
    QMutexLocker lock(&mutex);
    // Connections closed since (their Database is gone) leave their tables here: dropped now.
    for (auto it = byConnection.begin(); it != byConnection.end();)
        it = QSqlDatabase::contains(it.key()) ? std::next(it) : byConnection.erase(it);
    byConnection.insert(key, index);
    return index;
}

} // namespace

PlaceSearch::PlaceSearch(storage::Database &db)
    : m_db(db)
{ }

Status PlaceSearch::suspendIndexTriggers(storage::Database &db)
{
    for (const char *name : {"places_fts_ai", "places_fts_ad", "places_fts_au", "places_fts_au_old", "places_fts_au_new"})
        if (Status s = db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name))); !s)
            return s;
    return {};
}

Status PlaceSearch::resumeIndexes(storage::Database &db)
{
    if (tableExists(db, QStringLiteral("places_fts"))) {
        if (Status s = db.exec(QStringLiteral("INSERT INTO places_fts(places_fts) VALUES ('delete-all')")); !s)
            return s;
        // Statements 1..4: the triggers, then the fill.
        for (size_t i = 1; i < std::size(FtsStatements); ++i)
            if (Status s = db.exec(QString::fromUtf8(FtsStatements[i])); !s)
                return s;
    }
    return {};
}

Status PlaceSearch::rebuildIndexes(storage::Database &db)
{
    if (db.isReadOnly())
        return {};
    storage::Transaction tx(db);
    if (db.hasFts5() && tableExists(db, QStringLiteral("places_fts"))) {
        // The text index of earlier versions (positions kept, and two update triggers that lost
        // updated places, see FtsStatements): dropped, and made again below.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'places_fts'"));
        const bool current = q.next() && q.value(0).toString().contains(QLatin1String("detail=none, columnsize=0"))
            && tableExists(db, QStringLiteral("places_fts_au"));
        q.finish();
        if (!current) {
            if (Status s = suspendIndexTriggers(db); !s)
                return s;
            if (Status s = db.exec(QStringLiteral("DROP TABLE places_fts")); !s)
                return s;
        }
    }
    if (db.hasFts5() && !tableExists(db, QStringLiteral("places_fts")))
        if (Status s = runAll(db, FtsStatements); !s)
            return s;
    // The R*Tree of earlier versions: the coordinate index answers every search with a point (its
    // triggers went with migration 0012; the table needs the R*Tree module to be dropped).
    if (tableExists(db, QStringLiteral("places_rtree")) && db.hasRtree())
        if (Status s = db.exec(QStringLiteral("DROP TABLE places_rtree")); !s)
            return s;
    return tx.commit();
}

QList<PlaceHit> PlaceSearch::search(const PlaceQuery &q) const
{
    const bool haveFts = m_indexesEnabled && m_db.hasFts5()
        && ((tableExists(m_db, QStringLiteral("places_fts")) && tableExists(m_db, QStringLiteral("places_fts_au")))
            || (rebuildIndexes(m_db).ok() && tableExists(m_db, QStringLiteral("places_fts"))));

    QStringList where { QStringLiteral("p.deleted = 0") };
    QVariantList binds;

    const QStringList tokens = text::searchTokens(q.text);
    if (!tokens.isEmpty()) {
        if (haveFts) {
            QStringList terms;
            for (const QString &t : tokens)
                terms << QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QString()) + QStringLiteral("\"*");
            where << QStringLiteral("p.rowid IN (SELECT rowid FROM places_fts WHERE places_fts MATCH ?)");
            binds << terms.join(QLatin1Char(' '));
        } else {
            for (const QString &t : tokens) {
                where << QStringLiteral("(' ' || p.search_text) LIKE ?");
                binds << QStringLiteral("% %1%").arg(t);
            }
        }
    }
    addAnyOf(where, binds, { QStringLiteral("services") }, codesOf(vocab::Kind::Service, q.services));
    addAnyOf(where, binds, { QStringLiteral("typologie") }, codesOf(vocab::Kind::Typologie, q.typologies));
    addAnyOf(
        where, binds, { QStringLiteral("publics_specifiquement_adresses") }, codesOf(vocab::Kind::Public, q.publics));
    {
        QStringList labelCodes = codesOf(vocab::Kind::Dispositif, q.labels);
        for (const QString &l : q.labels)
            if (!labelCodes.contains(l.trimmed()))
                labelCodes << l.trimmed();
        addAnyOf(where, binds,
            { QStringLiteral("dispositif_programmes_nationaux"), QStringLiteral("formations_labels"),
                QStringLiteral("autres_formations_labels"), QStringLiteral("labels_nationaux") },
            labelCodes);
    }
    if (q.acceptsPassOnly)
        where << QStringLiteral("p.accepte_pass_numerique = 1");

    const bool near = q.nearLat.has_value() && q.nearLon.has_value();
    const int limit = q.limit > 0 ? q.limit : 50;

    const QString columns = QStringLiteral(
        "p.id, p.nom, p.adresse, p.code_postal, p.commune, p.latitude, p.longitude, p.typologie, p.services, "
        "p.horaires, p.telephone, p.accepte_pass_numerique");

    QHash<QString, OpeningHours> hoursCache;
    auto openOk = [&](const QString &horaires) {
        if (!q.openAt)
            return true;
        auto it = hoursCache.find(horaires);
        if (it == hoursCache.end())
            it = hoursCache.insert(horaires, OpeningHours::parse(horaires));
        return it->isOpenAt(*q.openAt);
    };
    auto hitOf = [](const QSqlQuery &s) {
        PlaceHit h;
        h.id = s.value(0).toString();
        h.nom = s.value(1).toString();
        h.adresse = s.value(2).toString();
        h.codePostal = s.value(3).toString();
        h.commune = s.value(4).toString();
        if (!s.value(5).isNull())
            h.latitude = s.value(5).toDouble();
        if (!s.value(6).isNull())
            h.longitude = s.value(6).toDouble();
        h.typologie = splitCodes(s.value(7).toString());
        h.services = splitCodes(s.value(8).toString());
        h.horaires = s.value(9).toString();
        h.telephone = s.value(10).toString();
        h.acceptsPass = s.value(11).toInt() != 0;
        return h;
    };

    QList<PlaceHit> hits;
    // One word with the text index: the whole-word matches (FTS token « word »), by name, then the
    // prefix-only ones (« word »* NOT « word »), by name; each query hands over only what the limit keeps.
    if (!near && haveFts && tokens.size() == 1) {
        const QString word = QLatin1Char('"') + QString(tokens.first()).replace(QLatin1Char('"'), QString())
            + QLatin1Char('"');
        const QStringList matches { word, QString(word + QStringLiteral("* NOT ") + word) };
        for (const QString &match : matches) {
            if (hits.size() >= limit)
                break;
            QVariantList b = binds;
            b[0] = match; // the first bound value is the FTS match (see above)
            QSqlQuery s(m_db.connection());
            s.setForwardOnly(true);
            // Walking the name index in order, checking each row against the FTS matches (built once),
            // stops at the limit instead of sorting every match.
            QString sql = QStringLiteral("SELECT %1 FROM places p INDEXED BY places_match_key WHERE %2 "
                                         "ORDER BY p.match_key, p.id")
                              .arg(columns, where.join(QStringLiteral(" AND ")));
            if (!q.openAt)
                sql += QStringLiteral(" LIMIT %1").arg(limit - hits.size());
            s.prepare(sql);
            for (const QVariant &v : std::as_const(b))
                s.addBindValue(v);
            if (!s.exec()) {
                qCWarning(lcPlaces) << "search failed:" << storage::describeSqlError(s.lastError());
                return hits;
            }
            while (hits.size() < limit && s.next()) {
                if (!openOk(s.value(9).toString()))
                    continue;
                hits << hitOf(s);
            }
        }
        return hits;
    }
    if (!near) {
        QSqlQuery s(m_db.connection());
        s.setForwardOnly(true);
        // Places where the words are whole words (« gap » is the commune Gap) come before those where
        // they are only prefixes (« Gapeau »), then by name.
        QString order;
        QVariantList orderBinds;
        for (const QString &t : tokens) {
            order += QStringLiteral("(' ' || p.search_text || ' ') LIKE ? DESC, ");
            orderBinds << QStringLiteral("% %1 %").arg(t);
        }
        QString sql = QStringLiteral("SELECT %1 FROM places p WHERE %2 ORDER BY %3p.match_key, p.id")
                          .arg(columns, where.join(QStringLiteral(" AND ")), order);
        if (!q.openAt)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
        s.prepare(sql);
        for (const QVariant &b : std::as_const(binds))
            s.addBindValue(b);
        for (const QVariant &b : std::as_const(orderBinds))
            s.addBindValue(b);
        if (!s.exec()) {
            qCWarning(lcPlaces) << "search failed:" << storage::describeSqlError(s.lastError());
            return hits;
        }
        while (s.next() && hits.size() < limit) {
            if (!openOk(s.value(9).toString()))
                continue;
            hits << hitOf(s);
        }
        return hits;
    }

    const double lat0 = *q.nearLat;
    const double lon0 = *q.nearLon;

    // A point, with the coordinate index (an in-memory table of the live places' coordinates and
    // filtered columns, see CoordinateIndex): places are ranked by their exact distance in memory,
    // then the nearest are checked in SQL in batches (« deleted », the filters, the words; opening
    // hours here) until `limit` places are kept, and only those rows are read. Two ways to pick the
    // places ranked: the text matches (FTS5, at most MaxRanked of them), or boxes growing around the
    // point (no words, words matching too many places, or no FTS5).
    constexpr qsizetype MaxRanked = 40000;
    // Words and boxes: past this many places in a box, the SQL text plan below reads fewer rows.
    constexpr qsizetype BoxBudget = 12000;
    const auto index = m_coordinateIndexEnabled ? coordinateIndex(m_db) : nullptr;
    if (index) {
        struct Near
        {
            qint64 rowid;
            double km;
        };
        const auto closer = [](const Near &a, const Near &c) {
            return a.km < c.km || (a.km == c.km && a.rowid < c.rowid);
        };
        // The filters, checked in memory on each distinct value once (the SQL check repeats them).
        struct Filter
        {
            int column;
            QStringList patterns;
            std::vector<signed char> known; // per distinct value: -1 unknown, 0 no, 1 yes
        };
        std::vector<Filter> filters;
        auto addFilter = [&](int column, const QStringList &codes) {
            if (codes.isEmpty())
                return;
            Filter f { column, {}, std::vector<signed char>(size_t(index->distinct[column].size()), -1) };
            for (const QString &code : codes)
                f.patterns << QStringLiteral("%|%1|%").arg(code);
            filters.push_back(std::move(f));
        };
        addFilter(CoordinateIndex::Services, codesOf(vocab::Kind::Service, q.services));
        addFilter(CoordinateIndex::Typologie, codesOf(vocab::Kind::Typologie, q.typologies));
        addFilter(CoordinateIndex::Publics, codesOf(vocab::Kind::Public, q.publics));
        {
            QStringList labelCodes = codesOf(vocab::Kind::Dispositif, q.labels);
            for (const QString &l : q.labels)
                if (!labelCodes.contains(l.trimmed()))
                    labelCodes << l.trimmed();
            addFilter(CoordinateIndex::Labels, labelCodes);
        }
        auto passes = [&](size_t i) {
            if (q.acceptsPassOnly && !index->pass[i])
                return false;
            for (Filter &f : filters) {
                const int v = index->values[i][size_t(f.column)];
                signed char &known = f.known[size_t(v)];
                if (known < 0) {
                    known = 0;
                    // The four label columns are joined by '|': a match in one of them is a match
                    // in the joined text (a superset; SQL checks each column).
                    const QString text = QLatin1Char('|') + index->distinct[f.column].at(v) + QLatin1Char('|');
                    for (const QString &pattern : std::as_const(f.patterns))
                        if (sqlLike(pattern, text)) {
                            known = 1;
                            break;
                        }
                }
                if (!known)
                    return false;
            }
            return true;
        };
        // The SQL check of a batch: every clause but the FTS one (first after « deleted = 0 »), with
        // the words as prefixes on `search_text` instead when `wordsAsLike` (same places as the FTS
        // match; the boxes do not go through FTS5).
        auto checkClauses = [&](bool wordsAsLike, QStringList *w, QVariantList *b) {
            const bool ftsClause = haveFts && !tokens.isEmpty();
            for (qsizetype i = 0; i < where.size(); ++i)
                if (!(ftsClause && i == 1))
                    *w << where.at(i);
            for (qsizetype i = ftsClause ? 1 : 0; i < binds.size(); ++i)
                *b << binds.at(i);
            if (wordsAsLike && ftsClause) {
                for (const QString &t : tokens) {
                    *w << QStringLiteral("(' ' || p.search_text) LIKE ?");
                    *b << QStringLiteral("% %1%").arg(t);
                }
            }
        };
        // Walks `ranked` nearest first (sorted a batch at a time, batches growing ×4), checks each
        // batch in SQL once (`checked` remembers), and appends the places that pass to `kept` until
        // `limit` are kept — or, with `ties`, until the next place is farther than the limit-th kept
        // (the caller orders ties by id). False when SQL failed.
        QHash<qint64, bool> checked;
        auto keepNearest = [&](std::vector<Near> &ranked, const QStringList &w, const QVariantList &b, bool ties,
                               std::vector<Near> &kept) {
            size_t done = 0;
            size_t batch = size_t(limit) * 2 + 8;
            auto enough = [&]() {
                if (int(kept.size()) < limit)
                    return false;
                return !ties || done >= ranked.size() || ranked[done].km > kept[size_t(limit) - 1].km;
            };
            while (!enough() && done < ranked.size()) {
                const size_t end = std::min(ranked.size(), done + batch);
                std::partial_sort(ranked.begin() + qsizetype(done), ranked.begin() + qsizetype(end), ranked.end(),
                    closer);
                QStringList marks;
                for (size_t i = done; i < end; ++i)
                    if (!checked.contains(ranked[i].rowid)) {
                        marks << QString::number(ranked[i].rowid); // integers from SQLite itself
                        checked.insert(ranked[i].rowid, false); // until the query says it passes
                    }
                if (!marks.isEmpty()) {
                    QSqlQuery s(m_db.connection());
                    s.setForwardOnly(true);
                    s.prepare(QStringLiteral("SELECT p.rowid%1 FROM places p WHERE p.rowid IN (%2) AND %3")
                                  .arg(q.openAt ? QStringLiteral(", p.horaires") : QString(),
                                      marks.join(QLatin1Char(',')), w.join(QStringLiteral(" AND "))));
                    for (const QVariant &v : b)
                        s.addBindValue(v);
                    if (!s.exec()) {
                        qCWarning(lcPlaces) << "search failed:" << storage::describeSqlError(s.lastError());
                        return false;
                    }
                    while (s.next())
                        if (!q.openAt || openOk(s.value(1).toString()))
                            checked.insert(s.value(0).toLongLong(), true);
                }
                for (size_t i = done; i < end && (ties || int(kept.size()) < limit); ++i)
                    if (checked.value(ranked[i].rowid))
                        kept.push_back(ranked[i]);
                done = end;
                batch *= 4;
            }
            return true;
        };
        // The rows of the kept places, in one query, in the order of `kept`.
        auto readKept = [&](const std::vector<Near> &kept) {
            QList<PlaceHit> out;
            if (kept.empty())
                return out;
            QStringList marks;
            for (const Near &n : kept)
                marks << QString::number(n.rowid);
            QSqlQuery s(m_db.connection());
            s.setForwardOnly(true);
            if (!s.exec(QStringLiteral("SELECT p.rowid, %1 FROM places p WHERE p.rowid IN (%2)")
                            .arg(columns, marks.join(QLatin1Char(','))))) {
                qCWarning(lcPlaces) << "search failed:" << storage::describeSqlError(s.lastError());
                return out;
            }
            QHash<qint64, PlaceHit> read;
            while (s.next()) {
                // As hitOf(), one column further (the rowid first).
                PlaceHit h;
                h.id = s.value(1).toString();
                h.nom = s.value(2).toString();
                h.adresse = s.value(3).toString();
                h.codePostal = s.value(4).toString();
                h.commune = s.value(5).toString();
                if (!s.value(6).isNull())
                    h.latitude = s.value(6).toDouble();
                if (!s.value(7).isNull())
                    h.longitude = s.value(7).toDouble();
                h.typologie = splitCodes(s.value(8).toString());
                h.services = splitCodes(s.value(9).toString());
                h.horaires = s.value(10).toString();
                h.telephone = s.value(11).toString();
                h.acceptsPass = s.value(12).toInt() != 0;
                read.insert(s.value(0).toLongLong(), h);
            }
            for (const Near &n : kept) {
                auto it = read.find(n.rowid);
                if (it == read.end())
                    continue;
                it->distanceKm = n.km;
                out << *it;
            }
            return out;
        };

        // Words: the text matches, as one group_concat(rowid) (one row through Qt, not thousands).
        bool ranked = false;
        if (!tokens.isEmpty() && haveFts) {
            QSqlQuery fts(m_db.connection());
            fts.setForwardOnly(true);
            fts.prepare(QStringLiteral("SELECT count(*), group_concat(rowid) FROM (SELECT rowid FROM places_fts WHERE "
                                       "places_fts MATCH ? LIMIT %1)")
                            .arg(MaxRanked + 1));
            fts.addBindValue(binds.at(0)); // the FTS match (see above)
            if (fts.exec() && fts.next() && fts.value(0).toLongLong() <= MaxRanked) {
                ranked = true;
                const QString rowids = fts.value(1).toString();
                fts.finish();
                std::vector<Near> candidates;
                for (qsizetype pos = 0; pos < rowids.size();) {
                    qint64 rowid = 0;
                    for (; pos < rowids.size() && rowids.at(pos) != QLatin1Char(','); ++pos)
                        rowid = rowid * 10 + (rowids.at(pos).unicode() - u'0');
                    ++pos;
                    const auto it = std::lower_bound(index->rowids.cbegin(), index->rowids.cend(), rowid);
                    if (it == index->rowids.cend() || *it != rowid)
                        continue; // no coordinates
                    const size_t i = size_t(it - index->rowids.cbegin());
                    if (!passes(i))
                        continue;
                    const double d = haversineKm(lat0, lon0, index->lat[i], index->lon[i]);
                    if (q.radiusKm && d > *q.radiusKm)
                        continue;
                    candidates.push_back({ rowid, d });
                }
                QStringList w;
                QVariantList b;
                checkClauses(false, &w, &b);
                std::vector<Near> kept;
                if (!keepNearest(candidates, w, b, false, kept))
                    return hits;
                return readKept(kept);
            }
        }
        // Boxes around the point (from 2 km, ×4), over the places sorted by latitude, until one holds
        // `limit` places that pass within its inscribed radius (or reaches radiusKm, or the whole
        // Earth). Without words, ties in distance are ordered by id (as the SQL plan below).
        if (!ranked) {
            const bool words = !tokens.isEmpty();
            QStringList w;
            QVariantList b;
            checkClauses(true, &w, &b);
            const double maxRadius = q.radiusKm ? *q.radiusKm : 20040.0;
            double radius = q.radiusKm ? std::min(*q.radiusKm, 2.0) : 2.0;
            // Words in too many places near the point: `break` hands over to the SQL text plan below.
            while (true) {
                const bool whole = radius >= 20000.0;
                std::vector<Near> candidates;
                auto consider = [&](size_t i) {
                    if (!passes(i))
                        return;
                    const double d = haversineKm(lat0, lon0, index->lat[i], index->lon[i]);
                    if (d > radius && !whole)
                        return;
                    candidates.push_back({ index->rowids[i], d });
                };
                if (whole) {
                    for (size_t i = 0; i < index->rowids.size(); ++i)
                        consider(i);
                } else {
                    const double dLat = radius / 111.195;
                    const double cosLat
                        = std::max(0.01, std::cos(std::min(89.0, std::abs(lat0) + dLat) * M_PI / 180.0));
                    const double dLon = std::min(180.0, radius / (111.195 * cosLat));
                    auto from = std::lower_bound(index->sortedLat.cbegin(), index->sortedLat.cend(), lat0 - dLat);
                    auto to = std::upper_bound(from, index->sortedLat.cend(), lat0 + dLat);
                    if (words && to - from > BoxBudget)
                        break;
                    for (auto it = from; it != to; ++it) {
                        const size_t i = size_t(index->byLat[size_t(it - index->sortedLat.cbegin())]);
                        const double lon = index->lon[i];
                        if (lon >= lon0 - dLon && lon <= lon0 + dLon)
                            consider(i);
                    }
                }
                if (words && qsizetype(candidates.size()) > BoxBudget)
                    break;
                std::vector<Near> kept;
                if (!keepNearest(candidates, w, b, !words, kept))
                    return hits;
                if (int(kept.size()) >= limit || radius >= maxRadius || whole) {
                    QList<PlaceHit> found = readKept(kept);
                    if (!words) {
                        std::stable_sort(found.begin(), found.end(), [](const PlaceHit &a, const PlaceHit &c) {
                            return *a.distanceKm < *c.distanceKm || (*a.distanceKm == *c.distanceKm && a.id < c.id);
                        });
                    }
                    if (found.size() > limit)
                        found.erase(found.begin() + limit, found.end());
                    return found;
                }
                radius = std::min(maxRadius, radius * 4);
            }
        }
    }
    if (!tokens.isEmpty()) {
        QStringList w = where;
        QVariantList b = binds;
        w << QStringLiteral("p.latitude IS NOT NULL AND p.longitude IS NOT NULL");
        if (q.radiusKm) {
            const double dLat = *q.radiusKm / 111.195 + 1e-6;
            const double cosLat = std::max(0.01, std::cos(std::min(89.0, std::abs(lat0) + dLat) * M_PI / 180.0));
            const double dLon = std::min(360.0, *q.radiusKm / (111.195 * cosLat) + 1e-6);
            w << QStringLiteral("p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?");
            b << lat0 - dLat << lat0 + dLat << lon0 - dLon << lon0 + dLon;
        }
        const double k = std::cos(lat0 * M_PI / 180.0);
        // Enough rows past the limit that the approximate order cannot push a nearer place out.
        const int margin = limit * 2 + 30;
        QString sql = QStringLiteral("SELECT p.rowid, p.latitude, p.longitude%1 FROM places p WHERE %2 "
                                     "ORDER BY (p.latitude - ?) * (p.latitude - ?) "
                                     "+ (p.longitude - ?) * (p.longitude - ?) * ?, p.rowid")
                          .arg(q.openAt ? QStringLiteral(", p.horaires") : QString(), w.join(QStringLiteral(" AND ")));
        if (!q.openAt)
            sql += QStringLiteral(" LIMIT %1").arg(limit + margin);
        QSqlQuery s(m_db.connection());
        s.setForwardOnly(true);
        s.prepare(sql);
        for (const QVariant &v : b)
            s.addBindValue(v);
        s.addBindValue(lat0);
        s.addBindValue(lat0);
        s.addBindValue(lon0);
        s.addBindValue(lon0);
        s.addBindValue(k * k);
        if (!s.exec()) {
            qCWarning(lcPlaces) << "search failed:" << storage::describeSqlError(s.lastError());
            return hits;
        }
        struct Near
        {
            qint64 rowid;
            double km;
        };
        std::vector<Near> candidates;
        int afterLimit = 0;
        while (s.next()) {
            if (int(candidates.size()) >= limit && ++afterLimit > margin)
                break;
            const double d = haversineKm(lat0, lon0, s.value(1).toDouble(), s.value(2).toDouble());
            if (q.radiusKm && d > *q.radiusKm)
                continue;
            if (q.openAt && !openOk(s.value(3).toString()))
                continue;
            candidates.push_back({ s.value(0).toLongLong(), d });
        }
        const size_t keep = std::min(candidates.size(), size_t(limit));
        std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(),
            [](const Near &a, const Near &c) { return a.km < c.km || (a.km == c.km && a.rowid < c.rowid); });
        QSqlQuery row(m_db.connection());
        row.prepare(QStringLiteral("SELECT %1 FROM places p WHERE p.rowid = ?").arg(columns));
        for (size_t i = 0; i < keep; ++i) {
            row.addBindValue(candidates[i].rowid);
            if (row.exec() && row.next()) {
                PlaceHit h = hitOf(row);
                h.distanceKm = candidates[i].km;
                hits << h;
            }
        }
        return hits;
    }

    // Nearest without the coordinate index (tests, or the index could not be read): a box grows around
    // the point until it holds enough places within its inscribed radius (a scan of the table each
    // time: latitude and longitude have no SQL index since migration 0012).
    double radius = q.radiusKm ? std::min(*q.radiusKm, 2.0) : 2.0;
    const double maxRadius = q.radiusKm ? *q.radiusKm : 20040.0;
    while (true) {
        const double dLat = radius / 111.195;
        const double cosLat = std::max(0.01, std::cos(std::min(89.0, std::abs(lat0) + dLat) * M_PI / 180.0));
        const double dLon = std::min(180.0, radius / (111.195 * cosLat));
        QStringList w = where;
        QVariantList b = binds;
        const bool whole = radius >= 20000.0;
        if (!whole) {
            w << QStringLiteral("p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?");
            b << lat0 - dLat << lat0 + dLat << lon0 - dLon << lon0 + dLon;
        } else {
            w << QStringLiteral("p.latitude IS NOT NULL AND p.longitude IS NOT NULL");
        }
        QSqlQuery s(m_db.connection());
        s.setForwardOnly(true);
        s.prepare(QStringLiteral("SELECT %1 FROM places p WHERE %2").arg(columns, w.join(QStringLiteral(" AND "))));
        for (const QVariant &v : b)
            s.addBindValue(v);
        if (!s.exec()) {
            qCWarning(lcPlaces) << "search failed:" << storage::describeSqlError(s.lastError());
            return hits;
        }
        QList<PlaceHit> found;
        while (s.next()) {
            PlaceHit h = hitOf(s);
            if (!h.latitude || !h.longitude)
                continue;
            const double d = haversineKm(lat0, lon0, *h.latitude, *h.longitude);
            if (d > radius && !whole)
                continue;
            if (!openOk(h.horaires))
                continue;
            h.distanceKm = d;
            found << h;
        }
        if (found.size() >= limit || radius >= maxRadius || whole) {
            std::sort(found.begin(), found.end(), [](const PlaceHit &a, const PlaceHit &c) {
                return *a.distanceKm < *c.distanceKm || (*a.distanceKm == *c.distanceKm && a.id < c.id);
            });
            if (found.size() > limit)
                found.erase(found.begin() + limit, found.end());
            return found;
        }
        radius = std::min(maxRadius, radius * 4);
    }
}

} // namespace escale::places
