#include "ui/cheques/ChequesPage.h"

#include "cheques/ChequeCode.h"
#include "cheques/ClaimBook.h"
#include "common/Months.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourStore.h"
#include "reports/ClaimStatement.h"
#include "ui/widgets/DocumentPreview.h"
#include "ui/widgets/FormHelpers.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLocale>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QDateTime>
#include <QTime>
#include <QVBoxLayout>

namespace escale::ui {

using namespace escale::cheques;

namespace {

QLabel *makeTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    return title;
}

QString frenchDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

void fillSchemes(QComboBox *combo, const QList<Scheme> &schemes, const QString &anyLabel)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (!anyLabel.isEmpty())
        combo->addItem(anyLabel, QString());
    for (const Scheme &s : schemes)
        combo->addItem(s.label, s.id);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QVariant &data = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 0 && data.isValid())
            item->setData(Qt::UserRole, data);
        table->setItem(row, c, item);
        if (cells.at(c).size() > 24) // may be elided by fitColumns(): whole in the tooltip
            item->setToolTip(cells.at(c));
    }
}

// Columns sized to their contents, none wider than `widest` pixels (a funder's long name is elided,
// whole in its tooltip), so that every column of a register table shows at 1366×768 without
// scrolling sideways. The last column stretches to the table's edge.
void fitColumns(QTableWidget *table, int widest = 240)
{
    table->resizeColumnsToContents();
    const int last = table->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        if (table->columnWidth(c) > widest)
            table->setColumnWidth(c, widest);
    // The last column (stretched to the edge) keeps at least its header's width (QA 4: « Référence
    // bancaire » cut at both ends): the room is taken from the widest columns, elided with a tooltip.
    if (last < 1 || !table->isVisible() || table->viewport()->width() < 300)
        return;
    int used = 0;
    for (int c = 0; c < last; ++c)
        used += table->columnWidth(c);
    int excess = used + table->horizontalHeader()->sectionSizeHint(last) - table->viewport()->width();
    constexpr int kNarrowest = 120;
    while (excess > 0) {
        int column = -1;
        for (int c = 0; c < last; ++c)
            if (column < 0 || table->columnWidth(c) > table->columnWidth(column))
                column = c;
        const int room = table->columnWidth(column) - kNarrowest;
        if (room <= 0)
            break;
        const int cut = std::min(excess, room);
        table->setColumnWidth(column, table->columnWidth(column) - cut);
        excess -= cut;
    }
}

} // namespace

// --- Scan ----------------------------------------------------------------------------------------

ChequeScanWidget::ChequeScanWidget(ChequeRegister &reg, QWidget *parent)
    : QWidget(parent)
    , m_register(reg)
{
    setObjectName(QStringLiteral("chequeScanWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("Scan a cheque"), this));
    auto *hint = new QLabel(tr("Scan the cheque with the barcode reader, or type its code and press Enter. The field "
                               "stays ready for the next cheque."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *row = new QHBoxLayout;
    auto *schemeLabel = new QLabel(tr("Sc&heme:"), this);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeComboBox"));
    m_scheme->setAccessibleName(tr("Scheme"));
    m_scheme->setFocusPolicy(Qt::ClickFocus);
    schemeLabel->setBuddy(m_scheme);
    row->addWidget(schemeLabel);
    row->addWidget(m_scheme);
    row->addStretch(1);
    layout->addLayout(row);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_code->setAccessibleName(tr("Cheque code"));
    m_code->setPlaceholderText(tr("Cheque code"));
    m_code->setClearButtonEnabled(true);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    m_code->setFont(big);
    m_code->setMinimumHeight(56);
    layout->addWidget(m_code);

    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("answerLabel"));
    m_answer->setAlignment(Qt::AlignCenter);
    m_answer->setMinimumHeight(96);
    m_answer->setAccessibleName(tr("Answer"));
    QFont answerFont = m_answer->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 2.4);
    answerFont.setBold(true);
    m_answer->setFont(answerFont);
    m_answer->setText(tr("Ready to scan"));
    m_answer->setStyleSheet(QStringLiteral("QLabel { background: #eef2f5; color: #44515c; border-radius: 8px; }"));
    layout->addWidget(m_answer);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.3);
    m_detail->setFont(detailFont);
    layout->addWidget(m_detail);

    auto *foreignRow = new QHBoxLayout;
    m_foreign = new QPushButton(tr("&Redeem it as a cheque from elsewhere"), this);
    m_foreign->setObjectName(QStringLiteral("redeemForeignButton"));
    m_foreign->setVisible(false);
    foreignRow->addStretch(1);
    foreignRow->addWidget(m_foreign);
    foreignRow->addStretch(1);
    layout->addLayout(foreignRow);

    m_sessionCount = new QLabel(this);
    m_sessionCount->setObjectName(QStringLiteral("sessionCountLabel"));
    layout->addWidget(m_sessionCount);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("scanHistoryList"));
    m_history->setAccessibleName(tr("Scans of this session"));
    m_history->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_history, 1);

    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_code->text();
        m_code->clear();
        scan(text);
    });
    connect(m_foreign, &QPushButton::clicked, this, &ChequeScanWidget::redeemForeign);
    reloadSchemes();
    setFocusProxy(m_code);
}

