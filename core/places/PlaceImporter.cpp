#include "places/PlaceImporter.h"

#include "places/PlacesTr.h"

#include "common/TextNormalizer.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "places/OpeningHours.h"
#include "places/PlaceSearch.h"
#include "common/Ids.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>

namespace escale::places {

namespace {

// From this many rows (and at least a quarter of the places already there), an import suspends the search-index triggers and refills the indexes once.
constexpr int BulkImportRows = 500;

// ESCALE_IMPORT_PROFILE=1: the time of each phase of an import, in ms, logged at its end (the
// importing thread's own figures; the benchmark prints them too).
struct ImportProfile
{
    // Wait: the calling thread waiting for rows mapped ahead on a second thread (RowMapper).
    enum Phase { Read, Parse, Records, Map, Match, Write, Indexes, Commit, Wait, PhaseCount };
    double ms[PhaseCount] {};
    bool mappedAhead = false; // records and map ran on a second thread, alongside the others (RowMapper)
    static bool enabled()
    {
        static const bool on = qEnvironmentVariableIntValue("ESCALE_IMPORT_PROFILE") != 0;
        return on;
    }
    static ImportProfile &current()
    {
        thread_local ImportProfile p;
        return p;
    }
    void reset() { *this = ImportProfile {}; }
    QString text() const
    {
        static const char *const names[] = { "read", "parse", "records", "map", "match", "write", "indexes", "commit", "wait" };
        QStringList parts;
        double total = 0;
        for (int i = 0; i < PhaseCount; ++i) {
            parts << QStringLiteral("%1 %2").arg(QLatin1String(names[i])).arg(ms[i], 0, 'f', 0);
            total += ms[i];
        }
        if (mappedAhead) // on a second thread, alongside the others
            total -= ms[Records] + ms[Map];
        return parts.join(QStringLiteral(", "))
            + (mappedAhead ? QStringLiteral(" (records and map on a second thread; calling thread %1 ms)")
                           : QStringLiteral(" (total %1 ms)"))
                  .arg(total, 0, 'f', 0);
    }
};

// Adds the time from its construction (or the last lap) to a phase.
class PhaseTimer
{
public:
    PhaseTimer()
    {
        if (ImportProfile::enabled())
            m_timer.start();
    }
    void lap(ImportProfile::Phase phase)
    {
        if (!m_timer.isValid())
            return;
        ImportProfile::current().ms[phase] += double(m_timer.nsecsElapsed()) / 1e6;
        m_timer.restart();
    }
    // Counts the time so far in no phase (it was counted elsewhere).
    void skip()
    {
        if (m_timer.isValid())
            m_timer.restart();
    }

private:
    QElapsedTimer m_timer;
};

QString tr(const char *text)
{
    return detail::translate(text);
}

Error fileError(const QString &code, const QString &message)
{
    return Error { code, message };
}

QString shownName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// ---------------------------------------------------------------------------------------------------
// Text decoding

Result<QString> decodeText(const QString &path, const QByteArray &bytes)
{
    const QString name = shownName(path);
    if (bytes.trimmed().isEmpty())
        return fileError(QStringLiteral("places.empty-file"), tr("%1 is empty.").arg(name));
    if (bytes.startsWith("SQLite format 3"))
        return fileError(QStringLiteral("places.not-text"),
            tr("%1 is an SQLite database, not a places file (CSV or JSON).").arg(name));
    if (bytes.startsWith("PK\x03\x04"))
        return fileError(QStringLiteral("places.not-text"),
            tr("%1 is a compressed file (a spreadsheet such as .xlsx or .ods?), not a CSV or JSON file. "
               "Save it as « CSV UTF-8 » and import that.")
                .arg(name));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(QStringDecoder::Utf16);
        QString text = d.decode(bytes);
        if (!d.hasError()) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            return text;
        }
    }
    if (bytes.left(4096).contains('\0'))
        return fileError(QStringLiteral("places.not-text"), tr("%1 is not a text file (binary content).").arg(name));
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder d(QStringDecoder::Utf8);
    QString text = d.decode(body);
    if (d.hasError()) {
        // Find the first line that is not UTF-8, to name it.
        const QList<QByteArray> lines = body.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            QStringDecoder probe(QStringDecoder::Utf8);
            const QString decodedLine = probe.decode(lines.at(i));
            if (probe.hasError())
                return fileError(QStringLiteral("places.encoding"),
                    tr("%1, line %2: the text is not UTF-8 (Latin-1 or Windows-1252?). Save the file as "
                       "UTF-8 and import it again.")
                        .arg(name)
                        .arg(i + 1));
        }
        return fileError(QStringLiteral("places.encoding"), tr("%1: the text is not UTF-8.").arg(name));
    }
    return text;
}

// ---------------------------------------------------------------------------------------------------
// CSV

struct CsvRow
{
    int line = 0;
    QStringList cells;
};

QChar detectSeparator(const QString &text)
{
    int commas = 0, semis = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semis;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semis)
        return QLatin1Char('\t');
    return semis > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// Reads the rows of a CSV text one at a time. A row's cells are cut out of the text in runs (no
// character appended one by one); `skipRow()` finds where the next row ends without building its cells
// (a first pass counts the rows and remembers where each starts). Rules: see parseCsv().
class CsvReader
{
public:
    // `rawCells`: a cell that is one run of the text (no doubled quote, no CR inside) is a
    // QString::fromRawData() over the text, no copy — only for a caller that keeps the text alive
    // and alters nothing it did not copy (PlaceImporter::CsvSource).
    CsvReader(const QString &text, QChar sep, bool rawCells = false)
        : m_raw(rawCells)
        , m_s(reinterpret_cast<const char16_t *>(text.utf16()))
        , m_n(text.size())
        , m_sep(sep.unicode())
    { }

    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }
    void seek(qsizetype position, int line)
    {
        m_pos = position;
        m_line = line;
    }
    bool atEnd() const { return m_pos >= m_n; }
    // After next() or skipRow() returned false at the end: the line of a quote never closed, or 0.
    int unclosedQuoteLine() const { return m_unclosedQuoteLine; }

    // The next row that is not blank (one cell, blank): its line and cells. False at the end of the
    // text, or at a quote never closed (unclosedQuoteLine()).
    bool next(int *line, QStringList *cells) { return read(line, cells); }
    bool skipRow(int *line) { return read(line, nullptr); }

