#pragma once

#include <QCoreApplication>
#include <QString>

namespace escale::places::detail {

// The translation of a message of core/places. lupdate files a tr() call under the class of the
// member function it sits in (or the namespace, for a free helper), qualified or not depending on
// what it could resolve; the messages of this folder are unique, so every such context is tried.
inline QString translate(const char *text)
{
    static const char *const contexts[] = {
        "escale::places::PlaceImporter",
        "escale::places::Place",
        "escale::places::PlaceStore",
        "escale::places::OpeningHours",
        "escale::places::PlaceExporter",
        "escale::places::PlaceSheet",
        "escale::places::DuplicateDetector",
        "escale::places",
        "PlaceImporter",
        "Place",
        "PlaceStore",
        "OpeningHours",
        "PlaceExporter",
        "PlaceSheet",
        "DuplicateDetector",
    };
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != source)
            return t;
    }
    return source;
}

} // namespace escale::places::detail