void ChequeScanWidget::reloadSchemes()
{
    fillSchemes(m_scheme, m_register.schemes(), tr("Any scheme (recognised from the code)"));
}

void ChequeScanWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_code->setFocus();
}

void ChequeScanWidget::scan(const QString &text)
{
    // A doubled Enter (or an empty field) says nothing and records nothing.
    if (code::clean(text).isEmpty())
        return;
    RedeemOptions options;
    options.schemeId = m_scheme->currentData().toString();
    options.activityId = m_activityId;
    if (m_currentStop)
        options.stopId = m_currentStop->stopId();
    show(m_register.redeem(text, options));
}

void ChequeScanWidget::redeemForeign()
{
    if (m_last.outcome != ScanOutcome::Unknown)
        return;
    RedeemOptions options;
    options.schemeId = m_last.schemeId.isEmpty() ? m_scheme->currentData().toString() : m_last.schemeId;
    if (options.schemeId.isEmpty() && !m_last.candidateSchemes.isEmpty()) {
        QStringList labels;
        const QList<Scheme> schemes = m_register.schemes();
        for (const Scheme &s : schemes)
            if (m_last.candidateSchemes.contains(s.id))
                labels << s.label;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Cheque from elsewhere"),
            tr("Which scheme is the cheque %1 from?").arg(m_last.code), labels, 0, false, &ok);
        if (!ok)
            return;
        for (const Scheme &s : schemes)
            if (s.label == chosen)
                options.schemeId = s.id;
    }
    options.allowForeign = true;
    options.activityId = m_activityId;
    if (m_currentStop)
        options.stopId = m_currentStop->stopId();
    show(m_register.redeem(m_last.code, options));
    m_code->setFocus();
}

void ChequeScanWidget::show(const ScanResult &result)
{
    m_last = result;
    QString answer;
    QString colours;
    switch (result.outcome) {
    case ScanOutcome::Redeemed:
        answer = result.foreign ? tr("VALID — REDEEMED (from elsewhere)") : tr("VALID — REDEEMED");
        colours = QStringLiteral("background: #1e7b34; color: white;");
        break;
    case ScanOutcome::AlreadyRedeemed:
        answer = tr("ALREADY REDEEMED");
        colours = QStringLiteral("background: #b3261e; color: white;");
        break;
    case ScanOutcome::Expired:
        answer = tr("EXPIRED");
        colours = QStringLiteral("background: #b3261e; color: white;");
        break;
    case ScanOutcome::Cancelled:
        answer = tr("CANCELLED");
        colours = QStringLiteral("background: #b3261e; color: white;");
        break;
    case ScanOutcome::Unknown:
        answer = tr("UNKNOWN CHEQUE");
        colours = QStringLiteral("background: #f2a900; color: #1a1a1a;");
        break;
    case ScanOutcome::BadFormat:
        answer = tr("NOT A CHEQUE CODE");
        colours = QStringLiteral("background: #6b6b6b; color: white;");
        break;
    case ScanOutcome::Failed:
        answer = tr("NOT RECORDED");
        colours = QStringLiteral("background: #6b6b6b; color: white;");
        break;
    case ScanOutcome::Empty:
        return;
    }
    m_answer->setText(answer);
    m_answer->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 8px; padding: 8px; }").arg(colours));
    m_detail->setText(result.message);
    m_answer->setAccessibleDescription(result.message);
    m_foreign->setVisible(result.outcome == ScanOutcome::Unknown);
    QApplication::beep();
    if (result.outcome == ScanOutcome::Redeemed) {
        ++m_redeemedCount;
        Q_EMIT chequeRedeemed(result.chequeId);
    }
    m_sessionCount->setText(tr("%Ln cheque(s) redeemed since this screen opened.", nullptr, m_redeemedCount));
    auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 — %3")
                                         .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")),
                                             result.code.isEmpty() ? result.input.trimmed() : result.code, answer));
    m_history->insertItem(0, item);
    while (m_history->count() > 200)
        delete m_history->takeItem(m_history->count() - 1);
    m_code->setFocus();
}

// --- Stock ---------------------------------------------------------------------------------------