private:
    bool read(int *rowLine, QStringList *cells)
    {
        while (m_pos < m_n) {
            if (cells)
                cells->clear();
            int cellCount = 0;
            bool blank = true; // the one cell so far holds only spaces
            const int startLine = m_line;
            if (readRow(cells, &cellCount, &blank))
                return false; // unclosed quote
            if (cellCount == 0 || (cellCount == 1 && blank))
                continue;
            *rowLine = startLine;
            return true;
        }
        return false;
    }

    // One row from m_pos up to its line end (consumed) or the end of the text. True on an unclosed quote.
    bool readRow(QStringList *cells, int *cellCount, bool *blank)
    {
        QString cell;
        bool cellStarted = false;
        bool cellBlank = true;
        qsizetype run = m_pos; // start of the characters not yet copied into `cell`
        // The cell's first run, kept as a position until a second run comes (or the cell ends).
        qsizetype firstRun = -1, firstLength = 0;
        auto flush = [&](qsizetype end) {
            if (cells && end > run) {
                if (firstRun < 0 && cell.isNull()) {
                    firstRun = run;
                    firstLength = end - run;
                } else {
                    if (firstRun >= 0) {
                        cell = QString(reinterpret_cast<const QChar *>(m_s + firstRun), firstLength);
                        firstRun = -1;
                    }
                    cell.append(QStringView(m_s + run, end - run));
                }
            }
            run = end + 1;
        };
        auto endCell = [&]() {
            ++*cellCount;
            if (*cellCount > 1 || !cellBlank)
                *blank = false;
            if (cells) {
                if (firstRun >= 0) {
                    const auto *start = reinterpret_cast<const QChar *>(m_s + firstRun);
                    cells->append(m_raw ? QString::fromRawData(start, firstLength) : QString(start, firstLength));
                } else {
                    cells->append(std::move(cell));
                }
                cell = QString();
                firstRun = -1;
            }
            cellStarted = false;
            cellBlank = true;
        };
        for (qsizetype i = m_pos; i < m_n; ++i) {
            const char16_t c = m_s[i];
            if (c == u'"' && !cellStarted) {
                flush(i); // the quote itself is not copied
                cellStarted = true;
                const int quoteLine = m_line;
                ++i;
                for (; i < m_n; ++i) {
                    const char16_t d = m_s[i];
                    if (d == u'"') {
                        if (i + 1 < m_n && m_s[i + 1] == u'"') {
                            flush(i + 1); // copies up to and with the first quote, skips the second
                            cellBlank = false;
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (d == u'\n')
                        ++m_line;
                    // Blankness matters for a row of one cell only: the first cell's.
                    if (cellBlank && *cellCount == 0 && !QChar::isSpace(d))
                        cellBlank = false;
                }
                if (i >= m_n) {
                    m_unclosedQuoteLine = quoteLine;
                    m_pos = m_n;
                    return true;
                }
                flush(i); // the closing quote is not copied
            } else if (c == m_sep) {
                flush(i);
                endCell();
            } else if (c == u'\r') {
                flush(i); // ignored (CRLF)
            } else if (c == u'\n') {
                flush(i);
                endCell();
                ++m_line;
                m_pos = i + 1;
                return false;
            } else {
                cellStarted = true;
                if (cellBlank && *cellCount == 0 && !QChar::isSpace(c)) {
                    cellBlank = false;
                } else if (!cellBlank || *cellCount > 0) {
                    // Ordinary characters up to the next separator or line end (a quote inside an
                    // unquoted cell is ordinary): nothing to look at but where they end.
                    qsizetype j = i + 1;
                    while (j < m_n && m_s[j] != m_sep && m_s[j] != u'\n' && m_s[j] != u'\r')
                        ++j;
                    i = j - 1;
                }
            }
        }
        // The last row, without a line end.
        flush(m_n);
        if (cellStarted || *cellCount > 0)
            endCell();
        m_pos = m_n;
        return false;
    }

    bool m_raw;
    const char16_t *m_s;
    qsizetype m_n;
    char16_t m_sep;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_unclosedQuoteLine = 0;
};

// Every row of a CSV text: separator given; quoted fields may hold separators, doubled quotes and line
// ends; CR is ignored outside quotes; a blank line (one blank cell) is no row; a row's line is the
// line where it starts. A quote never closed is « truncated file? » with its line.
Result<QList<CsvRow>> parseCsv(const QString &name, const QString &text, QChar sep)
{
    QList<CsvRow> rows;
    CsvReader reader(text, sep);
    CsvRow row;
    while (reader.next(&row.line, &row.cells))
        rows << row;
    if (reader.unclosedQuoteLine() > 0)
        return fileError(QStringLiteral("places.truncated"),
            tr("%1, line %2: a quoted field is never closed (truncated file?).").arg(name).arg(reader.unclosedQuoteLine()));
    return rows;
}

QString headerKey(const QString &header)
{
    QString h = header.trimmed();
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text::normalizeForSearch(h);
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary mapping

const QHash<QString, QString> &v1Services()
{
    static const QHash<QString, QString> map = [] {
        const QList<QPair<const char *, const char *>> pairs {
            { "Prendre en main un smartphone ou une tablette", "outils_quotidien" },
            { "Prendre en main un ordinateur", "outils_quotidien" },
            { "Utiliser le numérique au quotidien", "outils_quotidien" },
            { "Approfondir ma culture numérique", "comprehension_monde" },
            { "Promouvoir la citoyenneté numérique", "comprehension_monde" },
            { "Favoriser mon insertion professionnelle", "insertion_pro" },
            { "Créer et développer mon entreprise", "insertion_pro" },
            { "Accéder à une connexion internet", "acces_internet" },
            { "Accéder à du matériel", "acces_internet" },
            { "Équiper en matériel informatique", "materiel_solidaire" },
            { "Créer avec le numérique", "loisirs_creations" },
            { "Accompagner les démarches de santé", "aide_demarches" },
            { "Réaliser des démarches administratives avec un accompagnement", "aide_demarches" },
            { "Devenir autonome dans les démarches administratives", "aide_demarches" },
            { "Soutenir la parentalité et l'éducation avec le numérique", "parentalite" },
        };
        QHash<QString, QString> m;
        for (const auto &[label, code] : pairs)
            m.insert(text::normalizeForSearch(QString::fromUtf8(label)), QString::fromLatin1(code));
        return m;
    }();
    return map;
}

// A copy of a text that owns its characters: what the per-thread caches below keep outlives the
// import, whose cells may be views over the file's text (CsvReader's raw cells).
QString owned(const QString &text)
{
    return QString(text.constData(), text.size());
}

// text::normalizeForSearch of the short texts a file repeats on many rows (vocabulary values, v1
// labels, itinérance…): each distinct text is normalised once per thread.
QString normalizedOnce(const QString &text)
{
    thread_local QHash<QString, QString> cache;
    auto it = cache.constFind(text);
    if (it == cache.cend()) {
        if (cache.size() > 20000)
            cache.clear();
        it = cache.insert(owned(text), owned(text::normalizeForSearch(text)));
    }
    return *it;
}

// vocab::codeFor normalises every term of the vocabulary at each call; an import asks it hundreds of
// thousands of times, so the normalised terms are kept here (built once, read-only afterwards).
std::optional<QString> cachedCodeFor(vocab::Kind kind, const QString &text)
{
    struct Table
    {
        QHash<QString, QString> byNormalised;
        explicit Table(vocab::Kind k)
        {
            for (const vocab::Term &t : vocab::terms(k)) {
                byNormalised.insert(text::normalizeForSearch(t.code), t.code);
                byNormalised.insert(text::normalizeForSearch(t.label), t.code);
            }
        }
    };
    static const Table typologie(vocab::Kind::Typologie), service(vocab::Kind::Service), publics(vocab::Kind::Public),
        prise(vocab::Kind::PriseEnCharge), frais(vocab::Kind::Frais), dispositif(vocab::Kind::Dispositif),
        acces(vocab::Kind::ModaliteAcces), accompagnement(vocab::Kind::ModaliteAccompagnement);
    const Table *table = nullptr;
    switch (kind) {
    case vocab::Kind::Typologie:
        table = &typologie;
        break;
    case vocab::Kind::Service:
        table = &service;
        break;
    case vocab::Kind::Public:
        table = &publics;
        break;
    case vocab::Kind::PriseEnCharge:
        table = &prise;
        break;
    case vocab::Kind::Frais:
        table = &frais;
        break;
    case vocab::Kind::Dispositif:
        table = &dispositif;
        break;
    case vocab::Kind::ModaliteAcces:
        table = &acces;
        break;
    case vocab::Kind::ModaliteAccompagnement:
        table = &accompagnement;
        break;
    default:
        return vocab::codeFor(kind, text);
    }
    const auto it = table->byNormalised.constFind(normalizedOnce(text));
    if (it == table->byNormalised.cend())
        return std::nullopt;
    return *it;
}

QStringList mapCodes(vocab::Kind kind, const QStringList &values, const QString &field, QStringList *warnings,
    const QHash<QString, QString> *extra = nullptr)
{
    QStringList out;
    for (const QString &v : values) {
        if (auto code = cachedCodeFor(kind, v)) {
            out << *code;
        } else if (extra && extra->contains(normalizedOnce(v))) {
            out << extra->value(normalizedOnce(v));
        } else {
            out << v;
            if (warnings)
                *warnings << tr("%1: « %2 » is not a value of the standard; kept as written.").arg(field, v);
        }
    }
    out.removeDuplicates();
    return out;
}

// mapCodes() of a cell (values split by splitMultiValue), remembered per thread by (vocabulary, cell
// text): files repeat the same cells on many rows. The same codes, and the same warnings.
QStringList mapCell(vocab::Kind kind, const QString &cell, const QString &field, QStringList *warnings,
    const QHash<QString, QString> *extra = nullptr)
{
    struct Mapped
    {
        QStringList codes;
        QStringList warnings;
    };
    thread_local QHash<std::pair<int, QString>, Mapped> cache;
    auto it = cache.constFind(std::pair<int, QString> { int(kind), cell });
    if (it == cache.cend()) {
        if (cache.size() > 20000)
            cache.clear();
        Mapped m;
        for (const QString &code : mapCodes(kind, splitMultiValue(cell), field, &m.warnings, extra))
            m.codes << owned(code);
        it = cache.insert(std::pair<int, QString> { int(kind), owned(cell) }, m);
    }
    if (warnings)
        *warnings += it->warnings;
    return it->codes;
}

std::optional<double> parseCoordinate(const QString &text, bool *bad)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    // A plain decimal ([-]digits[.,digits], the usual form) is read with std::from_chars: the same
    // correctly rounded value as QString::toDouble below, without a copy and a conversion.
    if (t.size() < 40) {
        char buffer[40];
        qsizetype n = 0, digitsBefore = 0, digitsAfter = 0;
        bool point = false, plain = true;
        for (qsizetype i = 0; plain && i < t.size(); ++i) {
            const char16_t c = t.at(i).unicode();
            if (c >= u'0' && c <= u'9') {
                ++(point ? digitsAfter : digitsBefore);
                buffer[n++] = char(c);
            } else if (c == u'-' && i == 0) {
                buffer[n++] = '-';
            } else if ((c == u'.' || c == u',') && !point) {
                point = true;
                buffer[n++] = '.';
            } else {
                plain = false;
            }
        }
        if (plain && digitsBefore > 0 && (!point || digitsAfter > 0)) {
            double value = 0;
            const auto [end, error] = std::from_chars(buffer, buffer + n, value);
            if (error == std::errc() && end == buffer + n && std::isfinite(value))
                return value;
        }
    }
    bool ok = false;
    const double v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

bool inMetropolitanFrance(double lat, double lon)
{
    return lat >= 41.0 && lat <= 51.6 && lon >= -5.8 && lon <= 10.0;
}

QString parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // YYYY-MM-DD (the usual form), read directly: a valid date is written back as it was read.
    auto digit = [&](qsizetype i) { return t.at(i) >= QLatin1Char('0') && t.at(i) <= QLatin1Char('9'); };
    if (t.size() >= 10 && digit(0) && digit(1) && digit(2) && digit(3) && t.at(4) == QLatin1Char('-') && digit(5)
        && digit(6) && t.at(7) == QLatin1Char('-') && digit(8) && digit(9)) {
        auto number = [&](qsizetype from, qsizetype count) {
            int value = 0;
            for (qsizetype i = from; i < from + count; ++i)
                value = value * 10 + (t.at(i).unicode() - u'0');
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        if (date.isValid())
            return date.year() < 1990 ? QString() : t.left(10);
    }
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t.left(10), QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid() || d.year() < 1990)
        return {}; // placeholders 1970-01-01, 1969-12-31
    return d.toString(Qt::ISODate);
}

} // namespace

QStringList splitMultiValue(const QString &cell)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = cell.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && cell.at(i) != QLatin1Char('|') && cell.at(i) != QLatin1Char(';'))
            continue;
        if (i > start) {
            const QString t = QStringView(cell).mid(start, i - start).toString().simplified();
            if (!t.isEmpty() && !out.contains(t))
                out << t;
        }
        start = i + 1;
    }
    return out;
}

