#include "competencies/Framework.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace escale::competencies {

namespace {

const QString kFr = QStringLiteral("fr");
const QString kEn = QStringLiteral("en");

// Walks the document, remembering the JSON path of what it reads, and collects the issues.
class Reader
{
public:
    QList<Issue> issues;

    void add(const QString &code, const QString &path, const QString &message)
    {
        issues.append({ code, path, message });
    }

    static QString join(const QString &base, const QString &key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }
    static QString index(const QString &base, int i) { return base + QStringLiteral("[%1]").arg(i); }

    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                add(QStringLiteral("schema.unknown-field"), join(path, it.key()),
                    QCoreApplication::translate("escale::competencies", "unknown field « %1 » (expected one of: %2)")
                        .arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }

    // A required or optional string.
    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            if (required)
                add(QStringLiteral("schema.missing-field"), join(path, key),
                    QCoreApplication::translate("escale::competencies", "required field is missing"));
            return {};
        }
        if (!v.isString()) {
            add(QStringLiteral("schema.wrong-type"), join(path, key),
                QCoreApplication::translate("escale::competencies", "a text was expected"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            add(QStringLiteral("schema.missing-field"), join(path, key),
                QCoreApplication::translate("escale::competencies", "must not be empty"));
        return s;
    }

    // A code: letters, digits, '.', '_' and '-'.
    QString code(const QJsonObject &object, const QString &path, const QString &key)
    {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        const QString s = string(object, path, key, true);
        if (!s.isEmpty() && !re.match(s).hasMatch())
            add(QStringLiteral("schema.bad-value"), join(path, key),
                QCoreApplication::translate(
                    "escale::competencies", "« %1 » is not a code (letters, digits, « . », « _ » and « - » only)")
                    .arg(s));
        return s;
    }

    // A text in French (required when `required`) and optionally English: {"fr": "…", "en": "…"}.
    std::pair<QString, QString> text(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        const QString p = join(path, key);
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            if (required)
                add(QStringLiteral("schema.missing-field"), p,
                    QCoreApplication::translate("escale::competencies", "required text is missing"));
            return {};
        }
        if (!v.isObject()) {
            add(QStringLiteral("schema.wrong-type"), p,
                QCoreApplication::translate("escale::competencies", "an object {\"fr\": …, \"en\": …} was expected"));
            return {};
        }
        const QJsonObject o = v.toObject();
        checkKeys(o, p, { kFr, kEn });
        if (!o.contains(kFr) || !o.value(kFr).isString() || o.value(kFr).toString().trimmed().isEmpty()) {
            add(QStringLiteral("schema.missing-french"), join(p, kFr),
                QCoreApplication::translate("escale::competencies", "the French text is missing"));
            return {};
        }
        QString en;
        if (o.contains(kEn)) {
            if (!o.value(kEn).isString())
                add(QStringLiteral("schema.wrong-type"), join(p, kEn),
                    QCoreApplication::translate("escale::competencies", "a text was expected"));
            else
                en = o.value(kEn).toString().trimmed();
        }
        return { o.value(kFr).toString().trimmed(), en };
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            if (required)
                add(QStringLiteral("schema.missing-field"), join(path, key),
                    QCoreApplication::translate("escale::competencies", "required list is missing"));
            return {};
        }
        if (!v.isArray()) {
            add(QStringLiteral("schema.wrong-type"), join(path, key),
                QCoreApplication::translate("escale::competencies", "a list was expected"));
            return {};
        }
        return v.toArray();
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            add(QStringLiteral("schema.wrong-type"), join(path, key),
                QCoreApplication::translate("escale::competencies", "true or false was expected"));
            return false;
        }
        return v.toBool();
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            add(QStringLiteral("schema.wrong-type"), path,
                QCoreApplication::translate("escale::competencies", "an object was expected"));
            return std::nullopt;
        }
        return value.toObject();
    }
};

QJsonObject textJson(const QString &fr, const QString &en)
{
    QJsonObject o { { kFr, fr } };
    if (!en.isEmpty())
        o.insert(kEn, en);
    return o;
}

} // namespace

QString Issue::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

QList<Item> Framework::allItems() const
{
    QList<Item> items;
    for (const Domain &d : domains)
        items += d.items;
    return items;
}

const Item *Framework::item(const QString &code) const
{
    for (const Domain &d : domains)
        for (const Item &i : d.items)
            if (i.code == code)
                return &i;
    return nullptr;
}