namespace {

// Receiving a booklet: by range, or by scanning each cheque into a list.
class ReceiveDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(escale::ui::ChequeStockWidget)
public:
    ReceiveDialog(ChequeRegister &reg, QWidget *parent)
        : QDialog(parent)
        , m_register(reg)
    {
        setObjectName(QStringLiteral("receiveDialog"));
        setWindowTitle(tr("Receive a booklet"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_scheme = new QComboBox(this);
        m_scheme->setObjectName(QStringLiteral("receiveSchemeComboBox"));
        fillSchemes(m_scheme, reg.schemes(), {});
        addFormRow(form, tr("&Scheme:"), m_scheme);
        m_byRange = new QRadioButton(tr("By &range (first and last code)"), this);
        m_byList = new QRadioButton(tr("By scanning &each cheque"), this);
        m_byRange->setChecked(true);
        form->addRow(m_byRange);
        m_first = new QLineEdit(this);
        m_first->setObjectName(QStringLiteral("firstCodeLineEdit"));
        m_last = new QLineEdit(this);
        m_last->setObjectName(QStringLiteral("lastCodeLineEdit"));
        addFormRow(form, tr("&First code:"), m_first);
        addFormRow(form, tr("&Last code:"), m_last);
        form->addRow(m_byList);
        m_list = new QPlainTextEdit(this);
        m_list->setObjectName(QStringLiteral("scannedCodesEdit"));
        m_list->setPlaceholderText(tr("One code per line: scan the cheques one after the other."));
        m_list->setEnabled(false);
        addFormRow(form, tr("Sca&nned codes:"), m_list);
        m_booklet = new QLineEdit(this);
        m_booklet->setObjectName(QStringLiteral("bookletLineEdit"));
        addFormRow(form, tr("&Booklet number:"), m_booklet);
        m_funder = new QLineEdit(this);
        m_funder->setObjectName(QStringLiteral("funderLineEdit"));
        m_funder->setPlaceholderText(tr("The scheme's funder if empty"));
        addFormRow(form, tr("F&under (commanditaire):"), m_funder);
        m_prescriber = new QLineEdit(this);
        m_prescriber->setObjectName(QStringLiteral("prescriberLineEdit"));
        addFormRow(form, tr("&Prescriber (aiguilleur):"), m_prescriber);
        m_year = new QSpinBox(this);
        m_year->setObjectName(QStringLiteral("issueYearSpinBox"));
        m_year->setRange(2000, 2200);
        m_year->setValue(QDate::currentDate().year());
        addFormRow(form, tr("&Issue year:"), m_year);
        layout->addLayout(form);
        m_error = makeErrorLabel(QStringLiteral("receiveErrorLabel"), this);
        layout->addWidget(m_error);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Receive"));
        layout->addWidget(buttons);
        connect(m_byList, &QRadioButton::toggled, this, [this](bool list) {
            m_list->setEnabled(list);
            m_first->setEnabled(!list);
            m_last->setEnabled(!list);
        });
        connect(buttons, &QDialogButtonBox::accepted, this, &ReceiveDialog::tryAccept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(520, 520);
    }

    ReceiveResult result;

private:
    void tryAccept()
    {
        ReceiveRequest request;
        request.schemeId = m_scheme->currentData().toString();
        if (m_byRange->isChecked()) {
            request.rangeFirst = m_first->text();
            request.rangeLast = m_last->text();
            if (request.rangeFirst.trimmed().isEmpty() || request.rangeLast.trimmed().isEmpty()) {
                setError(m_error, tr("Give the first and the last code of the booklet."));
                return;
            }
        } else {
            request.codes = m_list->toPlainText().split(QLatin1Char('\n'));
        }
        request.bookletLabel = m_booklet->text();
        request.funder = m_funder->text();
        request.prescriber = m_prescriber->text();
        request.issueYear = m_year->value();
        const auto r = m_register.receive(request);
        if (!r) {
            setError(m_error, r.errorMessage());
            return;
        }
        result = *r;
        accept();
    }

    ChequeRegister &m_register;
    QComboBox *m_scheme = nullptr;
    QRadioButton *m_byRange = nullptr;
    QRadioButton *m_byList = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QLineEdit *m_booklet = nullptr;
    QLineEdit *m_funder = nullptr;
    QLineEdit *m_prescriber = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace

ChequeStockWidget::ChequeStockWidget(ChequeRegister &reg, QWidget *parent)
    : QWidget(parent)
    , m_register(reg)
{
    setObjectName(QStringLiteral("chequeStockWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(makeTitle(tr("Stock"), this));
    top->addStretch(1);
    auto *receive = new QPushButton(tr("Re&ceive a booklet…"), this);
    receive->setObjectName(QStringLiteral("receiveButton"));
    top->addWidget(receive);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *alertRow = new QHBoxLayout;
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("expiryAlertLabel"));
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    alertRow->addWidget(m_alerts, 1);
    m_markExpired = new QPushButton(tr("&Mark the overdue cheques as expired"), this);
    m_markExpired->setObjectName(QStringLiteral("markExpiredButton"));
    alertRow->addWidget(m_markExpired);
    layout->addLayout(alertRow);

    layout->addWidget(new QLabel(tr("Booklets"), this));
    m_booklets = makeTable(QStringLiteral("bookletTable"),
        { tr("Scheme"), tr("Booklet"), tr("Codes"), tr("Received"), tr("Valid until"), tr("In stock"), tr("Handed out"),
            tr("Used"), tr("Expired or cancelled") },
        this);
    m_booklets->setMaximumHeight(170);
    layout->addWidget(m_booklets);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Cheques"), this));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (ChequeStatus s : allStatuses())
        m_statusFilter->addItem(statusLabel(s), statusCode(s));
    filterRow->addWidget(m_statusFilter);
    m_codeFilter = new QLineEdit(this);
    m_codeFilter->setObjectName(QStringLiteral("codeFilterLineEdit"));
    m_codeFilter->setAccessibleName(tr("Code contains"));
    m_codeFilter->setPlaceholderText(tr("Code contains…"));
    filterRow->addWidget(m_codeFilter, 1);
    layout->addLayout(filterRow);
    m_cheques = makeTable(QStringLiteral("chequeTable"),
        { tr("Scheme"), tr("Code"), tr("Status"), tr("Accepted until"), tr("Redeemed on"), tr("Where") }, this);
    m_cheques->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_cheques, 1);

    auto *actions = new QHBoxLayout;
    auto *handOut = new QPushButton(tr("&Hand out…"), this);
    handOut->setObjectName(QStringLiteral("handOutButton"));
    auto *cancel = new QPushButton(tr("Ca&ncel…"), this);
    cancel->setObjectName(QStringLiteral("cancelChequeButton"));
    auto *journal = new QPushButton(tr("H&istory"), this);
    journal->setObjectName(QStringLiteral("journalButton"));
    actions->addWidget(handOut);
    actions->addWidget(cancel);
    actions->addWidget(journal);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stockMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(receive, &QPushButton::clicked, this, &ChequeStockWidget::receive);
    connect(handOut, &QPushButton::clicked, this, &ChequeStockWidget::handOut);
    connect(cancel, &QPushButton::clicked, this, &ChequeStockWidget::cancel);
    connect(m_markExpired, &QPushButton::clicked, this, &ChequeStockWidget::markExpired);
    connect(journal, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT journalRequested(ids.first());
    });
    connect(m_cheques, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto *item = m_cheques->item(row, 0))
            Q_EMIT journalRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ChequeStockWidget::reloadCheques);
    connect(m_codeFilter, &QLineEdit::textChanged, this, &ChequeStockWidget::reloadCheques);
    reload();
}

void ChequeStockWidget::reload()
{
    const QMap<ChequeStatus, int> counts = m_register.countByStatus();
    QStringList parts;
    for (ChequeStatus s : allStatuses())
        parts << tr("%1: %2").arg(statusLabel(s), QLocale().toString(counts.value(s)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    const QList<ExpiryAlert> alerts = m_register.expiryAlerts();
    QStringList lines;
    bool overdue = false;
    for (const ExpiryAlert &a : alerts) {
        overdue = overdue || a.overdue;
        lines << (a.overdue
                ? tr("%Ln %1 cheque(s) not used were accepted until %2 only: they are expired.", nullptr, a.count)
                : tr("%Ln %1 cheque(s) not used yet will no longer be accepted after %2.", nullptr, a.count))
                     .arg(a.schemeLabel, frenchDate(a.acceptedUntil));
    }
    m_alerts->setText(lines.join(QLatin1Char('\n')));
    m_alerts->setVisible(!lines.isEmpty());
    m_markExpired->setVisible(overdue);

    const QList<Booklet> booklets = m_register.booklets();
    QHash<QString, QString> labels;
    for (const Scheme &s : m_register.schemes(false))
        labels.insert(s.id, s.label);
    m_booklets->setRowCount(int(booklets.size()));
    for (int i = 0; i < booklets.size(); ++i) {
        const Booklet &b = booklets.at(i);
        setRow(m_booklets, i,
            { labels.value(b.schemeId, b.schemeId), b.label,
                b.firstCode == b.lastCode ? b.firstCode : tr("%1 to %2").arg(b.firstCode, b.lastCode),
                frenchDate(b.receivedOn), frenchDate(b.validUntil), QLocale().toString(b.inStock),
                QLocale().toString(b.distributed), QLocale().toString(b.used), QLocale().toString(b.lost) },
            b.id);
    }
    fitColumns(m_booklets);
    reloadCheques();
}

void ChequeStockWidget::reloadCheques()
{
    ChequeFilter filter;
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        filter.status = statusFromCode(status);
    filter.codeContains = m_codeFilter->text();
    filter.limit = 500;
    const QList<Cheque> list = m_register.cheques(filter);
    QHash<QString, QString> labels;
    for (const Scheme &s : m_register.schemes(false))
        labels.insert(s.id, s.label);
    m_cheques->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Cheque &c = list.at(i);
        setRow(m_cheques, i,
            { labels.value(c.schemeId, c.schemeId), c.code, statusLabel(c.status), frenchDate(c.acceptedUntil),
                frenchDate(c.redeemedOn), c.redeemedPlace },
            c.id);
    }
    fitColumns(m_cheques);
}

QStringList ChequeStockWidget::selectedIds() const
{
    QStringList ids;
    const auto rows = m_cheques->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (auto *item = m_cheques->item(index.row(), 0))
            ids << item->data(Qt::UserRole).toString();
    return ids;
}

void ChequeStockWidget::receive()
{
    ReceiveDialog dialog(m_register, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("%Ln cheque(s) received (%1 to %2).", nullptr, dialog.result.count)
                           .arg(dialog.result.firstCode, dialog.result.lastCode));
    reload();
}

void ChequeStockWidget::handOut()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select the cheques to hand out in the list."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Hand cheques out"));
    auto *form = new QFormLayout(&dialog);
    auto *by = new QLineEdit(m_register.currentMediator(), &dialog);
    auto *beneficiary = new QLineEdit(&dialog);
    beneficiary->setPlaceholderText(tr("Optional: the beneficiary's number, never a name"));
    addFormRow(form, tr("Handed out &by:"), by);
    addFormRow(form, tr("Beneficiary &id:"), beneficiary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = m_register.handOut(
        ids, beneficiary->text(), by->text(), m_currentStop ? m_currentStop->stopId() : QString());
    m_message->setText(s ? tr("%Ln cheque(s) handed out.", nullptr, int(ids.size())) : s.errorMessage());
    reload();
}

void ChequeStockWidget::cancel()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select the cheques to cancel in the list."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel cheques"),
        tr("Why are these %Ln cheque(s) cancelled (lost, damaged…)?", nullptr, int(ids.size())), QLineEdit::Normal, {},
        &ok);
    if (!ok)
        return;
    const Status s = m_register.cancel(ids, reason);
    m_message->setText(s ? tr("%Ln cheque(s) cancelled.", nullptr, int(ids.size())) : s.errorMessage());
    reload();
}