QStringList PlaceImporter::standardFields()
{
    return { QStringLiteral("id"), QStringLiteral("pivot"), QStringLiteral("nom"), QStringLiteral("commune"),
        QStringLiteral("code_postal"), QStringLiteral("code_insee"), QStringLiteral("adresse"),
        QStringLiteral("complement_adresse"), QStringLiteral("latitude"), QStringLiteral("longitude"),
        QStringLiteral("typologie"), QStringLiteral("telephone"), QStringLiteral("courriels"),
        QStringLiteral("site_web"), QStringLiteral("horaires"), QStringLiteral("presentation_resume"),
        QStringLiteral("presentation_detail"), QStringLiteral("source"), QStringLiteral("itinerance"),
        QStringLiteral("structure_parente"), QStringLiteral("date_maj"), QStringLiteral("services"),
        QStringLiteral("publics_specifiquement_adresses"), QStringLiteral("prise_en_charge_specifique"),
        QStringLiteral("frais_a_charge"), QStringLiteral("dispositif_programmes_nationaux"),
        QStringLiteral("formations_labels"), QStringLiteral("autres_formations_labels"),
        QStringLiteral("modalites_acces"), QStringLiteral("modalites_accompagnement"),
        QStringLiteral("fiche_acces_libre"), QStringLiteral("prise_rdv"), QStringLiteral("labels_nationaux"),
        QStringLiteral("conditions_acces"), QStringLiteral("publics_accueillis"),
        QStringLiteral("accepte_pass_numerique") };
}

namespace {

// The fields of a row that the mapping reads, by number: a CSV row is read by column, a record by name.
#define ESCALE_IMPORT_FIELDS(X) \
    X(id) \
    X(pivot) \
    X(nom) \
    X(commune) \
    X(code_postal) \
    X(code_insee) \
    X(adresse) \
    X(complement_adresse) \
    X(latitude) \
    X(longitude) \
    X(typologie) \
    X(telephone) \
    X(courriels) \
    X(courriel) \
    X(site_web) \
    X(horaires) \
    X(presentation_resume) \
    X(presentation_detail) \
    X(source) \
    X(itinerance) \
    X(structure_parente) \
    X(date_maj) \
    X(services) \
    X(publics_specifiquement_adresses) \
    X(prise_en_charge_specifique) \
    X(frais_a_charge) \
    X(dispositif_programmes_nationaux) \
    X(formations_labels) \
    X(autres_formations_labels) \
    X(labels_autres) \
    X(modalites_acces) \
    X(modalites_accompagnement) \
    X(fiche_acces_libre) \
    X(accessibilite) \
    X(prise_rdv) \
    X(labels_nationaux) \
    X(conditions_acces) \
    X(publics_accueillis) \
    X(accepte_pass_numerique) \

enum class Field {
#define ESCALE_FIELD_ENUM(name) name,
    ESCALE_IMPORT_FIELDS(ESCALE_FIELD_ENUM)
#undef ESCALE_FIELD_ENUM
        Count
};

const QString &fieldName(Field field)
{
    static const QString names[] = {
#define ESCALE_FIELD_NAME(name) QStringLiteral(#name),
        ESCALE_IMPORT_FIELDS(ESCALE_FIELD_NAME)
#undef ESCALE_FIELD_NAME
    };
    return names[int(field)];
}

// An ImportRecord's fields.
struct HashFields
{
    const QHash<QString, QString> &fields;
    QString value(Field f) const { return fields.value(fieldName(f)); }
};

// One record as a place: every import rule of the mapping (codes, coordinates, dates, v1 → v2…).
// `f.value(Field)` gives a field's text as read (empty when absent).
template<typename Fields>
std::optional<Place> mapPlace(const Fields &f, const QString &defaultSource, QStringList *warnings, QString *skipReason)
{
    auto v = [&](Field key) { return f.value(key).trimmed(); };
    auto list = [&](Field key) { return splitMultiValue(f.value(key)); };
    auto fourDigits = [](const QString &t) {
        return t.size() == 4
            && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    // Five ASCII digits: a valid code postal (validate::codePostal is a regular expression).
    auto fiveDigits = [](const QString &t) {
        return t.size() == 5
            && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };

    Place p;
    p.nom = v(Field::nom).simplified();
    if (p.nom.isEmpty()) {
        *skipReason = tr("no name (field nom is empty)");
        return std::nullopt;
    }
    p.sourceId = v(Field::id);
    p.source = v(Field::source);
    if (p.source.isEmpty())
        p.source = defaultSource;
    p.pivot = v(Field::pivot);
    p.commune = v(Field::commune).simplified();
    p.codePostal = v(Field::code_postal);
    if (fourDigits(p.codePostal))
        p.codePostal.prepend(QLatin1Char('0')); // spreadsheets drop the leading zero of 0X XXX
    if (!fiveDigits(p.codePostal))
        if (const QString e = validate::codePostal(p.codePostal); !e.isEmpty())
            *warnings << tr("code_postal: %1").arg(e);
    p.codeInsee = v(Field::code_insee);
    if (fourDigits(p.codeInsee))
        p.codeInsee.prepend(QLatin1Char('0'));
    p.adresse = v(Field::adresse).simplified();
    p.complementAdresse = v(Field::complement_adresse).simplified();

    bool badLat = false, badLon = false;
    auto lat = parseCoordinate(v(Field::latitude), &badLat);
    auto lon = parseCoordinate(v(Field::longitude), &badLon);
    if (badLat || badLon) {
        *skipReason = tr("coordinates « %1, %2 » are not numbers").arg(v(Field::latitude), v(Field::longitude));
        return std::nullopt;
    }
    if (lat.has_value() != lon.has_value()) {
        *warnings << tr("latitude and longitude: only one of them is given; both ignored.");
        lat.reset();
        lon.reset();
    }
    if (lat && lon) {
        if (*lat == 0.0 && *lon == 0.0) {
            *warnings << tr("latitude and longitude: 0, 0 is a placeholder; ignored.");
            lat.reset();
            lon.reset();
        } else if (inMetropolitanFrance(*lon, *lat) && !inMetropolitanFrance(*lat, *lon)) {
            *warnings << tr("latitude and longitude were swapped (%1, %2); corrected.").arg(*lat).arg(*lon);
            std::swap(*lat, *lon);
        } else if (std::abs(*lat) > 90.0 && std::abs(*lon) <= 90.0) {
            *warnings << tr("latitude and longitude were swapped (%1, %2); corrected.").arg(*lat).arg(*lon);
            std::swap(*lat, *lon);
        }
        if (std::abs(*lat) > 90.0 || std::abs(*lon) > 180.0) {
            *skipReason = tr("coordinates out of range (latitude %1, longitude %2)").arg(*lat).arg(*lon);
            return std::nullopt;
        }
        p.latitude = lat;
        p.longitude = lon;
    }

    // Typologie: data·inclusion codes (some files give labels).
    for (const QString &t : list(Field::typologie)) {
        if (auto code = cachedCodeFor(vocab::Kind::Typologie, t))
            p.typologie << *code;
        else
            p.typologie << t.toUpper();
    }
    p.telephone = v(Field::telephone);
    if (!p.telephone.isEmpty()) {
        // The usual forms (0X XX XX XX XX, +33XXXXXXXXX, with spaces, dots, dashes or brackets) are
        // normalised here, as validate::normalizeTelephone would, and are valid; the rest goes through
        // the validators (regular expressions).
        QString compact;
        compact.reserve(p.telephone.size());
        for (const QChar c : std::as_const(p.telephone))
            if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QChar(0x00A0)
                && c != QLatin1Char('(') && c != QLatin1Char(')'))
                compact += c;
        auto asciiDigits = [&](qsizetype from) {
            return std::all_of(compact.cbegin() + from, compact.cend(),
                [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
        };
        if (compact.size() == 10 && compact.at(0) == QLatin1Char('0') && asciiDigits(1)) {
            p.telephone = QStringLiteral("+33") + QStringView(compact).mid(1);
        } else if (compact.size() == 12 && compact.startsWith(QLatin1String("+33")) && asciiDigits(3)) {
            p.telephone = compact;
        } else {
            p.telephone = validate::normalizeTelephone(p.telephone);
            if (const QString e = validate::telephone(p.telephone); !e.isEmpty())
                *warnings << tr("telephone: %1").arg(e);
        }
    }
    p.courriels = list(Field::courriels);
    if (p.courriels.isEmpty())
        p.courriels = list(Field::courriel);
    p.siteWeb = list(Field::site_web);
    p.horaires = v(Field::horaires);
    if (!p.horaires.isEmpty()) {
        // Files repeat the same hours on many rows: each distinct text is parsed once (per thread).
        thread_local QHash<QString, std::optional<QString>> hoursWarnings;
        auto it = hoursWarnings.constFind(p.horaires);
        if (it == hoursWarnings.cend()) {
            if (hoursWarnings.size() > 20000)
                hoursWarnings.clear();
            const OpeningHours hours = OpeningHours::parse(p.horaires);
            it = hoursWarnings.insert(
                owned(p.horaires), hours.isValid() ? std::nullopt : std::optional<QString>(owned(hours.warning())));
        }
        if (it->has_value())
            *warnings << tr("horaires: %1").arg(**it);
    }
    p.presentationResume = v(Field::presentation_resume);
    p.presentationDetail = v(Field::presentation_detail);
    {
        const QString it = normalizedOnce(v(Field::itinerance));
        if (it.contains(QLatin1String("itinerant")))
            p.itinerance = QStringLiteral("itinerant");
        else if (it.contains(QLatin1String("fixe")))
            p.itinerance = QStringLiteral("fixe");
    }
    p.structureParente = v(Field::structure_parente);
    p.dateMaj = parseDate(v(Field::date_maj));

    p.services = mapCell(vocab::Kind::Service, f.value(Field::services), QStringLiteral("services"), warnings, &v1Services());
    p.publics = mapCell(vocab::Kind::Public, f.value(Field::publics_specifiquement_adresses),
        QStringLiteral("publics_specifiquement_adresses"), warnings);
    p.priseEnCharge = mapCell(vocab::Kind::PriseEnCharge, f.value(Field::prise_en_charge_specifique),
        QStringLiteral("prise_en_charge_specifique"), warnings);
    p.frais = mapCell(vocab::Kind::Frais, f.value(Field::frais_a_charge), QStringLiteral("frais_a_charge"), warnings);
    p.dispositifs = mapCell(vocab::Kind::Dispositif, f.value(Field::dispositif_programmes_nationaux),
        QStringLiteral("dispositif_programmes_nationaux"), warnings);
    p.formationsLabels = list(Field::formations_labels);
    p.autresFormationsLabels = list(Field::autres_formations_labels) + list(Field::labels_autres);
    p.modalitesAcces
        = mapCell(vocab::Kind::ModaliteAcces, f.value(Field::modalites_acces), QStringLiteral("modalites_acces"), warnings);
    p.modalitesAccompagnement = mapCell(vocab::Kind::ModaliteAccompagnement, f.value(Field::modalites_accompagnement),
        QStringLiteral("modalites_accompagnement"), warnings);
    p.ficheAccesLibre = v(Field::fiche_acces_libre);
    if (p.ficheAccesLibre.isEmpty())
        p.ficheAccesLibre = v(Field::accessibilite);
    p.priseRdv = v(Field::prise_rdv);

    // v1 fields: kept as read, and mapped onto v2 where the standard says how.
    p.labelsNationaux = list(Field::labels_nationaux);
    p.conditionsAcces = list(Field::conditions_acces);
    p.publicsAccueillis = list(Field::publics_accueillis);
    for (const QString &label : std::as_const(p.labelsNationaux)) {
        const QString n = normalizedOnce(label);
        if (n == QLatin1String("cnfs") || n == QLatin1String("conseillers numeriques"))
            p.dispositifs << QStringLiteral("conseillers_numeriques");
        else if (n == QLatin1String("point numerique caf"))
            p.dispositifs << QStringLiteral("point_d_acces_numerique_caf");
        else if (n == QLatin1String("aptic"))
            p.acceptsPass = true; // APTIC labels the places that accept the Pass numérique
        else if (auto code = cachedCodeFor(vocab::Kind::Dispositif, label))
            p.dispositifs << *code;
    }
    for (const QString &c : std::as_const(p.conditionsAcces)) {
        const QString n = normalizedOnce(c);
        if (n.contains(QLatin1String("pass numerique")))
            p.acceptsPass = true;
        else if (n.startsWith(QLatin1String("gratuit sous condition")))
            p.frais << QStringLiteral("gratuit_sous_condition");
        else if (n == QLatin1String("gratuit"))
            p.frais << QStringLiteral("gratuit");
        else if (n == QLatin1String("payant"))
            p.frais << QStringLiteral("payant");
    }
    for (const QString &pub : std::as_const(p.publicsAccueillis)) {
        QString n = normalizedOnce(pub.section(QLatin1Char('('), 0, 0));
        if (n.startsWith(QLatin1String("familles")))
            p.publics << QStringLiteral("familles_enfants");
        else if (auto code = cachedCodeFor(vocab::Kind::Public, n))
            p.publics << *code;
    }
    if (p.frais.contains(QStringLiteral("gratuit_sous_condition")))
        p.acceptsPass = true;
    const QString explicitPass = normalizedOnce(v(Field::accepte_pass_numerique));
    if (!explicitPass.isEmpty())
        p.acceptsPass = explicitPass == QLatin1String("true") || explicitPass == QLatin1String("1")
            || explicitPass == QLatin1String("oui") || explicitPass == QLatin1String("vrai");
    if (p.acceptsPass && !p.frais.contains(QStringLiteral("gratuit_sous_condition")))
        p.frais << QStringLiteral("gratuit_sous_condition");
    p.dispositifs.removeDuplicates();
    p.frais.removeDuplicates();
    p.publics.removeDuplicates();
    return p;
}

} // namespace

std::optional<Place> PlaceImporter::placeFromRecord(
    const ImportRecord &record, const QString &defaultSource, QStringList *warnings, QString *skipReason)
{
    if (record.fields.contains(QStringLiteral("__skip"))) {
        *skipReason = record.fields.value(QStringLiteral("__skip"));
        return std::nullopt;
    }
    return mapPlace(HashFields { record.fields }, defaultSource, warnings, skipReason);
}

// ---------------------------------------------------------------------------------------------------
// Duplicate detector

double DuplicateDetector::distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371008.8 * std::asin(std::min(1.0, std::sqrt(a)));
}

bool DuplicateDetector::isDuplicate(const Place &a, const Place &b, QString *why)
{
    if (PlaceStore::matchKey(a.nom) != PlaceStore::matchKey(b.nom) || PlaceStore::matchKey(a.nom).isEmpty())
        return false;
    const QString ca = text::normalizeForSearch(a.commune);
    const QString cb = text::normalizeForSearch(b.commune);
    if (!ca.isEmpty() && !cb.isEmpty() && ca != cb)
        return false; // veto: another commune
    if (!a.source.isEmpty() && a.source == b.source && !a.sourceId.isEmpty() && !b.sourceId.isEmpty()
        && a.sourceId != b.sourceId)
        return false; // veto: the same source says these are two records
    if (a.hasCoordinates() && b.hasCoordinates()) {
        const double d = distanceMeters(*a.latitude, *a.longitude, *b.latitude, *b.longitude);
        if (d < MaxDistanceMeters) {
            if (why)
                *why = tr("same name, %1 m apart").arg(qRound(d));
            return true;
        }
    }
    const QString aa = text::normalizeForSearch(a.adresse);
    if (!aa.isEmpty() && aa == text::normalizeForSearch(b.adresse)) {
        if (why)
            *why = tr("same name and address");
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------
// Reading files

Result<QStringList> PlaceImporter::readCsvHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("places.open"), tr("Cannot read %1: %2.").arg(path, file.errorString()));
    auto decoded = decodeText(path, file.read(1 << 20));
    if (!decoded)
        return decoded.error();
    QString text = decoded.value();
    // The header only: up to the first line end outside quotes.
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text.at(i) == QLatin1Char('\n')) {
            text.truncate(i);
            break;
        }
    }
    auto rows = parseCsv(shownName(path), text, detectSeparator(text));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fileError(QStringLiteral("places.empty-file"), tr("%1 is empty.").arg(shownName(path)));
    QStringList header;
    for (const QString &h : rows->first().cells)
        header << h.trimmed();
    return header;
}

