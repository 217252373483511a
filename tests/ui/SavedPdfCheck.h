// « Save as PDF… » on a screen that prints a document (ui::DocumentPreview): the file is written and the
// screen says where, with links to open it (QA 4, #6: the screen used to stay as it was).
#pragma once

#include "ui/widgets/DocumentPreview.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace escale::test {

// Clicks « pdfButton » in `root`, the file chooser answering `fileName` in a temporary folder; returns
// what is wrong (empty when the file was written and the « savedLabel » line, hidden before, shows its
// path and its link).
inline QString saveAsPdfAndCheckTheSavedLine(QWidget *root, const QString &fileName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    auto *saved = root->findChild<QLabel *>(QStringLiteral("savedLabel"));
    auto *button = root->findChild<QPushButton *>(QStringLiteral("pdfButton"));
    if (!saved || !button)
        return QStringLiteral("no savedLabel or no pdfButton");
    if (saved->isVisible())
        return QStringLiteral("the saved line shows before anything was saved");
    ui::DocumentPreview::setFileChooserForTests([&](const QString &) { return path; });
    QTest::mouseClick(button, Qt::LeftButton);
    ui::DocumentPreview::setFileChooserForTests({});
    if (QFileInfo(path).size() <= 0)
        return QStringLiteral("%1 was not written").arg(path);
    if (!saved->isVisible())
        return QStringLiteral("the saved line is hidden");
    if (!saved->text().contains(path))
        return QStringLiteral("the saved line does not name the file: ") + saved->text();
    if (!saved->text().contains(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)))
        return QStringLiteral("the saved line has no link to the file: ") + saved->text();
    return {};
}

} // namespace escale::test
