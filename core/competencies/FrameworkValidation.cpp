#include "competencies/FrameworkValidation.h"

#include "competencies/Framework.h"

namespace escale::content {

ContentReport validateCompetencyFramework(const QByteArray &json)
{
    const competencies::ParseOutcome parsed = competencies::parseFramework(json);
    ContentReport report;
    report.kind = QLatin1String(competencies::FrameworkKind);
    if (parsed.framework) {
        report.id = parsed.framework->id;
        report.title = parsed.framework->title;
        report.version = parsed.framework->version;
        report.itemCount = parsed.framework->itemCount();
    }
    for (const competencies::Issue &i : parsed.issues)
        report.issues.append({ true, i.code, i.path, i.message });
    return report;
}

} // namespace escale::content