Result<QMap<QString, QString>> PlaceImporter::readMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(
            QStringLiteral("places.mapping"), tr("Cannot read the mapping file %1: %2.").arg(path, file.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fileError(QStringLiteral("places.mapping"),
            tr("The mapping file %1 is not a JSON object {\"column\": \"field\"} (%2 at offset %3).")
                .arg(shownName(path), pe.errorString())
                .arg(pe.offset));
    QJsonObject obj = doc.object();
    if (obj.value(QStringLiteral("columns")).isObject())
        obj = obj.value(QStringLiteral("columns")).toObject();
    QMap<QString, QString> mapping;
    const QStringList fields = standardFields();
    static const QStringList days { QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("mercredi"),
        QStringLiteral("jeudi"), QStringLiteral("vendredi"), QStringLiteral("samedi"), QStringLiteral("dimanche") };
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString field = it.value().toString().trimmed();
        if (field.isEmpty() || field == QLatin1String("ignore"))
            continue;
        if (!fields.contains(field) && !days.contains(field))
            return fileError(QStringLiteral("places.mapping"),
                tr("The mapping file %1: column « %2 » goes to « %3 », which is not a field of the "
                   "standard (expected one of: %4).")
                    .arg(shownName(path), it.key(), field, fields.join(QStringLiteral(", "))));
        mapping.insert(it.key(), field);
    }
    if (!mapping.values().contains(QStringLiteral("nom")))
        return fileError(QStringLiteral("places.mapping"),
            tr("The mapping file %1 maps no column to « nom »: every place needs a name.").arg(shownName(path)));
    return mapping;
}

