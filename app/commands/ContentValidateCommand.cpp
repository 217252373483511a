#include "commands/Command.h"

#include "competencies/FrameworkValidation.h"
#include "orientation/ContentValidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace escale::app {

namespace {

// The kinds of content documents this command knows, one line each (DESIGN.md §7). A domain adds its
// own: { "its-kind", &its::validateFunction } with a ContentReport (core/orientation/ContentValidation.h).
struct ContentKind
{
    const char *kind;
    content::ContentValidator validate;
};

const ContentKind kKinds[] = {
    {"orientation-tree", &content::validateOrientationTree},
    {"competency-framework", &content::validateCompetencyFramework},
};

// Larger files are refused before parsing (the validators have their own, lower, limits).
constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

class ContentValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContentValidateCommand)
public:
    QStringList name() const override { return {QStringLiteral("content"), QStringLiteral("validate")}; }
    QString summary() const override
    {
        return tr("Check a content document (orientation tree, competency framework) and list its errors.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The JSON document to check."));
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            context.err() << tr("escale content validate: give exactly one FILE.") << Qt::endl;
            return ExitUsage;
        }
        const QString path = args.first();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (file.size() > kMaxFileBytes)
            return context.fail(tr("%1 is too large (%2 bytes) to be a content document.").arg(path, QLocale().toString(file.size())));
        const QByteArray json = file.readAll();

        QString kind = content::documentKind(json);
        content::ContentValidator validate = nullptr;
        for (const ContentKind &k : kKinds) {
            if (kind == QLatin1String(k.kind))
                validate = k.validate;
        }
        // A document without a known kind is checked as an orientation tree, whose validator explains
        // what is wrong (not JSON, missing or unknown kind).
        if (!validate)
            validate = &content::validateOrientationTree;
        const content::ContentReport report = validate(json);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray issues;
            for (const content::ContentIssue &i : report.issues)
                issues.append(QJsonObject{{QStringLiteral("severity"),
                                           i.error ? QStringLiteral("error") : QStringLiteral("warning")},
                                          {QStringLiteral("code"), i.code},
                                          {QStringLiteral("path"), i.path},
                                          {QStringLiteral("message"), i.message}});
            context.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                               {QStringLiteral("kind"), report.kind},
                               {QStringLiteral("id"), report.id},
                               {QStringLiteral("version"), report.version},
                               {QStringLiteral("valid"), report.ok()},
                               {QStringLiteral("errors"), report.errorCount()},
                               {QStringLiteral("issues"), issues}});
        } else {
            for (const content::ContentIssue &i : report.issues) {
                QTextStream &stream = i.error ? context.err() : context.out();
                // « FILE : erreur : ligne 1, colonne 2 : … » in French, « FILE: error: line 1, column 2: … ».
                const QString what = i.path.isEmpty() ? i.message : tr("%1: %2").arg(i.path, i.message);
                stream << (i.error ? tr("%1: error: %2") : tr("%1: warning: %2")).arg(path, what) << " [" << i.code
                       << "]" << Qt::endl;
            }
            const int items = report.itemCount;
            if (report.ok())
                context.out() << tr("%1: valid %2 %3 « %4 » version %5 (%Ln item(s)).", nullptr, items)
                                     .arg(path, report.kind, report.id, report.title, report.version)
                              << Qt::endl;
            else
                context.err() << tr("%1: %Ln error(s).", nullptr, report.errorCount()).arg(path) << Qt::endl;
        }
        return report.ok() ? ExitSuccess : ExitFailure;
    }
};

} // namespace

std::unique_ptr<Command> makeContentValidateCommand()
{
    return std::make_unique<ContentValidateCommand>();
}

} // namespace escale::app