void ChequeStockWidget::markExpired()
{
    const auto r = m_register.expireOverdue();
    m_message->setText(r ? tr("%Ln cheque(s) marked as expired.", nullptr, *r) : r.errorMessage());
    reload();
}

// --- Claims --------------------------------------------------------------------------------------

ChequeClaimsWidget::ChequeClaimsWidget(ChequeRegister &reg, ClaimBook &book, QWidget *parent)
    : QWidget(parent)
    , m_register(reg)
    , m_book(book)
{
    setObjectName(QStringLiteral("chequeClaimsWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("Monthly claims"), this));
    auto *row = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month of the redemptions:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_month->setDate(QDate::currentDate().addMonths(-1));
    m_month->setAccessibleName(tr("Month"));
    monthLabel->setBuddy(m_month);
    row->addWidget(monthLabel);
    row->addWidget(m_month);
    m_prepare = new QPushButton(tr("&Prepare the claim"), this);
    m_prepare->setObjectName(QStringLiteral("prepareClaimButton"));
    row->addWidget(m_prepare);
    row->addStretch(1);
    // A statement number read back (a funder's letter, a payment's label): straight to its claim.
    auto *findLabel = new QLabel(tr("Statement &no.:"), this);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findStatementLineEdit"));
    // A pattern, not a number that could be taken for this month's (QA 4, #8).
    m_find->setPlaceholderText(tr("BR-YYYY-MM-…"));
    m_find->setToolTip(tr("Type a statement number read on a letter or a payment (BR-2026-10-7K3QD2) and press "
                          "Enter: its month and its claim are shown."));
    m_find->setAccessibleName(tr("Find a statement by its number"));
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(QStringLiteral("BR-2026-10-WWWWWW")) + 24);
    findLabel->setBuddy(m_find);
    row->addWidget(findLabel);
    row->addWidget(m_find);
    layout->addLayout(row);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setWordWrap(true);
    layout->addWidget(m_pending);

    m_claims = makeTable(QStringLiteral("claimTable"),
        { tr("Statement no."), tr("Scheme"), tr("Funder"), tr("Cheques"), tr("Amount"), tr("Status"), tr("Received"),
            tr("Difference"), tr("Bank reference") },
        this);
    layout->addWidget(m_claims, 1);

    auto *actions = new QHBoxLayout;
    auto *preview = m_preview = new QPushButton(tr("Pre&view the statement"), this);
    preview->setObjectName(QStringLiteral("previewStatementButton"));
    auto *pdf = m_savePdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    auto *csv = m_saveCsv = new QPushButton(tr("Save as &CSV…"), this);
    csv->setObjectName(QStringLiteral("saveCsvButton"));
    auto *reimburse = m_reimburse = new QPushButton(tr("&Record the reimbursement…"), this);
    reimburse->setObjectName(QStringLiteral("recordReimbursementButton"));
    reimburse->setToolTip(tr("Select the claim that was reimbursed in the list."));
    for (QPushButton *b : { preview, pdf, csv, reimburse })
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("claimMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        // A statement number found earlier belongs to its month: not left under another one.
        if (!m_find->text().trimmed().toUpper().startsWith(QStringLiteral("BR-") + month()))
            m_find->clear();
        reload();
    });
    connect(m_claims->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ChequeClaimsWidget::updateActions);
    connect(m_prepare, &QPushButton::clicked, this, &ChequeClaimsWidget::prepare);
    connect(m_find, &QLineEdit::returnPressed, this, &ChequeClaimsWidget::findStatement);
    connect(preview, &QPushButton::clicked, this, &ChequeClaimsWidget::previewPdf);
    connect(pdf, &QPushButton::clicked, this, &ChequeClaimsWidget::savePdf);
    connect(csv, &QPushButton::clicked, this, &ChequeClaimsWidget::saveCsv);
    connect(reimburse, &QPushButton::clicked, this, &ChequeClaimsWidget::recordReimbursement);
    reload();
}