namespace {

const QStringList &dayKeys()
{
    static const QStringList d { QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("mercredi"),
        QStringLiteral("jeudi"), QStringLiteral("vendredi"), QStringLiteral("samedi"), QStringLiteral("dimanche") };
    return d;
}

// France Services columns (normalised header) → standard field.
QString franceServicesField(const QString &key)
{
    static const QList<QPair<QString, QStringList>> aliases {
        { QStringLiteral("id"),
            { QStringLiteral("id"), QStringLiteral("identifiant"), QStringLiteral("matricule"),
                QStringLiteral("id france services"), QStringLiteral("code") } },
        { QStringLiteral("nom"),
            { QStringLiteral("nom"), QStringLiteral("nom france services"), QStringLiteral("nom de la france services"),
                QStringLiteral("libelle"), QStringLiteral("nom du lieu"), QStringLiteral("france services") } },
        { QStringLiteral("adresse"),
            { QStringLiteral("adresse"), QStringLiteral("adresse postale"), QStringLiteral("adresse 1"),
                QStringLiteral("voie") } },
        { QStringLiteral("complement_adresse"),
            { QStringLiteral("complement d adresse"), QStringLiteral("complement adresse"), QStringLiteral("adresse 2"),
                QStringLiteral("complement") } },
        { QStringLiteral("code_postal"), { QStringLiteral("code postal"), QStringLiteral("cp") } },
        { QStringLiteral("commune"),
            { QStringLiteral("commune"), QStringLiteral("ville"), QStringLiteral("localite") } },
        { QStringLiteral("code_insee"),
            { QStringLiteral("code insee"), QStringLiteral("code commune"), QStringLiteral("insee") } },
        { QStringLiteral("telephone"),
            { QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("numero de telephone") } },
        { QStringLiteral("courriels"),
            { QStringLiteral("courriel"), QStringLiteral("email"), QStringLiteral("e mail"), QStringLiteral("mail"),
                QStringLiteral("adresse mail"), QStringLiteral("adresse electronique") } },
        { QStringLiteral("site_web"),
            { QStringLiteral("site web"), QStringLiteral("site internet"), QStringLiteral("url") } },
        { QStringLiteral("latitude"), { QStringLiteral("latitude"), QStringLiteral("lat") } },
        { QStringLiteral("longitude"), { QStringLiteral("longitude"), QStringLiteral("lon"), QStringLiteral("lng") } },
        { QStringLiteral("itinerance"),
            { QStringLiteral("format"), QStringLiteral("type"), QStringLiteral("itinerance") } },
        { QStringLiteral("structure_parente"),
            { QStringLiteral("porteur"), QStringLiteral("structure porteuse"), QStringLiteral("gestionnaire") } },
        { QStringLiteral("date_maj"),
            { QStringLiteral("date maj"), QStringLiteral("date de mise a jour"), QStringLiteral("mise a jour") } },
    };
    for (const auto &[field, names] : aliases)
        if (names.contains(key))
            return field;
    for (const QString &day : dayKeys())
        if (key == day || key.endsWith(QLatin1Char(' ') + day))
            return day;
    return {};
}

// Per-day France Services hours → one OSM opening_hours value (consecutive days with the same hours
// grouped: « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 »).
QString osmFromDays(const QStringList &perDay)
{
    static const QStringList osm { QStringLiteral("Mo"), QStringLiteral("Tu"), QStringLiteral("We"),
        QStringLiteral("Th"), QStringLiteral("Fr"), QStringLiteral("Sa"), QStringLiteral("Su") };
    QStringList rules;
    int i = 0;
    while (i < 7) {
        if (perDay.at(i).isEmpty()) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && perDay.at(j + 1) == perDay.at(i))
            ++j;
        const QString days = j == i
            ? osm.at(i)
            : (j == i + 1 ? osm.at(i) + QLatin1Char(',') + osm.at(j) : osm.at(i) + QLatin1Char('-') + osm.at(j));
        rules << days + QLatin1Char(' ') + perDay.at(i);
        i = j + 1;
    }
    return rules.join(QStringLiteral("; "));
}

// Turns the day columns (lundi…dimanche) of a record into `horaires`.
void daysToHoraires(ImportRecord &record, QStringList *rowWarnings)
{
    QStringList perDay;
    bool any = false;
    bool unreadable = false;
    QStringList verbatim;
    for (const QString &day : dayKeys()) {
        const QString text = record.fields.take(day).trimmed();
        if (!text.isEmpty()) {
            any = true;
            verbatim << day + QStringLiteral(" : ") + text;
        }
        const auto times = osmTimesFromFranceServices(text);
        if (!times) {
            unreadable = true;
            perDay << QString();
            if (rowWarnings)
                *rowWarnings << tr("%1: hours « %2 » could not be read").arg(day, text);
        } else {
            perDay << *times;
        }
    }
    if (!any || !record.fields.value(QStringLiteral("horaires")).isEmpty())
        return;
    record.fields.insert(
        QStringLiteral("horaires"), unreadable ? verbatim.join(QStringLiteral(" ; ")) : osmFromDays(perDay));
}

} // namespace

struct PlaceImporter::CsvTable
{
    bool used = false; // false: the file was read as records
    QString text;
    QChar sep;
    qsizetype headerSize = 0;
    std::array<int, int(Field::Count)> column {}; // column of each field, or -1
    std::vector<std::pair<qsizetype, int>> rows; // where each row starts (position, line), header excluded
};

Result<QList<ImportRecord>> PlaceImporter::readFile(
    const QString &path, const ImportOptions &options, QString *detectedFormat)
{
    return readFile(path, options, detectedFormat, nullptr);
}

Result<QList<ImportRecord>> PlaceImporter::readFile(
    const QString &path, const ImportOptions &options, QString *detectedFormat, CsvTable *table)
{
    const QString name = shownName(path);
    PhaseTimer timer;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("places.open"), tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto decoded = decodeText(path, bytes);
    if (!decoded)
        return decoded.error();
    timer.lap(ImportProfile::Read);
    const QString text = std::move(decoded.value());
    const QString start = text.trimmed().left(1);
    const bool looksJson = start == QLatin1String("[") || start == QLatin1String("{");

    QList<ImportRecord> records;
    if (looksJson && options.format != ImportFormat::FranceServices && options.format != ImportFormat::Mapped) {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("standard-json");
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            const QByteArray utf8 = text.toUtf8();
            const int line = int(utf8.left(pe.offset).count('\n')) + 1;
            const bool truncated = pe.error == QJsonParseError::UnterminatedArray
                || pe.error == QJsonParseError::UnterminatedObject || pe.error == QJsonParseError::UnterminatedString
                || pe.offset >= utf8.size() - 1;
            return fileError(truncated ? QStringLiteral("places.truncated") : QStringLiteral("places.json"),
                truncated ? tr("%1, line %2: the JSON stops before its end (truncated file?): %3.")
                                .arg(name)
                                .arg(line)
                                .arg(pe.errorString())
                          : tr("%1, line %2: not valid JSON: %3.").arg(name).arg(line).arg(pe.errorString()));
        }
        QJsonArray array;
        if (doc.isArray()) {
            array = doc.array();
        } else {
            const QJsonObject o = doc.object();
            if (o.value(QStringLiteral("type")).toString().startsWith(QLatin1String("Feature")))
                return fileError(QStringLiteral("places.not-places"),
                    tr("%1 is a GeoJSON file (outlines for the map), not a places file. Import it as a map "
                       "layer.")
                        .arg(name));
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.value().isArray()) {
                    array = it.value().toArray();
                    break;
                }
            if (array.isEmpty() && o.contains(QStringLiteral("nom")))
                array.append(o);
        }
        int index = 0;
        bool anyName = false;
        for (const QJsonValue &value : std::as_const(array)) {
            ++index;
            ImportRecord r;
            r.row = index;
            if (!value.isObject()) {
                r.fields.insert(QStringLiteral("__skip"), tr("not an object"));
                records << r;
                continue;
            }
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QString s;
                const QJsonValue fv = it.value();
                if (fv.isArray()) {
                    QStringList parts;
                    const QJsonArray a = fv.toArray();
                    for (const QJsonValue &e : a)
                        parts << e.toVariant().toString();
                    s = parts.join(QLatin1Char('|'));
                } else if (fv.isObject()) {
                    s = QString::fromUtf8(QJsonDocument(fv.toObject()).toJson(QJsonDocument::Compact));
                } else if (!fv.isNull() && !fv.isUndefined()) {
                    s = fv.toVariant().toString();
                }
                r.fields.insert(it.key().trimmed().toLower(), s);
            }
            anyName = anyName || r.fields.contains(QStringLiteral("nom"));
            records << r;
        }
        if (!array.isEmpty() && !anyName)
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 does not look like a places file of the national standard: no record has a field "
                   "« nom ».")
                    .arg(name));
        if (array.isEmpty() && !doc.isArray())
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 is JSON but holds no list of places (expected an array of objects).").arg(name));
        return records;
    }

    if (looksJson)
        return fileError(
            QStringLiteral("places.not-csv"), tr("%1 is a JSON file; this format reads CSV only.").arg(name));

    // CSV: a first pass finds where every row starts (and a quote never closed), then the header.
    const QChar sep = detectSeparator(text);
    CsvReader reader(text, sep);
    std::vector<std::pair<qsizetype, int>> starts;
    for (int line = 0;;) {
        const qsizetype position = reader.position();
        const int startLine = reader.line();
        if (!reader.skipRow(&line))
            break;
        starts.emplace_back(position, startLine);
    }
    if (reader.unclosedQuoteLine() > 0)
        return fileError(QStringLiteral("places.truncated"),
            tr("%1, line %2: a quoted field is never closed (truncated file?).").arg(name).arg(reader.unclosedQuoteLine()));
    if (starts.empty())
        return fileError(QStringLiteral("places.empty-file"), tr("%1 is empty.").arg(name));
    QStringList header;
    {
        int line = 0;
        reader.seek(starts.front().first, starts.front().second);
        reader.next(&line, &header);
    }
    timer.lap(ImportProfile::Parse);
    QStringList keys;
    for (const QString &h : header)
        keys << headerKey(h);

    ImportFormat format = options.format;
    int dayColumns = 0;
    for (const QString &k : std::as_const(keys))
        for (const QString &d : dayKeys())
            if (k == d || k.endsWith(QLatin1Char(' ') + d))
                ++dayColumns;
    if (format == ImportFormat::Auto)
        format = dayColumns >= 5 ? ImportFormat::FranceServices : ImportFormat::Standard;

    // Column index → field name.
    QStringList fieldOf;
    if (format == ImportFormat::Mapped) {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("mapped");
        if (options.mapping.isEmpty())
            return fileError(
                QStringLiteral("places.mapping"), tr("The mapped format needs a mapping (--mapping FILE)."));
        QStringList missing;
        QMap<QString, QString> byKey;
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
            byKey.insert(headerKey(it.key()), it.value());
        for (const QString &k : std::as_const(keys))
            fieldOf << byKey.value(k);
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (!keys.contains(it.key()))
                missing << it.key();
        if (!missing.isEmpty())
            return fileError(QStringLiteral("places.mapping"),
                tr("%1: the mapping names columns the file does not have: %2 (columns found: %3).")
                    .arg(name, missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    } else if (format == ImportFormat::FranceServices) {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("france-services");
        for (const QString &k : std::as_const(keys))
            fieldOf << franceServicesField(k);
        if (!fieldOf.contains(QStringLiteral("nom")) || dayColumns < 5)
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 does not look like the France Services list: expected a name column and one "
                   "column of hours per day (Lundi…Dimanche); columns found: %2.")
                    .arg(name, header.join(QStringLiteral(", "))));
    } else {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("standard-csv");
        for (const QString &k : std::as_const(keys))
            fieldOf << QString(k).replace(QLatin1Char(' '), QLatin1Char('_'));
        if (!fieldOf.contains(QStringLiteral("nom")))
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 does not look like a places file of the national standard: no column « nom » "
                   "(columns found: %2).")
                    .arg(name, header.join(QStringLiteral(", "))));
    }

    // A standard CSV without day columns nor two columns for one field: read row by row by importFile().
    if (table && format == ImportFormat::Standard && !fieldOf.contains(QStringLiteral("lundi"))) {
        std::array<int, int(Field::Count)> column;
        column.fill(-1);
        bool twice = false;
        for (int f = 0; f < int(Field::Count); ++f) {
            const qsizetype first = fieldOf.indexOf(fieldName(Field(f)));
            if (first < 0)
                continue;
            twice = twice || fieldOf.indexOf(fieldName(Field(f)), first + 1) >= 0;
            column[size_t(f)] = int(first);
        }
        if (!twice) {
            table->used = true;
            table->text = text;
            table->sep = sep;
            table->headerSize = header.size();
            table->column = column;
            table->rows.assign(starts.begin() + 1, starts.end());
            return QList<ImportRecord> {};
        }
    }

    QList<CsvRow> rows;
    rows.reserve(qsizetype(starts.size()));
    reader.seek(starts.front().first, starts.front().second);
    for (CsvRow row; reader.next(&row.line, &row.cells);)
        rows << row;
    for (int i = 1; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        ImportRecord r;
        r.row = row.line;
        r.fields.reserve(header.size());
        if (row.cells.size() > header.size()
            && !std::all_of(row.cells.begin() + header.size(), row.cells.end(),
                [](const QString &c) { return c.trimmed().isEmpty(); })) {
            r.fields.insert(QStringLiteral("__skip"),
                tr("%1 cells where the header has %2 (a separator inside an unquoted value?)")
                    .arg(row.cells.size())
                    .arg(header.size()));
            records << r;
            continue;
        }
        for (int c = 0; c < header.size() && c < row.cells.size(); ++c) {
            const QString &field = fieldOf.at(c);
            if (field.isEmpty())
                continue;
            QString value = row.cells.at(c);
            // Undo the formula-injection guard of exports (PlaceExporter::csvCell).
            if (value.size() > 1 && value.at(0) == QLatin1Char('\'')
                && QStringLiteral("=+-@\t\r").contains(value.at(1)))
                value.remove(0, 1);
            if (r.fields.contains(field) && !value.trimmed().isEmpty())
                value = r.fields.value(field) + QLatin1Char('|') + value;
            else if (r.fields.contains(field))
                continue;
            r.fields.insert(field, value);
        }
        if (format == ImportFormat::FranceServices || r.fields.contains(QStringLiteral("lundi")))
            daysToHoraires(r, nullptr);
        if (format == ImportFormat::FranceServices) {
            r.fields.insert(QStringLiteral("typologie"), QStringLiteral("RFS"));
            r.fields.insert(QStringLiteral("dispositif_programmes_nationaux"), QStringLiteral("France Services"));
            if (r.fields.value(QStringLiteral("services")).isEmpty())
                r.fields.insert(QStringLiteral("services"), QStringLiteral("Aide aux démarches administratives"));
            if (r.fields.value(QStringLiteral("source")).isEmpty())
                r.fields.insert(QStringLiteral("source"), QStringLiteral("france-services"));
            const QString it = text::normalizeForSearch(r.fields.value(QStringLiteral("itinerance")));
            r.fields.insert(QStringLiteral("itinerance"),
                it.contains(QLatin1String("itin")) || it.contains(QLatin1String("bus"))
                        || it.contains(QLatin1String("mobile"))
                    ? QStringLiteral("Itinérant")
                    : QStringLiteral("Fixe"));
        }
        records << r;
    }
    timer.lap(ImportProfile::Records);
    return records;
}

