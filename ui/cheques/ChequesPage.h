#pragma once

#include "AppServices.h"
#include "cheques/ChequeRegister.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace escale::cheques {
class ClaimBook;
}

namespace escale::ui {

// Scan: one big field for a USB barcode scanner (keystrokes ending with Enter) or typing; each scan
// answers at once, big and in colour, with a beep. Nothing needs the mouse: the field keeps the focus.
class ChequeScanWidget : public QWidget
{
    Q_OBJECT
public:
    ChequeScanWidget(cheques::ChequeRegister &reg, QWidget *parent = nullptr);

    void reloadSchemes();
    // The activity the next redeemed cheques are linked to (set by the activity screens), or none.
    void setActivityId(const QString &activityId) { m_activityId = activityId; }
    // The bus's current stop: cheques redeemed while it is set carry it (null: never a stop).
    void setCurrentStop(const itinerant::CurrentStop *stop) { m_currentStop = stop; }
    // Scans a code as if typed and followed by Enter (also what the field's Enter does).
    void scan(const QString &text);
    const cheques::ScanResult &lastResult() const { return m_last; }

Q_SIGNALS:
    void chequeRedeemed(const QString &chequeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const cheques::ScanResult &result);
    void redeemForeign();

    cheques::ChequeRegister &m_register;
    const itinerant::CurrentStop *m_currentStop = nullptr;
    QString m_activityId;
    cheques::ScanResult m_last;
    int m_redeemedCount = 0;
    QComboBox *m_scheme = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_foreign = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_sessionCount = nullptr;
};

// Stock: booklets and cheques by status, receive, hand out, cancel, expiry alerts.
class ChequeStockWidget : public QWidget
{
    Q_OBJECT
public:
    ChequeStockWidget(cheques::ChequeRegister &reg, QWidget *parent = nullptr);
    void reload();
    // The bus's current stop: cheques handed out while it is set carry it (null: never a stop).
    void setCurrentStop(const itinerant::CurrentStop *stop) { m_currentStop = stop; }

Q_SIGNALS:
    void journalRequested(const QString &chequeId);

private:
    void receive();
    void handOut();
    void cancel();
    void markExpired();
    void reloadCheques();
    QStringList selectedIds() const;

    cheques::ChequeRegister &m_register;
    const itinerant::CurrentStop *m_currentStop = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_alerts = nullptr;
    QPushButton *m_markExpired = nullptr;
    QTableWidget *m_booklets = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_codeFilter = nullptr;
    QTableWidget *m_cheques = nullptr;
    QLabel *m_message = nullptr;
};

// Claims: the month's claim, its statement (PDF, CSV), the reimbursement.
class ChequeClaimsWidget : public QWidget
{
    Q_OBJECT
public:
    ChequeClaimsWidget(cheques::ChequeRegister &reg, cheques::ClaimBook &book, QWidget *parent = nullptr);
    void reload();

private:
    QString month() const;
    void prepare();
    void previewPdf();
    void savePdf();
    void saveCsv();
    void recordReimbursement();
    // Statement and reimbursement buttons enabled only with a claim to act on.
    void updateActions();
    // Shows the claim of a typed statement number (« BR-2026-10-7K3QD2 »): its month, its row selected.
    void findStatement();

    cheques::ChequeRegister &m_register;
    cheques::ClaimBook &m_book;
    QDateEdit *m_month = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_prepare = nullptr;
    QTableWidget *m_claims = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveCsv = nullptr;
    QPushButton *m_reimburse = nullptr;
};

// Journal: the history of one cheque.
class ChequeJournalWidget : public QWidget
{
    Q_OBJECT
public:
    ChequeJournalWidget(cheques::ChequeRegister &reg, QWidget *parent = nullptr);
    void showCheque(const QString &chequeId);
    // How a stop id of the journal is shown (its name); unset: the stop is not shown.
    void setStopNames(std::function<QString(const QString &)> names) { m_stopNames = std::move(names); }

private:
    void find();

    cheques::ChequeRegister &m_register;
    std::function<QString(const QString &)> m_stopNames;
    QLineEdit *m_code = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

// The « Pass numérique » section (Ctrl+5): Scan, Stock, Claims, Journal.
class ChequesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChequesPage(AppServices services, QWidget *parent = nullptr);
    ~ChequesPage() override;

    ChequeScanWidget *scanWidget() const { return m_scan; }
    // Re-reads the double redemptions (ChequeRegister::incidents()) shown above the tabs.
    void reloadIncidents();

Q_SIGNALS:
    // A cheque was redeemed (the Accueil figures may refresh).
    void chequeRedeemed(const QString &chequeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    AppServices m_services;
    std::unique_ptr<cheques::ChequeRegister> m_register;
    std::unique_ptr<cheques::ClaimBook> m_book;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_incidents = nullptr;
    ChequeScanWidget *m_scan = nullptr;
    ChequeStockWidget *m_stock = nullptr;
    ChequeClaimsWidget *m_claims = nullptr;
    ChequeJournalWidget *m_journal = nullptr;
};

} // namespace escale::ui