QString ChequeClaimsWidget::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

void ChequeClaimsWidget::reload()
{
    const QList<Claim> pending = m_book.preview(month());
    if (pending.isEmpty()) {
        m_pending->setText(tr("No redeemed cheque of %1 waits to be claimed.").arg(monthInSentence(month())));
    } else {
        QStringList parts;
        for (const Claim &c : pending)
            parts << tr("%1: %Ln cheque(s), %2", nullptr, c.chequeCount).arg(c.schemeLabel, c.amount.toString());
        m_pending->setText(tr("To claim for %1: %2.")
                               .arg(monthInSentence(month()), parts.join(tr("; ", "between two claims"))));
    }
    m_prepare->setEnabled(!pending.isEmpty());
    const QList<Claim> claims = m_book.claims(month());
    m_claims->setRowCount(int(claims.size()));
    for (int i = 0; i < claims.size(); ++i) {
        const Claim &c = claims.at(i);
        setRow(m_claims, i,
            { c.reference, c.schemeLabel, c.funder, QLocale().toString(c.chequeCount), c.amount.toString(),
                c.closed ? tr("Reimbursed on %1").arg(frenchDate(c.receivedOn)) : tr("Waiting for payment"),
                c.received ? c.received->toString() : QString(), c.received ? c.difference().toString() : QString(),
                c.bankReference },
            c.id);
    }
    fitColumns(m_claims);
    updateActions();
}