const Domain *Framework::domain(const QString &code) const
{
    for (const Domain &d : domains)
        if (d.code == code)
            return &d;
    return nullptr;
}

const Level *Framework::level(const QString &code) const
{
    for (const Level &l : levels)
        if (l.code == code)
            return &l;
    return nullptr;
}

int Framework::itemCount() const
{
    int n = 0;
    for (const Domain &d : domains)
        n += int(d.items.size());
    return n;
}

QStringList Framework::answerCodes() const
{
    QStringList codes;
    if (scale == Scale::Niveaux) {
        for (const Level &l : levels)
            codes << l.code;
    } else {
        for (const vocab::Term &t : vocab::terms(vocab::Kind::Autonomie))
            codes << t.code;
    }
    return codes;
}

QString Framework::autonomieOf(const QString &answer) const
{
    if (scale == Scale::Niveaux) {
        const Level *l = level(answer);
        return l ? l->autonomie : QString();
    }
    return vocab::contains(vocab::Kind::Autonomie, answer) ? answer : QString();
}

QString Framework::answerLabel(const QString &answer) const
{
    if (answer.isEmpty() || answer == QLatin1String(NotEvaluated))
        return QCoreApplication::translate("escale::competencies", "Not assessed");
    if (scale == Scale::Niveaux) {
        const Level *l = level(answer);
        return l ? l->title : answer; // the level's own name already says its number (« Indépendant 3 »)
    }
    return vocab::label(vocab::Kind::Autonomie, answer);
}

QJsonObject Framework::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QString::fromLatin1(FrameworkKind));
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("title"), textJson(title, titleEn));
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), textJson(description, {}));
    o.insert(QStringLiteral("licence"), licence);
    if (!attribution.isEmpty())
        o.insert(QStringLiteral("attribution"), attribution);
    if (!basedOn.isEmpty())
        o.insert(QStringLiteral("based_on"), basedOn);
    o.insert(
        QStringLiteral("scale"), scale == Scale::Niveaux ? QStringLiteral("niveaux") : QStringLiteral("autonomie"));
    if (scale == Scale::Niveaux) {
        QJsonArray levelArray;
        for (const Level &l : levels)
            levelArray.append(QJsonObject { { QStringLiteral("code"), l.code },
                { QStringLiteral("title"), textJson(l.title, l.titleEn) },
                { QStringLiteral("autonomie"), l.autonomie } });
        o.insert(QStringLiteral("levels"), levelArray);
    }
    QJsonArray domainArray;
    for (const Domain &d : domains) {
        QJsonObject dj { { QStringLiteral("code"), d.code },
            { QStringLiteral("title"), textJson(d.title, d.titleEn) } };
        if (!d.services.isEmpty())
            dj.insert(QStringLiteral("services"), QJsonArray::fromStringList(d.services));
        QJsonArray itemArray;
        for (const Item &i : d.items) {
            QJsonObject ij { { QStringLiteral("code"), i.code },
                { QStringLiteral("title"), textJson(i.title, i.titleEn) } };
            if (!i.observable.isEmpty())
                ij.insert(scale == Scale::Niveaux ? QStringLiteral("description") : QStringLiteral("observable"),
                    textJson(i.observable, {}));
            if (i.gateway)
                ij.insert(QStringLiteral("gateway"), true);
            itemArray.append(ij);
        }
        dj.insert(scale == Scale::Niveaux ? QStringLiteral("competences") : QStringLiteral("items"), itemArray);
        domainArray.append(dj);
    }
    o.insert(QStringLiteral("domains"), domainArray);
    return o;
}

QByteArray Framework::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool isFrameworkDocument(const QJsonObject &object)
{
    return object.value(QStringLiteral("kind")).toString() == QLatin1String(FrameworkKind);
}

ParseOutcome parseFramework(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return { std::nullopt,
            { { QStringLiteral("json.syntax"), QString(),
                QCoreApplication::translate("escale::competencies", "not valid JSON at character %1: %2")
                    .arg(error.offset)
                    .arg(error.errorString()) } } };
    if (!doc.isObject())
        return { std::nullopt,
            { { QStringLiteral("schema.wrong-type"), QString(),
                QCoreApplication::translate("escale::competencies", "a JSON object was expected") } } };
    return parseFramework(doc.object());
}

