#include "ui/competencies/FrameworkCopyDialog.h"

#include "ui/widgets/FormHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace escale::ui {

using namespace competencies;

FrameworkCopyDialog::FrameworkCopyDialog(FrameworkLibrary &library, const Framework &source, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_source(source)
{
    setObjectName(QStringLiteral("frameworkCopyDialog"));
    setWindowTitle(tr("Copy and adapt a framework"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Untick what your structure does not assess and double-click a text to reword it. "
                                "The copy keeps a reference to « %1 ».")
                                 .arg(source.title),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(tr("%1 (our version)").arg(source.title), this);
    m_title->setObjectName(QStringLiteral("copyTitleLineEdit"));
    addFormRow(form, tr("&Title"), m_title);
    layout->addLayout(form);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("copyTreeWidget"));
    m_tree->setAccessibleName(tr("Domains and items"));
    m_tree->setHeaderLabels({ tr("Domain or item"), tr("Observable") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    for (const Domain &d : source.domains) {
        auto *domainItem = new QTreeWidgetItem(m_tree, { d.title });
        domainItem->setData(0, Qt::UserRole, d.code);
        domainItem->setFlags(
            domainItem->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable | Qt::ItemIsAutoTristate);
        domainItem->setCheckState(0, Qt::Checked);
        for (const Item &i : d.items) {
            auto *child = new QTreeWidgetItem(domainItem, { i.title, i.observable });
            child->setData(0, Qt::UserRole, i.code);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            child->setCheckState(0, Qt::Checked);
        }
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    m_error = makeErrorLabel(QStringLiteral("copyErrorLabel"), this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FrameworkCopyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void FrameworkCopyDialog::accept()
{
    Framework copy = m_library.copyOf(m_source, m_title->text());
    copy.domains.clear();
    for (int d = 0; d < m_tree->topLevelItemCount(); ++d) {
        QTreeWidgetItem *domainItem = m_tree->topLevelItem(d);
        if (domainItem->checkState(0) == Qt::Unchecked)
            continue;
        const Domain *original = m_source.domain(domainItem->data(0, Qt::UserRole).toString());
        if (!original)
            continue;
        Domain domain = *original;
        domain.title = domainItem->text(0).trimmed();
        domain.titleEn.clear();
        domain.items.clear();
        for (int i = 0; i < domainItem->childCount(); ++i) {
            QTreeWidgetItem *child = domainItem->child(i);
            if (child->checkState(0) != Qt::Checked)
                continue;
            const Item *originalItem = m_source.item(child->data(0, Qt::UserRole).toString());
            if (!originalItem)
                continue;
            Item item = *originalItem;
            if (child->text(0).trimmed() != item.title)
                item.titleEn.clear();
            item.title = child->text(0).trimmed();
            item.observable = child->text(1).trimmed();
            domain.items.append(item);
        }
        // A kept domain whose gateways were all removed gets its first item as gateway.
        if (!domain.items.isEmpty()
            && std::none_of(domain.items.begin(), domain.items.end(), [](const Item &i) { return i.gateway; }))
            domain.items.first().gateway = true;
        copy.domains.append(domain);
    }
    const Result<QString> saved = m_library.save(copy);
    if (!saved) {
        setError(m_error, saved.errorMessage());
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace escale::ui