// ---------------------------------------------------------------------------------------------------
// Import

namespace {

// The rows of an import given as records.
class RecordSource
{
public:
    explicit RecordSource(const QList<ImportRecord> &records)
        : m_records(records)
    { }
    int count() const { return int(m_records.size()); }
    // A source over the same records, for another thread (RowMapper).
    RecordSource fork() const { return RecordSource(m_records); }
    void load(int i) { m_current = &m_records.at(i); }
    int rowNumber() const { return m_current->row; }
    QString nom() const { return m_current->fields.value(QStringLiteral("nom")).simplified(); }
    std::optional<Place> place(const QString &defaultSource, QStringList *warnings, QString *skip) const
    {
        return PlaceImporter::placeFromRecord(*m_current, defaultSource, warnings, skip);
    }

private:
    const QList<ImportRecord> &m_records;
    const ImportRecord *m_current = nullptr;
};

// The reason a row with more non-empty cells than the header is skipped.
QString tooManyCells(qsizetype cells, qsizetype header)
{
    return tr("%1 cells where the header has %2 (a separator inside an unquoted value?)").arg(cells).arg(header);
}

// What the duplicate detector reads of a place stored, or added earlier by the same import (a whole
// Place per row would hold a hundred megabytes for 100,000 rows).
struct KnownPlace
{
    QString id, source, sourceId, nom, adresse, commune;
    std::optional<double> latitude, longitude;
    bool added = false; // by this import: never matched again by it
    qsizetype next = -1; // the next place with the same name key (KnownPlaces::byKey)
    static KnownPlace of(const Place &p)
    {
        return { p.id, p.source, p.sourceId, p.nom, p.adresse, p.commune, p.latitude, p.longitude, true, -1 };
    }
    Place toPlace() const
    {
        Place p;
        p.id = id;
        p.source = source;
        p.sourceId = sourceId;
        p.nom = nom;
        p.adresse = adresse;
        p.commune = commune;
        p.latitude = latitude;
        p.longitude = longitude;
        return p;
    }
};

// The known places by name key: one vector, and per key the last place added (chained by `next`);
// no list per key.
struct KnownPlaces
{
    std::vector<KnownPlace> places;
    QHash<QString, qsizetype> lastByKey;
    void add(const QString &key, KnownPlace place)
    {
        qsizetype &last = lastByKey[key];
        place.next = last - 1; // stored +1: 0 is « none »
        places.push_back(std::move(place));
        last = qsizetype(places.size()); // index + 1
    }
    // The places with this key, the first added first (the order the duplicate detector tries them).
    std::vector<const KnownPlace *> withKey(const QString &key) const
    {
        std::vector<const KnownPlace *> out;
        const auto it = lastByKey.constFind(key);
        for (qsizetype i = it == lastByKey.cend() ? -1 : *it - 1; i >= 0; i = places[size_t(i)].next)
            out.push_back(&places[size_t(i)]);
        std::reverse(out.begin(), out.end());
        return out;
    }
};

// A CSV row's cells by field (see PlaceImporter::CsvTable): the formula guard of exports undone.
struct CsvFields
{
    const QStringList &cells;
    const std::array<int, int(Field::Count)> &column;
    QString value(Field f) const
    {
        const int c = column[size_t(f)];
        if (c < 0 || c >= cells.size())
            return {};
        const QString &value = cells.at(c);
        // Undo the formula-injection guard of exports (PlaceExporter::csvCell).
        if (value.size() > 1 && value.at(0) == QLatin1Char('\'')
            && QStringView(u"=+-@\t\r").contains(value.at(1)))
            return value.mid(1);
        return value;
    }
};

} // namespace

