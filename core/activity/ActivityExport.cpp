#include "activity/ActivityExport.h"

#include "common/Csv.h"

#include "activity/Activity.h"
#include "common/Vocabulary.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::activity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::activity", text); // the context lupdate gives tr() in this namespace
}

QString labels(vocab::Kind kind, const QString &codes)
{
    QStringList out;
    for (const QString &c : ActivityStore::splitCodes(codes))
        out << vocab::label(kind, c);
    return out.join(QStringLiteral(", "));
}

QString lieuText(const QString &kind, const QString &label)
{
    if (kind == lieu::Stop)
        return QStringLiteral("Arrêt : %1").arg(label);
    if (kind == lieu::Domicile)
        return QStringLiteral("À domicile");
    if (kind == lieu::ADistance)
        return QStringLiteral("À distance");
    return QStringLiteral("Structure");
}

} // namespace

QStringList csvHeaders()
{
    // The national tool's export columns (French, as funders read them).
    return { QStringLiteral("Date"), QStringLiteral("Type"), QStringLiteral("Durée (min)"), QStringLiteral("Canal"),
        QStringLiteral("Lieu"), QStringLiteral("Matériel"), QStringLiteral("Thématiques"),
        QStringLiteral("Démarches administratives"), QStringLiteral("Autonomie"), QStringLiteral("Niveau"),
        QStringLiteral("Redirection"), QStringLiteral("Participants"), QStringLiteral("Bénéficiaire anonyme"),
        QStringLiteral("Genre"), QStringLiteral("Tranche d'âge"), QStringLiteral("Statut"), QStringLiteral("Commune"),
        QStringLiteral("Médiateur"), QStringLiteral("Identifiant") };
}

QString csvCell(const QString &value)
{
    return csv::cell(value, QLatin1Char(';'));
}

Result<QByteArray> exportActivitiesCsv(storage::Database &db, const QDate &from, const QDate &to, int *rows)
{
    QHash<QString, QString> users;
    {
        QSqlQuery u(db.connection());
        if (u.exec(QStringLiteral("SELECT id, display_name FROM users")))
            while (u.next())
                users.insert(u.value(0).toString(), u.value(1).toString());
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT date, type, duree_minutes, canal, lieu_kind, lieu_label, materiel, thematiques, demarches, autonomie, "
        "niveau, redirection, participants, beneficiary_id, genre, tranche_age, statut, commune, mediator_id, id "
        "FROM activities WHERE deleted = 0 AND date >= ? AND date <= ? ORDER BY date, created_at"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Error { QStringLiteral("activity.sql"), storage::describeSqlError(q.lastError()) };
    QString text;
    auto line = [&text](const QStringList &cells) {
        QStringList escapedCells;
        for (const QString &c : cells)
            escapedCells << csvCell(c);
        text += escapedCells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    line(csvHeaders());
    int count = 0;
    while (q.next()) {
        ++count;
        const bool collective = q.value(1).toString() == QStringLiteral("collectif");
        line({ QDate::fromString(q.value(0).toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
            vocab::label(vocab::Kind::ActivityType, q.value(1).toString()), QString::number(q.value(2).toInt()),
            vocab::label(vocab::Kind::Canal, q.value(3).toString()),
            lieuText(q.value(4).toString(), q.value(5).toString()),
            labels(vocab::Kind::Materiel, q.value(6).toString()),
            labels(vocab::Kind::ThematiqueMediation, q.value(7).toString()),
            labels(vocab::Kind::ThematiqueDemarche, q.value(8).toString()),
            q.value(9).toString().isEmpty() ? QString() : vocab::label(vocab::Kind::Autonomie, q.value(9).toString()),
            q.value(10).toString().isEmpty() ? QString() : vocab::label(vocab::Kind::Niveau, q.value(10).toString()),
            q.value(11).toString().isEmpty() ? QString()
                                             : vocab::label(vocab::Kind::Redirection, q.value(11).toString()),
            QString::number(q.value(12).toInt()),
            collective ? QString() : (q.value(13).toString().isEmpty() ? QStringLiteral("Oui") : QStringLiteral("Non")),
            q.value(14).toString().isEmpty() ? QString() : vocab::label(vocab::Kind::Genre, q.value(14).toString()),
            q.value(15).toString().isEmpty() ? QString()
                                             : vocab::label(vocab::Kind::TrancheAge, q.value(15).toString()),
            q.value(16).toString().isEmpty() ? QString() : vocab::label(vocab::Kind::Statut, q.value(16).toString()),
            q.value(17).toString(), users.value(q.value(18).toString()), q.value(19).toString() });
    }
    QByteArray data("\xEF\xBB\xBF");
    data += text.toUtf8();
    if (rows)
        *rows = count;
    return data;
}

Status writeActivitiesCsv(storage::Database &db, const QDate &from, const QDate &to, const QString &path, int *rows)
{
    auto data = exportActivitiesCsv(db, from, to, rows);
    if (!data)
        return data.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("activity.csv-write"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(*data);
    if (!file.commit())
        return Status::failure(
            QStringLiteral("activity.csv-write"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QList<QStringList> parseCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace escale::activity
