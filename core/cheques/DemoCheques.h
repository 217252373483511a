#pragma once

#include "cheques/ChequeTypes.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QMap>

namespace escale::storage {
class Database;
}

namespace escale::cheques {

// Demonstration Pass numérique cheques for `escale demo` (docs/cheques.md, « Données de
// démonstration »), written after the activities of activity::fillDemo, in its transaction, through
// ChequeRegister and ClaimBook only, each step at its own past moment (a register on a clock that
// walks through the demo's year):
//  - booklets of 10 received over the year, alternately APTIC and the Pass Numérique of a département,
//    labelled « DÉMO-… », codes « DEMOA26nnnn » / « DEMOP26nnnn », funders and prescriber « Démo — … »;
//  - most cheques handed out to the demo's fictitious people, most of those redeemed by the same
//    person at one of their later accompaniments (the cheque names the activity, the activity links the
//    cheque), within the cheque's validity, some in January's grace period;
//  - the cheques of a past year left unused marked expired after 31 January, two cancelled;
//  - one double redemption: the journal entry of a fictitious other place arrives as by a sync;
//  - a claim per scheme and funder for every past month with redemptions, prepared on the third
//    working day of the next month; those older than about five weeks reimbursed in full.
// The same seed and the same clock always give the same cheques. Refuses a register that already holds
// cheques (code "cheques.demo-not-empty"); needs the demo's people and activities to link to (without
// any, the cheques are only received, handed out to nobody, and expired or cancelled).
Status fillDemo(storage::Database &db, const Clock &clock);

struct DemoChequeSummary
{
    int booklets = 0;
    int cheques = 0;
    QMap<ChequeStatus, int> byStatus;
    int claims = 0;
    int reimbursedClaims = 0;
    int incidents = 0;
};
// What the register holds (counted from the database).
DemoChequeSummary demoChequeSummary(storage::Database &db);

} // namespace escale::cheques