void ChequeClaimsWidget::updateActions()
{
    // The statement is the month's claims: nothing to show, save or reimburse before one is prepared.
    const bool any = m_claims->rowCount() > 0;
    for (QPushButton *b : { m_preview, m_savePdf, m_saveCsv })
        b->setEnabled(any);
    const bool chosen = m_claims->rowCount() == 1 || !m_claims->selectionModel()->selectedRows().isEmpty();
    m_reimburse->setEnabled(chosen);
}

void ChequeClaimsWidget::findStatement()
{
    const auto claim = m_book.claimByReference(m_find->text());
    if (!claim) {
        m_message->setText(tr("No claim has the statement number « %1 ».").arg(m_find->text().trimmed()));
        return;
    }
    m_month->setDate(QDate::fromString(claim->month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")));
    reload();
    for (int row = 0; row < m_claims->rowCount(); ++row)
        if (m_claims->item(row, 0)->data(Qt::UserRole).toString() == claim->id) {
            m_claims->selectRow(row);
            m_claims->setFocus();
        }
    m_message->setText(
        tr("Statement %1: %2 — %3, %4.")
            .arg(claim->reference, claim->schemeLabel, monthInSentence(claim->month), claim->amount.toString()));
}

void ChequeClaimsWidget::prepare()
{
    const auto r = m_book.prepare(month());
    if (!r) {
        m_message->setText(r.errorMessage());
    } else {
        const ClaimsTotal claimed = totalOf(*r);
        const int count = claimed.cheques;
        m_message->setText(tr("Claim prepared: %Ln cheque(s), %1. Print or save the statement and send it to the "
                              "funder.",
            nullptr, count)
                               .arg(claimed.amount.toString()));
    }
    reload();
}

void ChequeClaimsWidget::previewPdf()
{
    const auto data = m_book.statement(month());
    if (!data) {
        m_message->setText(data.errorMessage());
        return;
    }
    const reports::ClaimStatementData copy = *data;
    DocumentPreview::preview(
        this, reports::claimStatementInfo(copy), [copy] { return reports::buildClaimStatement(copy); });
}

void ChequeClaimsWidget::savePdf()
{
    const auto data = m_book.statement(month());
    if (!data) {
        m_message->setText(data.errorMessage());
        return;
    }
    const reports::ClaimStatementData copy = *data;
    const QString path = DocumentPreview::savePdf(
        this, reports::claimStatementInfo(copy), [copy] { return reports::buildClaimStatement(copy); },
        tr("bordereau-pass-numerique-%1.pdf").arg(month()));
    if (!path.isEmpty())
        m_message->setText(tr("Statement saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ChequeClaimsWidget::saveCsv()
{
    const auto data = m_book.statement(month());
    if (!data) {
        m_message->setText(data.errorMessage());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the statement as CSV"),
        tr("bordereau-pass-numerique-%1.csv").arg(month()), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reports::claimStatementCsv(*data)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save the statement as CSV"),
            tr("%1 cannot be written (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message->setText(tr("Statement saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ChequeClaimsWidget::recordReimbursement()
{
    const auto rows = m_claims->selectionModel()->selectedRows();
    QString claimId;
    if (!rows.isEmpty())
        claimId = m_claims->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    else if (m_claims->rowCount() == 1)
        claimId = m_claims->item(0, 0)->data(Qt::UserRole).toString();
    if (claimId.isEmpty()) {
        m_message->setText(tr("Select the claim that was reimbursed in the list."));
        return;
    }
    const auto claim = m_book.claim(claimId);
    if (!claim)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record the reimbursement"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("Statement %1 — %2, %3: %4 claimed.")
            .arg(claim->reference, claim->schemeLabel, monthInSentence(claim->month), claim->amount.toString()),
        &dialog));
    auto *amount = new QLineEdit(claim->amount.toString(), &dialog);
    amount->setObjectName(QStringLiteral("receivedAmountLineEdit"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setCalendarPopup(true);
    auto *reference = new QLineEdit(&dialog);
    addFormRow(form, tr("Amount &received:"), amount);
    addFormRow(form, tr("&Date received:"), date);
    addFormRow(form, tr("&Bank reference:"), reference);
    auto *error = makeErrorLabel(QStringLiteral("reimbursementErrorLabel"), &dialog);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto money = Money::parse(amount->text());
        if (!money) {
            setError(error, tr("Write the amount received in euros, e.g. 250,00."));
            return;
        }
        const auto r = m_book.recordReimbursement(claimId, *money, date->date(), reference->text());
        if (!r) {
            setError(error, r.errorMessage());
            return;
        }
        m_message->setText(tr("Reimbursement recorded: %1 received for %2 claimed; difference %3.")
                               .arg(r->received->toString(), r->amount.toString(), r->difference().toString()));
        dialog.accept();
    });
    dialog.exec();
    reload();
}

// --- Journal -------------------------------------------------------------------------------------

ChequeJournalWidget::ChequeJournalWidget(ChequeRegister &reg, QWidget *parent)
    : QWidget(parent)
    , m_register(reg)
{
    setObjectName(QStringLiteral("chequeJournalWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("History of a cheque"), this));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("C&ode:"), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("journalCodeLineEdit"));
    m_code->setAccessibleName(tr("Cheque code"));
    label->setBuddy(m_code);
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("journalShowButton"));
    row->addWidget(label);
    row->addWidget(m_code, 1);
    row->addWidget(show);
    layout->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("journalSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table
        = makeTable(QStringLiteral("journalTable"), { tr("When"), tr("Who"), tr("From"), tr("To"), tr("Why") }, this);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(tr("The journal is never changed: a correction is a new line."), this);
    note->setStyleSheet(QStringLiteral("color: #555555;"));
    layout->addWidget(note);
    connect(m_code, &QLineEdit::returnPressed, this, &ChequeJournalWidget::find);
    connect(show, &QPushButton::clicked, this, &ChequeJournalWidget::find);
}

void ChequeJournalWidget::find()
{
    const auto c = m_register.findByCode(m_code->text());
    if (!c) {
        m_summary->setText(tr("No cheque %1 in the register.").arg(code::clean(m_code->text())));
        m_table->setRowCount(0);
        return;
    }
    showCheque(c->id);
}

void ChequeJournalWidget::showCheque(const QString &chequeId)
{
    const auto c = m_register.cheque(chequeId);
    if (!c)
        return;
    m_code->setText(c->code);
    const auto s = m_register.scheme(c->schemeId);
    QString summary = tr("%1 %2 — %3, %4")
                          .arg(s ? s->label : c->schemeId, c->code, statusLabel(c->status), c->faceValue.toString());
    if (c->acceptedUntil.isValid())
        summary += QStringLiteral(" — ") + tr("accepted until %1").arg(frenchDate(c->acceptedUntil));
    if (c->foreign)
        summary += QStringLiteral(" — ") + tr("received from elsewhere");
    if (!c->claimId.isEmpty() && c->redeemedOn.isValid()) // its bordereau (the claim of its month)
        summary += QStringLiteral(" — ")
            + tr("statement %1")
                  .arg(cheques::claimReference(c->redeemedOn.toString(QStringLiteral("yyyy-MM")), c->claimId));
    m_summary->setText(summary);
    const QList<JournalEntry> entries = m_register.journal(chequeId);
    m_table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const JournalEntry &e = entries.at(i);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        QString why = e.why;
        if (!e.stopId.isEmpty() && m_stopNames) // discreetly: the bus stop where it happened
            why += QStringLiteral(" — ") + tr("stop: %1").arg(m_stopNames(e.stopId));
        setRow(m_table, i,
            { at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), e.who,
                e.from == ChequeStatus::None ? QString() : statusLabel(e.from), statusLabel(e.to), why });
    }
    m_table->resizeColumnsToContents();
}

// --- the section ---------------------------------------------------------------------------------

ChequesPage::ChequesPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_register(std::make_unique<ChequeRegister>(services.database))
    , m_book(std::make_unique<ClaimBook>(*m_register, services.database))
{
    setObjectName(QStringLiteral("chequesPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chequeTabs"));
    m_scan = new ChequeScanWidget(*m_register, m_tabs);
    m_stock = new ChequeStockWidget(*m_register, m_tabs);
    m_claims = new ChequeClaimsWidget(*m_register, *m_book, m_tabs);
    m_journal = new ChequeJournalWidget(*m_register, m_tabs);
    m_scan->setCurrentStop(services.currentStop);
    m_stock->setCurrentStop(services.currentStop);
    m_journal->setStopNames([db = &services.database](const QString &stopId) {
        const auto stop = itinerant::TourStore(*db).stop(stopId);
        return stop ? stop->name : stopId;
    });
    m_tabs->addTab(m_scan, tr("&Scan"));
    m_tabs->addTab(m_stock, tr("S&tock"));
    m_tabs->addTab(m_claims, tr("C&laims"));
    m_tabs->addTab(m_journal, tr("&Journal"));
    // Double redemptions (seen after a sync) above every tab, where a coordinator looks: each code
    // opens its journal.
    m_incidents = new QLabel(this);
    m_incidents->setObjectName(QStringLiteral("incidentBanner"));
    m_incidents->setWordWrap(true);
    m_incidents->setTextFormat(Qt::RichText);
    m_incidents->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_incidents->setStyleSheet(
        QStringLiteral("QLabel { background: #f8d7da; color: #58151c; padding: 6px; border: 1px solid #f1aeb5; }"));
    m_incidents->setVisible(false);
    layout->addWidget(m_incidents);
    layout->addWidget(m_tabs);
    connect(m_incidents, &QLabel::linkActivated, this, [this](const QString &chequeId) {
        m_journal->showCheque(chequeId);
        m_tabs->setCurrentWidget(m_journal);
    });
    connect(m_scan, &ChequeScanWidget::chequeRedeemed, this, &ChequesPage::reloadIncidents);

    connect(m_scan, &ChequeScanWidget::chequeRedeemed, this, &ChequesPage::chequeRedeemed);
    connect(m_stock, &ChequeStockWidget::journalRequested, this, [this](const QString &id) {
        m_journal->showCheque(id);
        m_tabs->setCurrentWidget(m_journal);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *w = m_tabs->widget(index);
        if (w == m_stock)
            m_stock->reload();
        else if (w == m_claims)
            m_claims->reload();
        else if (w == m_scan)
            m_scan->setFocus();
    });
    setFocusProxy(m_scan);
}

ChequesPage::~ChequesPage() = default;

void ChequesPage::showEvent(QShowEvent *event)
{
    reloadIncidents();
    QWidget::showEvent(event);
}

void ChequesPage::reloadIncidents()
{
    const QList<Incident> incidents = m_register->incidents();
    const int count = int(incidents.size());
    m_incidents->setVisible(count > 0);
    if (count == 0) {
        m_incidents->clear();
        return;
    }
    QHash<QString, QString> labels;
    for (const Scheme &s : m_register->schemes(false))
        labels.insert(s.id, s.label);
    QStringList items;
    constexpr int shown = 5; // the banner stays small on a 768-pixel screen; the rest is counted
    for (const Incident &incident : incidents) {
        if (items.size() == shown) {
            const int more = count - shown;
            items << QStringLiteral("<li>%1</li>").arg(tr("and %Ln more", nullptr, more));
            break;
        }
        QStringList where;
        for (const JournalEntry &e : m_register->journal(incident.chequeId)) {
            if (e.to != ChequeStatus::Encaisse
                || (e.from != ChequeStatus::None && e.from != ChequeStatus::EnStock
                    && e.from != ChequeStatus::Distribue))
                continue;
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
            where << QStringLiteral("<li>%1 — %2 (%3)</li>")
                         .arg(at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), e.why.toHtmlEscaped(),
                             e.who.toHtmlEscaped());
        }
        items << QStringLiteral("<li><a href=\"%1\">%2</a> — %3<ul style=\"-qt-list-indent: 2\">%4</ul></li>")
                     .arg(incident.chequeId.toHtmlEscaped(), incident.code.toHtmlEscaped(),
                         labels.value(incident.schemeId, incident.schemeId).toHtmlEscaped(), where.join(QString()));
    }
    m_incidents->setText(QStringLiteral("<b>%1</b><ul style=\"-qt-list-indent: 1\">%2</ul>%3")
                             .arg(tr("%Ln double redemption(s) to examine", nullptr, count), items.join(QString()),
                                 tr("A cheque redeemed at two places may be claimed only once: agree with the other "
                                    "place which redemption counts. Click a code to see its journal.")));
}

} // namespace escale::ui
