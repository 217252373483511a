<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityExportCommand</name>
    <message numerus="yes">
        <source>%Ln activity(ies) written to %1.</source>
        <translation>
            <numerusform>%Ln activity written to %1.</numerusform>
            <numerusform>%Ln activities written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequeRegister</name>
    <message numerus="yes">
        <source>%Ln of these cheques are already in the register, e.g. %1. Nothing was received.</source>
        <translation>
            <numerusform>%Ln of these cheques is already in the register, e.g. %1. Nothing was received.</numerusform>
            <numerusform>%Ln of these cheques are already in the register, e.g. %1. Nothing was received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequesClaimCommand</name>
    <message numerus="yes">
        <source>%Ln cheque(s) claimed for %1, %2; statement written to %3.</source>
        <translation>
            <numerusform>%Ln cheque claimed for %1, %2; statement written to %3.</numerusform>
            <numerusform>%Ln cheques claimed for %1, %2; statement written to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statement %1: %2 — %3, %Ln cheque(s), %4.</source>
        <translation>
            <numerusform>Statement %1: %2 — %3, %Ln cheque, %4.</numerusform>
            <numerusform>Statement %1: %2 — %3, %Ln cheques, %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequesListCommand</name>
    <message numerus="yes">
        <source>%Ln cheque(s).</source>
        <translation>
            <numerusform>%Ln cheque.</numerusform>
            <numerusform>%Ln cheques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequesReceiveCommand</name>
    <message numerus="yes">
        <source>%Ln cheque(s) received (%1 to %2).</source>
        <translation>
            <numerusform>%Ln cheque received (%1 to %2).</numerusform>
            <numerusform>%Ln cheques received (%1 to %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimBook</name>
    <message numerus="yes">
        <source>Nothing left to claim for %1: the %Ln cheque(s) redeemed that month are already in %2.</source>
        <translation>
            <numerusform>Nothing left to claim for %1: the cheque redeemed that month is already in %2.</numerusform>
            <numerusform>Nothing left to claim for %1: the %Ln cheques redeemed that month are already in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentValidateCommand</name>
    <message numerus="yes">
        <source>%1: %Ln error(s).</source>
        <translation>
            <numerusform>%1: %Ln error.</numerusform>
            <numerusform>%1: %Ln errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid %2 %3 « %4 » version %5 (%Ln item(s)).</source>
        <translation>
            <numerusform>%1: valid %2 %3 « %4 » version %5 (%Ln item).</numerusform>
            <numerusform>%1: valid %2 %3 « %4 » version %5 (%Ln items).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPlacesCommand</name>
    <message numerus="yes">
        <source>%Ln place(s) written to %1.</source>
        <translation>
            <numerusform>%Ln place written to %1.</numerusform>
            <numerusform>%Ln places written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportMonthlyCommand</name>
    <message numerus="yes">
        <source>Monthly sheet for %1 written to %2 (%Ln activity(ies)).</source>
        <translation>
            <numerusform>Monthly sheet for %1 written to %2 (%Ln activity).</numerusform>
            <numerusform>Monthly sheet for %1 written to %2 (%Ln activities).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) written to %1.</source>
        <translation>
            <numerusform>%Ln activity written to %1.</numerusform>
            <numerusform>%Ln activities written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTimetableCommand</name>
    <message numerus="yes">
        <source>Timetable of %1 written to %2 (%Ln line(s)).</source>
        <translation>
            <numerusform>Timetable of %1 written to %2 (%Ln line).</numerusform>
            <numerusform>Timetable of %1 written to %2 (%Ln lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToursListCommand</name>
    <message numerus="yes">
        <source>%1 (%2): %Ln stop(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln stop</numerusform>
            <numerusform>%1 (%2): %Ln stops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::DailyFigures</name>
    <message numerus="yes">
        <source>activity(ies) recorded today</source>
        <translation>
            <numerusform>activity recorded today</numerusform>
            <numerusform>activities recorded today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>person(s) accompanied today</source>
        <translation>
            <numerusform>person accompanied today</numerusform>
            <numerusform>people accompanied today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pass numérique cheque(s) redeemed today</source>
        <translation>
            <numerusform>Pass numérique cheque redeemed today</numerusform>
            <numerusform>Pass numérique cheques redeemed today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change(s) waiting to be synchronised</source>
        <translation>
            <numerusform>change waiting to be synchronised</numerusform>
            <numerusform>changes waiting to be synchronised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::competencies</name>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… and %Ln more problem</numerusform>
            <numerusform>… and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::itinerant</name>
    <message numerus="yes">
        <source>%Ln record(s) of the file did not say « itinerance »: marked « Itinérant », as the file was imported as a bus&apos;s stops.</source>
        <translation>
            <numerusform>%Ln record of the file did not say « itinerance »: marked « Itinérant », as the file was imported as a bus&apos;s stops.</numerusform>
            <numerusform>%Ln records of the file did not say « itinerance »: marked « Itinérant », as the file was imported as a bus&apos;s stops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::orientation</name>
    <message numerus="yes">
        <source>… and %Ln more error(s).</source>
        <translation>
            <numerusform>… and %Ln more error.</numerusform>
            <numerusform>… and %Ln more errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::reports</name>
    <message numerus="yes">
        <source>Total: %Ln cheque(s)</source>
        <translation>
            <numerusform>Total: %Ln cheque</numerusform>
            <numerusform>Total: %Ln cheques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commune(s) served</source>
        <translation>
            <numerusform>%Ln commune served</numerusform>
            <numerusform>%Ln communes served</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at %Ln stop(s).</source>
        <translation>
            <numerusform>at %Ln stop.</numerusform>
            <numerusform>at %Ln stops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stop(s) without a commune recorded.</source>
        <translation>
            <numerusform>%Ln stop without a commune recorded.</numerusform>
            <numerusform>%Ln stops without a commune recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ActivityPage</name>
    <message numerus="yes">
        <source>%Ln group(s) of probable duplicates.</source>
        <translation>
            <numerusform>%Ln group of probable duplicates.</numerusform>
            <numerusform>%Ln groups of probable duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) erased: last visit more than %1 months ago.</source>
        <translation>
            <numerusform>%Ln person erased: last visit more than %1 months ago.</numerusform>
            <numerusform>%Ln people erased: last visit more than %1 months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) will be erased within 30 days (no visit for %1 months); export their data first if they asked for it.</source>
        <translation>
            <numerusform>%Ln person will be erased within 30 days (no visit for %1 months); export their data first if they asked for it.</numerusform>
            <numerusform>%Ln people will be erased within 30 days (no visit for %1 months); export their data first if they asked for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) accompanied</source>
        <translation>
            <numerusform>%Ln person accompanied</numerusform>
            <numerusform>%Ln people accompanied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) reached</source>
        <translation>
            <numerusform>%Ln person reached</numerusform>
            <numerusform>%Ln people reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct named</source>
        <translation>
            <numerusform>%Ln distinct named</numerusform>
            <numerusform>%Ln distinct named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeClaimsWidget</name>
    <message numerus="yes">
        <source>%1: %Ln cheque(s), %2</source>
        <translation>
            <numerusform>%1: %Ln cheque, %2</numerusform>
            <numerusform>%1: %Ln cheques, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim prepared: %Ln cheque(s), %1. Print or save the statement and send it to the funder.</source>
        <translation>
            <numerusform>Claim prepared: %Ln cheque, %1. Print or save the statement and send it to the funder.</numerusform>
            <numerusform>Claim prepared: %Ln cheques, %1. Print or save the statement and send it to the funder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeScanWidget</name>
    <message numerus="yes">
        <source>%Ln cheque(s) redeemed since this screen opened.</source>
        <translation>
            <numerusform>%Ln cheque redeemed since this screen opened.</numerusform>
            <numerusform>%Ln cheques redeemed since this screen opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeStockWidget</name>
    <message numerus="yes">
        <source>%Ln %1 cheque(s) not used were accepted until %2 only: they are expired.</source>
        <translation>
            <numerusform>%Ln %1 cheque not used was accepted until %2 only: it is expired.</numerusform>
            <numerusform>%Ln %1 cheques not used were accepted until %2 only: they are expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 cheque(s) not used yet will no longer be accepted after %2.</source>
        <translation>
            <numerusform>%Ln %1 cheque not used yet will no longer be accepted after %2.</numerusform>
            <numerusform>%Ln %1 cheques not used yet will no longer be accepted after %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) received (%1 to %2).</source>
        <translation>
            <numerusform>%Ln cheque received (%1 to %2).</numerusform>
            <numerusform>%Ln cheques received (%1 to %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) handed out.</source>
        <translation>
            <numerusform>%Ln cheque handed out.</numerusform>
            <numerusform>%Ln cheques handed out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why are these %Ln cheque(s) cancelled (lost, damaged…)?</source>
        <translation>
            <numerusform>Why is this cheque cancelled (lost, damaged…)?</numerusform>
            <numerusform>Why are these %Ln cheques cancelled (lost, damaged…)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) cancelled.</source>
        <translation>
            <numerusform>%Ln cheque cancelled.</numerusform>
            <numerusform>%Ln cheques cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) marked as expired.</source>
        <translation>
            <numerusform>%Ln cheque marked as expired.</numerusform>
            <numerusform>%Ln cheques marked as expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequesPage</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln double redemption(s) to examine</source>
        <translation>
            <numerusform>%Ln double redemption to examine</numerusform>
            <numerusform>%Ln double redemptions to examine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::DiagnosticPage</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln domain(s)</source>
        <translation>
            <numerusform>%Ln domain</numerusform>
            <numerusform>%Ln domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answered</source>
        <translation>
            <numerusform>%Ln answered</numerusform>
            <numerusform>%Ln answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deduced</source>
        <translation>
            <numerusform>%Ln deduced</numerusform>
            <numerusform>%Ln deduced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::LayersPanel</name>
    <message numerus="yes">
        <source>%1 (%Ln feature(s))</source>
        <translation>
            <numerusform>%1 (%Ln feature)</numerusform>
            <numerusform>%1 (%Ln features)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Layer « %1 » imported: %Ln feature(s).</source>
        <translation>
            <numerusform>Layer « %1 » imported: %Ln feature.</numerusform>
            <numerusform>Layer « %1 » imported: %Ln features.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::MapView</name>
    <message numerus="yes">
        <source>%Ln place(s) here</source>
        <translation>
            <numerusform>%Ln place here</numerusform>
            <numerusform>%Ln places here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::PlacesPage</name>
    <message numerus="yes">
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::SyncPage</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ToursPage</name>
    <message numerus="yes">
        <source>Remove the tour « %1 » and its %Ln stop(s)? Records already made keep their stop.</source>
        <translation>
            <numerusform>Remove the tour « %1 » and its stop? Records already made keep their stop.</numerusform>
            <numerusform>Remove the tour « %1 » and its %Ln stops? Records already made keep their stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (see the tooltip).</source>
        <translation>
            <numerusform>… and %Ln more (see the tooltip).</numerusform>
            <numerusform>… and %Ln more (see the tooltip).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stop(s) served until %1 only (%2), then gone from the planning: import the itinerant places again (the button on the left) or edit the stops&apos; dates.</source>
        <translation>
            <numerusform>%Ln stop served until %1 only (%2), then gone from the planning: import the itinerant places again (the button on the left) or edit the stop&apos;s dates.</numerusform>
            <numerusform>%Ln stops served until %1 only (%2), then gone from the planning: import the itinerant places again (the button on the left) or edit the stops&apos; dates.</numerusform>
        </translation>
    </message>
</context>
</TS>