// The rows of a standard CSV file, read one at a time (cells reused from row to row).
class PlaceImporter::CsvSource
{
public:
    explicit CsvSource(const CsvTable &table)
        : m_table(table)
        , m_reader(table.text, table.sep, true) // cells over the text: it outlives the import
    { }
    int count() const { return int(m_table.rows.size()); }
    // A source over the same table (its own reader and cells), for another thread (RowMapper).
    CsvSource fork() const { return CsvSource(m_table); }
    void load(int i)
    {
        const auto &[position, line] = m_table.rows[size_t(i)];
        m_reader.seek(position, line);
        m_reader.next(&m_line, &m_cells);
        m_skip.clear();
        const qsizetype n = m_table.headerSize;
        if (m_cells.size() > n
            && !std::all_of(m_cells.begin() + n, m_cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            m_skip = tooManyCells(m_cells.size(), n);
    }
    int rowNumber() const { return m_line; }
    QString nom() const { return m_skip.isEmpty() ? fields().value(Field::nom).simplified() : QString(); }
    std::optional<Place> place(const QString &defaultSource, QStringList *warnings, QString *skip) const
    {
        if (!m_skip.isEmpty()) {
            *skip = m_skip;
            return std::nullopt;
        }
        return mapPlace(fields(), defaultSource, warnings, skip);
    }

private:
    CsvFields fields() const { return CsvFields { m_cells, m_table.column }; }
    const CsvTable &m_table;
    CsvReader m_reader;
    QStringList m_cells;
    int m_line = 0;
    QString m_skip;
};

namespace {

// One row of an import as read and mapped, before it is matched and written.
struct MappedRow
{
    int number = 0; // its line in the file, or its record's row
    std::optional<Place> place; // empty: skipped, for `skip`
    QStringList warnings;
    QString skip;
    QString nom; // as read, simplified, owning its characters (the report outlives the file's text)
    QString nameKey; // PlaceStore::matchKey(place->nom)
    QString searchText; // PlaceStore::searchText(*place)
    QString sourceKey; // source + U+001F + source id, when it has a source id (importFrom's maps)
};

// The rows of an import read and mapped ahead on a second thread (PlaceImporter::importFrom). Reading
// a row and turning it into a Place touch no database and are about a third of a large import's work:
// with two cores they run while the calling thread matches and writes the rows before them. Rows come
// out in file order, whatever the thread, so reports and ids are the same as with one thread. A source
// of at most one chunk is mapped on the calling thread.
template<typename Source>
class RowMapper
{
public:
    RowMapper(const Source &source, const QString &defaultSource, const std::atomic_bool *cancel)
        : m_source(source.fork())
        , m_defaultSource(defaultSource)
        , m_cancel(cancel)
        , m_count(source.count())
    {
        if (m_count > Chunk)
            m_worker = std::jthread([this](std::stop_token stop) { work(stop); });
    }
    ~RowMapper()
    {
        if (!m_worker.joinable())
            return;
        m_worker.request_stop(); // wakes a worker waiting for room (condition_variable_any + stop token)
        m_worker.join();
        ImportProfile &profile = ImportProfile::current();
        profile.ms[ImportProfile::Records] += m_workerMs[0];
        profile.ms[ImportProfile::Map] += m_workerMs[1];
        profile.mappedAhead = true;
    }
    Q_DISABLE_COPY_MOVE(RowMapper)

    // Whether rows are mapped on a second thread.
    bool ahead() const { return m_worker.joinable(); }
    // Row i, asked in order (0, 1, 2…); nullptr when the worker stopped early (the import was cancelled).
    MappedRow *row(int i)
    {
        const size_t offset = size_t(i % Chunk);
        if (offset == 0 && !nextChunk(i))
            return nullptr;
        return offset < m_current.size() ? &m_current[offset] : nullptr;
    }

private:
    static constexpr int Chunk = 1024;
    static constexpr size_t MaxQueued = 4; // chunks mapped ahead, at most: a few megabytes

    std::vector<MappedRow> map(int first)
    {
        std::vector<MappedRow> rows(size_t(std::min(Chunk, m_count - first)));
        PhaseTimer timer;
        for (int i = first; i < first + int(rows.size()); ++i) {
            MappedRow &row = rows[size_t(i - first)];
            m_source.load(i);
            timer.lap(ImportProfile::Records);
            row.number = m_source.rowNumber();
            row.place = m_source.place(m_defaultSource, &row.warnings, &row.skip);
            row.nom = owned(row.place ? row.place->nom : m_source.nom());
            if (row.place) {
                row.nameKey = PlaceStore::matchKey(row.place->nom);
                row.searchText = PlaceStore::searchText(*row.place);
                if (!row.place->sourceId.isEmpty())
                    row.sourceKey = row.place->source + QChar(0x1f) + row.place->sourceId;
            }
            timer.lap(ImportProfile::Map);
        }
        return rows;
    }

    bool nextChunk(int first)
    {
        if (!m_worker.joinable()) {
            m_current = map(first);
            return true;
        }
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return false;
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_room.notify_one();
        return true;
    }

    void work(std::stop_token stop)
    {
        for (int first = 0; first < m_count && !stop.stop_requested(); first += Chunk) {
            if (m_cancel && m_cancel->load())
                break;
            std::vector<MappedRow> rows = map(first);
            std::unique_lock lock(m_mutex);
            if (!m_room.wait(lock, stop, [this] { return m_queue.size() < MaxQueued; }))
                break; // stop requested: the import ended early
            m_queue.push_back(std::move(rows));
            lock.unlock();
            m_ready.notify_one();
        }
        m_workerMs[0] = ImportProfile::current().ms[ImportProfile::Records];
        m_workerMs[1] = ImportProfile::current().ms[ImportProfile::Map];
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
    }

    Source m_source; // the worker's, or the calling thread's when there is no worker
    const QString m_defaultSource;
    const std::atomic_bool *m_cancel;
    const int m_count;
    std::vector<MappedRow> m_current; // the chunk the calling thread reads
    std::mutex m_mutex;
    std::condition_variable m_ready; // a chunk was queued, or the worker is done
    std::condition_variable_any m_room; // a chunk was taken
    std::deque<std::vector<MappedRow>> m_queue;
    bool m_done = false;
    double m_workerMs[2] {};
    std::jthread m_worker; // last: stopped and joined before the members it uses go
};

} // namespace

Result<ImportReport> PlaceImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportProfile::current().reset();
    QString format;
    CsvTable table;
    auto records = readFile(path, options, &format, &table);
    if (!records)
        return records.error();
    ImportOptions o = options;
    if (o.defaultSource.isEmpty())
        o.defaultSource = QFileInfo(path).completeBaseName();
    Result<ImportReport> report = Error {};
    if (table.used) {
        CsvSource source(table);
        report = importFrom(source, shownName(path), format, o);
    } else {
        RecordSource source(records.value());
        report = importFrom(source, shownName(path), format, o);
    }
    if (ImportProfile::enabled()) {
        PhaseTimer freeing;
        records = QList<ImportRecord> {};
        table = CsvTable {};
        freeing.lap(ImportProfile::Records);
        qCInfo(lcPlaces).noquote() << "import profile (ms):" << ImportProfile::current().text();
    }
    return report;
}

Result<ImportReport> PlaceImporter::importRecords(
    const QList<ImportRecord> &records, const QString &fileLabel, const QString &format, const ImportOptions &options)
{
    RecordSource source(records);
    return importFrom(source, fileLabel, format, options);
}

template<typename Source>
Result<ImportReport> PlaceImporter::importFrom(
    Source &source, const QString &fileLabel, const QString &format, const ImportOptions &options)
{
    ImportReport report;
    report.file = fileLabel;
    report.format = format;

    // The rows are read and mapped ahead (on a second thread for a large import) while the database
    // is read and written here.
    RowMapper<Source> mapped(source, options.defaultSource, m_cancel);
    PhaseTimer startTimer;
    if (!m_db.isReadOnly())
        if (Status s = PlaceSearch::rebuildIndexes(m_db); !s)
            qCWarning(lcPlaces) << "search indexes not created:" << s.errorMessage();
    startTimer.lap(ImportProfile::Indexes);

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();

    // What is already there, in memory: (source, source id) → id, ids, and name key → places.
    QHash<QString, QString> bySource;
    QSet<QString> ids;
    KnownPlaces byKey;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, source, source_id, nom, adresse, commune, latitude, longitude, match_key "
                              "FROM places WHERE deleted = 0"));
        while (q.next()) {
            KnownPlace p;
            p.id = q.value(0).toString();
            p.source = q.value(1).toString();
            p.sourceId = q.value(2).toString();
            p.nom = q.value(3).toString();
            p.adresse = q.value(4).toString();
            p.commune = q.value(5).toString();
            if (!q.value(6).isNull() && !q.value(7).isNull()) {
                p.latitude = q.value(6).toDouble();
                p.longitude = q.value(7).toDouble();
            }
            ids.insert(p.id);
            if (!p.sourceId.isEmpty())
                bySource.insert(p.source + QChar(0x1f) + p.sourceId, p.id);
            byKey.add(q.value(8).toString(), std::move(p));
        }
    }
    startTimer.lap(ImportProfile::Match);
    // The structure this installation serves: its own place is linked to it.
    QString structureId, structurePivot, structureKey, structureCp;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT id, pivot, nom, code_postal FROM structure WHERE deleted = 0 LIMIT 1"))
            && q.next()) {
            structureId = q.value(0).toString();
            structurePivot = q.value(1).toString();
            structureKey = PlaceStore::matchKey(q.value(2).toString());
            structureCp = q.value(3).toString();
        }
    }

    // Writes are batched: one prepared INSERT and one prepared UPDATE for the whole import. A large
    // import (see BulkImportRows) suspends the FTS triggers and the secondary indexes of
    // `places` at its first write, and rebuilds them once at the end (same transaction): building an
    // index from all its rows costs less than keeping it current row by row. A dry run writes nothing.
    const int total = source.count();
    const bool write = !options.dryRun;
    const bool bulk = write && total >= BulkImportRows && qsizetype(total) * 4 >= ids.size();
    // A larger page cache while a large import runs (up to 256 MB, taken only as pages are written: the
    // default 2 MB, or even 64 MB for 100,000 places, spills written pages to the WAL file before the
    // commit); the connection's own value comes back at the end.
    std::optional<qint64> cacheSize;
    if (bulk) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            cacheSize = q.value(0).toLongLong();
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        }
    }
    const auto restoreCacheSize = qScopeGuard([&] {
        if (cacheSize)
            QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize));
    });
    bool suspended = false;
    QStringList droppedIndexes; // their CREATE statements
    auto suspend = [&]() -> Status {
        if (!bulk || suspended)
            return {};
        suspended = true;
        if (Status s = PlaceSearch::suspendIndexTriggers(m_db); !s)
            return s;
        QSqlQuery q(m_db.connection());
        QStringList names;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'places' "
                                   "AND sql IS NOT NULL")))
            return Status::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
        while (q.next()) {
            names << q.value(0).toString();
            droppedIndexes << q.value(1).toString();
        }
        q.finish();
        for (const QString &name : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")))))
                return Status::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
        return {};
    };
    auto resume = [&]() -> Status {
        if (!suspended)
            return {};
        QSqlQuery q(m_db.connection());
        for (const QString &sql : std::as_const(droppedIndexes))
            if (!q.exec(sql))
                return Status::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
        return PlaceSearch::resumeIndexes(m_db);
    };
    storage::RecordStore records_(m_db);
    // New places wait here (with their name key and search words) until a batch is written.
    struct NewPlace
    {
        Place place;
        QString nameKey, searchText;
    };
    std::vector<NewPlace> pendingInserts;
    QList<QVariantMap> pendingUpdates;
    auto flush = [&]() -> Status {
        if (pendingInserts.empty() && pendingUpdates.isEmpty())
            return {};
        QElapsedTimer flushTimer;
        flushTimer.start();
        const auto account = qScopeGuard([&] {
            if (!ImportProfile::enabled())
                return;
            const double ms = double(flushTimer.nsecsElapsed()) / 1e6;
            ImportProfile::current().ms[ImportProfile::Write] += ms;
            ImportProfile::current().ms[ImportProfile::Match] -= ms;
        });
        if (Status s = suspend(); !s)
            return s;
        if (!pendingInserts.empty()) {
            if (Status s = records_.insertRows(QStringLiteral("places"), PlaceStore::rowColumns(),
                    qsizetype(pendingInserts.size()),
                    [&](qsizetype row, storage::RowBinder &values) {
                        const NewPlace &p = pendingInserts[size_t(row)];
                        PlaceStore::bindRow(p.place, values, p.nameKey, p.searchText);
                    });
                !s)
                return s;
            pendingInserts.clear();
        }
        if (Status s = records_.updateMany(QStringLiteral("places"), pendingUpdates); !s)
            return s;
        pendingUpdates.clear();
        return {};
    };
    auto flushError = [&](const Status &s) {
        return Error { s.error().code, tr("%1: %2").arg(fileLabel, s.errorMessage()) };
    };
    // The stored places rows matched: read in batches of MatchBatch (one query each, columns by
    // position, instead of one query per row), then compared with what their rows give; the rows'
    // outcomes (unchanged or updated) are filled in then.
    constexpr qsizetype MatchBatch = 500;
    struct Match
    {
        Place place;
        QString existingId;
        bool byEscaleId = false;
        qsizetype reportIndex = 0;
        int row = 0;
    };
    std::vector<Match> pendingMatches;
    // Prepared once for full batches (parsing 500 placeholders costs about a millisecond).
    auto batchQuery = [&](qsizetype n) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), n);
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(QStringLiteral("SELECT %1 FROM places WHERE deleted = 0 AND id IN (%2)")
                       .arg(PlaceStore::rowColumns().join(QStringLiteral(", ")), marks.join(QLatin1Char(','))));
        return q;
    };
    std::unique_ptr<QSqlQuery> fullBatch;
    auto resolveMatches = [&]() -> std::optional<Error> {
        if (pendingMatches.empty())
            return std::nullopt;
        const qsizetype n = qsizetype(pendingMatches.size());
        std::unique_ptr<QSqlQuery> partial;
        if (n == MatchBatch && !fullBatch)
            fullBatch = batchQuery(n);
        if (n != MatchBatch)
            partial = batchQuery(n);
        QSqlQuery &q = n == MatchBatch ? *fullBatch : *partial;
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), pendingMatches[size_t(i)].existingId);
        QHash<QString, Place> stored;
        if (q.exec())
            while (q.next()) {
                Place p = PlaceStore::fromValues(q);
                stored.insert(p.id, std::move(p));
            }
        const QString sqlError = storage::describeSqlError(q.lastError());
        q.finish(); // every row read: the statement holds nothing until the next batch
        for (Match &m : pendingMatches) {
            const auto existing = stored.constFind(m.existingId);
            if (existing == stored.cend())
                return Error { QStringLiteral("places.query"),
                    tr("%1, row %2: the place %3 could not be read: %4")
                        .arg(fileLabel)
                        .arg(m.row)
                        .arg(m.existingId, sqlError) };
            Place &place = m.place;
            place.id = m.existingId;
            if (m.byEscaleId)
                place.sourceId = existing->sourceId;
            if (place.structureId.isEmpty())
                place.structureId = existing->structureId;
            ImportRowResult &row = report.rows[m.reportIndex];
            if (place.sameDataAs(*existing)) {
                row.outcome = ImportRowResult::Outcome::Unchanged;
                ++report.unchanged;
            } else {
                if (write)
                    pendingUpdates << PlaceStore::toRow(place);
                row.outcome = ImportRowResult::Outcome::Updated;
                ++report.updated;
            }
        }
        pendingMatches.clear();
        if (pendingUpdates.size() >= 2000)
            if (Status s = flush(); !s)
                return flushError(s);
        return std::nullopt;
    };

    QSet<QString> touched;
    QHash<QString, int> firstRowOfSourceId;
    report.rows.reserve(total);
    touched.reserve(total);
    firstRowOfSourceId.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (m_cancel && m_cancel->load())
            return Result<ImportReport>::failure(
                QStringLiteral("places.cancelled"), tr("Import of %1 cancelled; nothing was imported.").arg(fileLabel));
        if (m_progress && (i % 250 == 0))
            m_progress(i, total);
        PhaseTimer rowTimer;
        MappedRow *mappedRow = mapped.row(i);
        if (!mappedRow) // its worker stopped: the import was cancelled meanwhile
            return Result<ImportReport>::failure(
                QStringLiteral("places.cancelled"), tr("Import of %1 cancelled; nothing was imported.").arg(fileLabel));
        if (mapped.ahead())
            rowTimer.lap(ImportProfile::Wait); // for the worker
        else
            rowTimer.skip(); // mapped here: counted as records and map
        ImportRowResult row;
        row.row = mappedRow->number;
        row.warnings = std::move(mappedRow->warnings);
        row.nom = std::move(mappedRow->nom);
        if (!mappedRow->place) {
            row.outcome = ImportRowResult::Outcome::Skipped;
            row.reason = std::move(mappedRow->skip);
            ++report.skipped;
            report.rows << std::move(row);
            continue;
        }
        Place place = std::move(*mappedRow->place);

        QString existingId;
        bool matchedByEscaleId = false;
        if (const QString &sourceKey = mappedRow->sourceKey; !sourceKey.isEmpty()) {
            const qsizetype known = firstRowOfSourceId.size();
            int &firstRow = firstRowOfSourceId[sourceKey]; // one lookup: inserted when new
            if (firstRowOfSourceId.size() == known) {
                row.outcome = ImportRowResult::Outcome::Skipped;
                row.reason = tr("the id « %1 » appears again (first at row %2)").arg(place.sourceId).arg(firstRow);
                ++report.skipped;
                report.rows << std::move(row);
                continue;
            }
            firstRow = row.row;
            existingId = bySource.value(sourceKey);
            if (existingId.isEmpty() && ids.contains(place.sourceId)) {
                existingId = place.sourceId;
                matchedByEscaleId = true;
            }
        }
        if (!existingId.isEmpty() && touched.contains(existingId))
            existingId.clear();
        const QString nameKey = std::move(mappedRow->nameKey);
        if (existingId.isEmpty()) {
            for (const KnownPlace *candidate : byKey.withKey(nameKey)) {
                const KnownPlace &c = *candidate;
                QString why;
                if (!c.added && !touched.contains(c.id) && DuplicateDetector::isDuplicate(place, c.toPlace(), &why)) {
                    existingId = c.id;
                    row.reason = tr("matched an existing place: %1").arg(why);
                    break;
                }
            }
        }
        if (!structureId.isEmpty()) {
            const bool samePivot = !structurePivot.isEmpty() && structurePivot != QLatin1String("00000000000000")
                && place.pivot == structurePivot;
            const bool sameName = nameKey == structureKey && place.codePostal == structureCp;
            if (samePivot || sameName)
                place.structureId = structureId;
        }

        rowTimer.lap(ImportProfile::Match);
        if (!existingId.isEmpty()) {
            touched.insert(existingId);
            row.placeId = existingId;
            row.outcome = ImportRowResult::Outcome::Unchanged; // until resolveMatches() compares
            pendingMatches.push_back({ std::move(place), existingId, matchedByEscaleId, report.rows.size(), row.row });
            report.rows << std::move(row);
            if (qsizetype(pendingMatches.size()) >= MatchBatch)
                if (auto e = resolveMatches())
                    return *e;
            rowTimer.lap(ImportProfile::Match);
            continue;
        } else {
            place.id = escale::ids::newId();
            row.placeId = place.id;
            row.outcome = ImportRowResult::Outcome::Added;
            ++report.added;
            // Not in `touched` nor `ids`: its KnownPlace says it was added now (nothing matches it
            // again), and a new UUID is in no file. Nor in `bySource`: a later row with its source id
            // is skipped as a repeat (firstRowOfSourceId).
            byKey.add(nameKey, KnownPlace::of(place));
            if (write) {
                pendingInserts.push_back({ std::move(place), nameKey, std::move(mappedRow->searchText) });
                if (pendingInserts.size() >= 2000)
                    if (Status s = flush(); !s)
                        return flushError(s);
            }
        }
        report.rows << std::move(row);
        rowTimer.lap(ImportProfile::Match); // flush() moves its own time to Write
    }
    if (auto e = resolveMatches())
        return *e;
    if (options.dryRun) {
        if (m_progress)
            m_progress(total, total);
        return report; // nothing was written
    }
    PhaseTimer endTimer;
    if (Status s = flush(); !s)
        return flushError(s);
    endTimer.lap(ImportProfile::Write);
    if (Status s = resume(); !s)
        return s.error();
    endTimer.lap(ImportProfile::Indexes);
    if (m_progress)
        m_progress(total, total);
    if (Status s = tx.commit(); !s)
        return s.error();
    endTimer.lap(ImportProfile::Commit);
    qCInfo(lcPlaces) << "imported" << fileLabel << report.added << "added" << report.updated << "updated"
                     << report.unchanged << "unchanged" << report.skipped << "skipped";
    return report;
}

} // namespace escale::places
