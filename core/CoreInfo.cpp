#include "CoreInfo.h"

namespace escale {

QString applicationVersion()
{
    return QStringLiteral(ESCALE_VERSION);
}

QString applicationDisplayName()
{
    return QStringLiteral("Escale");
}

} // namespace escale