ParseOutcome parseFramework(const QJsonObject &root)
{
    Reader r;
    Framework f;
    r.checkKeys(root, {},
        { QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
            QStringLiteral("description"), QStringLiteral("licence"), QStringLiteral("attribution"),
            QStringLiteral("author"), QStringLiteral("based_on"), QStringLiteral("scale"), QStringLiteral("levels"),
            QStringLiteral("domains") });
    const QString kind = r.string(root, {}, QStringLiteral("kind"), true);
    if (!kind.isEmpty() && kind != QLatin1String(FrameworkKind))
        r.add(QStringLiteral("schema.bad-value"), QStringLiteral("kind"),
            QCoreApplication::translate("escale::competencies", "« %1 » found where « %2 » was expected")
                .arg(kind, QString::fromLatin1(FrameworkKind)));
    f.id = r.code(root, {}, QStringLiteral("id"));
    f.version = r.string(root, {}, QStringLiteral("version"), true);
    std::tie(f.title, f.titleEn) = r.text(root, {}, QStringLiteral("title"), true);
    f.description = r.text(root, {}, QStringLiteral("description"), false).first;
    f.licence = r.string(root, {}, QStringLiteral("licence"), true);
    f.attribution = r.string(root, {}, QStringLiteral("attribution"), false);
    r.string(root, {}, QStringLiteral("author"), false);
    f.basedOn = r.string(root, {}, QStringLiteral("based_on"), false);
    if (f.licence.startsWith(QLatin1String("CC BY"), Qt::CaseInsensitive) && f.attribution.isEmpty())
        r.add(QStringLiteral("schema.missing-field"), QStringLiteral("attribution"),
            QCoreApplication::translate("escale::competencies", "the licence %1 requires an attribution")
                .arg(f.licence));

    const QString scale = r.string(root, {}, QStringLiteral("scale"), true);
    if (scale == QLatin1String("niveaux"))
        f.scale = Scale::Niveaux;
    else if (!scale.isEmpty() && scale != QLatin1String("autonomie"))
        r.add(QStringLiteral("schema.bad-value"), QStringLiteral("scale"),
            QCoreApplication::translate(
                "escale::competencies", "« %1 » found where « autonomie » or « niveaux » was expected")
                .arg(scale));

    // Levels: required (and only allowed) on a levels framework.
    const QJsonArray levels = r.array(root, {}, QStringLiteral("levels"), false);
    if (f.scale == Scale::Niveaux) {
        if (!root.contains(QStringLiteral("levels")))
            r.add(QStringLiteral("levels.missing"), QStringLiteral("levels"),
                QCoreApplication::translate(
                    "escale::competencies", "a framework with the « niveaux » scale must list its levels"));
        else if (levels.size() < 2)
            r.add(QStringLiteral("levels.missing"), QStringLiteral("levels"),
                QCoreApplication::translate("escale::competencies", "at least two levels are needed"));
    } else if (root.contains(QStringLiteral("levels"))) {
        r.add(QStringLiteral("schema.unknown-field"), QStringLiteral("levels"),
            QCoreApplication::translate(
                "escale::competencies", "levels belong to frameworks with the « niveaux » scale only"));
    }
    QSet<QString> levelCodes;
    for (int i = 0; f.scale == Scale::Niveaux && i < levels.size(); ++i) {
        const QString path = Reader::index(QStringLiteral("levels"), i);
        const auto o = r.object(levels.at(i), path);
        if (!o)
            continue;
        r.checkKeys(*o, path, { QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("autonomie") });
        Level l;
        l.code = r.code(*o, path, QStringLiteral("code"));
        std::tie(l.title, l.titleEn) = r.text(*o, path, QStringLiteral("title"), true);
        l.autonomie = r.string(*o, path, QStringLiteral("autonomie"), true);
        if (!l.autonomie.isEmpty() && !vocab::contains(vocab::Kind::Autonomie, l.autonomie))
            r.add(QStringLiteral("schema.bad-value"), Reader::join(path, QStringLiteral("autonomie")),
                QCoreApplication::translate("escale::competencies",
                    "« %1 » is not an autonomy code (entierement_accompagne, partiellement_autonome, autonome)")
                    .arg(l.autonomie));
        if (!l.code.isEmpty()) {
            if (levelCodes.contains(l.code))
                r.add(QStringLiteral("codes.duplicate"), Reader::join(path, QStringLiteral("code")),
                    QCoreApplication::translate("escale::competencies", "the level code « %1 » is used twice")
                        .arg(l.code));
            levelCodes.insert(l.code);
        }
        f.levels.append(l);
    }

    const QJsonArray domains = r.array(root, {}, QStringLiteral("domains"), true);
    if (root.contains(QStringLiteral("domains")) && domains.isEmpty())
        r.add(QStringLiteral("schema.missing-field"), QStringLiteral("domains"),
            QCoreApplication::translate("escale::competencies", "at least one domain is needed"));
    const QString itemsKey = f.scale == Scale::Niveaux ? QStringLiteral("competences") : QStringLiteral("items");
    const QString detailKey = f.scale == Scale::Niveaux ? QStringLiteral("description") : QStringLiteral("observable");
    QSet<QString> domainCodes;
    QSet<QString> itemCodes;
    for (int d = 0; d < domains.size(); ++d) {
        const QString path = Reader::index(QStringLiteral("domains"), d);
        const auto o = r.object(domains.at(d), path);
        if (!o)
            continue;
        r.checkKeys(
            *o, path, { QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("services"), itemsKey });
        Domain domain;
        domain.code = r.code(*o, path, QStringLiteral("code"));
        std::tie(domain.title, domain.titleEn) = r.text(*o, path, QStringLiteral("title"), true);
        if (!domain.code.isEmpty()) {
            if (domainCodes.contains(domain.code))
                r.add(QStringLiteral("codes.duplicate"), Reader::join(path, QStringLiteral("code")),
                    QCoreApplication::translate("escale::competencies", "the domain code « %1 » is used twice")
                        .arg(domain.code));
            domainCodes.insert(domain.code);
        }
        const QJsonArray services = r.array(*o, path, QStringLiteral("services"), false);
        for (int s = 0; s < services.size(); ++s) {
            const QString spath = Reader::index(Reader::join(path, QStringLiteral("services")), s);
            const QString code = services.at(s).toString();
            if (!services.at(s).isString() || !vocab::contains(vocab::Kind::Service, code))
                r.add(QStringLiteral("schema.bad-value"), spath,
                    QCoreApplication::translate(
                        "escale::competencies", "« %1 » is not a service code of the places standard")
                        .arg(code));
            else
                domain.services << code;
        }
        const QJsonArray items = r.array(*o, path, itemsKey, true);
        if (o->contains(itemsKey) && items.isEmpty())
            r.add(QStringLiteral("schema.missing-field"), Reader::join(path, itemsKey),
                QCoreApplication::translate("escale::competencies", "a domain needs at least one entry"));
        for (int i = 0; i < items.size(); ++i) {
            const QString ipath = Reader::index(Reader::join(path, itemsKey), i);
            const auto io = r.object(items.at(i), ipath);
            if (!io)
                continue;
            r.checkKeys(
                *io, ipath, { QStringLiteral("code"), QStringLiteral("title"), detailKey, QStringLiteral("gateway") });
            Item item;
            item.code = r.code(*io, ipath, QStringLiteral("code"));
            std::tie(item.title, item.titleEn) = r.text(*io, ipath, QStringLiteral("title"), true);
            item.observable = r.text(*io, ipath, detailKey, f.scale == Scale::Autonomie).first;
            item.gateway = r.boolean(*io, ipath, QStringLiteral("gateway"));
            item.domainCode = domain.code;
            if (!item.code.isEmpty()) {
                if (itemCodes.contains(item.code))
                    r.add(QStringLiteral("codes.duplicate"), Reader::join(ipath, QStringLiteral("code")),
                        QCoreApplication::translate("escale::competencies", "the code « %1 » is used twice")
                            .arg(item.code));
                itemCodes.insert(item.code);
            }
            domain.items.append(item);
        }
        f.domains.append(domain);
    }

    ParseOutcome outcome;
    outcome.issues = r.issues;
    if (outcome.issues.isEmpty())
        outcome.framework = f;
    return outcome;
}

Result<Framework> loadFramework(const QByteArray &json)
{
    ParseOutcome outcome = parseFramework(json);
    if (outcome.framework)
        return *outcome.framework;
    QStringList lines;
    for (int i = 0; i < outcome.issues.size() && i < 5; ++i)
        lines << outcome.issues.at(i).toString();
    if (outcome.issues.size() > 5) {
        const int more = int(outcome.issues.size() - 5); // a variable: lupdate 6.4 hangs on an expression here
        lines << QCoreApplication::translate("escale::competencies", "… and %Ln more problem(s)", nullptr, more);
    }
    return Result<Framework>::failure(outcome.issues.first().code,
        QCoreApplication::translate("escale::competencies", "The competency framework is refused:\n%1")
            .arg(lines.join(QLatin1Char('\n'))));
}

} // namespace escale::competencies
