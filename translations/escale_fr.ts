<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityExportCommand</name>
    <message>
        <source>Export activities of a period as CSV (the national tool's columns).</source>
        <translation>Exporter les activités d'une période en CSV (colonnes de l'outil national).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>escale activity export: --from YYYY-MM-DD --to YYYY-MM-DD --output FILE.csv are required.</source>
        <translation>escale activity export : --from AAAA-MM-JJ --to AAAA-MM-JJ --output FICHIER.csv sont requis.</translation>
    </message>
    <message>
        <source>escale activity export: invalid date for %1: %2 (expected YYYY-MM-DD, e.g. 2026-10-01).</source>
        <translation>escale activity export : date invalide pour %1 : %2 (attendu AAAA-MM-JJ, par ex. 2026-10-01).</translation>
    </message>
    <message>
        <source>escale activity export: --to (%1) is before --from (%2).</source>
        <translation>escale activity export : --to (%1) est avant --from (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) written to %1.</source>
        <translation>
            <numerusform>%Ln activité écrite dans %1.</numerusform>
            <numerusform>%Ln activités écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database, even while Escale is open.</source>
        <translation>Écrire une copie cohérente de la base, même pendant qu'Escale est ouvert.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>La copie à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>escale backup: --output FILE is required.</source>
        <translation>escale backup : --output FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>Copy written to %1.</source>
        <translation>Copie écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>ChequeRegister</name>
    <message>
        <source>The scheme id « %1 » must be 1 to 40 lower-case letters, digits or _.</source>
        <translation>L'identifiant de dispositif « %1 » doit compter de 1 à 40 lettres minuscules, chiffres ou _.</translation>
    </message>
    <message>
        <source>A scheme needs a name.</source>
        <translation>Un dispositif doit avoir un nom.</translation>
    </message>
    <message>
        <source>The code pattern « %1 » is not a valid regular expression.</source>
        <translation>Le motif de code « %1 » n'est pas une expression régulière valide.</translation>
    </message>
    <message>
        <source>The face value cannot be negative and a booklet holds at least one cheque.</source>
        <translation>La valeur faciale ne peut pas être négative et un carnet contient au moins un chèque.</translation>
    </message>
    <message>
        <source>The cheque %1 is « %2 »: it cannot become « %3 ».</source>
        <translation>Le chèque %1 est « %2 » : il ne peut pas devenir « %3 ».</translation>
    </message>
    <message>
        <source>Say why the cheque %1 goes from « %2 » to « %3 ».</source>
        <translation>Indiquez pourquoi le chèque %1 passe de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>There is no scheme « %1 ». Known schemes: %2.</source>
        <translation>Il n'y a pas de dispositif « %1 ». Dispositifs connus : %2.</translation>
    </message>
    <message>
        <source>The code %1 does not match the format of %2 (%3).</source>
        <translation>Le code %1 ne correspond pas au format de %2 (%3).</translation>
    </message>
    <message>
        <source>line %1: « %2 »</source>
        <translation>ligne %1 : « %2 »</translation>
    </message>
    <message>
        <source>These codes do not match the format of %1 (%2): %3. Nothing was received.</source>
        <translation>Ces codes ne correspondent pas au format de %1 (%2) : %3. Rien n'a été reçu.</translation>
    </message>
    <message>
        <source>No code to receive.</source>
        <translation>Aucun code à recevoir.</translation>
    </message>
    <message>
        <source>The code %1 appears twice in what was given. Nothing was received.</source>
        <translation>Le code %1 figure deux fois dans la saisie. Rien n'a été reçu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these cheques are already in the register, e.g. %1. Nothing was received.</source>
        <translation>
            <numerusform>%Ln de ces chèques est déjà au registre, par exemple %1. Rien n'a été reçu.</numerusform>
            <numerusform>%Ln de ces chèques sont déjà au registre, par exemple %1. Rien n'a été reçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>received in booklet %1</source>
        <translation>reçu dans le carnet %1</translation>
    </message>
    <message>
        <source>Choose the cheques to hand out.</source>
        <translation>Choisissez les chèques à remettre.</translation>
    </message>
    <message>
        <source>There is no cheque %1.</source>
        <translation>Il n'y a pas de chèque %1.</translation>
    </message>
    <message>
        <source>handed out by %1</source>
        <translation>remis par %1</translation>
    </message>
    <message>
        <source>Say why the cheques are cancelled (lost, damaged…).</source>
        <translation>Indiquez pourquoi les chèques sont annulés (perdus, abîmés…).</translation>
    </message>
    <message>
        <source>Choose the cheques to cancel.</source>
        <translation>Choisissez les chèques à annuler.</translation>
    </message>
    <message>
        <source>A cheque is redeemed by scanning it, so that the redemption is recorded once.</source>
        <translation>Un chèque s'encaisse en le scannant, pour que l'encaissement soit enregistré une seule fois.</translation>
    </message>
    <message>
        <source>acceptance date %1 passed</source>
        <translation>date limite d'acceptation %1 dépassée</translation>
    </message>
    <message>
        <source>There is no scheme « %1 ».</source>
        <translation>Il n'y a pas de dispositif « %1 ».</translation>
    </message>
    <message>
        <source>%1 does not match the format of %2 cheques.</source>
        <translation>%1 ne correspond pas au format des chèques %2.</translation>
    </message>
    <message>
        <source>%1 does not match the format of any cheque scheme.</source>
        <translation>%1 ne correspond au format d'aucun dispositif de chèques.</translation>
    </message>
    <message>
        <source>Unknown cheque %1: it was never received here. Redeem it as a cheque from elsewhere?</source>
        <translation>Chèque inconnu %1 : il n'a jamais été reçu ici. L'encaisser comme chèque d'ailleurs ?</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2%3.</source>
        <translation>Déjà encaissé le %1 — %2%3.</translation>
    </message>
    <message>
        <source>this place</source>
        <translation>ce lieu</translation>
    </message>
    <message>
        <source>Cancelled cheque: it cannot be redeemed.</source>
        <translation>Chèque annulé : il ne peut pas être encaissé.</translation>
    </message>
    <message>
        <source>Cancelled cheque (%1): it cannot be redeemed.</source>
        <translation>Chèque annulé (%1) : il ne peut pas être encaissé.</translation>
    </message>
    <message>
        <source>Expired: this cheque was accepted until %1.</source>
        <translation>Expiré : ce chèque était accepté jusqu'au %1.</translation>
    </message>
    <message>
        <source>Expired cheque: it cannot be redeemed.</source>
        <translation>Chèque expiré : il ne peut pas être encaissé.</translation>
    </message>
    <message>
        <source>Valid — redeemed: %1, %2 (valid until %3, still accepted until %4).</source>
        <translation>Valide — encaissé : %1, %2 (valable jusqu'au %3, encore accepté jusqu'au %4).</translation>
    </message>
    <message>
        <source>Valid — redeemed: %1, %2.</source>
        <translation>Valide — encaissé : %1, %2.</translation>
    </message>
    <message>
        <source>Valid: %1, %2 — not redeemed yet.</source>
        <translation>Valide : %1, %2 — pas encore encaissé.</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>encaissé</translation>
    </message>
    <message>
        <source>redeemed at %1</source>
        <translation>encaissé à %1</translation>
    </message>
    <message>
        <source>scanned after its acceptance date %1</source>
        <translation>scanné après sa date limite d'acceptation %1</translation>
    </message>
    <message>
        <source>The code %1 matches several schemes (%2): choose the scheme of this cheque.</source>
        <translation>Le code %1 correspond à plusieurs dispositifs (%2) : choisissez le dispositif de ce chèque.</translation>
    </message>
    <message>
        <source>cheque from elsewhere</source>
        <translation>chèque d'ailleurs</translation>
    </message>
    <message>
        <source>Redeemed as a cheque from elsewhere: %1, %2.</source>
        <translation>Encaissé comme chèque d'ailleurs : %1, %2.</translation>
    </message>
</context>
<context>
    <name>ChequesClaimCommand</name>
    <message>
        <source>Prepare the month's reimbursement claim and write its statement (PDF, and CSV if asked).</source>
        <translation>Préparer la demande de remboursement du mois et écrire son bordereau (PDF, et CSV si demandé).</translation>
    </message>
    <message>
        <source>The month of the redemptions, YYYY-MM.</source>
        <translation>Le mois des encaissements, AAAA-MM.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>The statement to write (PDF).</source>
        <translation>Le bordereau à écrire (PDF).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>Also write the statement as CSV.</source>
        <translation>Écrire aussi le bordereau en CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>escale cheques claim: give --month YYYY-MM and --output FILE.pdf.</source>
        <translation>escale cheques claim : indiquez --month AAAA-MM et --output FICHIER.pdf.</translation>
    </message>
    <message>
        <source>escale cheques claim: « %1 » is not a month; write it YYYY-MM.</source>
        <translation>escale cheques claim : « %1 » n'est pas un mois ; écrivez-le AAAA-MM.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1 : écriture impossible (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) claimed for %1, %2; statement written to %3.</source>
        <translation>
            <numerusform>%Ln chèque réclamé pour %1, %2 ; bordereau écrit dans %3.</numerusform>
            <numerusform>%Ln chèques réclamés pour %1, %2 ; bordereau écrit dans %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statement %1: %2 — %3, %Ln cheque(s), %4.</source>
        <translation>
            <numerusform>Bordereau %1 : %2 — %3, %Ln chèque, %4.</numerusform>
            <numerusform>Bordereau %1 : %2 — %3, %Ln chèques, %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new claim was made; the statement of the existing claims was written again to %1.</source>
        <translation>Aucune nouvelle demande n'a été faite ; le bordereau des demandes existantes a été réécrit dans %1.</translation>
    </message>
</context>
<context>
    <name>ChequesIncidentsCommand</name>
    <message>
        <source>List the cheques redeemed more than once. Double redemptions made offline at two places show up after a sync; before the first sync this list is normally empty.</source>
        <translation>Lister les chèques encaissés plus d'une fois. Les doubles encaissements faits hors ligne dans deux lieux apparaissent après une synchronisation (sync) ; avant la première synchronisation, cette liste est normalement vide.</translation>
    </message>
    <message>
        <source>No cheque was redeemed twice.</source>
        <translation>Aucun chèque n'a été encaissé deux fois.</translation>
    </message>
</context>
<context>
    <name>ChequesListCommand</name>
    <message>
        <source>List the cheques of the register.</source>
        <translation>Lister les chèques du registre.</translation>
    </message>
    <message>
        <source>Only this status: %1.</source>
        <translation>Seulement ce statut : %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Only this scheme.</source>
        <translation>Seulement ce dispositif.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>escale cheques list: unknown status « %1 ».</source>
        <translation>escale cheques list : statut inconnu « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s).</source>
        <translation>
            <numerusform>%Ln chèque.</numerusform>
            <numerusform>%Ln chèques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequesReceiveCommand</name>
    <message>
        <source>Receive a booklet of Pass numérique cheques (a range or a list).</source>
        <translation>Recevoir un carnet de chèques Pass numérique (une plage ou une liste).</translation>
    </message>
    <message>
        <source>The scheme (aptic, pass_numerique, cheque_numerique…).</source>
        <translation>Le dispositif (aptic, pass_numerique, cheque_numerique…).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The first and last codes, FIRST..LAST.</source>
        <translation>Le premier et le dernier code, PREMIER..DERNIER.</translation>
    </message>
    <message>
        <source>FIRST..LAST</source>
        <translation>PREMIER..DERNIER</translation>
    </message>
    <message>
        <source>A text file with one code per line (UTF-8).</source>
        <translation>Un fichier texte avec un code par ligne (UTF-8).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The number printed on the booklet.</source>
        <translation>Le numéro imprimé sur le carnet.</translation>
    </message>
    <message>
        <source>The funder (commanditaire), if not the scheme's.</source>
        <translation>Le commanditaire, s'il n'est pas celui du dispositif.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The year the cheques were issued (default: this year).</source>
        <translation>L'année d'émission des chèques (par défaut : cette année).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>escale cheques receive: give --scheme ID and either --range FIRST..LAST or --file FILE.</source>
        <translation>escale cheques receive : indiquez --scheme ID et soit --range PREMIER..DERNIER, soit --file FICHIER.</translation>
    </message>
    <message>
        <source>escale cheques receive: --issue-year expects a year such as 2026.</source>
        <translation>escale cheques receive : --issue-year attend une année, par exemple 2026.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) received (%1 to %2).</source>
        <translation>
            <numerusform>%Ln chèque reçu (%1 à %2).</numerusform>
            <numerusform>%Ln chèques reçus (%1 à %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequesRedeemCommand</name>
    <message>
        <source>Redeem a Pass numérique cheque; exit status 1 when it is refused (already redeemed, expired…).</source>
        <translation>Encaisser un chèque Pass numérique ; statut de sortie 1 s'il est refusé (déjà encaissé, expiré…).</translation>
    </message>
    <message>
        <source>The code as printed or scanned.</source>
        <translation>Le code tel qu'imprimé ou scanné.</translation>
    </message>
    <message>
        <source>The scheme of the cheque (required for --foreign when the code fits several schemes).</source>
        <translation>Le dispositif du chèque (obligatoire avec --foreign quand le code convient à plusieurs dispositifs).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Redeem it even if it was never received here (a cheque from elsewhere).</source>
        <translation>L'encaisser même s'il n'a jamais été reçu ici (un chèque d'ailleurs).</translation>
    </message>
    <message>
        <source>The id of the activity it paid for.</source>
        <translation>L'identifiant de l'activité qu'il a payée.</translation>
    </message>
    <message>
        <source>escale cheques redeem: give exactly one CODE.</source>
        <translation>escale cheques redeem : indiquez un seul CODE.</translation>
    </message>
    <message>
        <source>To redeem it as a cheque from elsewhere: escale cheques redeem %1 --foreign --scheme ID</source>
        <translation>Pour l'encaisser comme chèque d'ailleurs : escale cheques redeem %1 --foreign --scheme ID</translation>
    </message>
</context>
<context>
    <name>ClaimBook</name>
    <message>
        <source>« %1 » is not a month: write it YYYY-MM, e.g. 2026-10.</source>
        <translation>« %1 » n'est pas un mois : écrivez-le AAAA-MM, par exemple 2026-10.</translation>
    </message>
    <message>
        <source>Nothing to claim for %1: no cheque was redeemed that month.</source>
        <translation>Rien à réclamer pour %1 : aucun chèque n'a été encaissé ce mois-là.</translation>
    </message>
    <message>
        <source>The amount received cannot be negative.</source>
        <translation>Le montant reçu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Give the date the reimbursement was received.</source>
        <translation>Indiquez la date de réception du remboursement.</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>Il n'y a pas de demande %1.</translation>
    </message>
    <message>
        <source>The claim of %1 (%2) is already closed: %3 received on %4.</source>
        <translation>La demande de %1 (%2) est déjà close : %3 reçus le %4.</translation>
    </message>
    <message>
        <source>reimbursed on %1</source>
        <translation>remboursé le %1</translation>
    </message>
    <message>
        <source>reimbursed on %1, bank reference %2</source>
        <translation>remboursé le %1, référence bancaire %2</translation>
    </message>
    <message>
        <source>No claim was prepared for %1.</source>
        <translation>Aucune demande n'a été préparée pour %1.</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>bordereau %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing left to claim for %1: the %Ln cheque(s) redeemed that month are already in %2.</source>
        <translation>
            <numerusform>Plus rien à réclamer pour %1 : le chèque encaissé ce mois-là figure déjà dans %2.</numerusform>
            <numerusform>Plus rien à réclamer pour %1 : les %Ln chèques encaissés ce mois-là figurent déjà dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentValidateCommand</name>
    <message>
        <source>Check a content document (orientation tree, competency framework) and list its errors.</source>
        <translation>Vérifier un document de contenu (arbre d'orientation, référentiel de compétences) et lister ses erreurs.</translation>
    </message>
    <message>
        <source>The JSON document to check.</source>
        <translation>Le document JSON à vérifier.</translation>
    </message>
    <message>
        <source>escale content validate: give exactly one FILE.</source>
        <translation>escale content validate : donnez exactement un FICHIER.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be a content document.</source>
        <translation>%1 est trop gros (%2 octets) pour être un document de contenu.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln error(s).</source>
        <translation>
            <numerusform>%1 : %Ln erreur.</numerusform>
            <numerusform>%1 : %Ln erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid %2 %3 « %4 » version %5 (%Ln item(s)).</source>
        <translation>
            <numerusform>%1 : %2 %3 « %4 » version %5 valide (%Ln élément).</numerusform>
            <numerusform>%1 : %2 %3 « %4 » version %5 valide (%Ln éléments).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a fresh database with a year of clearly labelled demonstration data.</source>
        <translation>Remplir une base neuve avec un an de données de démonstration clairement signalées.</translation>
    </message>
    <message>
        <source>Demonstration data written — users: %1, fictitious people: %2, activities: %3, Pass numérique cheques: %4 (booklets: %5), reimbursement claims: %6.</source>
        <translation>Données de démonstration écrites — utilisateurs : %1, personnes fictives : %2, activités : %3, chèques Pass numérique : %4 (carnets : %5), demandes de remboursement : %6.</translation>
    </message>
</context>
<context>
    <name>ExportPlacesCommand</name>
    <message>
        <source>Export the places as national standard v2 CSV or JSON.</source>
        <translation>Exporter les lieux au standard national v2, en CSV ou en JSON.</translation>
    </message>
    <message>
        <source>The file to write (suggested name: AAAAMMJJ_producteur_lieux-de-mediation-numerique_territoire.csv).</source>
        <translation>Le fichier à écrire (nom conseillé : AAAAMMJJ_producteur_lieux-de-mediation-numerique_territoire.csv).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>escale export places: --output FILE is required.</source>
        <translation>escale export places : --output FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>escale export places: unknown --format « %1 » (csv or json).</source>
        <translation>escale export places : --format « %1 » inconnu (csv ou json).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) written to %1.</source>
        <translation>
            <numerusform>%Ln lieu écrit dans %1.</numerusform>
            <numerusform>%Ln lieux écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlacesCommand</name>
    <message>
        <source>Import places (national standard v1/v2 CSV or JSON, France Services list, mapped CSV).</source>
        <translation>Importer des lieux (standard national v1/v2 en CSV ou JSON, liste France Services, CSV avec correspondance de colonnes).</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>auto (default), standard, france-services or mapped.</source>
        <translation>auto (par défaut), standard, france-services ou mapped.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --format mapped: a JSON file {"column": "field"}.</source>
        <translation>Avec --format mapped : un fichier JSON {"colonne": "champ"}.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Read and check the file, write nothing.</source>
        <translation>Lire et vérifier le fichier, sans rien écrire.</translation>
    </message>
    <message>
        <source>escale import places: give exactly one FILE.</source>
        <translation>escale import places : indiquez exactement un FICHIER.</translation>
    </message>
    <message>
        <source>escale import places: unknown --format « %1 » (auto, standard, france-services, mapped).</source>
        <translation>escale import places : --format « %1 » inconnu (auto, standard, france-services, mapped).</translation>
    </message>
    <message>
        <source>escale import places: --format mapped needs --mapping FILE.</source>
        <translation>escale import places : --format mapped demande --mapping FICHIER.</translation>
    </message>
    <message>
        <source>escale import places: --mapping goes with --format mapped.</source>
        <translation>escale import places : --mapping va avec --format mapped.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped.</source>
        <translation>%1 (%2) — ajoutés : %3, mis à jour : %4, inchangés : %5, ignorés : %6.</translation>
    </message>
    <message>
        <source>  row %1: skipped: %2</source>
        <translation>  ligne %1 : ignorée : %2</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>PlacesSearchCommand</name>
    <message>
        <source>Search the places by words, service, opening time and distance.</source>
        <translation>Rechercher des lieux par mots, service, horaires et distance.</translation>
    </message>
    <message>
        <source>Words of the name, address, commune or postcode.</source>
        <translation>Des mots du nom, de l'adresse, de la commune ou du code postal.</translation>
    </message>
    <message>
        <source>Sort by distance to this point.</source>
        <translation>Trier par distance à ce point.</translation>
    </message>
    <message>
        <source>LAT,LON</source>
        <translation>LAT,LON</translation>
    </message>
    <message>
        <source>With --near: only places within this distance.</source>
        <translation>Avec --near : seulement les lieux à cette distance au plus.</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>A service (code or label of the standard); repeatable.</source>
        <translation>Un service (code ou libellé du standard) ; peut être répété.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A typologie code (EPN, RFS…); repeatable.</source>
        <translation>Un code de typologie (EPN, RFS…) ; peut être répété.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only places that accept the Pass numérique.</source>
        <translation>Seulement les lieux qui acceptent le Pass numérique.</translation>
    </message>
    <message>
        <source>Only places open at this local time.</source>
        <translation>Seulement les lieux ouverts à cette heure locale.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>At most N places (default 20).</source>
        <translation>Au plus N lieux (20 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>escale places search: --limit expects a positive number, not « %1 ».</source>
        <translation>escale places search : --limit attend un nombre positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>escale places search: --near expects LAT,LON in decimal degrees (e.g. 44.09,6.23), not « %1 ».</source>
        <translation>escale places search : --near attend LAT,LON en degrés décimaux (par exemple 44.09,6.23), pas « %1 ».</translation>
    </message>
    <message>
        <source>escale places search: --radius expects a distance in km, with --near.</source>
        <translation>escale places search : --radius attend une distance en km, avec --near.</translation>
    </message>
    <message>
        <source>escale places search: --open-at expects YYYY-MM-DDTHH:MM, not « %1 ».</source>
        <translation>escale places search : --open-at attend AAAA-MM-JJTHH:MM, pas « %1 ».</translation>
    </message>
    <message>
        <source>No place found.</source>
        <translation>Aucun lieu trouvé.</translation>
    </message>
    <message>
        <source> (%1 km)</source>
        <translation> (%1 km)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
</context>
<context>
    <name>ReportMonthlyCommand</name>
    <message>
        <source>Write the monthly activity sheet (PDF) and, optionally, the month's activities (CSV).</source>
        <translation>Écrire la fiche d'activité mensuelle (PDF) et, au choix, les activités du mois (CSV).</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation>Le mois, au format AAAA-MM.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Also write the month's activities as CSV.</source>
        <translation>Écrire aussi les activités du mois en CSV.</translation>
    </message>
    <message>
        <source>escale report monthly: --output FILE.pdf is required.</source>
        <translation>escale report monthly : --output FICHIER.pdf est requis.</translation>
    </message>
    <message numerus="yes">
        <source>Monthly sheet for %1 written to %2 (%Ln activity(ies)).</source>
        <translation>
            <numerusform>Fiche mensuelle (%1) écrite dans %2 (%Ln activité).</numerusform>
            <numerusform>Fiche mensuelle (%1) écrite dans %2 (%Ln activités).</numerusform>
        </translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>escale report monthly: --month YYYY-MM is required.</source>
        <translation>escale report monthly : --month AAAA-MM est requis.</translation>
    </message>
    <message>
        <source>escale report monthly: invalid month: %1 (expected YYYY-MM, e.g. 2026-10).</source>
        <translation>escale report monthly : mois invalide : %1 (attendu AAAA-MM, par ex. 2026-10).</translation>
    </message>
    <message>
        <source>warning: %1 has not begun yet; the sheet is empty.</source>
        <translation>attention : %1 n'a pas encore commencé ; la fiche est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) written to %1.</source>
        <translation>
            <numerusform>%Ln activité écrite dans %1.</numerusform>
            <numerusform>%Ln activités écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month is in progress: its figures go up to %1, compared with the same days of the other months.</source>
        <translation>Le mois est en cours : ses chiffres vont jusqu'au %1, comparés aux mêmes jours des autres mois.</translation>
    </message>
</context>
<context>
    <name>ReportTimetableCommand</name>
    <message>
        <source>Write the bus's public timetable (PDF, A4, large type) to post in the villages.</source>
        <translation>Écrire la fiche horaire publique du bus (PDF, A4, gros caractères) à afficher dans les villages.</translation>
    </message>
    <message>
        <source>The tour (id or name).</source>
        <translation>La tournée (identifiant ou nom).</translation>
    </message>
    <message>
        <source>TOUR</source>
        <translation>TOURNÉE</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>escale report timetable: --tour ID or NAME is required.</source>
        <translation>escale report timetable : --tour ID ou NOM est obligatoire.</translation>
    </message>
    <message>
        <source>escale report timetable: --output FILE.pdf is required.</source>
        <translation>escale report timetable : --output FICHIER.pdf est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>Timetable of %1 written to %2 (%Ln line(s)).</source>
        <translation>
            <numerusform>Fiche horaire de %1 écrite dans %2 (%Ln ligne).</numerusform>
            <numerusform>Fiche horaire de %1 écrite dans %2 (%Ln lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation>  laissé de côté : %1</translation>
    </message>
    <message>
        <source>Warning: this timetable posts the bus at two stops at the same time. Correct the stops (Tours › Stops) before posting it.</source>
        <translation>Attention : cette fiche horaire annonce le bus à deux arrêts en même temps. Corrigez les arrêts (Tournées › Arrêts) avant de l'afficher.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Synchronise with the network's CouchDB server (send local changes, receive the others').</source>
        <translation>Synchroniser avec le serveur CouchDB du réseau (envoyer les modifications locales, recevoir celles des autres).</translation>
    </message>
    <message>
        <source>Server address, e.g. https://couchdb.example.org:6984.</source>
        <translation>Adresse du serveur, par exemple https://couchdb.example.org:6984.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Nom d'utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>File whose first line is the password (otherwise the keychain).</source>
        <translation>Fichier dont la première ligne est le mot de passe (sinon le trousseau).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Name of the territory database.</source>
        <translation>Nom de la base du territoire.</translation>
    </message>
    <message>
        <source>Name of this structure's database.</source>
        <translation>Nom de la base de cette structure.</translation>
    </message>
    <message>
        <source>Accept plain HTTP to a host other than 127.0.0.1 (passwords travel unencrypted).</source>
        <translation>Accepter le HTTP simple vers une autre machine que 127.0.0.1 (les mots de passe circulent en clair).</translation>
    </message>
    <message>
        <source>Keep the server, user and databases given here as settings.</source>
        <translation>Garder comme réglages le serveur, l'utilisateur et les bases donnés ici.</translation>
    </message>
    <message>
        <source>escale sync: give --server URL and --territory NAME (or set them in the Synchronisation section).</source>
        <translation>escale sync : indiquez --server URL et --territory NOM (ou réglez-les dans la section Synchronisation).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>Trust the server's certificate with this SHA-256 fingerprint (AB:CD:…, as printed by openssl x509 -fingerprint -sha256) although no known authority signed it; kept as a setting (none: trust no particular certificate).</source>
        <translation>Faire confiance au certificat du serveur qui a cette empreinte SHA-256 (AB:CD:…, telle qu'affichée par openssl x509 -fingerprint -sha256) même si aucune autorité connue ne l'a signé ; gardée dans les réglages (none : aucun certificat particulier).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>escale sync: « %1 » is not a SHA-256 fingerprint (64 hexadecimal digits, e.g. AB:CD:…).</source>
        <translation>escale sync : « %1 » n'est pas une empreinte SHA-256 (64 chiffres hexadécimaux, par ex. AB:CD:…).</translation>
    </message>
    <message>
        <source>Synchronisation done: %1 sent, %2 received, %3 refused, conflicts to review: %4, open incidents: %5 (%6 ms).</source>
        <translation>Synchronisation terminée — envoyés : %1, reçus : %2, refusés : %3, conflits à revoir : %4, incidents ouverts : %5 (%6 ms).</translation>
    </message>
</context>
<context>
    <name>ToursImportPlacesCommand</name>
    <message>
        <source>Build the tours' stops from the itinerant places of the register, or of a file of the standard.</source>
        <translation>Construire les arrêts des tournées à partir des lieux itinérants du registre, ou d'un fichier du standard.</translation>
    </message>
    <message>
        <source>A file of the standard (its places are imported first); without it, the places of the register marked « Itinérant ».</source>
        <translation>Un fichier du standard (ses lieux sont importés d'abord) ; sans lui, les lieux du registre marqués « Itinérant ».</translation>
    </message>
    <message>
        <source>Put the stops in this tour (id or name; a new name creates it).</source>
        <translation>Mettre les arrêts dans cette tournée (identifiant ou nom ; un nouveau nom la crée).</translation>
    </message>
    <message>
        <source>TOUR</source>
        <translation>TOURNÉE</translation>
    </message>
    <message>
        <source>escale tours import-places: give at most one FILE.</source>
        <translation>escale tours import-places : donnez au plus un FICHIER.</translation>
    </message>
    <message>
        <source>Places of %1: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>Lieux de %1 — ajoutés : %2, mis à jour : %3, inchangés : %4, ignorés : %5.</translation>
    </message>
    <message>
        <source>No place of the register is marked « Itinérant »: import the bus's file with « escale tours import-places FILE ».</source>
        <translation>Aucun lieu du registre n'est marqué « Itinérant » : importez le fichier du bus avec « escale tours import-places FICHIER ».</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Stops: %1 added, %2 updated, %3 unchanged, %4 removed, %5 skipped; tours created: %6.</source>
        <translation>Arrêts — ajoutés : %1, mis à jour : %2, inchangés : %3, retirés : %4, ignorés : %5 ; tournées créées : %6.</translation>
    </message>
    <message>
        <source>%1%2, %3: %4</source>
        <translation>%1%2, %3 : %4</translation>
    </message>
</context>
<context>
    <name>ToursListCommand</name>
    <message>
        <source>List the tours of the bus and their stops.</source>
        <translation>Lister les tournées du bus et leurs arrêts.</translation>
    </message>
    <message>
        <source>escale tours list: no argument expected.</source>
        <translation>escale tours list : aucun argument attendu.</translation>
    </message>
    <message>
        <source>No tour yet: import the stops with « escale tours import-places ».</source>
        <translation>Aucune tournée pour l'instant : importez les arrêts avec « escale tours import-places ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln stop(s)</source>
        <translation>
            <numerusform>%1 (%2) : %Ln arrêt</numerusform>
            <numerusform>%1 (%2) : %Ln arrêts</numerusform>
        </translation>
    </message>
    <message>
        <source>, vehicle %1</source>
        <translation>, véhicule %1</translation>
    </message>
    <message>
        <source>  problem: %1</source>
        <translation>  problème : %1</translation>
    </message>
</context>
<context>
    <name>escale::DailyFigures</name>
    <message numerus="yes">
        <source>activity(ies) recorded today</source>
        <translation>
            <numerusform>activité enregistrée aujourd'hui</numerusform>
            <numerusform>activités enregistrées aujourd'hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>person(s) accompanied today</source>
        <translation>
            <numerusform>personne accompagnée aujourd'hui</numerusform>
            <numerusform>personnes accompagnées aujourd'hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pass numérique cheque(s) redeemed today</source>
        <translation>
            <numerusform>chèque Pass numérique encaissé aujourd'hui</numerusform>
            <numerusform>chèques Pass numérique encaissés aujourd'hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change(s) waiting to be synchronised</source>
        <translation>
            <numerusform>modification en attente de synchronisation</numerusform>
            <numerusform>modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::activity</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>The period is not valid: the start must come before the end.</source>
        <translation>La période n'est pas valide : le début doit précéder la fin.</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation>Type d'activité</translation>
    </message>
    <message>
        <source>People reached by type</source>
        <translation>Personnes touchées par type</translation>
    </message>
    <message>
        <source>Thématiques (médiation numérique)</source>
        <translation>Thématiques (médiation numérique)</translation>
    </message>
    <message>
        <source>Démarches administratives</source>
        <translation>Démarches administratives</translation>
    </message>
    <message>
        <source>Matériel used</source>
        <translation>Matériel utilisé</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&lt; 30 min</source>
        <translation>&lt; 30 min</translation>
    </message>
    <message>
        <source>30 min – 1 h</source>
        <translation>30 min – 1 h</translation>
    </message>
    <message>
        <source>1 h – 2 h</source>
        <translation>1 h – 2 h</translation>
    </message>
    <message>
        <source>2 h and more</source>
        <translation>2 h et plus</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>At the structure</source>
        <translation>À la structure</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Arrêt : %1</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commune of residence</source>
        <translation>Commune de résidence</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non communiquée</translation>
    </message>
    <message>
        <source>This database already holds activities: demonstration data is only added to a fresh database. Use another file (--database FILE or ESCALE_DATABASE).</source>
        <translation>Cette base contient déjà des activités : les données de démonstration ne s'ajoutent qu'à une base neuve. Utilisez un autre fichier (--database FICHIER ou ESCALE_DATABASE).</translation>
    </message>
</context>
<context>
    <name>escale::activity::ActivityStore</name>
    <message>
        <source>The type « %1 » is not known (individuel, collectif or ponctuel).</source>
        <translation>Le type « %1 » est inconnu (individuel, collectif ou ponctuel).</translation>
    </message>
    <message>
        <source>The date is missing or not a valid date.</source>
        <translation>La date manque ou n'est pas valide.</translation>
    </message>
    <message>
        <source>The date %1 is in the future: an activity is recorded once it has taken place.</source>
        <translation>La date %1 est dans le futur : une activité s'enregistre une fois qu'elle a eu lieu.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation>La durée doit être d'au moins une minute.</translation>
    </message>
    <message>
        <source>The duration must be under 24 hours (%1 minutes given).</source>
        <translation>La durée doit être inférieure à 24 heures (%1 minutes saisies).</translation>
    </message>
    <message>
        <source>The canal « %1 » is not known.</source>
        <translation>Le canal « %1 » est inconnu.</translation>
    </message>
    <message>
        <source>The place « %1 » is not known.</source>
        <translation>Le lieu « %1 » est inconnu.</translation>
    </message>
    <message>
        <source>Choose the stop where the activity took place.</source>
        <translation>Choisissez l'arrêt où l'activité a eu lieu.</translation>
    </message>
    <message>
        <source>« %1 » is not a known value for %2.</source>
        <translation>« %1 » n'est pas une valeur connue pour %2.</translation>
    </message>
    <message>
        <source>matériel</source>
        <translation>matériel</translation>
    </message>
    <message>
        <source>thématiques</source>
        <translation>thématiques</translation>
    </message>
    <message>
        <source>démarches</source>
        <translation>démarches</translation>
    </message>
    <message>
        <source>autonomie</source>
        <translation>autonomie</translation>
    </message>
    <message>
        <source>niveau</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>redirection</source>
        <translation>redirection</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>tranche d'âge</source>
        <translation>tranche d'âge</translation>
    </message>
    <message>
        <source>statut</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>A workshop needs at least one participant (named or counted).</source>
        <translation>Un atelier compte au moins un participant (nommé ou compté).</translation>
    </message>
    <message>
        <source>The number of anonymous participants cannot be negative.</source>
        <translation>Le nombre de participants anonymes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The notes are too long (2000 characters at most).</source>
        <translation>Les notes sont trop longues (2000 caractères au plus).</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Cette activité n'existe plus.</translation>
    </message>
    <message>
        <source>Reading an activity</source>
        <translation>Lecture d'une activité</translation>
    </message>
    <message>
        <source>An activity can only be linked to an orientation, a diagnostic or a cheque.</source>
        <translation>Une activité ne peut être liée qu'à une orientation, un diagnostic ou un chèque.</translation>
    </message>
    <message>
        <source>« %1 » is not a known thématique.</source>
        <translation>« %1 » n'est pas une thématique connue.</translation>
    </message>
</context>
<context>
    <name>escale::activity::Beneficiary</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>escale::activity::BeneficiaryStore</name>
    <message>
        <source>The year of birth %1 is in the future.</source>
        <translation>L'année de naissance %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The year of birth %1 would make this person %2 years old: please check it.</source>
        <translation>L'année de naissance %1 donnerait %2 ans à cette personne : vérifiez-la.</translation>
    </message>
    <message>
        <source>« %1 » is not a known genre.</source>
        <translation>« %1 » n'est pas un genre connu.</translation>
    </message>
    <message>
        <source>« %1 » is not a known statut.</source>
        <translation>« %1 » n'est pas un statut connu.</translation>
    </message>
    <message>
        <source>The commune « %1 » is not in the imported list of communes.</source>
        <translation>La commune « %1 » ne figure pas dans la liste des communes importée.</translation>
    </message>
    <message>
        <source>A phone number or an e-mail address is kept only if the person agrees to be contacted.</source>
        <translation>Un téléphone ou un courriel n'est conservé que si la personne accepte d'être contactée.</translation>
    </message>
    <message>
        <source>This person is not (or no longer) recorded.</source>
        <translation>Cette personne n'est pas (ou plus) enregistrée.</translation>
    </message>
    <message>
        <source>A person cannot be merged with itself.</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 120 months.</source>
        <translation>La durée de conservation doit être comprise entre 1 et 120 mois.</translation>
    </message>
</context>
<context>
    <name>escale::app</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>--lang takes fr or en, not %1.</source>
        <translation>--lang accepte fr ou en, pas %1.</translation>
    </message>
    <message>
        <source>Try: escale --help</source>
        <translation>Essayez : escale --help</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Unknown command « %1 ».</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Try: escale %1 --help</source>
        <translation>Essayez : escale %1 --help</translation>
    </message>
    <message>
        <source>The structure profile is not set yet: start Escale once to create it.</source>
        <translation>La structure n'est pas encore renseignée : ouvrez Escale une première fois pour la créer.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: escale [--database FILE] [--lang fr|en] [COMMAND] [OPTIONS]

Without a command, starts the Escale window.

Global options:
  --database FILE       the database to use (default: %1; or ESCALE_DATABASE)
  --lang fr|en          the language of the window and of the commands' messages
  --nmea FILE           replay a GPS log (NMEA) as the position
  --quit-after-startup  show the window, print the start-up time, quit
  --verbose             commands also print Escale's progress messages (logs)
  --version             print the version
  --help                print this help; COMMAND --help for a command

Commands:
</source>
        <translation>Utilisation : escale [--database FICHIER] [--lang fr|en] [COMMANDE] [OPTIONS]

Sans commande, ouvre la fenêtre d'Escale.

Options globales :
  --database FICHIER    la base à utiliser (par défaut : %1 ; ou ESCALE_DATABASE)
  --lang fr|en          la langue de la fenêtre et des messages des commandes
  --nmea FICHIER        rejouer un journal GPS (NMEA) comme position
  --quit-after-startup  afficher la fenêtre, écrire le temps de démarrage, quitter
  --verbose             écrire aussi, pour les commandes, les messages de suivi d'Escale (journaux)
  --version             afficher la version
  --help                afficher cette aide ; COMMANDE --help pour une commande

Commandes :
</translation>
    </message>
    <message>
        <source>Unknown option « %1 ».</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Also print Escale's progress messages (logs).</source>
        <translation>Écrire aussi les messages de suivi d'Escale (journaux).</translation>
    </message>
    <message>
        <source>escale: %1</source>
        <translation>escale : %1</translation>
    </message>
</context>
<context>
    <name>escale::app::SectionLibrary</name>
    <message>
        <source>%1 is not Escale's sections library.</source>
        <translation>%1 n'est pas la bibliothèque des sections d'Escale.</translation>
    </message>
    <message>
        <source>Escale is incomplete: its sections library could not be loaded (%1). Reinstall Escale; your data is not affected.</source>
        <translation>Escale est incomplet : sa bibliothèque des sections n'a pas pu être chargée (%1). Réinstallez Escale ; vos données ne sont pas touchées.</translation>
    </message>
</context>
<context>
    <name>escale::cheques</name>
    <message>
        <source>Not in the register</source>
        <translation>Hors registre</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>This database already holds Pass numérique cheques: demonstration cheques are only added to a fresh register.</source>
        <translation>Cette base contient déjà des chèques Pass numérique : les chèques de démonstration ne s'ajoutent qu'à un registre vierge.</translation>
    </message>
    <message>
        <source>The schemes « aptic » and « pass_numerique » are needed for the demonstration cheques.</source>
        <translation>Les dispositifs « aptic » et « pass_numerique » sont nécessaires aux chèques de démonstration.</translation>
    </message>
</context>
<context>
    <name>escale::cheques::code</name>
    <message>
        <source>« %1 » is not a range: write FIRST..LAST (two dots between the first and the last code).</source>
        <translation>« %1 » n'est pas une plage : écrivez PREMIER..DERNIER (deux points entre le premier et le dernier code).</translation>
    </message>
    <message>
        <source>A range needs a first and a last code.</source>
        <translation>Une plage demande un premier et un dernier code.</translation>
    </message>
    <message>
        <source>The first code %1 has %2 characters and the last code %3 has %4: both ends of a range must have the same length (keep the leading zeros).</source>
        <translation>Le premier code %1 a %2 caractères et le dernier code %3 en a %4 : les deux bouts d'une plage doivent avoir la même longueur (gardez les zéros en tête).</translation>
    </message>
    <message>
        <source>The codes %1 and %2 do not end with digits: a range can only count up digits.</source>
        <translation>Les codes %1 et %2 ne finissent pas par des chiffres : une plage ne peut compter que des chiffres.</translation>
    </message>
    <message>
        <source>The codes %1 and %2 do not follow the same pattern: they must differ only in their last digits.</source>
        <translation>Les codes %1 et %2 n'ont pas la même forme : ils ne doivent différer que par leurs derniers chiffres.</translation>
    </message>
    <message>
        <source>The codes %1 and %2 differ in more than 18 digits: that cannot be a booklet.</source>
        <translation>Les codes %1 et %2 diffèrent sur plus de 18 chiffres : ce ne peut pas être un carnet.</translation>
    </message>
    <message>
        <source>The last code %1 comes before the first code %2.</source>
        <translation>Le dernier code %1 vient avant le premier code %2.</translation>
    </message>
    <message>
        <source>The range %1..%2 holds %3 codes; at most %4 can be received at once.</source>
        <translation>La plage %1..%2 compte %3 codes ; %4 au plus peuvent être reçus d'un coup.</translation>
    </message>
</context>
<context>
    <name>escale::competencies</name>
    <message>
        <source>Unknown item « %1 ».</source>
        <translation>Élément inconnu « %1 ».</translation>
    </message>
    <message>
        <source>« %1 » is not an answer of this framework.</source>
        <translation>« %1 » n'est pas une réponse de ce référentiel.</translation>
    </message>
    <message>
        <source>The diagnostic could not be saved (%1): %2</source>
        <translation>Le diagnostic n'a pas pu être enregistré (%1) : %2</translation>
    </message>
    <message>
        <source>A diagnostic needs a framework and a date.</source>
        <translation>Un diagnostic a besoin d'un référentiel et d'une date.</translation>
    </message>
    <message>
        <source>new diagnostic</source>
        <translation>nouveau diagnostic</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>This diagnostic does not exist.</source>
        <translation>Ce diagnostic n'existe pas.</translation>
    </message>
    <message>
        <source>date of change</source>
        <translation>date de modification</translation>
    </message>
    <message>
        <source>inferred answer</source>
        <translation>réponse déduite</translation>
    </message>
    <message>
        <source>end of the diagnostic</source>
        <translation>fin du diagnostic</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <source>unknown field « %1 » (expected one of: %2)</source>
        <translation>champ inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>un texte était attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>« %1 » is not a code (letters, digits, « . », « _ » and « - » only)</source>
        <translation>« %1 » n'est pas un code (lettres, chiffres, « . », « _ » et « - » seulement)</translation>
    </message>
    <message>
        <source>required text is missing</source>
        <translation>texte obligatoire absent</translation>
    </message>
    <message>
        <source>an object {"fr": …, "en": …} was expected</source>
        <translation>un objet {"fr": …, "en": …} était attendu</translation>
    </message>
    <message>
        <source>the French text is missing</source>
        <translation>le texte français manque</translation>
    </message>
    <message>
        <source>required list is missing</source>
        <translation>liste obligatoire absente</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>true ou false était attendu</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON invalide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>« %1 » found where « %2 » was expected</source>
        <translation>« %1 » trouvé là où « %2 » était attendu</translation>
    </message>
    <message>
        <source>the licence %1 requires an attribution</source>
        <translation>la licence %1 exige une attribution</translation>
    </message>
    <message>
        <source>« %1 » found where « autonomie » or « niveaux » was expected</source>
        <translation>« %1 » trouvé là où « autonomie » ou « niveaux » était attendu</translation>
    </message>
    <message>
        <source>a framework with the « niveaux » scale must list its levels</source>
        <translation>un référentiel à l'échelle « niveaux » doit lister ses niveaux</translation>
    </message>
    <message>
        <source>at least two levels are needed</source>
        <translation>il faut au moins deux niveaux</translation>
    </message>
    <message>
        <source>levels belong to frameworks with the « niveaux » scale only</source>
        <translation>les niveaux n'existent que dans les référentiels à l'échelle « niveaux »</translation>
    </message>
    <message>
        <source>« %1 » is not an autonomy code (entierement_accompagne, partiellement_autonome, autonome)</source>
        <translation>« %1 » n'est pas un code d'autonomie (entierement_accompagne, partiellement_autonome, autonome)</translation>
    </message>
    <message>
        <source>the level code « %1 » is used twice</source>
        <translation>le code de niveau « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>at least one domain is needed</source>
        <translation>il faut au moins un domaine</translation>
    </message>
    <message>
        <source>the domain code « %1 » is used twice</source>
        <translation>le code de domaine « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>« %1 » is not a service code of the places standard</source>
        <translation>« %1 » n'est pas un code de service du standard des lieux</translation>
    </message>
    <message>
        <source>a domain needs at least one entry</source>
        <translation>un domaine doit avoir au moins une entrée</translation>
    </message>
    <message>
        <source>the code « %1 » is used twice</source>
        <translation>le code « %1 » est utilisé deux fois</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… et %Ln autre problème</numerusform>
            <numerusform>… et %Ln autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The competency framework is refused:
%1</source>
        <translation>Le référentiel de compétences est refusé :
%1</translation>
    </message>
    <message>
        <source>The framework is refused: %1</source>
        <translation>Le référentiel est refusé : %1</translation>
    </message>
    <message>
        <source>A built-in framework cannot be removed.</source>
        <translation>Un référentiel livré avec Escale ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>This framework does not exist.</source>
        <translation>Ce référentiel n'existe pas.</translation>
    </message>
    <message>
        <source>Finish the diagnostic to get a recommendation.</source>
        <translation>Terminez le diagnostic pour obtenir une recommandation.</translation>
    </message>
    <message>
        <source>Individual help with a mediator, step by step.</source>
        <translation>Un accompagnement individuel avec un médiateur, pas à pas.</translation>
    </message>
    <message>
        <source>A group workshop, level « %1 ».</source>
        <translation>Un atelier collectif, niveau « %1 ».</translation>
    </message>
    <message>
        <source>Autonomy: practise alone with resources, and come back when needed.</source>
        <translation>Autonomie : s'exercer seul avec des ressources, et revenir en cas de besoin.</translation>
    </message>
</context>
<context>
    <name>escale::geo::Basemap</name>
    <message>
        <source>%1 is not a valid basemap (byte %2).</source>
        <translation>%1 n'est pas un fond de carte valide (octet %2).</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain)</source>
        <translation>Fond de carte : Natural Earth (domaine public)</translation>
    </message>
</context>
<context>
    <name>escale::geo::GeoJsonReader</name>
    <message>
        <source>%1, feature %2</source>
        <translation>%1, entité %2</translation>
    </message>
    <message>
        <source>%1, feature %2 (%3)</source>
        <translation>%1, entité %2 (%3)</translation>
    </message>
    <message>
        <source>%1: a position must be an array [longitude, latitude] of numbers.</source>
        <translation>%1 : une position doit être un tableau [longitude, latitude] de nombres.</translation>
    </message>
    <message>
        <source>%1: longitude %2 is out of range (−180 to 180).</source>
        <translation>%1 : la longitude %2 est hors limites (−180 à 180).</translation>
    </message>
    <message>
        <source>%1: latitude %2 is out of range (−90 to 90); are longitude and latitude swapped?</source>
        <translation>%1 : la latitude %2 est hors limites (−90 à 90) ; longitude et latitude sont-elles inversées ?</translation>
    </message>
    <message>
        <source>%1: expected an array of positions.</source>
        <translation>%1 : un tableau de positions est attendu.</translation>
    </message>
    <message>
        <source>%1: expected at least %2 positions, found %3.</source>
        <translation>%1 : au moins %2 positions sont attendues, %3 trouvées.</translation>
    </message>
    <message>
        <source>%1: expected an array of rings.</source>
        <translation>%1 : un tableau d'anneaux est attendu.</translation>
    </message>
    <message>
        <source>%1: expected an array of polygons.</source>
        <translation>%1 : un tableau de polygones est attendu.</translation>
    </message>
    <message>
        <source>%1: the geometry has no type.</source>
        <translation>%1 : la géométrie n'a pas de type.</translation>
    </message>
    <message>
        <source>%1: unsupported geometry type « %2 ».</source>
        <translation>%1 : type de géométrie non pris en charge « %2 ».</translation>
    </message>
    <message>
        <source>%1: expected an object of type Feature.</source>
        <translation>%1 : un objet de type Feature est attendu.</translation>
    </message>
    <message>
        <source>%1: the geometry is not an object.</source>
        <translation>%1 : la géométrie n'est pas un objet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: no GeoJSON to read.</source>
        <translation>%1 est vide : aucun GeoJSON à lire.</translation>
    </message>
    <message>
        <source>%1 is truncated or not valid JSON: %2 at line %3, column %4 (byte %5).</source>
        <translation>%1 est tronqué ou n'est pas du JSON valide : %2 à la ligne %3, colonne %4 (octet %5).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4 (byte %5).</source>
        <translation>%1 n'est pas du JSON valide : %2 à la ligne %3, colonne %4 (octet %5).</translation>
    </message>
    <message>
        <source>%1 is not GeoJSON: expected an object with a type.</source>
        <translation>%1 n'est pas du GeoJSON : un objet avec un type est attendu.</translation>
    </message>
    <message>
        <source>%1: a FeatureCollection needs a features array.</source>
        <translation>%1 : une FeatureCollection doit avoir un tableau features.</translation>
    </message>
    <message>
        <source>%1 is not GeoJSON: expected type Feature or FeatureCollection, found « %2 ».</source>
        <translation>%1 n'est pas du GeoJSON : type Feature ou FeatureCollection attendu, « %2 » trouvé.</translation>
    </message>
    <message>
        <source>%1: the coordinates look like latitude/longitude instead of GeoJSON's longitude/latitude (France would appear off the Horn of Africa).</source>
        <translation>%1 : les coordonnées semblent être en latitude/longitude au lieu de la longitude/latitude du GeoJSON (la France apparaîtrait au large de la Corne de l'Afrique).</translation>
    </message>
</context>
<context>
    <name>escale::geo::MBTilesReader</name>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Le fichier MBTiles %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 is empty (0 bytes): it holds no tiles.</source>
        <translation>Le fichier MBTiles %1 est vide (0 octet) : il ne contient aucune tuile.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: it is not a SQLite database.</source>
        <translation>%1 n'est pas un fichier MBTiles : ce n'est pas une base SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a readable MBTiles file (metadata table): %2</source>
        <translation>%1 n'est pas un fichier MBTiles lisible (table metadata) : %2</translation>
    </message>
    <message>
        <source>%1 is not a readable MBTiles file (tiles table): %2</source>
        <translation>%1 n'est pas un fichier MBTiles lisible (table tiles) : %2</translation>
    </message>
    <message>
        <source>The MBTiles file %1 holds no tiles.</source>
        <translation>Le fichier MBTiles %1 ne contient aucune tuile.</translation>
    </message>
    <message>
        <source>Cannot read tile %1/%2/%3 of %4: %5</source>
        <translation>Impossible de lire la tuile %1/%2/%3 de %4 : %5</translation>
    </message>
    <message>
        <source>tiles: %1, zoom %2 to %3</source>
        <translation>tuiles : %1, zoom %2 à %3</translation>
    </message>
</context>
<context>
    <name>escale::geo::MapRenderer</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>escale::geo::OnlineTileProvider</name>
    <message>
        <source>Tile %1/%2/%3: %4</source>
        <translation>Tuile %1/%2/%3 : %4</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d'OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>escale::geo::PositionSource</name>
    <message>
        <source>Access to the position was refused by the system.</source>
        <translation>Le système a refusé l'accès à la position.</translation>
    </message>
    <message>
        <source>The position source was closed (%1).</source>
        <translation>La source de position a été fermée (%1).</translation>
    </message>
    <message>
        <source>No position received from %1.</source>
        <translation>Aucune position reçue de %1.</translation>
    </message>
    <message>
        <source>The position source %1 failed.</source>
        <translation>La source de position %1 a échoué.</translation>
    </message>
    <message>
        <source>This computer offers no position source.</source>
        <translation>Cet ordinateur ne propose aucune source de position.</translation>
    </message>
    <message>
        <source>system position (%1)</source>
        <translation>la source de position du système (%1)</translation>
    </message>
    <message>
        <source>Cannot open the NMEA log %1: %2</source>
        <translation>Impossible d'ouvrir l'enregistrement NMEA %1 : %2</translation>
    </message>
    <message>
        <source>The NMEA log %1 is empty.</source>
        <translation>L'enregistrement NMEA %1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not an NMEA log: no $GP…/$GN… sentence at its start.</source>
        <translation>%1 n'est pas un enregistrement NMEA : aucune phrase $GP…/$GN… au début.</translation>
    </message>
    <message>
        <source>NMEA log %1</source>
        <translation>l'enregistrement NMEA %1</translation>
    </message>
    <message>
        <source>Cannot open the GPS on %1: %2</source>
        <translation>Impossible d'ouvrir le GPS sur %1 : %2</translation>
    </message>
    <message>
        <source>GPS on %1</source>
        <translation>le GPS sur %1</translation>
    </message>
    <message>
        <source>This build cannot read a serial GPS (%1): Qt Serial Port is missing.</source>
        <translation>Cette version ne peut pas lire un GPS série (%1) : Qt Serial Port est absent.</translation>
    </message>
    <message>
        <source>Connected to gpsd on %1:%2.</source>
        <translation>Connecté à gpsd sur %1:%2.</translation>
    </message>
    <message>
        <source>gpsd closed the connection</source>
        <translation>gpsd a fermé la connexion</translation>
    </message>
    <message>
        <source>Connecting to gpsd on %1…</source>
        <translation>Connexion à gpsd sur %1…</translation>
    </message>
    <message>
        <source>gpsd is not reachable on %1 (%2); next try in %3 s.</source>
        <translation>gpsd est injoignable sur %1 (%2) ; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>gpsd needs a host and a port between 1 and 65535 (here « %1 », %2).</source>
        <translation>gpsd demande un hôte et un port entre 1 et 65535 (ici « %1 », %2).</translation>
    </message>
    <message>
        <source>gpsd on %1</source>
        <translation>gpsd sur %1</translation>
    </message>
    <message>
        <source>No serial port is chosen for the GPS (Settings, « Position (GPS) »).</source>
        <translation>Aucun port série n'est choisi pour le GPS (Paramètres, « Position (GPS) »).</translation>
    </message>
    <message>
        <source>The position is turned off in Settings.</source>
        <translation>La position est désactivée dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>escale::geo::VectorLayerStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no feature to draw.</source>
        <translation>%1 ne contient aucune entité à dessiner.</translation>
    </message>
    <message>
        <source>Cannot store the layer %1</source>
        <translation>Impossible d'enregistrer la couche %1</translation>
    </message>
    <message>
        <source>Cannot list the map layers</source>
        <translation>Impossible de lister les couches de la carte</translation>
    </message>
    <message>
        <source>A layer needs a name.</source>
        <translation>Une couche doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot read the map layer</source>
        <translation>Impossible de lire la couche de la carte</translation>
    </message>
    <message>
        <source>The map layer %1 does not exist.</source>
        <translation>La couche %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The stored map layer %1 is damaged.</source>
        <translation>La couche enregistrée %1 est endommagée.</translation>
    </message>
</context>
<context>
    <name>escale::itinerant</name>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>The day of the week is missing or invalid.</source>
        <translation>Le jour de la semaine manque ou n’est pas valable.</translation>
    </message>
    <message>
        <source>The date the stop is first served is missing.</source>
        <translation>La date de la première desserte de l’arrêt manque.</translation>
    </message>
    <message>
        <source>The stop's last day (%1) is before its first day (%2).</source>
        <translation>Le dernier jour de l’arrêt (%1) est avant son premier jour (%2).</translation>
    </message>
    <message>
        <source>The number of weeks between two visits must be from 1 to 52.</source>
        <translation>Le nombre de semaines entre deux passages doit aller de 1 à 52.</translation>
    </message>
    <message>
        <source>The week of the month must be from 1st to 5th.</source>
        <translation>La semaine du mois doit aller de la 1re à la 5e.</translation>
    </message>
    <message>
        <source>A month of service is invalid.</source>
        <translation>Un mois de desserte n’est pas valable.</translation>
    </message>
    <message>
        <source>This stop is no longer served: its last day was %1.</source>
        <translation>Cet arrêt n’est plus desservi : son dernier jour était le %1.</translation>
    </message>
    <message>
        <source>This stop never occurs from %1 to %2: no month served in that period has a 5th %3. Choose another week of the month or other months.</source>
        <translation>Cet arrêt n’a lieu à aucune date du %1 au %2 : aucun mois desservi sur cette période n’a de 5e %3. Choisissez une autre semaine du mois ou d’autres mois.</translation>
    </message>
    <message>
        <source>This stop never occurs from %1 to %2. Check its day, its months and its period.</source>
        <translation>Cet arrêt n’a lieu à aucune date du %1 au %2. Vérifiez son jour, ses mois et sa période.</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation>Toutes les %1 semaines le %2</translation>
    </message>
    <message>
        <source>Every %1 %2 of the month</source>
        <translation>Chaque %1 %2 du mois</translation>
    </message>
    <message>
        <source> (only in %1)</source>
        <translation> (seulement en %1)</translation>
    </message>
    <message>
        <source>Unknown recurrence « %1 ».</source>
        <translation>Récurrence inconnue « %1 ».</translation>
    </message>
    <message>
        <source>« %1 » has no coordinates: the GPS cannot detect it, choose it by hand.</source>
        <translation>« %1 » n’a pas de coordonnées : le GPS ne peut pas le détecter, choisissez-le à la main.</translation>
    </message>
    <message>
        <source>« %1 » is as close (%2 m): check the current stop.</source>
        <translation>« %1 » est aussi proche (%2 m) : vérifiez l’arrêt en cours.</translation>
    </message>
    <message>
        <source>No stop to detect today.</source>
        <translation>Aucun arrêt à détecter aujourd’hui.</translation>
    </message>
    <message>
        <source>No stop of the day has coordinates: choose the stop by hand.</source>
        <translation>Aucun arrêt du jour n’a de coordonnées : choisissez l’arrêt à la main.</translation>
    </message>
    <message>
        <source>Waiting for a GPS position…</source>
        <translation>En attente d’une position GPS…</translation>
    </message>
    <message>
        <source>On the road.</source>
        <translation>Sur la route.</translation>
    </message>
    <message>
        <source>Near « %1 »…</source>
        <translation>Près de « %1 »…</translation>
    </message>
    <message>
        <source>At the stop « %1 ».</source>
        <translation>À l’arrêt « %1 ».</translation>
    </message>
    <message>
        <source>At the stop « %1 ». %2</source>
        <translation>À l’arrêt « %1 ». %2</translation>
    </message>
    <message>
        <source>Leaving « %1 »…</source>
        <translation>Départ de « %1 »…</translation>
    </message>
    <message>
        <source>A tour needs a name.</source>
        <translation>Une tournée doit avoir un nom.</translation>
    </message>
    <message>
        <source>This tour does not exist.</source>
        <translation>Cette tournée n’existe pas.</translation>
    </message>
    <message>
        <source>A stop belongs to a tour.</source>
        <translation>Un arrêt appartient à une tournée.</translation>
    </message>
    <message>
        <source>A stop needs a name.</source>
        <translation>Un arrêt doit avoir un nom.</translation>
    </message>
    <message>
        <source>The stop's start and end times are missing.</source>
        <translation>Les heures de début et de fin de l’arrêt manquent.</translation>
    </message>
    <message>
        <source>The stop ends (%1) before it starts (%2).</source>
        <translation>L’arrêt finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude of the stop, or neither.</source>
        <translation>Donnez la latitude et la longitude de l’arrêt, ou aucune des deux.</translation>
    </message>
    <message>
        <source>The latitude and the longitude of the stop seem swapped.</source>
        <translation>La latitude et la longitude de l’arrêt semblent inversées.</translation>
    </message>
    <message>
        <source>The coordinates of the stop are not a place (%1, %2).</source>
        <translation>Les coordonnées de l’arrêt ne désignent pas un lieu (%1, %2).</translation>
    </message>
    <message>
        <source>This stop does not exist.</source>
        <translation>Cet arrêt n’existe pas.</translation>
    </message>
    <message>
        <source>« %1 »: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>« %1 » (%2): %3</source>
        <translation>« %1 » (%2) : %3</translation>
    </message>
    <message>
        <source>The bus comes to your commune: here are its stops, days and hours.</source>
        <translation>Le bus vient dans votre commune : voici ses arrêts, ses jours et ses horaires.</translation>
    </message>
    <message>
        <source>%1 comes to your commune: here are its stops, days and hours.</source>
        <translation>%1 vient dans votre commune : voici ses arrêts, ses jours et ses horaires.</translation>
    </message>
    <message>
        <source>Valid from %1 to %2.</source>
        <translation>Horaires valables du %1 au %2.</translation>
    </message>
    <message>
        <source>Valid from %1 until further notice.</source>
        <translation>Horaires valables à partir du %1, jusqu'à nouvel avis.</translation>
    </message>
    <message>
        <source>No stop is planned in the coming weeks.</source>
        <translation>Aucun passage n'est prévu dans les semaines qui viennent.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Day and hours</source>
        <translation>Jour et horaires</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Prochains passages</translation>
    </message>
    <message>
        <source>No visit on public holidays.</source>
        <translation>Pas de passage les jours fériés.</translation>
    </message>
    <message>
        <source>Information and appointments</source>
        <translation>Renseignements et rendez-vous</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <source>« %1 » means open all the time, which is not a bus stop</source>
        <translation>« %1 » veut dire ouvert en permanence, ce qui n'est pas un arrêt de bus</translation>
    </message>
    <message>
        <source>several week ranges in « %1 » cannot be read as a stop's rhythm</source>
        <translation>plusieurs plages de semaines dans « %1 » ne peuvent pas devenir le rythme d'un arrêt</translation>
    </message>
    <message>
        <source>the weeks in « %1 » are not valid</source>
        <translation>les semaines de « %1 » ne sont pas valides</translation>
    </message>
    <message>
        <source>single dates in « %1 » cannot be carried by a stop</source>
        <translation>un arrêt ne peut pas porter les dates précises de « %1 »</translation>
    </message>
    <message>
        <source>« %1 »: only the 1st to 5th weekday of the month can be a stop's rhythm</source>
        <translation>« %1 » : seuls les 1er à 5e jours de la semaine du mois peuvent être le rythme d'un arrêt</translation>
    </message>
    <message>
        <source>« %1 » gives no hours</source>
        <translation>« %1 » ne donne pas d'horaires</translation>
    </message>
    <message>
        <source>« %1 » cannot be read as days and hours</source>
        <translation>« %1 » ne se lit pas comme des jours et des horaires</translation>
    </message>
    <message>
        <source>the hours « %1 » do not fit within one day</source>
        <translation>les horaires « %1 » ne tiennent pas dans une journée</translation>
    </message>
    <message>
        <source>« %1 » mixes week numbers and weeks of the month</source>
        <translation>« %1 » mélange numéros de semaine et semaines du mois</translation>
    </message>
    <message>
        <source>« %1 »: a visit every %2 weeks is not a rhythm a stop can have</source>
        <translation>« %1 » : un passage toutes les %2 semaines n'est pas un rythme possible pour un arrêt</translation>
    </message>
    <message>
        <source>« %1 »: no such week in %2</source>
        <translation>« %1 » : cette semaine n'existe pas en %2</translation>
    </message>
    <message>
        <source>served in weeks %1 to %2 only: set for %3, import again for the next year</source>
        <translation>desservi seulement des semaines %1 à %2 : fixé pour %3, importez à nouveau pour l'année suivante</translation>
    </message>
    <message>
        <source>odd and even weeks change at the new year (%1 has %2 weeks): set until %3, import again in January</source>
        <translation>semaines paires et impaires changent au nouvel an (%1 compte %2 semaines) : fixé jusqu'au %3, importez à nouveau en janvier</translation>
    </message>
    <message>
        <source>every %1 weeks (ISO weeks %2 to %3)</source>
        <translation>toutes les %1 semaines (semaines ISO %2 à %3)</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>No tour has the id or the name « %1 ».</source>
        <translation>Aucune tournée n'a l'identifiant ou le nom « %1 ».</translation>
    </message>
    <message>
        <source>Several tours are named « %1 »: give one of their ids (%2).</source>
        <translation>Plusieurs tournées s'appellent « %1 » : donnez l'identifiant de l'une d'elles (%2).</translation>
    </message>
    <message>
        <source>« %1 » is not taken into account: check those days by hand</source>
        <translation>« %1 » n'est pas pris en compte : vérifiez ces jours à la main</translation>
    </message>
    <message>
        <source>« %1 » gives no day of the week</source>
        <translation>« %1 » ne donne pas de jour de la semaine</translation>
    </message>
    <message>
        <source>%1: no month left once the months off are removed</source>
        <translation>%1 : plus aucun mois une fois retirés les mois sans passage</translation>
    </message>
    <message>
        <source>Timetable — %1</source>
        <translation>Fiche horaire — %1</translation>
    </message>
    <message>
        <source>marked « Fixe » (not itinerant) in the register: not a stop</source>
        <translation>marqué « Fixe » (non itinérant) dans le registre : pas un arrêt</translation>
    </message>
    <message>
        <source>not marked « Itinérant » in the register: not a stop</source>
        <translation>pas marqué « Itinérant » dans le registre : pas un arrêt</translation>
    </message>
    <message>
        <source>Itinerant tour</source>
        <translation>Tournée itinérante</translation>
    </message>
    <message>
        <source>no hours (horaires): no day to put the stop on; add it by hand</source>
        <translation>pas d'horaires : aucun jour où placer l'arrêt ; ajoutez-le à la main</translation>
    </message>
    <message>
        <source>no day and time could be read in « %1 »</source>
        <translation>aucun jour ni horaire n'a pu être lu dans « %1 »</translation>
    </message>
    <message>
        <source>no coordinates: the GPS cannot detect this stop, choose it by hand</source>
        <translation>pas de coordonnées : le GPS ne peut pas détecter cet arrêt, choisissez-le à la main</translation>
    </message>
    <message>
        <source>given twice in the hours</source>
        <translation>donné deux fois dans les horaires</translation>
    </message>
    <message>
        <source>%1: the point is left out</source>
        <translation>%1 : le point est laissé de côté</translation>
    </message>
    <message>
        <source>no longer in the place's hours « %1 »</source>
        <translation>n'est plus dans les horaires du lieu « %1 »</translation>
    </message>
    <message>
        <source>row %1 of the file: %2</source>
        <translation>ligne %1 du fichier : %2</translation>
    </message>
    <message>
        <source>Every date of this stop from %1 to %2 is a public holiday, when the bus does not run. Choose another day, or say that the stop runs on public holidays.</source>
        <translation>Toutes les dates de cet arrêt du %1 au %2 sont des jours fériés, où le bus ne passe pas. Choisissez un autre jour, ou indiquez que l'arrêt est desservi les jours fériés.</translation>
    </message>
    <message>
        <source>%1, public holidays included</source>
        <translation>%1, jours fériés compris</translation>
    </message>
    <message>
        <source>No visit on public holidays, except at the stops marked « public holidays included ».</source>
        <translation>Pas de passage les jours fériés, sauf aux arrêts marqués « jours fériés compris ».</translation>
    </message>
    <message>
        <source>public holiday: no visit</source>
        <translation>férié : pas de passage</translation>
    </message>
    <message>
        <source>%1 and %2 overlap: %3 and %4, first on %5</source>
        <translation>%1 et %2 se chevauchent : %3 et %4, d'abord le %5</translation>
    </message>
    <message>
        <source>%1 is %2 km from the other stops of its tour (more than %3 km): check its point (%4, %5)</source>
        <translation>%1 est à %2 km des autres arrêts de sa tournée (plus de %3 km) : vérifiez son point (%4, %5)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of the file did not say « itinerance »: marked « Itinérant », as the file was imported as a bus's stops.</source>
        <translation>
            <numerusform>%Ln fiche du fichier n'indiquait pas « itinerance » : marquée « Itinérant », puisque le fichier a été importé comme les arrêts d'un bus.</numerusform>
            <numerusform>%Ln fiches du fichier n'indiquaient pas « itinerance » : marquées « Itinérant », puisque le fichier a été importé comme les arrêts d'un bus.</numerusform>
        </translation>
    </message>
    <message>
        <source>its point (latitude %1, longitude %2) is %3 km from the other stops (more than %4 km): left out, check it on the map</source>
        <translation>son point (latitude %1, longitude %2) est à %3 km des autres arrêts (plus de %4 km) : laissé de côté, vérifiez-le sur la carte</translation>
    </message>
</context>
<context>
    <name>escale::orientation</name>
    <message>
        <source>Reading the orientations failed: %1</source>
        <translation>La lecture des orientations a échoué : %1</translation>
    </message>
    <message>
        <source>No orientation has the id %1.</source>
        <translation>Aucune orientation n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Escale's own tree cannot be changed: make a copy for the structure first.</source>
        <translation>L'arbre fourni avec Escale ne se modifie pas : faites d'abord une copie pour la structure.</translation>
    </message>
    <message>
        <source>No version %2 of the tree %1 is stored.</source>
        <translation>Aucune version %2 de l'arbre %1 n'est enregistrée.</translation>
    </message>
    <message>
        <source>%1 (our copy)</source>
        <translation>%1 (notre copie)</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>une valeur vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Unknown field « %1 » (expected one of: %2).</source>
        <translation>Champ inconnu « %1 » (attendu : %2).</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu : %1 ; trouvé : %2.</translation>
    </message>
    <message>
        <source>Text of %1 characters; at most %2 are accepted.</source>
        <translation>Texte de %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The French text is missing.</source>
        <translation>Le texte en français manque.</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>Conditions nested more than %1 levels deep.</source>
        <translation>Conditions imbriquées sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>a condition (an object)</source>
        <translation>une condition (un objet)</translation>
    </message>
    <message>
        <source>a non-empty list of conditions</source>
        <translation>une liste non vide de conditions</translation>
    </message>
    <message>
        <source>a question id</source>
        <translation>un identifiant de question</translation>
    </message>
    <message>
        <source>A condition needs « answer » (with « is », « includes », « in » or « op »/« value »), « answered », « all », « any » or « not ».</source>
        <translation>Une condition demande « answer » (avec « is », « includes », « in » ou « op »/« value »), « answered », « all », « any » ou « not ».</translation>
    </message>
    <message>
        <source>Unknown comparison « %1 » (expected one of: %2).</source>
        <translation>Comparaison inconnue « %1 » (attendu : %2).</translation>
    </message>
    <message>
        <source>A condition on « %1 » needs « is », « includes », « in » or « op » and « value ».</source>
        <translation>Une condition sur « %1 » demande « is », « includes », « in » ou « op » et « value ».</translation>
    </message>
    <message>
        <source>A route gives either « next » (a question) or « outcomes » (a list of outcomes), not both nor none.</source>
        <translation>Une route donne soit « next » (une question), soit « outcomes » (une liste de résultats), ni les deux ni aucun.</translation>
    </message>
    <message>
        <source>Give either « routes » or « next »/« outcomes », not both.</source>
        <translation>Donnez soit « routes », soit « next »/« outcomes », pas les deux.</translation>
    </message>
    <message>
        <source>a list of routes</source>
        <translation>une liste de routes</translation>
    </message>
    <message>
        <source>a route (an object)</source>
        <translation>une route (un objet)</translation>
    </message>
    <message>
        <source>The condition names the question « %1 », which does not exist.</source>
        <translation>La condition nomme la question « %1 », qui n'existe pas.</translation>
    </message>
    <message>
        <source>« includes » applies to a multiple-choice question; « %1 » is not one.</source>
        <translation>« includes » porte sur une question à choix multiple ; « %1 » n'en est pas une.</translation>
    </message>
    <message>
        <source>The question « %1 » has no answer « %2 ».</source>
        <translation>La question « %1 » n'a pas de réponse « %2 ».</translation>
    </message>
    <message>
        <source>A comparison applies to a number question; « %1 » is not one.</source>
        <translation>Une comparaison porte sur une question de nombre ; « %1 » n'en est pas une.</translation>
    </message>
    <message>
        <source>The document has %1 bytes; at most %2 are accepted.</source>
        <translation>Le document fait %1 octets ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON non valide : %1.</translation>
    </message>
    <message>
        <source>The document must be a JSON object.</source>
        <translation>Le document doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Expected « %1 », found « %2 ».</source>
        <translation>Attendu « %1 », trouvé « %2 ».</translation>
    </message>
    <message>
        <source>Format version %1 is not known to this version of Escale (1 is).</source>
        <translation>La version de format %1 est inconnue de cette version d'Escale (elle connaît la 1).</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>un identifiant</translation>
    </message>
    <message>
        <source>« %1 » is not a valid identifier (letters, digits, _ . -, at most 80).</source>
        <translation>« %1 » n'est pas un identifiant valide (lettres, chiffres, _ . -, 80 au plus).</translation>
    </message>
    <message>
        <source>a version (text or number)</source>
        <translation>une version (texte ou nombre)</translation>
    </message>
    <message>
        <source>The licence is missing.</source>
        <translation>La licence manque.</translation>
    </message>
    <message>
        <source>The authors are missing.</source>
        <translation>Les auteurs manquent.</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, found « %1 ».</source>
        <translation>Date attendue au format AAAA-MM-JJ, trouvé « %1 ».</translation>
    </message>
    <message>
        <source>a list of questions</source>
        <translation>une liste de questions</translation>
    </message>
    <message>
        <source>a list of outcomes</source>
        <translation>une liste de résultats</translation>
    </message>
    <message>
        <source>%1 questions and outcomes; at most %2 are accepted.</source>
        <translation>%1 questions et résultats ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The tree has no question.</source>
        <translation>L'arbre n'a aucune question.</translation>
    </message>
    <message>
        <source>a question (an object)</source>
        <translation>une question (un objet)</translation>
    </message>
    <message>
        <source>Unknown question type « %1 » (single, multiple, yesno, number, commune).</source>
        <translation>Type de question inconnu « %1 » (single, multiple, yesno, number, commune).</translation>
    </message>
    <message>
        <source>a list of answers</source>
        <translation>une liste de réponses</translation>
    </message>
    <message>
        <source>%1 answers; at most %2 are accepted.</source>
        <translation>%1 réponses ; %2 au plus sont acceptées.</translation>
    </message>
    <message>
        <source>an answer (an object)</source>
        <translation>une réponse (un objet)</translation>
    </message>
    <message>
        <source>The answer id « %1 » is used twice in this question.</source>
        <translation>L'identifiant de réponse « %1 » est utilisé deux fois dans cette question.</translation>
    </message>
    <message>
        <source>A choice question needs at least two answers.</source>
        <translation>Une question à choix demande au moins deux réponses.</translation>
    </message>
    <message>
        <source>A yes/no question has exactly the answers « oui » and « non ».</source>
        <translation>Une question oui/non a exactement les réponses « oui » et « non ».</translation>
    </message>
    <message>
        <source>A number or commune question has no answers to choose from; use « routes ».</source>
        <translation>Une question de nombre ou de commune n'a pas de réponses à choisir ; utilisez « routes ».</translation>
    </message>
    <message>
        <source>In a multiple-choice question, routes belong to the question (conditions with « includes »), not to an answer.</source>
        <translation>Dans une question à choix multiple, les routes appartiennent à la question (conditions avec « includes »), pas à une réponse.</translation>
    </message>
    <message>
        <source>The id « %1 » is used twice.</source>
        <translation>L'identifiant « %1 » est utilisé deux fois.</translation>
    </message>
    <message>
        <source>an outcome (an object)</source>
        <translation>un résultat (un objet)</translation>
    </message>
    <message>
        <source>« %1 » is not one of the 11 démarches families (papiers_elections_citoyennete, social_sante…).</source>
        <translation>« %1 » n'est pas l'une des 11 familles de démarches (papiers_elections_citoyennete, social_sante…).</translation>
    </message>
    <message>
        <source>« %1 » is not a typologie code (RFS, CAF, CPAM, CCAS…).</source>
        <translation>« %1 » n'est pas un code de typologie (RFS, CAF, CPAM, CCAS…).</translation>
    </message>
    <message>
        <source>a list of online services</source>
        <translation>une liste de services en ligne</translation>
    </message>
    <message>
        <source>an online service (an object)</source>
        <translation>un service en ligne (un objet)</translation>
    </message>
    <message>
        <source>« %1 » is not an https:// address.</source>
        <translation>« %1 » n'est pas une adresse https://.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>No kind of office is given.</source>
        <translation>Aucun type d'organisme n'est indiqué.</translation>
    </message>
    <message>
        <source>No document to bring is listed.</source>
        <translation>Aucune pièce à apporter n'est indiquée.</translation>
    </message>
    <message>
        <source>No online service is given.</source>
        <translation>Aucun service en ligne n'est indiqué.</translation>
    </message>
    <message>
        <source>The first question « %1 » does not exist.</source>
        <translation>La première question « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>The question « %1 » does not exist.</source>
        <translation>La question « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>The outcome « %1 » does not exist.</source>
        <translation>Le résultat « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>This answer may lead nowhere: give « next » or « outcomes », or end its routes with one without « when ».</source>
        <translation>Cette réponse peut ne mener nulle part : donnez « next » ou « outcomes », ou terminez ses routes par une route sans « when ».</translation>
    </message>
    <message>
        <source>This question may lead nowhere: end its routes with one without « when ».</source>
        <translation>Cette question peut ne mener nulle part : terminez ses routes par une route sans « when ».</translation>
    </message>
    <message>
        <source>This leads back to « %1 », which was asked before: the walk would never end.</source>
        <translation>Ceci ramène à « %1 », déjà posée : le parcours ne finirait jamais.</translation>
    </message>
    <message>
        <source>No path from the first question leads to this question.</source>
        <translation>Aucun chemin depuis la première question ne mène à cette question.</translation>
    </message>
    <message>
        <source>No path from the first question leads to this outcome.</source>
        <translation>Aucun chemin depuis la première question ne mène à ce résultat.</translation>
    </message>
    <message>
        <source>The orientation tree is not valid:
%1</source>
        <translation>L'arbre d'orientation n'est pas valide :
%1</translation>
    </message>
    <message>
        <source>The orientation is already finished.</source>
        <translation>L'orientation est déjà terminée.</translation>
    </message>
    <message>
        <source>« %1 » is not an answer of this question.</source>
        <translation>« %1 » n'est pas une réponse de cette question.</translation>
    </message>
    <message>
        <source>Choose at least one answer.</source>
        <translation>Choisissez au moins une réponse.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Tapez un nombre.</translation>
    </message>
    <message>
        <source>The number must be between %1 and %2.</source>
        <translation>Le nombre doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Type a commune or a postcode.</source>
        <translation>Tapez une commune ou un code postal.</translation>
    </message>
    <message>
        <source>The tree gives no next step for this answer (check the tree).</source>
        <translation>L'arbre ne donne pas de suite à cette réponse (vérifiez l'arbre).</translation>
    </message>
    <message>
        <source>The tree leads back to a question already asked (check the tree).</source>
        <translation>L'arbre ramène à une question déjà posée (vérifiez l'arbre).</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more error(s).</source>
        <translation>
            <numerusform>… et %Ln autre erreur.</numerusform>
            <numerusform>… et %Ln autres erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>escale::places</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not a places file (CSV or JSON).</source>
        <translation>%1 est une base SQLite, pas un fichier de lieux (CSV ou JSON).</translation>
    </message>
    <message>
        <source>%1 is a compressed file (a spreadsheet such as .xlsx or .ods?), not a CSV or JSON file. Save it as « CSV UTF-8 » and import that.</source>
        <translation>%1 est un fichier compressé (un tableur .xlsx ou .ods ?), pas un fichier CSV ou JSON. Enregistrez-le en « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is not a text file (binary content).</source>
        <translation>%1 n'est pas un fichier texte (contenu binaire).</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8 (Latin-1 or Windows-1252?). Save the file as UTF-8 and import it again.</source>
        <translation>%1, ligne %2 : le texte n'est pas en UTF-8 (Latin-1 ou Windows-1252 ?). Enregistrez le fichier en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1: the text is not UTF-8.</source>
        <translation>%1 : le texte n'est pas en UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (truncated file?).</source>
        <translation>%1, ligne %2 : un champ entre guillemets n'est jamais fermé (fichier tronqué ?).</translation>
    </message>
    <message>
        <source>%1: « %2 » is not a value of the standard; kept as written.</source>
        <translation>%1 : « %2 » n'est pas une valeur du standard ; gardée telle quelle.</translation>
    </message>
    <message>
        <source>%1: hours « %2 » could not be read</source>
        <translation>%1 : horaires « %2 » illisibles</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>no name (field nom is empty)</source>
        <translation>pas de nom (le champ nom est vide)</translation>
    </message>
    <message>
        <source>code_postal: %1</source>
        <translation>code_postal : %1</translation>
    </message>
    <message>
        <source>coordinates « %1, %2 » are not numbers</source>
        <translation>les coordonnées « %1, %2 » ne sont pas des nombres</translation>
    </message>
    <message>
        <source>latitude and longitude: only one of them is given; both ignored.</source>
        <translation>latitude et longitude : une seule des deux est donnée ; les deux sont ignorées.</translation>
    </message>
    <message>
        <source>latitude and longitude: 0, 0 is a placeholder; ignored.</source>
        <translation>latitude et longitude : 0, 0 est une valeur de remplissage ; ignorée.</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped (%1, %2); corrected.</source>
        <translation>latitude et longitude étaient inversées (%1, %2) ; corrigé.</translation>
    </message>
    <message>
        <source>coordinates out of range (latitude %1, longitude %2)</source>
        <translation>coordonnées hors limites (latitude %1, longitude %2)</translation>
    </message>
    <message>
        <source>telephone: %1</source>
        <translation>telephone : %1</translation>
    </message>
    <message>
        <source>horaires: %1</source>
        <translation>horaires : %1</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2 (a separator inside an unquoted value?)</source>
        <translation>%1 cellules alors que l'en-tête en a %2 (un séparateur dans une valeur sans guillemets ?)</translation>
    </message>
</context>
<context>
    <name>escale::places::DuplicateDetector</name>
    <message>
        <source>same name, %1 m apart</source>
        <translation>même nom, à %1 m</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>même nom et même adresse</translation>
    </message>
</context>
<context>
    <name>escale::places::OpeningHours</name>
    <message>
        <source>unreadable week selector « %1 »</source>
        <translation>semaines illisibles « %1 »</translation>
    </message>
    <message>
        <source>unreadable date selector « %1 »</source>
        <translation>dates illisibles « %1 »</translation>
    </message>
    <message>
        <source>unreadable time range « %1 »</source>
        <translation>plage horaire illisible « %1 »</translation>
    </message>
    <message>
        <source>Opening hours « %1 » use a syntax Escale does not read; kept as written.</source>
        <translation>Les horaires « %1 » utilisent une syntaxe qu'Escale ne lit pas ; gardés tels quels.</translation>
    </message>
    <message>
        <source>Opening hours « %1 » could not be read (%2); kept as written.</source>
        <translation>Les horaires « %1 » n'ont pas pu être lus (%2) ; gardés tels quels.</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Ouvert 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Ouvert jusqu'à %1</translation>
    </message>
    <message>
        <source>Open until %1 at %2</source>
        <translation>Ouvert jusqu'à %1 %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <translation>Fermé, ouvre à %1</translation>
    </message>
    <message>
        <source>Closed, opens %1 at %2</source>
        <translation>Fermé, ouvre %1 à %2</translation>
    </message>
    <message>
        <source>Closed, opens on %1 at %2</source>
        <translation>Fermé, ouvre le %1 à %2</translation>
    </message>
</context>
<context>
    <name>escale::places::Place</name>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The address is required.</source>
        <translation>L'adresse est obligatoire.</translation>
    </message>
    <message>
        <source>The commune is required.</source>
        <translation>La commune est obligatoire.</translation>
    </message>
    <message>
        <source>The postcode is required.</source>
        <translation>Le code postal est obligatoire.</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90.</source>
        <translation>Une latitude est comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180.</source>
        <translation>Une longitude est comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>The summary holds 280 characters at most.</source>
        <translation>Le résumé compte 280 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>escale::places::PlaceExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>escale::places::PlaceImporter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation>Impossible de lire le fichier de correspondance %1 : %2.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object {"column": "field"} (%2 at offset %3).</source>
        <translation>Le fichier de correspondance %1 n'est pas un objet JSON {"colonne": "champ"} (%2 à la position %3).</translation>
    </message>
    <message>
        <source>The mapping file %1: column « %2 » goes to « %3 », which is not a field of the standard (expected one of: %4).</source>
        <translation>Fichier de correspondance %1 : la colonne « %2 » va vers « %3 », qui n'est pas un champ du standard (attendu : %4).</translation>
    </message>
    <message>
        <source>The mapping file %1 maps no column to « nom »: every place needs a name.</source>
        <translation>Le fichier de correspondance %1 n'associe aucune colonne à « nom » : chaque lieu a besoin d'un nom.</translation>
    </message>
    <message>
        <source>%1, line %2: the JSON stops before its end (truncated file?): %3.</source>
        <translation>%1, ligne %2 : le JSON s'arrête avant sa fin (fichier tronqué ?) : %3.</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON: %3.</source>
        <translation>%1, ligne %2 : JSON invalide : %3.</translation>
    </message>
    <message>
        <source>%1 is a GeoJSON file (outlines for the map), not a places file. Import it as a map layer.</source>
        <translation>%1 est un fichier GeoJSON (des contours pour la carte), pas un fichier de lieux. Importez-le comme couche de carte.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>%1 does not look like a places file of the national standard: no record has a field « nom ».</source>
        <translation>%1 ne ressemble pas à un fichier de lieux du standard national : aucun enregistrement n'a de champ « nom ».</translation>
    </message>
    <message>
        <source>%1 is JSON but holds no list of places (expected an array of objects).</source>
        <translation>%1 est du JSON mais ne contient pas de liste de lieux (un tableau d'objets est attendu).</translation>
    </message>
    <message>
        <source>%1 is a JSON file; this format reads CSV only.</source>
        <translation>%1 est un fichier JSON ; ce format ne lit que du CSV.</translation>
    </message>
    <message>
        <source>The mapped format needs a mapping (--mapping FILE).</source>
        <translation>Le format mapped demande une correspondance (--mapping FICHIER).</translation>
    </message>
    <message>
        <source>%1: the mapping names columns the file does not have: %2 (columns found: %3).</source>
        <translation>%1 : la correspondance nomme des colonnes absentes du fichier : %2 (colonnes trouvées : %3).</translation>
    </message>
    <message>
        <source>%1 does not look like the France Services list: expected a name column and one column of hours per day (Lundi…Dimanche); columns found: %2.</source>
        <translation>%1 ne ressemble pas à la liste France Services : une colonne de nom et une colonne d'horaires par jour (Lundi…Dimanche) sont attendues ; colonnes trouvées : %2.</translation>
    </message>
    <message>
        <source>%1 does not look like a places file of the national standard: no column « nom » (columns found: %2).</source>
        <translation>%1 ne ressemble pas à un fichier de lieux du standard national : pas de colonne « nom » (colonnes trouvées : %2).</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2 (a separator inside an unquoted value?)</source>
        <translation>%1 cellules alors que l'en-tête en a %2 (un séparateur dans une valeur sans guillemets ?)</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (truncated file?).</source>
        <translation>%1, ligne %2 : un champ entre guillemets n'est jamais fermé (fichier tronqué ?).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Import de %1 annulé ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>the id « %1 » appears again (first at row %2)</source>
        <translation>l'identifiant « %1 » apparaît de nouveau (d'abord à la ligne %2)</translation>
    </message>
    <message>
        <source>matched an existing place: %1</source>
        <translation>rapproché d'un lieu existant : %1</translation>
    </message>
    <message>
        <source>%1, row %2: the place %3 could not be read: %4</source>
        <translation>%1, ligne %2 : le lieu %3 n'a pas pu être lu : %4</translation>
    </message>
</context>
<context>
    <name>escale::places::PlaceSheet</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Itinerant</source>
        <translation>Itinérant</translation>
    </message>
    <message>
        <source>Itinerant place: check the day and the stop.</source>
        <translation>Lieu itinérant : vérifiez le jour et l'arrêt.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Prise de rendez-vous</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Specific support</source>
        <translation>Prise en charge spécifique</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Modalités d'accès</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Pass numérique</source>
        <translation>Pass numérique</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>National programmes</source>
        <translation>Dispositifs nationaux</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Source: %1 — updated %2</source>
        <translation>Source : %1 — mise à jour le %2</translation>
    </message>
    <message>
        <source>No map extract: this place has no coordinates.</source>
        <translation>Pas d'extrait de carte : ce lieu n'a pas de coordonnées.</translation>
    </message>
    <message>
        <source>Training and labels</source>
        <translation>Formations et labels</translation>
    </message>
    <message>
        <source>Parent structure</source>
        <translation>Structure parente</translation>
    </message>
    <message>
        <source>Map around the place — %1</source>
        <translation>Carte autour du lieu — %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour le %1</translation>
    </message>
    <message>
        <source>Data: ANCT – Cartographie nationale des lieux d'inclusion numérique / Hub du Sud (Licence Ouverte 2.0)</source>
        <translation>Données : ANCT – Cartographie nationale des lieux d'inclusion numérique / Hub du Sud (Licence Ouverte 2.0)</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2</source>
        <translation>latitude %1 ; longitude %2</translation>
    </message>
</context>
<context>
    <name>escale::places::PlaceStore</name>
    <message>
        <source>No place has the id %1.</source>
        <translation>Aucun lieu n'a l'identifiant %1.</translation>
    </message>
</context>
<context>
    <name>escale::reports</name>
    <message>
        <source>Pass numérique reimbursement claim — %1</source>
        <translation>Bordereau de remboursement Pass numérique — %1</translation>
    </message>
    <message>
        <source>SIRET / RNA: %1</source>
        <translation>SIRET / RNA : %1</translation>
    </message>
    <message>
        <source>funder not specified</source>
        <translation>commanditaire non précisé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Cheque code</source>
        <translation>Code du chèque</translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation>Encaissé le</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln cheque(s)</source>
        <translation>
            <numerusform>Total : %Ln chèque</numerusform>
            <numerusform>Total : %Ln chèques</numerusform>
        </translation>
    </message>
    <message>
        <source>Reimbursed %1 on %2 (bank reference %3); difference %4.</source>
        <translation>Remboursé %1 le %2 (référence bancaire %3) ; écart %4.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be written (permissions or disk space).</source>
        <translation>Le PDF %1 ne peut pas être écrit (droits ou espace disque).</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The month is not valid (expected YYYY-MM).</source>
        <translation>Le mois n'est pas valide (attendu : AAAA-MM).</translation>
    </message>
    <message>
        <source>(structure not set up)</source>
        <translation>(structure non renseignée)</translation>
    </message>
    <message>
        <source>Monthly activity sheet — %1</source>
        <translation>Fiche d'activité mensuelle — %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Mediators:</source>
        <translation>Médiateurs :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No activity was recorded in %1.</source>
        <translation>Aucune activité n'a été enregistrée en %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Distinct people known by name</source>
        <translation>Personnes distinctes connues par leur nom</translation>
    </message>
    <message>
        <source>… of whom new this month</source>
        <translation>… dont nouvelles ce mois-ci</translation>
    </message>
    <message>
        <source>… of whom already accompanied</source>
        <translation>… dont déjà accompagnées</translation>
    </message>
    <message>
        <source>Anonymous participations</source>
        <translation>Participations anonymes</translation>
    </message>
    <message>
        <source>Time spent accompanying</source>
        <translation>Temps d'accompagnement</translation>
    </message>
    <message>
        <source>Orientations made</source>
        <translation>Orientations réalisées</translation>
    </message>
    <message>
        <source>Digital skills diagnostics made</source>
        <translation>Diagnostics de compétences numériques réalisés</translation>
    </message>
    <message>
        <source>Activities over 12 months</source>
        <translation>Activités sur 12 mois</translation>
    </message>
    <message>
        <source>Main thématiques</source>
        <translation>Principales thématiques</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Cheques redeemed</source>
        <translation>Chèques encaissés</translation>
    </message>
    <message>
        <source>The cheques module is not part of this installation.</source>
        <translation>Le module chèques ne fait pas partie de cette installation.</translation>
    </message>
    <message>
        <source>No cheque was redeemed this month.</source>
        <translation>Aucun chèque n'a été encaissé ce mois-ci.</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Percentages are rounded to the nearest whole number; an activity can have several thématiques. Figures without any name: personal data stays in the structure.</source>
        <translation>Pourcentages arrondis à l'entier le plus proche ; une activité peut avoir plusieurs thématiques. Chiffres sans aucun nom : les données personnelles restent dans la structure.</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>24 heures sur 24, 7 jours sur 7</translation>
    </message>
    <message>
        <source>Orientation sheet</source>
        <translation>Fiche d'orientation</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Prepared on %1.</source>
        <translation>Préparée le %1.</translation>
    </message>
    <message>
        <source>Prepared on %1 by %2.</source>
        <translation>Préparée le %1 par %2.</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>Pour %1.</translation>
    </message>
    <message>
        <source>No procedure was found.</source>
        <translation>Aucune démarche n'a été trouvée.</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Où aller</translation>
    </message>
    <message>
        <source>Ask us for the address of the nearest office.</source>
        <translation>Demandez-nous l'adresse de l'accueil le plus proche.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horaires : %1</translation>
    </message>
    <message>
        <source>About %1 km away</source>
        <translation>À environ %1 km</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>What to do online</source>
        <translation>Que faire en ligne</translation>
    </message>
    <message>
        <source>you can log in with FranceConnect</source>
        <translation>connexion possible avec FranceConnect</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This sheet is a guide: the office decides on your rights. Keep it and bring it with you.</source>
        <translation>Cette fiche est un guide : c'est l'organisme qui décide de vos droits. Gardez-la et apportez-la.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Digital passport</source>
        <translation>Passeport numérique</translation>
    </message>
    <message>
        <source>Previous diagnostic</source>
        <translation>Diagnostic précédent</translation>
    </message>
    <message>
        <source>This diagnostic</source>
        <translation>Ce diagnostic</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>the person welcomed</source>
        <translation>la personne accueillie</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>Médiateur : %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 of %2 skills assessed, score %3</source>
        <translation>%1 compétences évaluées sur %2, score %3</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Ce que vous savez faire</translation>
    </message>
    <message>
        <source>Not yet on your own: this is where we start, together.</source>
        <translation>Pas encore seul : c'est là que nous commençons, ensemble.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Skills to work on:</source>
        <translation>À travailler :</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Progress since %1</source>
        <translation>Vos progrès depuis le %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Keep this passport and bring it next time: it shows where you started.</source>
        <translation>Gardez ce passeport et rapportez-le la prochaine fois : il montre d'où vous êtes parti.</translation>
    </message>
    <message>
        <source>Communes served</source>
        <translation>Communes desservies</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commune(s) served</source>
        <translation>
            <numerusform>%Ln commune desservie</numerusform>
            <numerusform>%Ln communes desservies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at %Ln stop(s).</source>
        <translation>
            <numerusform>à %Ln arrêt.</numerusform>
            <numerusform>à %Ln arrêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>encaissés</translation>
    </message>
    <message>
        <source>Statement no. %1</source>
        <translation>Bordereau n° %1</translation>
    </message>
    <message>
        <source>Cheques redeemed in %1. Claim prepared on %2 by %3.</source>
        <translation>Chèques encaissés en %1. Demande préparée le %2 par %3.</translation>
    </message>
    <message>
        <source>Each cheque listed was checked and redeemed once at this place. Please quote the statement number %1 with the payment.</source>
        <translation>Chaque chèque listé a été vérifié et encaissé une seule fois dans ce lieu. Merci de rappeler le numéro de bordereau %1 avec le paiement.</translation>
    </message>
    <message>
        <source>Date and signature of the person in charge:</source>
        <translation>Date et signature du responsable :</translation>
    </message>
    <message>
        <source>(month in progress)</source>
        <translation>(mois en cours)</translation>
    </message>
    <message>
        <source>Month in progress: figures up to %1, compared with the same days (1 to %2) of the other months.</source>
        <translation>Mois en cours : chiffres arrêtés au %1, comparés aux mêmes jours (du 1er au %2) des autres mois.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stop(s) without a commune recorded.</source>
        <translation>
            <numerusform>%Ln arrêt sans commune renseignée.</numerusform>
            <numerusform>%Ln arrêts sans commune renseignée.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>Référentiel : %1, version %2</translation>
    </message>
</context>
<context>
    <name>escale::storage</name>
    <message>
        <source>Internal error: « %1 » is not a valid table or column name.</source>
        <translation>Erreur interne : « %1 » n'est pas un nom de table ou de colonne valide.</translation>
    </message>
    <message>
        <source>Internal error: the column %1 is managed by the sync mechanism.</source>
        <translation>Erreur interne : la colonne %1 est gérée par la synchronisation.</translation>
    </message>
</context>
<context>
    <name>escale::storage::Database</name>
    <message>
        <source>The folder of the database %1 does not exist. Create it first or choose another file with --database.</source>
        <translation>Le dossier de la base %1 n'existe pas. Créez-le d'abord ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: check its permissions.</source>
        <translation>La base %1 ne peut pas être lue : vérifiez ses droits.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: Escale needs to write to the file and to its folder. Check the permissions or copy the file elsewhere.</source>
        <translation>La base %1 est en lecture seule : Escale doit pouvoir écrire dans le fichier et dans son dossier. Vérifiez les droits ou copiez le fichier ailleurs.</translation>
    </message>
    <message>
        <source>%1 is not an Escale database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n'est pas une base Escale (ce n'est pas un fichier SQLite). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Escale cannot create a database in %1: the folder is read-only.</source>
        <translation>Escale ne peut pas créer de base dans %1 : le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base %1 n'a pas pu être ouverte : %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (another Escale may be writing to it). Try again in a moment.</source>
        <translation>La base %1 est verrouillée par un autre programme (un autre Escale y écrit peut-être). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an Escale database: %2. It was left untouched; restore a backup.</source>
        <translation>La base %1 est endommagée ou n'est pas une base Escale : %2. Elle n'a pas été modifiée ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>La base %1 n'a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Try again in a moment.</source>
        <translation>La base %1 est verrouillée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. It was left untouched; restore a backup.</source>
        <translation>La base %1 est endommagée : %2. Elle n'a pas été modifiée ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Escale database. It was left untouched.</source>
        <translation>%1 est un fichier SQLite mais pas une base Escale. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Escale (schema %2; this version knows up to %3). Install the newer Escale; the file was left untouched.</source>
        <translation>La base %1 a été écrite par une version plus récente d'Escale (schéma %2 ; cette version connaît jusqu'au schéma %3). Installez la version récente ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is from an older version of Escale and must be upgraded; open it once without read-only access.</source>
        <translation>La base %1 vient d'une version plus ancienne d'Escale et doit être mise à jour ; ouvrez-la une fois sans lecture seule.</translation>
    </message>
    <message>
        <source>The database %1 could not be configured: %2</source>
        <translation>La base %1 n'a pas pu être configurée : %2</translation>
    </message>
    <message>
        <source>Before upgrading, Escale copies the database to %1, and this failed: %2. Nothing was changed.</source>
        <translation>Avant une mise à jour, Escale copie la base dans %1, et cette copie a échoué : %2. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Schema migration %1 cannot be read.</source>
        <translation>La migration de schéma %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The database is in use by another program; it could not be upgraded: %1</source>
        <translation>La base est utilisée par un autre programme ; elle n'a pas pu être mise à jour : %1</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed: %3
%4</source>
        <translation>La migration de schéma %1 (%2) a échoué : %3
%4</translation>
    </message>
    <message>
        <source>Schema migration %1 could not be recorded: %2</source>
        <translation>La migration de schéma %1 n'a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 existe déjà ; choisissez un autre nom ou supprimez-le d'abord.</translation>
    </message>
    <message>
        <source>The copy to %1 failed: %2</source>
        <translation>La copie vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it). Try again.</source>
        <translation>La base est occupée (un autre programme y écrit). Réessayez.</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>La base a refusé une modification : %1</translation>
    </message>
    <message>
        <source>The change was cancelled before it could be saved.</source>
        <translation>La modification a été annulée avant d'être enregistrée.</translation>
    </message>
</context>
<context>
    <name>escale::storage::InstanceLock</name>
    <message>
        <source>The database %1 is already open in another Escale window (process %2 on %3). Close it first, or open another file with --database.</source>
        <translation>La base %1 est déjà ouverte dans une autre fenêtre d'Escale (processus %2 sur %3). Fermez-la d'abord, ou ouvrez un autre fichier avec --database.</translation>
    </message>
</context>
<context>
    <name>escale::storage::RecordStore</name>
    <message>
        <source>Internal error: the rows written to %1 do not all have the same columns.</source>
        <translation>Erreur interne : les lignes écrites dans %1 n'ont pas toutes les mêmes colonnes.</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>La base a refusé une modification : %1</translation>
    </message>
</context>
<context>
    <name>escale::structure</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>The name of the structure</source>
        <translation>Le nom de la structure</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L'adresse</translation>
    </message>
    <message>
        <source>The commune</source>
        <translation>La commune</translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation>Le code postal</translation>
    </message>
    <message>
        <source>Unknown structure type: %1.</source>
        <translation>Type de structure inconnu : %1.</translation>
    </message>
    <message>
        <source>Unknown service: %1.</source>
        <translation>Service inconnu : %1.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indiquez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90 degrees.</source>
        <translation>Une latitude est comprise entre -90 et 90 degrés.</translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180 degrees.</source>
        <translation>Une longitude est comprise entre -180 et 180 degrés.</translation>
    </message>
    <message>
        <source>Coordinates of the structure.</source>
        <translation>Coordonnées de la structure.</translation>
    </message>
    <message>
        <source>Coordinates of « %1 » in the places register.</source>
        <translation>Coordonnées de « %1 » dans le registre des lieux.</translation>
    </message>
    <message>
        <source>Middle of the places of %1 in the places register.</source>
        <translation>Milieu des lieux de %1 dans le registre des lieux.</translation>
    </message>
    <message>
        <source>Centre of the commune %1 (imported map layer).</source>
        <translation>Centre de la commune %1 (couche de carte importée).</translation>
    </message>
</context>
<context>
    <name>escale::structure::StructureStore</name>
    <message>
        <source>Give the name to show on documents.</source>
        <translation>Indiquez le nom à faire figurer sur les documents.</translation>
    </message>
</context>
<context>
    <name>escale::sync</name>
    <message>
        <source>No keychain is available on this computer: the password is not stored; it will be asked for again (or use --password-file).</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur : le mot de passe n'est pas conservé ; il sera redemandé (ou utilisez --password-file).</translation>
    </message>
    <message>
        <source>No password is stored for this server and user.</source>
        <translation>Aucun mot de passe n'est enregistré pour ce serveur et cet utilisateur.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L'accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <source>The server's answer to %1 is not what CouchDB sends: %2.</source>
        <translation>La réponse du serveur à %1 n'est pas celle d'un serveur CouchDB : %2.</translation>
    </message>
    <message>
        <source>a document without _id</source>
        <translation>un document sans _id</translation>
    </message>
    <message>
        <source>The server sent the document %1 with the revision « %2 », which is not of the form N-hash.</source>
        <translation>Le serveur a envoyé le document %1 avec la révision « %2 », qui n'est pas de la forme N-empreinte.</translation>
    </message>
    <message>
        <source>The server sent the document %1 with a revision history that does not match « %2 ».</source>
        <translation>Le serveur a envoyé le document %1 avec un historique de révisions qui ne correspond pas à « %2 ».</translation>
    </message>
    <message>
        <source>The server sent the document %1 with an ancestor « %2 » that is not of the form N-hash.</source>
        <translation>Le serveur a envoyé le document %1 avec un ancêtre « %2 » qui n'est pas de la forme N-empreinte.</translation>
    </message>
    <message>
        <source>The local sync records could not be written: %1</source>
        <translation>Les données locales de synchronisation n'ont pas pu être écrites : %1</translation>
    </message>
    <message>
        <source>it is self-signed (no authority vouches for it)</source>
        <translation>il est auto-signé (aucune autorité ne s'en porte garante)</translation>
    </message>
    <message>
        <source>it is not signed by an authority this computer trusts</source>
        <translation>il n'est signé par aucune autorité reconnue par cet ordinateur</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>il a expiré le %1</translation>
    </message>
    <message>
        <source>it is valid only from %1</source>
        <translation>il n'est valable qu'à partir du %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>il a été délivré pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>il a été révoqué</translation>
    </message>
    <message>
        <source>the document %1, which was not asked for</source>
        <translation>le document %1, qui n'était pas demandé</translation>
    </message>
    <message>
        <source>The server could not send %1 (%2): %3</source>
        <translation>Le serveur n'a pas pu envoyer %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>escale::sync::ConflictReview</name>
    <message>
        <source>This version is no longer current; synchronise first.</source>
        <translation>Cette version n'est plus à jour ; synchronisez d'abord.</translation>
    </message>
    <message>
        <source>The current version cannot be read.</source>
        <translation>La version actuelle ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>escale::sync::CouchClient</name>
    <message>
        <source>« %1 » is not a server address (expected https://host:port).</source>
        <translation>« %1 » n'est pas une adresse de serveur (attendu : https://machine:port).</translation>
    </message>
    <message>
        <source>The server %1 is reached over plain HTTP: passwords and data would travel unencrypted. Use https://, or confirm plain HTTP explicitly.</source>
        <translation>Le serveur %1 est joint en HTTP simple : mots de passe et données circuleraient en clair. Utilisez https://, ou confirmez explicitement le HTTP simple.</translation>
    </message>
    <message>
        <source>The server refused the user name « %1 » or its password.</source>
        <translation>Le serveur a refusé le nom d'utilisateur « %1 » ou son mot de passe.</translation>
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds (tried %3 times).</source>
        <translation>Le serveur %1 n'a pas répondu en %2 secondes (%3 essais).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2.</source>
        <translation>Le serveur %1 est injoignable : %2.</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>une page HTML au lieu de JSON</translation>
    </message>
    <message>
        <source>The server %1 asks for a user name and a password.</source>
        <translation>Le serveur %1 demande un nom d'utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>This installation has no rights on the database « %1 »: give a user name (%2).</source>
        <translation>Ce poste n'a pas de droits sur la base « %1 » : indiquez un nom d'utilisateur (%2).</translation>
    </message>
    <message>
        <source>The account « %1 » has no rights on the database « %2 » (%3).</source>
        <translation>Le compte « %1 » n'a pas de droits sur la base « %2 » (%3).</translation>
    </message>
    <message>
        <source>The database « %1 » does not exist on the server %2.</source>
        <translation>La base « %1 » n'existe pas sur le serveur %2.</translation>
    </message>
    <message>
        <source>The server %1 does not know %2.</source>
        <translation>Le serveur %1 ne connaît pas %2.</translation>
    </message>
    <message>
        <source>The server %1 refuses even a single document as too large (%2).</source>
        <translation>Le serveur %1 refuse même un seul document, trop volumineux (%2).</translation>
    </message>
    <message>
        <source>The server %1 is full: %2</source>
        <translation>Le serveur %1 est plein : %2</translation>
    </message>
    <message>
        <source>The server %1 failed (HTTP %2) on %3%4; try again later.</source>
        <translation>Le serveur %1 a échoué (HTTP %2) sur %3%4 ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server %1 answered HTTP %2 to %3%4.</source>
        <translation>Le serveur %1 a répondu HTTP %2 à %3%4.</translation>
    </message>
    <message>
        <source>The server %1 accepts a password only with Basic authentication, which would send it with every request unencrypted over plain HTTP: it was not sent. Use https://.</source>
        <translation>Le serveur %1 n'accepte le mot de passe qu'en authentification Basic, qui l'enverrait en clair avec chaque requête en HTTP non chiffré : il n'a pas été envoyé. Utilisez https://.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused because its certificate cannot be trusted: %2.</source>
        <translation>La connexion à %1 a été refusée car son certificat n'est pas digne de confiance : %2.</translation>
    </message>
    <message>
        <source>It is not the certificate trusted here (SHA-256 %1).</source>
        <translation>Ce n'est pas le certificat auquel ce poste fait confiance (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Nothing was sent to it, neither password nor data.</source>
        <translation>Rien ne lui a été envoyé, ni mot de passe ni données.</translation>
    </message>
    <message>
        <source>The server's administrator must replace it.</source>
        <translation>L'administrateur du serveur doit le remplacer.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1: if the server's administrator confirms it, enter it as the trusted certificate in the Synchronisation section (or escale sync --trust-fingerprint).</source>
        <translation>Son empreinte SHA-256 est %1 : si l'administrateur du serveur la confirme, saisissez-la comme certificat de confiance dans la section Synchronisation (ou escale sync --trust-fingerprint).</translation>
    </message>
</context>
<context>
    <name>escale::sync::CredentialStore</name>
    <message>
        <source>This build of Escale has no keychain support: the password is not stored; it will be asked for again (or use --password-file).</source>
        <translation>Cette version d'Escale ne gère pas de trousseau : le mot de passe n'est pas conservé ; il sera redemandé (ou utilisez --password-file).</translation>
    </message>
    <message>
        <source>This build of Escale has no keychain support: the password is kept only until Escale closes.</source>
        <translation>Cette version d'Escale ne gère pas de trousseau : le mot de passe n'est gardé que jusqu'à la fermeture d'Escale.</translation>
    </message>
</context>
<context>
    <name>escale::sync::IncidentStore</name>
    <message>
        <source>There is no incident %1.</source>
        <translation>Il n'y a pas d'incident %1.</translation>
    </message>
    <message>
        <source>This incident is already resolved.</source>
        <translation>Cet incident est déjà résolu.</translation>
    </message>
    <message>
        <source>The revision to keep must be one of the two redemptions.</source>
        <translation>La version à garder doit être l'un des deux encaissements.</translation>
    </message>
    <message>
        <source>The redemption to keep is no longer a current revision; synchronise first.</source>
        <translation>L'encaissement à garder n'est plus une version à jour ; synchronisez d'abord.</translation>
    </message>
</context>
<context>
    <name>escale::sync::Replicator</name>
    <message>
        <source>an HTML page instead of JSON (is the address that of a CouchDB server?)</source>
        <translation>une page HTML au lieu de JSON (l'adresse est-elle celle d'un serveur CouchDB ?)</translation>
    </message>
    <message>
        <source>invalid or truncated JSON at byte %1 (%2)</source>
        <translation>JSON invalide ou tronqué à l'octet %1 (%2)</translation>
    </message>
    <message>
        <source>No server database is configured.</source>
        <translation>Aucune base du serveur n'est réglée.</translation>
    </message>
    <message>
        <source>« %1 » on the server is not a CouchDB database.</source>
        <translation>« %1 » sur le serveur n'est pas une base CouchDB.</translation>
    </message>
    <message>
        <source>The server did not keep the checkpoint (%1); the next run resumes from the last one it kept.</source>
        <translation>Le serveur n'a pas gardé le point de reprise (%1) ; la prochaine synchronisation reprendra au dernier qu'il a gardé.</translation>
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <source>no list of results</source>
        <translation>pas de liste de résultats</translation>
    </message>
    <message>
        <source>no last_seq</source>
        <translation>pas de last_seq</translation>
    </message>
    <message>
        <source>a change without a document id</source>
        <translation>une modification sans identifiant de document</translation>
    </message>
    <message>
        <source>The change feed of « %1 » went backwards (sequence %2 after %3): the database on the server may have been replaced. Nothing was changed here.</source>
        <translation>Le flux des modifications de « %1 » est revenu en arrière (séquence %2 après %3) : la base du serveur a peut-être été remplacée. Rien n'a été modifié ici.</translation>
    </message>
    <message>
        <source>The server lists the document %1 with the revision « %2 », which is not of the form N-hash. Nothing was changed here.</source>
        <translation>Le serveur annonce le document %1 avec la révision « %2 », qui n'est pas de la forme N-empreinte. Rien n'a été modifié ici.</translation>
    </message>
    <message>
        <source>%1 could not be saved here: %2</source>
        <translation>%1 n'a pas pu être enregistré ici : %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>escale::sync::RevisionStore</name>
    <message>
        <source>Bad table name %1.</source>
        <translation>Nom de table incorrect : %1.</translation>
    </message>
    <message>
        <source>« %1 » is not a revision id.</source>
        <translation>« %1 » n'est pas un identifiant de révision.</translation>
    </message>
</context>
<context>
    <name>escale::sync::SyncService</name>
    <message>
        <source>Give the server's address and the territory database first.</source>
        <translation>Indiquez d'abord l'adresse du serveur et la base du territoire.</translation>
    </message>
</context>
<context>
    <name>escale::ui::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Quick entry</source>
        <translation>&amp;Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Canal</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>At the structure</source>
        <translation>À la structure</translation>
    </message>
    <message>
        <source>At a stop</source>
        <translation>À un arrêt</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Name of the stop</source>
        <translation>Nom de l'arrêt</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêt</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Médiateur</translation>
    </message>
    <message>
        <source>Type a name (empty: anonymous)</source>
        <translation>Tapez un nom (vide : anonyme)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Fo&amp;und</source>
        <translation>Trou&amp;vée</translation>
    </message>
    <message>
        <source>&amp;Genre (anonymous)</source>
        <translation>&amp;Genre (anonyme)</translation>
    </message>
    <message>
        <source>A&amp;ge band (anonymous)</source>
        <translation>Tranche d'â&amp;ge (anonyme)</translation>
    </message>
    <message>
        <source>Stat&amp;us (anonymous)</source>
        <translation>Stat&amp;ut (anonyme)</translation>
    </message>
    <message>
        <source>Anonymous pa&amp;rticipants (workshop)</source>
        <translation>Pa&amp;rticipants anonymes (atelier)</translation>
    </message>
    <message>
        <source>Autonom&amp;y</source>
        <translation>Autonom&amp;ie</translation>
    </message>
    <message>
        <source>&amp;Level (workshop)</source>
        <translation>&amp;Niveau (atelier)</translation>
    </message>
    <message>
        <source>&amp;Redirected to</source>
        <translation>&amp;Redirection vers</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Dé&amp;marches</source>
        <translation>Dé&amp;marches</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Maté&amp;riel</source>
        <translation>Maté&amp;riel</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>&amp;Notes — never write health, religion or other sensitive data</source>
        <translation>&amp;Notes — jamais de santé, religion ni autre donnée sensible</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;New from last entry</source>
        <translation>&amp;Nouvelle d'après la dernière</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Thématique</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>All thématiques</source>
        <translation>Toutes les thématiques</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Monthly sheet for &amp;month</source>
        <translation>Fiche mensuelle du &amp;mois</translation>
    </message>
    <message>
        <source>Pre&amp;view / print…</source>
        <translation>&amp;Aperçu / imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Reche&amp;rche</translation>
    </message>
    <message>
        <source>First or last name</source>
        <translation>Prénom ou nom</translation>
    </message>
    <message>
        <source>Show probable &amp;duplicates</source>
        <translation>Afficher les &amp;doublons probables</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>E&amp;xport this person's data…</source>
        <translation>E&amp;xporter les données de la personne…</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;ffacer la personne…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected</source>
        <translation>&amp;Fusionner les deux sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of probable duplicates.</source>
        <translation>
            <numerusform>%Ln groupe de doublons probables.</numerusform>
            <numerusform>%Ln groupes de doublons probables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one person.</source>
        <translation>Sélectionnez une personne.</translation>
    </message>
    <message>
        <source>Export this person's data</source>
        <translation>Exporter les données de la personne</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Data written to %1.</source>
        <translation>Données écrites dans %1.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <source>Erase this person for good? Their activities stay, anonymous.</source>
        <translation>Effacer définitivement cette personne ? Ses activités restent, anonymes.</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>La personne a été effacée.</translation>
    </message>
    <message>
        <source>Select the two records of the same person (the first is kept).</source>
        <translation>Sélectionnez les deux fiches de la même personne (la première est conservée).</translation>
    </message>
    <message>
        <source>The two records were merged.</source>
        <translation>Les deux fiches ont été fusionnées.</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>Tous les médiateurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) erased: last visit more than %1 months ago.</source>
        <translation>
            <numerusform>%Ln personne effacée : dernière visite il y a plus de %1 mois.</numerusform>
            <numerusform>%Ln personnes effacées : dernière visite il y a plus de %1 mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) will be erased within 30 days (no visit for %1 months); export their data first if they asked for it.</source>
        <translation>
            <numerusform>%Ln personne sera effacée d'ici 30 jours (aucune visite depuis %1 mois) ; exportez d'abord ses données si elle l'a demandé.</numerusform>
            <numerusform>%Ln personnes seront effacées d'ici 30 jours (aucune visite depuis %1 mois) ; exportez d'abord leurs données si elles l'ont demandé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Supprimer l'activité</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Supprimer cette activité ?</translation>
    </message>
    <message>
        <source>Orientations made</source>
        <translation>Orientations réalisées</translation>
    </message>
    <message>
        <source>Diagnostics made</source>
        <translation>Diagnostics réalisés</translation>
    </message>
    <message>
        <source>Cheques redeemed: %1 (%2)</source>
        <translation>Chèques encaissés : %1 (%2)</translation>
    </message>
    <message>
        <source>Activities over 12 months</source>
        <translation>Activités sur 12 mois</translation>
    </message>
    <message>
        <source>Canaux</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Tranches d'âge</translation>
    </message>
    <message>
        <source>Monthly sheet</source>
        <translation>Fiche mensuelle</translation>
    </message>
    <message>
        <source>Type a few letters and pick a place of the register; a stop that is not in the register can be typed freely.</source>
        <translation>Tapez quelques lettres et choisissez un lieu du registre ; un arrêt absent du registre peut être tapé librement.</translation>
    </message>
    <message>
        <source>Right-click (or the Menu key) to add a thématique to the favourites or remove it.</source>
        <translation>Clic droit (ou touche Menu) pour ajouter la thématique aux favoris ou l'en retirer.</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>T&amp;hématiques (★ favourites first, right-click to change them; Space ticks)</source>
        <translation>T&amp;hématiques (★ favorites en tête, clic droit pour les changer ; Espace coche)</translation>
    </message>
    <message>
        <source>Type the person's first and last names: a person already recorded is proposed; otherwise a new person of that name is recorded with the activity (kept on this computer only).</source>
        <translation>Tapez le prénom et le nom de la personne : une personne déjà enregistrée est proposée ; sinon, une nouvelle personne de ce nom est enregistrée avec l'activité (gardée sur cet ordinateur seulement).</translation>
    </message>
    <message>
        <source>New person: %1</source>
        <translation>Nouvelle personne : %1</translation>
    </message>
    <message>
        <source>Anonymous (the name is not recorded)</source>
        <translation>Anonyme (le nom n'est pas enregistré)</translation>
    </message>
    <message>
        <source>Cancel the changes (Esc)</source>
        <translation>Annuler les modifications (Échap)</translation>
    </message>
    <message>
        <source>Today: %1, %2.</source>
        <translation>Aujourd'hui : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes saved to the activity of %1. %2</source>
        <translation>Modifications enregistrées pour l'activité du %1. %2</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) accompanied</source>
        <translation>
            <numerusform>%Ln personne accompagnée</numerusform>
            <numerusform>%Ln personnes accompagnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes cancelled: the activity of %1 is as it was. New entry.</source>
        <translation>Modifications annulées : l'activité du %1 reste telle qu'elle était. Nouvelle saisie.</translation>
    </message>
    <message>
        <source>Editing the activity of %1</source>
        <translation>Modification de l'activité du %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>« Save the changes » replaces it; Esc or « Cancel the changes » goes back to a new entry without changing it.</source>
        <translation>« Enregistrer les modifications » la remplace ; Échap ou « Annuler les modifications » revient à une nouvelle saisie sans la changer.</translation>
    </message>
    <message>
        <source>&amp;Save the changes (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer les modifications (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4.</source>
        <translation>%1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) reached</source>
        <translation>
            <numerusform>%Ln personne touchée</numerusform>
            <numerusform>%Ln personnes touchées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct named</source>
        <translation>
            <numerusform>%Ln personne nommée distincte</numerusform>
            <numerusform>%Ln personnes nommées distinctes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Saisie à</translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeClaimsWidget</name>
    <message>
        <source>Monthly claims</source>
        <translation>Demandes de remboursement mensuelles</translation>
    </message>
    <message>
        <source>&amp;Month of the redemptions:</source>
        <translation>&amp;Mois des encaissements :</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Prepare the claim</source>
        <translation>&amp;Préparer la demande</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Référence bancaire</translation>
    </message>
    <message>
        <source>Pre&amp;view the statement</source>
        <translation>&amp;Aperçu du bordereau</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Record the reimbursement…</source>
        <translation>&amp;Enregistrer le remboursement…</translation>
    </message>
    <message>
        <source>No redeemed cheque of %1 waits to be claimed.</source>
        <translation>Aucun chèque encaissé en %1 n'attend d'être réclamé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cheque(s), %2</source>
        <translation>
            <numerusform>%1 : %Ln chèque, %2</numerusform>
            <numerusform>%1 : %Ln chèques, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>To claim for %1: %2.</source>
        <translation>À réclamer pour %1 : %2.</translation>
    </message>
    <message>
        <source>Reimbursed on %1</source>
        <translation>Remboursée le %1</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message numerus="yes">
        <source>Claim prepared: %Ln cheque(s), %1. Print or save the statement and send it to the funder.</source>
        <translation>
            <numerusform>Demande préparée : %Ln chèque, %1. Imprimez ou enregistrez le bordereau et envoyez-le au commanditaire.</numerusform>
            <numerusform>Demande préparée : %Ln chèques, %1. Imprimez ou enregistrez le bordereau et envoyez-le au commanditaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>bordereau-pass-numerique-%1.pdf</source>
        <translation>bordereau-pass-numerique-%1.pdf</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Enregistrer le bordereau en CSV</translation>
    </message>
    <message>
        <source>bordereau-pass-numerique-%1.csv</source>
        <translation>bordereau-pass-numerique-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>Statement saved to %1.</source>
        <translation>Bordereau enregistré dans %1.</translation>
    </message>
    <message>
        <source>Select the claim that was reimbursed in the list.</source>
        <translation>Sélectionnez dans la liste la demande qui a été remboursée.</translation>
    </message>
    <message>
        <source>Record the reimbursement</source>
        <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>Amount &amp;received:</source>
        <translation>Montant &amp;reçu :</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Date de réception :</translation>
    </message>
    <message>
        <source>&amp;Bank reference:</source>
        <translation>Référence &amp;bancaire :</translation>
    </message>
    <message>
        <source>Write the amount received in euros, e.g. 250,00.</source>
        <translation>Écrivez le montant reçu en euros, par exemple 250,00.</translation>
    </message>
    <message>
        <source>Reimbursement recorded: %1 received for %2 claimed; difference %3.</source>
        <translation>Remboursement enregistré : %1 reçus pour %2 réclamés ; écart %3.</translation>
    </message>
    <message>
        <source>Statement &amp;no.:</source>
        <translation>&amp;N° de bordereau :</translation>
    </message>
    <message>
        <source>Find a statement by its number</source>
        <translation>Retrouver un bordereau par son numéro</translation>
    </message>
    <message>
        <source>Statement no.</source>
        <translation>N° de bordereau</translation>
    </message>
    <message>
        <source>No claim has the statement number « %1 ».</source>
        <translation>Aucune demande n'a le numéro de bordereau « %1 ».</translation>
    </message>
    <message>
        <source>Statement %1: %2 — %3, %4.</source>
        <translation>Bordereau %1 : %2 — %3, %4.</translation>
    </message>
    <message>
        <source>Statement %1 — %2, %3: %4 claimed.</source>
        <translation>Bordereau %1 — %2, %3 : %4 réclamés.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two claims</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>BR-YYYY-MM-…</source>
        <translation>BR-AAAA-MM-…</translation>
    </message>
    <message>
        <source>Type a statement number read on a letter or a payment (BR-2026-10-7K3QD2) and press Enter: its month and its claim are shown.</source>
        <translation>Tapez un numéro de bordereau lu sur un courrier ou un virement (BR-2026-10-7K3QD2) puis Entrée : son mois et sa demande s'affichent.</translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeJournalWidget</name>
    <message>
        <source>History of a cheque</source>
        <translation>Historique d'un chèque</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>Cheque code</source>
        <translation>Code du chèque</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The journal is never changed: a correction is a new line.</source>
        <translation>Le journal n'est jamais modifié : une correction est une nouvelle ligne.</translation>
    </message>
    <message>
        <source>No cheque %1 in the register.</source>
        <translation>Aucun chèque %1 au registre.</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>accepted until %1</source>
        <translation>accepté jusqu'au %1</translation>
    </message>
    <message>
        <source>received from elsewhere</source>
        <translation>reçu d'ailleurs</translation>
    </message>
    <message>
        <source>stop: %1</source>
        <translation>arrêt : %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>bordereau %1</translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeScanWidget</name>
    <message>
        <source>Scan a cheque</source>
        <translation>Scanner un chèque</translation>
    </message>
    <message>
        <source>Scan the cheque with the barcode reader, or type its code and press Enter. The field stays ready for the next cheque.</source>
        <translation>Scannez le chèque avec la douchette, ou tapez son code puis Entrée. Le champ reste prêt pour le chèque suivant.</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Cheque code</source>
        <translation>Code du chèque</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <source>&amp;Redeem it as a cheque from elsewhere</source>
        <translation>&amp;Encaisser comme chèque d'ailleurs</translation>
    </message>
    <message>
        <source>Scans of this session</source>
        <translation>Scans de la séance</translation>
    </message>
    <message>
        <source>Any scheme (recognised from the code)</source>
        <translation>Tout dispositif (reconnu d'après le code)</translation>
    </message>
    <message>
        <source>Cheque from elsewhere</source>
        <translation>Chèque d'ailleurs</translation>
    </message>
    <message>
        <source>Which scheme is the cheque %1 from?</source>
        <translation>De quel dispositif est le chèque %1 ?</translation>
    </message>
    <message>
        <source>VALID — REDEEMED (from elsewhere)</source>
        <translation>VALIDE — ENCAISSÉ (chèque d'ailleurs)</translation>
    </message>
    <message>
        <source>VALID — REDEEMED</source>
        <translation>VALIDE — ENCAISSÉ</translation>
    </message>
    <message>
        <source>ALREADY REDEEMED</source>
        <translation>DÉJÀ ENCAISSÉ</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>UNKNOWN CHEQUE</source>
        <translation>CHÈQUE INCONNU</translation>
    </message>
    <message>
        <source>NOT A CHEQUE CODE</source>
        <translation>CE N'EST PAS UN CODE DE CHÈQUE</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) redeemed since this screen opened.</source>
        <translation>
            <numerusform>%Ln chèque encaissé depuis l'ouverture de cet écran.</numerusform>
            <numerusform>%Ln chèques encaissés depuis l'ouverture de cet écran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequeStockWidget</name>
    <message>
        <source>Receive a booklet</source>
        <translation>Recevoir un carnet</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>By &amp;range (first and last code)</source>
        <translation>Par &amp;plage (premier et dernier code)</translation>
    </message>
    <message>
        <source>By scanning &amp;each cheque</source>
        <translation>En scannant &amp;chaque chèque</translation>
    </message>
    <message>
        <source>&amp;First code:</source>
        <translation>P&amp;remier code :</translation>
    </message>
    <message>
        <source>&amp;Last code:</source>
        <translation>&amp;Dernier code :</translation>
    </message>
    <message>
        <source>One code per line: scan the cheques one after the other.</source>
        <translation>Un code par ligne : scannez les chèques l'un après l'autre.</translation>
    </message>
    <message>
        <source>Sca&amp;nned codes:</source>
        <translation>Codes sca&amp;nnés :</translation>
    </message>
    <message>
        <source>&amp;Booklet number:</source>
        <translation>Numéro du &amp;carnet :</translation>
    </message>
    <message>
        <source>The scheme's funder if empty</source>
        <translation>Celui du dispositif si vide</translation>
    </message>
    <message>
        <source>F&amp;under (commanditaire):</source>
        <translation>Co&amp;mmanditaire :</translation>
    </message>
    <message>
        <source>&amp;Prescriber (aiguilleur):</source>
        <translation>&amp;Aiguilleur :</translation>
    </message>
    <message>
        <source>&amp;Issue year:</source>
        <translation>Année d'é&amp;mission :</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Give the first and the last code of the booklet.</source>
        <translation>Indiquez le premier et le dernier code du carnet.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Re&amp;ceive a booklet…</source>
        <translation>Re&amp;cevoir un carnet…</translation>
    </message>
    <message>
        <source>&amp;Mark the overdue cheques as expired</source>
        <translation>&amp;Marquer les chèques périmés comme expirés</translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation>Carnets</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Expired or cancelled</source>
        <translation>Expirés ou annulés</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Code contains</source>
        <translation>Le code contient</translation>
    </message>
    <message>
        <source>Code contains…</source>
        <translation>Le code contient…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Accepté jusqu'au</translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation>Encaissé le</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Remettre…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istorique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 cheque(s) not used were accepted until %2 only: they are expired.</source>
        <translation>
            <numerusform>%Ln chèque %1 non utilisé n'était accepté que jusqu'au %2 : il est périmé.</numerusform>
            <numerusform>%Ln chèques %1 non utilisés n'étaient acceptés que jusqu'au %2 : ils sont périmés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 cheque(s) not used yet will no longer be accepted after %2.</source>
        <translation>
            <numerusform>%Ln chèque %1 pas encore utilisé ne sera plus accepté après le %2.</numerusform>
            <numerusform>%Ln chèques %1 pas encore utilisés ne seront plus acceptés après le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) received (%1 to %2).</source>
        <translation>
            <numerusform>%Ln chèque reçu (%1 à %2).</numerusform>
            <numerusform>%Ln chèques reçus (%1 à %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cheques to hand out in the list.</source>
        <translation>Sélectionnez dans la liste les chèques à remettre.</translation>
    </message>
    <message>
        <source>Hand cheques out</source>
        <translation>Remettre des chèques</translation>
    </message>
    <message>
        <source>Optional: the beneficiary's number, never a name</source>
        <translation>Facultatif : le numéro du bénéficiaire, jamais un nom</translation>
    </message>
    <message>
        <source>Handed out &amp;by:</source>
        <translation>Remis &amp;par :</translation>
    </message>
    <message>
        <source>Beneficiary &amp;id:</source>
        <translation>N° de &amp;bénéficiaire :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) handed out.</source>
        <translation>
            <numerusform>%Ln chèque remis.</numerusform>
            <numerusform>%Ln chèques remis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cheques to cancel in the list.</source>
        <translation>Sélectionnez dans la liste les chèques à annuler.</translation>
    </message>
    <message>
        <source>Cancel cheques</source>
        <translation>Annuler des chèques</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %Ln cheque(s) cancelled (lost, damaged…)?</source>
        <translation>
            <numerusform>Pourquoi ce chèque est-il annulé (perdu, abîmé…) ?</numerusform>
            <numerusform>Pourquoi ces %Ln chèques sont-ils annulés (perdus, abîmés…) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) cancelled.</source>
        <translation>
            <numerusform>%Ln chèque annulé.</numerusform>
            <numerusform>%Ln chèques annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cheque(s) marked as expired.</source>
        <translation>
            <numerusform>%Ln chèque marqué comme expiré.</numerusform>
            <numerusform>%Ln chèques marqués comme expirés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::ChequesPage</name>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scanner</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>&amp;Réclamations</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln double redemption(s) to examine</source>
        <translation>
            <numerusform>%Ln double encaissement à examiner</numerusform>
            <numerusform>%Ln doubles encaissements à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>A cheque redeemed at two places may be claimed only once: agree with the other place which redemption counts. Click a code to see its journal.</source>
        <translation>Un chèque encaissé dans deux lieux ne peut être réclamé qu'une fois : convenez avec l'autre lieu de l'encaissement qui compte. Cliquez sur un code pour voir son journal.</translation>
    </message>
</context>
<context>
    <name>escale::ui::CurrentStopBar</name>
    <message>
        <source>Current stop:</source>
        <translation>Arrêt en cours :</translation>
    </message>
    <message>
        <source>Current stop</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>detected by GPS at %1</source>
        <translation>détecté par GPS à %1</translation>
    </message>
    <message>
        <source>No stop of the active tours today.</source>
        <translation>Aucun arrêt des tournées actives aujourd'hui.</translation>
    </message>
    <message>
        <source>Records made now carry this stop. Choose it by hand, or let the GPS detect it.</source>
        <translation>Ce qui est enregistré maintenant porte cet arrêt. Choisissez-le à la main, ou laissez le GPS le détecter.</translation>
    </message>
    <message>
        <source>No GPS: choose the current stop by hand.</source>
        <translation>Pas de GPS : choisissez l'arrêt en cours à la main.</translation>
    </message>
    <message>
        <source>GPS unavailable (%1): choose the current stop by hand.</source>
        <translation>GPS indisponible (%1) : choisissez l'arrêt en cours à la main.</translation>
    </message>
</context>
<context>
    <name>escale::ui::DiagnosticPage</name>
    <message>
        <source>New diagnostic</source>
        <translation>Nouveau diagnostic</translation>
    </message>
    <message>
        <source>Observe the person doing each gesture and note how autonomous they are. The quick mode asks two gateway gestures per domain first and deduces the rest when the answer is clear: about five minutes.</source>
        <translation>Observez la personne faire chaque geste et notez son autonomie. Le mode rapide pose d'abord deux gestes témoins par domaine et déduit le reste quand la réponse est nette : environ cinq minutes.</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Référentiel</translation>
    </message>
    <message>
        <source>&amp;Anonymous visitor (nothing recorded about the person)</source>
        <translation>Visiteur &amp;anonyme (rien n'est enregistré sur la personne)</translation>
    </message>
    <message>
        <source>First name or name…</source>
        <translation>Prénom ou nom…</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Quick mode (gateway gestures first)</source>
        <translation>Mode &amp;rapide (gestes témoins d'abord)</translation>
    </message>
    <message>
        <source>&amp;Start the diagnostic</source>
        <translation>&amp;Commencer le diagnostic</translation>
    </message>
    <message>
        <source>&amp;Copy and adapt this framework…</source>
        <translation>C&amp;opier et adapter ce référentiel…</translation>
    </message>
    <message>
        <source>Recent diagnostics</source>
        <translation>Diagnostics récents</translation>
    </message>
    <message>
        <source>Open one to resume it or to print its passeport again.</source>
        <translation>Ouvrez-en un pour le reprendre ou réimprimer son passeport.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>%1 — %2 — %3%4</source>
        <translation>%1 — %2 — %3%4</translation>
    </message>
    <message>
        <source> (unfinished)</source>
        <translation> (non terminé)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <source>Choose a framework.</source>
        <translation>Choisissez un référentiel.</translation>
    </message>
    <message>
        <source>Choose the person in the list, or tick « Anonymous visitor ».</source>
        <translation>Choisissez la personne dans la liste, ou cochez « Visiteur anonyme ».</translation>
    </message>
    <message>
        <source>The framework « %1 » of this diagnostic is not available any more.</source>
        <translation>Le référentiel « %1 » de ce diagnostic n'est plus disponible.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v réponses sur %m</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <source>See the &amp;result</source>
        <translation>Voir le &amp;résultat</translation>
    </message>
    <message>
        <source>&amp;Pause (resume later)</source>
        <translation>&amp;Pause (reprendre plus tard)</translation>
    </message>
    <message>
        <source>Not answered yet. Keys: 1, 2, 3… for the answer, 0 for « not assessed ».</source>
        <translation>Pas encore de réponse. Touches : 1, 2, 3… pour la réponse, 0 pour « non évalué ».</translation>
    </message>
    <message>
        <source>Deduced from the gateway gestures: %1. Answer to change it.</source>
        <translation>Déduit des gestes témoins : %1. Répondez pour le changer.</translation>
    </message>
    <message>
        <source>Answer given: %1.</source>
        <translation>Réponse donnée : %1.</translation>
    </message>
    <message>
        <source>Profile per domain</source>
        <translation>Profil par domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Progress since the previous diagnostic</source>
        <translation>Progrès depuis le diagnostic précédent</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>To work on:</source>
        <translation>À travailler :</translation>
    </message>
    <message>
        <source>To work on</source>
        <translation>À travailler</translation>
    </message>
    <message>
        <source>Places offering it:</source>
        <translation>Lieux qui le proposent :</translation>
    </message>
    <message>
        <source>Places offering it</source>
        <translation>Lieux qui le proposent</translation>
    </message>
    <message>
        <source>Passeport: pre&amp;view and print…</source>
        <translation>Passeport : &amp;aperçu et impression…</translation>
    </message>
    <message>
        <source>Passeport: save as P&amp;DF…</source>
        <translation>Passeport : enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Back to the &amp;questions</source>
        <translation>Retour aux &amp;questions</translation>
    </message>
    <message>
        <source>&amp;New diagnostic</source>
        <translation>&amp;Nouveau diagnostic</translation>
    </message>
    <message>
        <source>Result — %1 — %2</source>
        <translation>Résultat — %1 — %2</translation>
    </message>
    <message>
        <source>Overall profile: %1 (score %2 %, %3 of %4 assessed)</source>
        <translation>Profil global : %1 (score %2 %, %3 évalués sur %4)</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>This diagnostic</source>
        <translation>Ce diagnostic</translation>
    </message>
    <message>
        <source>Score per domain</source>
        <translation>Score par domaine</translation>
    </message>
    <message>
        <source>No place of the directory offers: %1.</source>
        <translation>Aucun lieu de l'annuaire ne propose : %1.</translation>
    </message>
    <message>
        <source>Services: %1.</source>
        <translation>Services : %1.</translation>
    </message>
    <message>
        <source>Framework: %1, version %2.</source>
        <translation>Référentiel : %1, version %2.</translation>
    </message>
    <message>
        <source>Framework: %1, version %2. %3</source>
        <translation>Référentiel : %1, version %2. %3</translation>
    </message>
    <message>
        <source>passeport-numerique-%1.pdf</source>
        <translation>passeport-numerique-%1.pdf</translation>
    </message>
    <message>
        <source>%1 in %2, version %3. Licence: %4.</source>
        <translation>%1 dans %2, version %3. Licence : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln domain(s)</source>
        <translation>
            <numerusform>%Ln domaine</numerusform>
            <numerusform>%Ln domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — question %4 (quick mode: the other gestures are deduced)</source>
        <translation>%1 — %2 — %3 — question %4 (mode rapide : les autres gestes sont déduits)</translation>
    </message>
    <message>
        <source>%1 of %2 gestures assessed (%3, %4)</source>
        <translation>gestes évalués : %1 sur %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answered</source>
        <translation>
            <numerusform>%Ln demandé</numerusform>
            <numerusform>%Ln demandés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deduced</source>
        <translation>
            <numerusform>%Ln déduit</numerusform>
            <numerusform>%Ln déduits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — question %4 of %5</source>
        <translation>%1 — %2 — %3 — question %4 sur %5</translation>
    </message>
    <message>
        <source>Nothing to work on: every gesture assessed is mastered.</source>
        <translation>Rien à travailler : tous les gestes évalués sont acquis.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>escale::ui::DocumentPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>escale::ui::FirstRunAssistant</name>
    <message>
        <source>Welcome to Escale</source>
        <translation>Bienvenue dans Escale</translation>
    </message>
    <message>
        <source>Your structure</source>
        <translation>Votre structure</translation>
    </message>
    <message>
        <source>Escale keeps the activity of one place. Which place is it? Everything can be changed later in Settings.</source>
        <translation>Escale tient l'activité d'un lieu. Lequel ? Tout pourra être modifié ensuite dans Paramètres.</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce qu'elle propose</translation>
    </message>
    <message>
        <source>The services of the national places standard, the Pass numérique, and how to reach you.</source>
        <translation>Les services du standard national des lieux, le Pass numérique, et comment vous joindre.</translation>
    </message>
    <message>
        <source>e.g. Camille D.</source>
        <translation>par ex. Camille D.</translation>
    </message>
    <message>
        <source>Your &amp;name, as printed on documents:</source>
        <translation>Votre &amp;nom, tel qu'imprimé sur les documents :</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>The first person who uses Escale here. Colleagues can be added later.</source>
        <translation>La première personne qui utilise Escale ici. Les collègues pourront être ajoutés ensuite.</translation>
    </message>
    <message>
        <source>Give the name to show on documents.</source>
        <translation>Indiquez le nom à faire figurer sur les documents.</translation>
    </message>
</context>
<context>
    <name>escale::ui::FrameworkCopyDialog</name>
    <message>
        <source>Copy and adapt a framework</source>
        <translation>Copier et adapter un référentiel</translation>
    </message>
    <message>
        <source>Untick what your structure does not assess and double-click a text to reword it. The copy keeps a reference to « %1 ».</source>
        <translation>Décochez ce que votre structure n'évalue pas et double-cliquez sur un texte pour le reformuler. La copie garde la référence à « %1 ».</translation>
    </message>
    <message>
        <source>%1 (our version)</source>
        <translation>%1 (notre version)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Domains and items</source>
        <translation>Domaines et éléments</translation>
    </message>
    <message>
        <source>Domain or item</source>
        <translation>Domaine ou élément</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Ce qu'on observe</translation>
    </message>
</context>
<context>
    <name>escale::ui::HomePage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Itinerant place</source>
        <translation>Lieu itinérant</translation>
    </message>
</context>
<context>
    <name>escale::ui::LayersPanel</name>
    <message>
        <source>Map layers</source>
        <translation>Couches de la carte</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Imported layers; tick to show</source>
        <translation>Couches importées ; cocher pour afficher</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>Importer GeoJSON…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>World basemap (land and borders)</source>
        <translation>Fond de carte mondial (terres et frontières)</translation>
    </message>
    <message>
        <source>Raster tiles</source>
        <translation>Tuiles images</translation>
    </message>
    <message>
        <source>Choose an MBTiles file…</source>
        <translation>Choisir un fichier MBTiles…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Offline pack:</source>
        <translation>Paquet hors ligne :</translation>
    </message>
    <message>
        <source>Online tiles (needs the network)</source>
        <translation>Tuiles en ligne (nécessite le réseau)</translation>
    </message>
    <message>
        <source>Tile server address</source>
        <translation>Adresse du serveur de tuiles</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Tile server attribution</source>
        <translation>Attribution du serveur de tuiles</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution :</translation>
    </message>
    <message>
        <source>Only the tiles the map shows are downloaded, and kept in a cache. Respect the server's usage policy: never download whole areas.</source>
        <translation>Seules les tuiles affichées sont téléchargées, puis gardées en cache. Respectez la politique d'usage du serveur : jamais de téléchargement de zones entières.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln feature(s))</source>
        <translation>
            <numerusform>%1 (%Ln entité)</numerusform>
            <numerusform>%1 (%Ln entités)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the layer %1…</source>
        <translation>Lecture de la couche %1…</translation>
    </message>
    <message>
        <source>Import a GeoJSON layer</source>
        <translation>Importer une couche GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Layer « %1 » imported: %Ln feature(s).</source>
        <translation>
            <numerusform>Couche « %1 » importée : %Ln entité.</numerusform>
            <numerusform>Couche « %1 » importée : %Ln entités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an offline tile pack</source>
        <translation>Choisir un paquet de tuiles hors ligne</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The tile address must start with http:// or https:// and contain {z}, {x} and {y}.</source>
        <translation>L'adresse des tuiles doit commencer par http:// ou https:// et contenir {z}, {x} et {y}.</translation>
    </message>
    <message>
        <source>Tour stops</source>
        <translation>Arrêts des tournées</translation>
    </message>
    <message>
        <source>The stops of the active tours, numbered in today's order</source>
        <translation>Les arrêts des tournées actives, numérotés dans l'ordre du jour</translation>
    </message>
    <message>
        <source>Source and licence…</source>
        <translation>Source et licence…</translation>
    </message>
    <message>
        <source>The line credited on the map while the layer is shown, e.g. « Contours : IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte) »</source>
        <translation>La mention affichée sur la carte tant que la couche est visible, par exemple « Contours : IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte) »</translation>
    </message>
    <message>
        <source>Imported from %1; no source or licence given</source>
        <translation>Importée de %1 ; ni source ni licence indiquées</translation>
    </message>
    <message>
        <source>Imported from %1
%2</source>
        <translation>Importée de %1
%2</translation>
    </message>
    <message>
        <source>Source and licence of « %1 »</source>
        <translation>Source et licence de « %1 »</translation>
    </message>
    <message>
        <source>Credited on the map while the layer is shown (leave empty for none):</source>
        <translation>Mention affichée sur la carte tant que la couche est visible (vide pour aucune) :</translation>
    </message>
</context>
<context>
    <name>escale::ui::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Escale</source>
        <translation>À &amp;propos d'Escale</translation>
    </message>
    <message>
        <source>About Escale</source>
        <translation>À propos d'Escale</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Escale %1&lt;/h3&gt;&lt;p&gt;The workstation of digital-mediation places.&lt;/p&gt;&lt;p&gt;Map data: © Natural Earth (public domain). Places data: ANCT – Cartographie nationale des lieux d'inclusion numérique (Licence Ouverte 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Escale %1&lt;/h3&gt;&lt;p&gt;Le poste de travail des lieux de médiation numérique.&lt;/p&gt;&lt;p&gt;Fond de carte : © Natural Earth (domaine public). Données des lieux : ANCT – Cartographie nationale des lieux d'inclusion numérique (Licence Ouverte 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Pass numérique</source>
        <translation>Pass numérique</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>Tournées</translation>
    </message>
    <message>
        <source>This part of Escale could not be loaded: the installation is incomplete. Reinstall Escale; your data is not affected.</source>
        <translation>Cette partie d'Escale n'a pas pu être chargée : l'installation est incomplète. Réinstallez Escale ; vos données ne sont pas touchées.</translation>
    </message>
</context>
<context>
    <name>escale::ui::MapView</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Drag to move, wheel or + and - to zoom, arrows to pan; click a marker to open the place.</source>
        <translation>Glisser pour déplacer, molette ou + et - pour zoomer, flèches pour se déplacer ; cliquer sur une pastille ouvre le lieu.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Center on my structure</source>
        <translation>Centrer sur ma structure</translation>
    </message>
    <message>
        <source>Places at this address</source>
        <translation>Lieux à cette adresse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) here</source>
        <translation>
            <numerusform>%Ln lieu ici</numerusform>
            <numerusform>%Ln lieux ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::ui::OfflineBadge</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>No Internet access: everything keeps working here; synchronisation waits for the network.</source>
        <translation>Pas d'accès à Internet : tout continue de fonctionner ici ; la synchronisation attend le réseau.</translation>
    </message>
</context>
<context>
    <name>escale::ui::OrientationPage</name>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>&amp;Easy to read</source>
        <translation>&amp;Facile à lire</translation>
    </message>
    <message>
        <source>Show the questions and answers in simple words, to read together with the visitor.</source>
        <translation>Afficher les questions et les réponses avec des mots simples, à lire avec la personne.</translation>
    </message>
    <message>
        <source>&amp;Trees…</source>
        <translation>&amp;Arbres…</translation>
    </message>
    <message>
        <source>Versions of the orientation tree, import, copy and edit</source>
        <translation>Versions de l'arbre d'orientation, import, copie et modification</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Start a new orientation (Ctrl+R)</source>
        <translation>Commencer une nouvelle orientation (Ctrl+R)</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Réponses données</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <source>Previous question (Backspace or Alt+Left)</source>
        <translation>Question précédente (Retour arrière ou Alt+←)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>Question suivante (Entrée)</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Ce que nous avons trouvé</translation>
    </message>
    <message>
        <source>Visitor's commune or postcode (optional)</source>
        <translation>Commune ou code postal de la personne (facultatif)</translation>
    </message>
    <message>
        <source>Visitor's commune</source>
        <translation>Commune de la personne</translation>
    </message>
    <message>
        <source>Nearest from &amp;there</source>
        <translation>Les plus proches de &amp;là</translation>
    </message>
    <message>
        <source>Orientation sheet for the visitor</source>
        <translation>Fiche d'orientation pour la personne</translation>
    </message>
    <message>
        <source>The sheet carries no personal data. Type a first name only if the visitor wishes it.</source>
        <translation>La fiche ne contient aucune donnée personnelle. Tapez un prénom seulement si la personne le souhaite.</translation>
    </message>
    <message>
        <source>&amp;First name (optional):</source>
        <translation>&amp;Prénom (facultatif) :</translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation>Prénom (facultatif)</translation>
    </message>
    <message>
        <source>N&amp;ote for the visitor:</source>
        <translation>N&amp;ote pour la personne :</translation>
    </message>
    <message>
        <source>Note for the visitor</source>
        <translation>Note pour la personne</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>New &amp;orientation</source>
        <translation>Nouvelle &amp;orientation</translation>
    </message>
    <message>
        <source>← Change the last answer</source>
        <translation>← Changer la dernière réponse</translation>
    </message>
    <message>
        <source>No orientation tree is available.</source>
        <translation>Aucun arbre d'orientation n'est disponible.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Change this answer: %1</source>
        <translation>Changer cette réponse : %1</translation>
    </message>
    <message>
        <source>Change the answer « %1 »</source>
        <translation>Changer la réponse « %1 »</translation>
    </message>
    <message>
        <source>Distances from %1.</source>
        <translation>Distances depuis %1.</translation>
    </message>
    <message>
        <source>« %1 » is not in the places register; distances from the structure.</source>
        <translation>« %1 » n'est pas dans le registre des lieux ; distances depuis la structure.</translation>
    </message>
    <message>
        <source>Where to go: %1</source>
        <translation>Où aller : %1</translation>
    </message>
    <message>
        <source>No such place in the places register yet: import the places of the territory (Map section).</source>
        <translation>Aucun lieu de ce type dans le registre des lieux : importez les lieux du territoire (section Carte).</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>Pièces à apporter :</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>En ligne :</translation>
    </message>
    <message>
        <source>FranceConnect accepted</source>
        <translation>FranceConnect accepté</translation>
    </message>
    <message>
        <source>For the mediator: %1</source>
        <translation>Pour le médiateur : %1</translation>
    </message>
    <message>
        <source>This path of the tree leads to no right or procedure.</source>
        <translation>Ce chemin de l'arbre ne mène à aucun droit ni aucune démarche.</translation>
    </message>
    <message>
        <source>This orientation is counted in the activity statistics.</source>
        <translation>Cette orientation est comptée dans les statistiques d'activité.</translation>
    </message>
    <message>
        <source>The orientation could not be recorded: %1</source>
        <translation>L'orientation n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>orientation-%1.pdf</source>
        <translation>orientation-%1.pdf</translation>
    </message>
    <message>
        <source>This orientation is counted in the activity statistics — stop: %1.</source>
        <translation>Cette orientation est comptée dans les statistiques d'activité — arrêt : %1.</translation>
    </message>
    <message>
        <source>Distances from %1 (the structure has no coordinates yet: Settings).</source>
        <translation>Distances depuis %1 (la structure n'a pas encore de coordonnées : Paramètres).</translation>
    </message>
    <message>
        <source>The structure has no coordinates (Settings) and its commune is not in the places register: places are not sorted by distance.</source>
        <translation>La structure n'a pas de coordonnées (Paramètres) et sa commune n'est pas dans le registre des lieux : les lieux ne sont pas triés par distance.</translation>
    </message>
    <message>
        <source>helps with administrative procedures</source>
        <translation>aide aux démarches administratives</translation>
    </message>
    <message>
        <source>Type a number in the field (digits, e.g. 3), then press Enter.</source>
        <translation>Tapez un nombre dans le champ (en chiffres, par exemple 3), puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Type a number in the field (%1), then press Enter.</source>
        <translation>Tapez un nombre dans le champ (%1), puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Type a commune or a postcode in the field, then press Enter.</source>
        <translation>Tapez une commune ou un code postal dans le champ, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Choose at least one answer: type its number (1 to %1) or move with the Up and Down arrows and tick with Space; then press Enter.</source>
        <translation>Choisissez au moins une réponse : tapez son numéro (1 à %1) ou déplacez-vous avec les flèches haut et bas et cochez avec Espace ; puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Choose an answer: type its number (1 to %1) or use the Up and Down arrows; then press Enter.</source>
        <translation>Choisissez une réponse : tapez son numéro (1 à %1) ou utilisez les flèches haut et bas ; puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Type a number, then Enter.</source>
        <translation>Tapez un nombre, puis Entrée.</translation>
    </message>
    <message>
        <source>Type a commune or a postcode, then Enter.</source>
        <translation>Tapez une commune ou un code postal, puis Entrée.</translation>
    </message>
    <message>
        <source>Several answers possible: press their numbers (or Up, Down and Space), then Enter.</source>
        <translation>Plusieurs réponses possibles : tapez leurs numéros (ou flèches haut, bas et Espace), puis Entrée.</translation>
    </message>
    <message>
        <source>Press the answer's number (or Up and Down), then Enter.</source>
        <translation>Tapez le numéro de la réponse (ou flèches haut et bas), puis Entrée.</translation>
    </message>
    <message>
        <source>Two-digit numbers: type both digits in a row (1 then 2 for 12).</source>
        <translation>Numéros à deux chiffres : tapez les deux chiffres à la suite (1 puis 2 pour 12).</translation>
    </message>
</context>
<context>
    <name>escale::ui::OrientationTreeEditor</name>
    <message>
        <source>Add a &amp;question</source>
        <translation>Ajouter une &amp;question</translation>
    </message>
    <message>
        <source>Add an ou&amp;tcome</source>
        <translation>Ajouter un résul&amp;tat</translation>
    </message>
    <message>
        <source>De&amp;lete this node</source>
        <translation>&amp;Supprimer cet élément</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Questions and outcomes</source>
        <translation>Questions et résultats</translation>
    </message>
    <message>
        <source>Copy a tree for the structure, or choose a version to edit; then choose a question or an outcome in the list.</source>
        <translation>Copiez un arbre pour la structure, ou choisissez une version à modifier ; choisissez ensuite une question ou un résultat dans la liste.</translation>
    </message>
    <message>
        <source>Problems found (checked as you type; click one to go to its node):</source>
        <translation>Problèmes trouvés (vérifiés pendant la frappe ; cliquez sur l'un d'eux pour aller à l'élément concerné) :</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Letters, digits, _ . - ; the routes that lead here follow a change.</source>
        <translation>Lettres, chiffres, _ . - ; les aiguillages qui mènent ici suivent le changement.</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Un seul choix</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Plusieurs choix</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>A number (age, household size…)</source>
        <translation>Un nombre (âge, taille du foyer…)</translation>
    </message>
    <message>
        <source>A commune or postcode</source>
        <translation>Une commune ou un code postal</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>The &amp;first question of the tree</source>
        <translation>La &amp;première question de l'arbre</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Easy to read:</source>
        <translation>Fa&amp;cile à lire :</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>Ai&amp;de :</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Facile à lire</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Mène à</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Add an &amp;answer</source>
        <translation>Ajouter une &amp;réponse</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Retirer la réponse</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses :</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Add a &amp;route</source>
        <translation>Ajouter un &amp;aiguillage</translation>
    </message>
    <message>
        <source>Remove the route</source>
        <translation>Retirer l'aiguillage</translation>
    </message>
    <message>
        <source>Used when the answer chosen does not say where to go: tried in order, the first whose condition holds applies; the last one has no condition.</source>
        <translation>Utilisés quand la réponse choisie ne dit pas où aller : essayés dans l'ordre, le premier dont la condition est vraie s'applique ; le dernier n'a pas de condition.</translation>
    </message>
    <message>
        <source>Routes:</source>
        <translation>Aiguillages :</translation>
    </message>
    <message>
        <source>&amp;Title (right or procedure):</source>
        <translation>Tit&amp;re (droit ou démarche) :</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication :</translation>
    </message>
    <message>
        <source>Easy to read:</source>
        <translation>Facile à lire :</translation>
    </message>
    <message>
        <source>(no family)</source>
        <translation>(aucune famille)</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>Fa&amp;mille :</translation>
    </message>
    <message>
        <source>Typologie codes separated by commas, the usual one first: CAF, MSA, MDS</source>
        <translation>Codes de typologie séparés par des virgules, le plus courant d'abord : CAF, MSA, MDS</translation>
    </message>
    <message>
        <source>&amp;Where to go:</source>
        <translation>&amp;Où aller :</translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation>Une pièce par ligne</translation>
    </message>
    <message>
        <source>&amp;Documents to bring:</source>
        <translation>&amp;Pièces à apporter :</translation>
    </message>
    <message>
        <source>Address (https://)</source>
        <translation>Adresse (https://)</translation>
    </message>
    <message>
        <source>FranceConnect</source>
        <translation>FranceConnect</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Services en ligne</translation>
    </message>
    <message>
        <source>Add an online &amp;service</source>
        <translation>Ajouter un service en &amp;ligne</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Retirer le service</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>En ligne :</translation>
    </message>
    <message>
        <source>&amp;Note for the mediator:</source>
        <translation>&amp;Note pour le médiateur :</translation>
    </message>
    <message>
        <source>Question %1 (first) — %2</source>
        <translation>Question %1 (première) — %2</translation>
    </message>
    <message>
        <source>Question %1 — %2</source>
        <translation>Question %1 — %2</translation>
    </message>
    <message>
        <source>Outcome %1 — %2</source>
        <translation>Résultat %1 — %2</translation>
    </message>
    <message>
        <source>(the question's routes)</source>
        <translation>(aiguillages de la question)</translation>
    </message>
    <message>
        <source>(choose where to go)</source>
        <translation>(choisir où aller)</translation>
    </message>
    <message>
        <source>Question « %1 »</source>
        <translation>Question « %1 »</translation>
    </message>
    <message>
        <source>Outcome « %1 »</source>
        <translation>Résultat « %1 »</translation>
    </message>
    <message>
        <source>(several routes or outcomes: see the JSON tab)</source>
        <translation>(plusieurs aiguillages ou résultats : voir l'onglet JSON)</translation>
    </message>
    <message>
        <source>(unknown: %1)</source>
        <translation>(inconnu : %1)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>if the answers include « %1 »</source>
        <translation>si les réponses comprennent « %1 »</translation>
    </message>
    <message>
        <source>if the answer is « %1 »</source>
        <translation>si la réponse est « %1 »</translation>
    </message>
    <message>
        <source>(advanced condition: see the JSON tab)</source>
        <translation>(condition avancée : voir l'onglet JSON)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>« %1 » is empty or already used by another node.</source>
        <translation>« %1 » est vide ou déjà pris par un autre élément.</translation>
    </message>
    <message>
        <source>Delete a node</source>
        <translation>Supprimer un élément</translation>
    </message>
    <message>
        <source>Delete « %1 »? The routes that lead to it will be listed as problems.</source>
        <translation>Supprimer « %1 » ? Les aiguillages qui y mènent seront signalés comme problèmes.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Escale's own tree cannot be changed: copy it for the structure first.</source>
        <translation>L'arbre fourni avec Escale ne se modifie pas : copiez-le d'abord pour la structure.</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>escale::ui::OrientationTreesDialog</name>
    <message>
        <source>Orientation trees</source>
        <translation>Arbres d'orientation</translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>&amp;Use this version's tree</source>
        <translation>&amp;Utiliser l'arbre de cette version</translation>
    </message>
    <message>
        <source>Use Escale's &amp;default tree</source>
        <translation>Utiliser l'arbre par &amp;défaut d'Escale</translation>
    </message>
    <message>
        <source>&amp;Import a tree file…</source>
        <translation>&amp;Importer un fichier d'arbre…</translation>
    </message>
    <message>
        <source>&amp;Copy the current tree for our structure</source>
        <translation>&amp;Copier l'arbre actuel pour notre structure</translation>
    </message>
    <message>
        <source>&amp;Edit the selected version</source>
        <translation>&amp;Modifier la version choisie</translation>
    </message>
    <message>
        <source>Editor: the tree's JSON (format in docs/orientation.md). It is checked as you type; a new version is saved only when it has no error.</source>
        <translation>Éditeur : le JSON de l'arbre (format dans docs/orientation.md). Il est vérifié pendant la frappe ; une nouvelle version n'est enregistrée que sans erreur.</translation>
    </message>
    <message>
        <source>Tree JSON</source>
        <translation>JSON de l'arbre</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>The wizard uses: %1 (%2), version %3.</source>
        <translation>L'assistant utilise : %1 (%2), version %3.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>this structure</source>
        <translation>cette structure</translation>
    </message>
    <message>
        <source>Import an orientation tree</source>
        <translation>Importer un arbre d'orientation</translation>
    </message>
    <message>
        <source>Orientation trees (*.json)</source>
        <translation>Arbres d'orientation (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large.</source>
        <translation>%1 ne peut pas être lu ou est trop gros.</translation>
    </message>
    <message>
        <source>The tree was refused; nothing was changed.</source>
        <translation>L'arbre a été refusé ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Escale's own tree cannot be changed: copy it for the structure first.</source>
        <translation>L'arbre fourni avec Escale ne se modifie pas : copiez-le d'abord pour la structure.</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>&amp;Form editor</source>
        <translation>Éditeur par &amp;formulaires</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: JSON</source>
        <translation>A&amp;vancé : JSON</translation>
    </message>
    <message>
        <source>The JSON cannot be read: the form shows the tree before those changes.</source>
        <translation>Le JSON ne peut pas être lu : le formulaire montre l'arbre d'avant ces modifications.</translation>
    </message>
    <message>
        <source>No version is stored yet: import a tree file or copy the current tree for the structure first.</source>
        <translation>Aucune version n'est encore enregistrée : importez d'abord un fichier d'arbre ou copiez l'arbre actuel pour la structure.</translation>
    </message>
    <message>
        <source>Choose a version in the list first.</source>
        <translation>Choisissez d'abord une version dans la liste.</translation>
    </message>
    <message>
        <source>The wizard will use the tree of the version chosen.</source>
        <translation>L'assistant utilisera l'arbre de la version choisie.</translation>
    </message>
    <message>
        <source>Open the version chosen in the editors below.</source>
        <translation>Ouvre la version choisie dans les éditeurs ci-dessous.</translation>
    </message>
</context>
<context>
    <name>escale::ui::PlaceDetailsDialog</name>
    <message>
        <source>Place details</source>
        <translation>Fiche du lieu</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Imprimer / PDF…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>place-%1.pdf</source>
        <translation>lieu-%1.pdf</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>escale::ui::PlaceEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>&amp;Email addresses</source>
        <translation>Cou&amp;rriels</translation>
    </message>
    <message>
        <source>&amp;Websites</source>
        <translation>Sites &amp;web</translation>
    </message>
    <message>
        <source>&amp;Type of place</source>
        <translation>T&amp;ypologie</translation>
    </message>
    <message>
        <source>Accepts the Pass &amp;numérique</source>
        <translation>Accepte le Pass numéri&amp;que</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Enter a decimal number, e.g. 44.092.</source>
        <translation>Saisissez un nombre décimal, par exemple 44,092.</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>Indiquez les deux coordonnées, ou aucune.</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>14 digits, or W and 9 digits</source>
        <translation>14 chiffres, ou W et 9 chiffres</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Itine&amp;rance</source>
        <translation>Itiné&amp;rance</translation>
    </message>
    <message>
        <source>&amp;Contact and access</source>
        <translation>&amp;Contact et accès</translation>
    </message>
    <message>
        <source>Appointment &amp;booking (web address)</source>
        <translation>Prise de rendez-vous (adresse we&amp;b)</translation>
    </message>
    <message>
        <source>How to &amp;get in</source>
        <translation>Moda&amp;lités d'accès</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>&amp;Frais à charge</translation>
    </message>
    <message>
        <source>&amp;Programmes and labels</source>
        <translation>&amp;Programmes et labels</translation>
    </message>
    <message>
        <source>&amp;Training and labels</source>
        <translation>Forma&amp;tions et labels</translation>
    </message>
    <message>
        <source>&amp;Other training and labels</source>
        <translation>Autres f&amp;ormations et labels</translation>
    </message>
    <message>
        <source>several separated by |</source>
        <translation>plusieurs, séparés par |</translation>
    </message>
    <message>
        <source>SIRET / RN&amp;A</source>
        <translation>SIRET / RN&amp;A</translation>
    </message>
    <message>
        <source>Parent str&amp;ucture</source>
        <translation>Str&amp;ucture parente</translation>
    </message>
    <message>
        <source>Su&amp;mmary (280 characters)</source>
        <translation>Présentation résu&amp;mée (280 caractères)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Présentation dé&amp;taillée</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Address co&amp;mplement</source>
        <translation>Co&amp;mplément d'adresse</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation>Code pos&amp;tal</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Comm&amp;une</translation>
    </message>
    <message>
        <source>I&amp;NSEE code</source>
        <translation>Code I&amp;NSEE</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Opening hours (OS&amp;M)</source>
        <translation>Horaires (OS&amp;M)</translation>
    </message>
    <message>
        <source>Acceslib&amp;re sheet (web address)</source>
        <translation>Fiche &amp;Accès libre (adresse web)</translation>
    </message>
    <message>
        <source>How people are s&amp;upported</source>
        <translation>Modalités d'accompa&amp;gnement</translation>
    </message>
    <message>
        <source>Ser&amp;vices and publics</source>
        <translation>Ser&amp;vices et publics</translation>
    </message>
    <message>
        <source>S&amp;ervices</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>Publics specifically &amp;addressed</source>
        <translation>Publics spécifiquement &amp;adressés</translation>
    </message>
    <message>
        <source>Specific suppor&amp;t</source>
        <translation>Prise en charge spécifi&amp;que</translation>
    </message>
    <message>
        <source>National p&amp;rogrammes</source>
        <translation>Dispositifs et p&amp;rogrammes nationaux</translation>
    </message>
</context>
<context>
    <name>escale::ui::PlaceImportDialog</name>
    <message>
        <source>Import places</source>
        <translation>Importer des lieux</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>National standard (v1 or v2, CSV or JSON)</source>
        <translation>Standard national (v1 ou v2, CSV ou JSON)</translation>
    </message>
    <message>
        <source>France Services national list (CSV)</source>
        <translation>Liste nationale France Services (CSV)</translation>
    </message>
    <message>
        <source>Other CSV, with a column mapping</source>
        <translation>Autre CSV, avec correspondance des colonnes</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>For each column of the file, the field of the standard it holds:</source>
        <translation>Pour chaque colonne du fichier, le champ du standard qu'elle contient :</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field of the standard</source>
        <translation>Champ du standard</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Places file</source>
        <translation>Fichier de lieux</translation>
    </message>
    <message>
        <source>Places files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers de lieux (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d'abord un fichier.</translation>
    </message>
    <message>
        <source>Map one column to « nom »: every place needs a name.</source>
        <translation>Faites correspondre une colonne à « nom » : chaque lieu a besoin d'un nom.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>ajoutés : %1, mis à jour : %2, inchangés : %3, ignorés : %4.</translation>
    </message>
    <message>
        <source>Preview of %1: %2 Nothing is written yet.</source>
        <translation>Aperçu de %1 — %2 Rien n'est encore écrit.</translation>
    </message>
    <message>
        <source>%1 imported: %2</source>
        <translation>%1 importé — %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>escale::ui::PlacesPage</name>
    <message>
        <source>Name, commune, postcode…</source>
        <translation>Nom, commune, code postal…</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Rechercher des lieux</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All kinds of place</source>
        <translation>Tous les types de lieu</translation>
    </message>
    <message>
        <source>All publics</source>
        <translation>Tous les publics</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Accepts the Pass numérique</source>
        <translation>Accepte le Pass numérique</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Lieux trouvés</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>No place found.</source>
        <translation>Aucun lieu trouvé.</translation>
    </message>
    <message>
        <source>The first %1 places</source>
        <translation>Les %1 premiers lieux</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Export places</source>
        <translation>Exporter les lieux</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Nearest from here</source>
        <translation>Les plus proches d'ici</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>nearest first from here</source>
        <translation>les plus proches d'ici en premier</translation>
    </message>
    <message>
        <source>List the nearest places from the device's position, with their distance</source>
        <translation>Lister les lieux les plus proches de la position de l'appareil, avec leur distance</translation>
    </message>
    <message>
        <source>Waiting for the device's position…</source>
        <translation>En attente de la position de l'appareil…</translation>
    </message>
    <message>
        <source>The device's position is unknown: this computer has no positioning source (a GPS log can be replayed with --nmea FILE)</source>
        <translation>La position de l'appareil est inconnue : cet ordinateur n'a pas de source de localisation (un journal GPS peut être rejoué avec --nmea FICHIER)</translation>
    </message>
    <message>
        <source>%1:00</source>
        <comment>hour</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>hour and minutes</comment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tour « %1 »</source>
        <translation>Tournée « %1 »</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>aujourd'hui, %1</translation>
    </message>
    <message>
        <source>Next passage: %1, %2 – %3</source>
        <translation>Prochain passage : %1, %2 – %3</translation>
    </message>
    <message>
        <source>No passage in the next two years</source>
        <translation>Aucun passage dans les deux ans à venir</translation>
    </message>
    <message>
        <source>Stop no. %1 of the day</source>
        <translation>Arrêt n° %1 de la journée</translation>
    </message>
    <message>
        <source>The bus is here now</source>
        <translation>Le bus est ici en ce moment</translation>
    </message>
    <message>
        <source>Add a tour stop here</source>
        <translation>Ajouter un arrêt de tournée ici</translation>
    </message>
    <message>
        <source>Add a tour stop here…</source>
        <translation>Ajouter un arrêt de tournée ici…</translation>
    </message>
    <message>
        <source>Add a tour stop</source>
        <translation>Ajouter un arrêt de tournée</translation>
    </message>
    <message>
        <source>There is no active tour yet. Create the tour in the « Tournées » section (Ctrl+9), then add its stops from the map or from there.</source>
        <translation>Il n'y a pas encore de tournée active. Créez la tournée dans la section « Tournées » (Ctrl+9), puis ajoutez ses arrêts depuis la carte ou depuis cette section.</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Couches</translation>
    </message>
    <message>
        <source>Imported layers, world basemap, tours' stops, offline MBTiles pack and online tiles.</source>
        <translation>Couches importées, fond de carte mondial, arrêts des tournées, paquet hors ligne MBTiles et tuiles en ligne.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position : %1</translation>
    </message>
</context>
<context>
    <name>escale::ui::PositionSettingsBox</name>
    <message>
        <source>Position (GPS)</source>
        <translation>Position (GPS)</translation>
    </message>
    <message>
        <source>Automatic (the system's source)</source>
        <translation>Automatique (la source du système)</translation>
    </message>
    <message>
        <source>Serial GPS (NMEA)</source>
        <translation>GPS série (NMEA)</translation>
    </message>
    <message>
        <source>gpsd</source>
        <translation>gpsd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Position so&amp;urce:</source>
        <translation>So&amp;urce de la position :</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <source>For example /dev/ttyACM0 or /dev/ttyUSB0 (COM3 on Windows).</source>
        <translation>Par exemple /dev/ttyACM0 ou /dev/ttyUSB0 (COM3 sous Windows).</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation>&amp;Port série :</translation>
    </message>
    <message>
        <source>4800 bauds</source>
        <translation>4800 bauds</translation>
    </message>
    <message>
        <source>9600 bauds</source>
        <translation>9600 bauds</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source>gpsd &amp;host:</source>
        <translation>&amp;Hôte gpsd :</translation>
    </message>
    <message>
        <source>gpsd p&amp;ort:</source>
        <translation>P&amp;ort gpsd :</translation>
    </message>
    <message>
        <source>Escale was started with --nmea %1: that log gives the position, whatever is chosen here.</source>
        <translation>Escale a été lancé avec --nmea %1 : ce journal donne la position, quel que soit le choix fait ici.</translation>
    </message>
    <message>
        <source>This build cannot read a serial GPS: Qt Serial Port is missing.</source>
        <translation>Cette version ne peut pas lire un GPS série : Qt Serial Port est absent.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the position settings</source>
        <translation>&amp;Enregistrer les réglages de position</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Opens the chosen source and waits a few seconds for a first position.</source>
        <translation>Ouvre la source choisie et attend quelques secondes une première position.</translation>
    </message>
    <message>
        <source>No position within %1 s from %2. Is the GPS connected and can it see the sky?</source>
        <translation>Aucune position en %1 s depuis %2. Le GPS est-il branché et voit-il le ciel ?</translation>
    </message>
    <message>
        <source>Give the host where gpsd runs (127.0.0.1 for this computer).</source>
        <translation>Indiquez l'hôte où tourne gpsd (127.0.0.1 pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Position received: %1, %2</source>
        <translation>Position reçue : %1, %2</translation>
    </message>
    <message>
        <source> (± %1 m)</source>
        <translation> (± %1 m)</translation>
    </message>
    <message>
        <source>Waiting for a position from %1…</source>
        <translation>En attente d'une position de %1…</translation>
    </message>
    <message>
        <source>Saved. The map and the current stop use it now.</source>
        <translation>Enregistré. La carte et l'arrêt courant l'utilisent dès maintenant.</translation>
    </message>
</context>
<context>
    <name>escale::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The structure</source>
        <translation>La structure</translation>
    </message>
    <message>
        <source>&amp;Save the structure</source>
        <translation>&amp;Enregistrer la structure</translation>
    </message>
    <message>
        <source>Users of this installation</source>
        <translation>Utilisateurs de ce poste</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Name of a colleague</source>
        <translation>Nom d'un ou d'une collègue</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Fichier de la base :</translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>escale::ui::StopEditDialog</name>
    <message>
        <source>New stop</source>
        <translation>Nouvel arrêt</translation>
    </message>
    <message>
        <source>Edit stop</source>
        <translation>Modifier l'arrêt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>e.g. Place de la mairie</source>
        <translation>ex. Place de la mairie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>5 characters, optional</source>
        <translation>5 caractères, facultatif</translation>
    </message>
    <message>
        <source>Code &amp;INSEE</source>
        <translation>Code &amp;INSEE</translation>
    </message>
    <message>
        <source>The place of the register served at this stop (places of the commune).</source>
        <translation>Le lieu du registre desservi à cet arrêt (lieux de la commune).</translation>
    </message>
    <message>
        <source>&amp;Place of the register</source>
        <translation>Lieu du re&amp;gistre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Toutes les N semaines</translation>
    </message>
    <message>
        <source>Nth weekday of the month</source>
        <translation>Le Nᵉ jour du mois</translation>
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation>&amp;Récurrence</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>Toutes le&amp;s</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>&amp;Which</source>
        <translation>Le&amp;quel</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>jusq&amp;u'au</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>Only in</source>
        <translation>Seulement en</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>No month ticked: every month.</source>
        <translation>Aucun mois coché : tous les mois.</translation>
    </message>
    <message>
        <source>Precise point</source>
        <translation>Point précis</translation>
    </message>
    <message>
        <source>Click on the map where the bus stands, or type the coordinates. Without a point, the stop cannot be detected by the GPS: it will be chosen by hand.</source>
        <translation>Cliquez sur la carte là où le bus stationne, ou tapez les coordonnées. Sans point, l'arrêt ne peut pas être détecté par le GPS : il sera choisi à la main.</translation>
    </message>
    <message>
        <source>e.g. 45.600000</source>
        <translation>ex. 45,600000</translation>
    </message>
    <message>
        <source>e.g. 0.160000</source>
        <translation>ex. 0,160000</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Effacer le point</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Lieu %1</translation>
    </message>
    <message>
        <source>The latitude « %1 » is not a number (e.g. 45.6 or 45,6).</source>
        <translation>La latitude « %1 » n'est pas un nombre (ex. 45,6 ou 45.6).</translation>
    </message>
    <message>
        <source>The longitude « %1 » is not a number (e.g. 0.16 or 0,16).</source>
        <translation>La longitude « %1 » n'est pas un nombre (ex. 0,16 ou 0.16).</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>Cet arrêt</translation>
    </message>
    <message>
        <source>Startin&amp;g</source>
        <translation>À &amp;partir du</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>La&amp;titude</translation>
    </message>
    <message>
        <source>Unticked (the usual case): no visit on a French public holiday; the schedule says so.</source>
        <translation>Décoché (le cas habituel) : pas de passage un jour férié ; le planning le dit.</translation>
    </message>
    <message>
        <source>The bus also comes on public holida&amp;ys</source>
        <translation>Le bus passe aussi les jours &amp;fériés</translation>
    </message>
    <message>
        <source>%1. Save again to keep these hours.</source>
        <translation>%1. Enregistrez à nouveau pour garder ces heures.</translation>
    </message>
    <message>
        <source>%1. Save again to keep this point.</source>
        <translation>%1. Enregistrez à nouveau pour garder ce point.</translation>
    </message>
    <message>
        <source>%1. Save again to keep these hours and this point.</source>
        <translation>%1. Enregistrez à nouveau pour garder ces heures et ce point.</translation>
    </message>
</context>
<context>
    <name>escale::ui::StructureProfileForm</name>
    <message>
        <source>&amp;Name of the structure:</source>
        <translation>&amp;Nom de la structure :</translation>
    </message>
    <message>
        <source>e.g. Espace numérique de la médiathèque</source>
        <translation>par ex. Espace numérique de la médiathèque</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address &amp;complement:</source>
        <translation>&amp;Complément d'adresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>&amp;Type of structure:</source>
        <translation>&amp;Type de structure :</translation>
    </message>
    <message>
        <source>&amp;Services offered:</source>
        <translation>&amp;Services proposés :</translation>
    </message>
    <message>
        <source>This place accepts the Pass &amp;numérique</source>
        <translation>Ce lieu accepte le Pass &amp;numérique</translation>
    </message>
    <message>
        <source>&amp;Fixed place</source>
        <translation>Lieu &amp;fixe</translation>
    </message>
    <message>
        <source>&amp;Itinerant (bus, mobile team)</source>
        <translation>&amp;Itinérant (bus, équipe mobile)</translation>
    </message>
    <message>
        <source>Kind of place:</source>
        <translation>Type de lieu :</translation>
    </message>
    <message>
        <source>SIRET or RNA (optional):</source>
        <translation>SIRET ou RNA (facultatif) :</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>Télép&amp;hone (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;Courriel (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Website (optional):</source>
        <translation>Site &amp;web (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Latitude (optional):</source>
        <translation>&amp;Latitude (facultatif) :</translation>
    </message>
    <message>
        <source>e.g. 44.0927</source>
        <translation>par ex. 44,0927</translation>
    </message>
    <message>
        <source>Lon&amp;gitude (optional):</source>
        <translation>Lon&amp;gitude (facultatif) :</translation>
    </message>
    <message>
        <source>e.g. 6.2356</source>
        <translation>par ex. 6,2356</translation>
    </message>
    <message>
        <source>Find from the places &amp;register</source>
        <translation>T&amp;rouver dans le registre des lieux</translation>
    </message>
    <message>
        <source>Takes the coordinates of the place of the same name in this commune, else the middle of the commune's places or its outline in an imported map layer. No Internet connection is used.</source>
        <translation>Reprend les coordonnées du lieu de même nom dans cette commune, sinon le milieu des lieux de la commune ou son contour dans une couche de carte importée. Aucune connexion à Internet n'est utilisée.</translation>
    </message>
    <message>
        <source>A latitude in decimal degrees, e.g. 44.0927.</source>
        <translation>Une latitude en degrés décimaux, par ex. 44,0927.</translation>
    </message>
    <message>
        <source>A longitude in decimal degrees, e.g. 6.2356.</source>
        <translation>Une longitude en degrés décimaux, par ex. 6,2356.</translation>
    </message>
    <message>
        <source>Not found: import the places of the territory (Map section) or a layer of its communes, or type the coordinates.</source>
        <translation>Introuvable : importez les lieux du territoire (section Carte) ou une couche de ses communes, ou saisissez les coordonnées.</translation>
    </message>
    <message>
        <source>Check it, then save.</source>
        <translation>Vérifiez-les, puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>escale::ui::SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Incidents and conflicts to review</source>
        <translation>Incidents et conflits à revoir</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Territory database</source>
        <translation>Base du territoire</translation>
    </message>
    <message>
        <source>Structure database</source>
        <translation>Base de la structure</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>asked again at each session</source>
        <translation>redemandé à chaque session</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>seulement à la demande</translation>
    </message>
    <message>
        <source>Automatic every</source>
        <translation>Automatique toutes les</translation>
    </message>
    <message>
        <source>Synchronise automatically when the connection comes back</source>
        <translation>Synchroniser automatiquement quand la connexion revient</translation>
    </message>
    <message>
        <source>Accept an unencrypted connection (http://) to this server</source>
        <translation>Accepter une connexion non chiffrée (http://) vers ce serveur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Double redemption of %1: at %2 on %3 by %4</source>
        <translation>Double encaissement de %1 : à %2 le %3 par %4</translation>
    </message>
    <message>
        <source>%1 — shown version: %2</source>
        <translation>%1 — version affichée : %2</translation>
    </message>
    <message>
        <source>%1 — other version kept: %2</source>
        <translation>%1 — autre version gardée : %2</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à revoir.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved; the password is kept only until Escale closes: %1</source>
        <translation>Enregistré ; le mot de passe n'est gardé que jusqu'à la fermeture d'Escale : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 received</source>
        <translation>%1 — envoyés : %2, reçus : %3</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Resolved in the Synchronisation section</source>
        <translation>Résolu dans la section Synchronisation</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint (AB:CD:…) of the server's certificate, as its administrator gives it: that certificate is then trusted although it is self-signed. Compare it with the one shown in the error.</source>
        <translation>L'empreinte SHA-256 (AB:CD:…) du certificat du serveur, telle que son administrateur la donne : ce certificat est alors accepté même s'il est auto-signé. Comparez-la avec celle affichée dans l'erreur.</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Certificat de confiance (SHA-256)</translation>
    </message>
    <message>
        <source>« %1 » is not a SHA-256 fingerprint (64 hexadecimal digits, e.g. AB:CD:…); nothing was saved.</source>
        <translation>« %1 » n'est pas une empreinte SHA-256 (64 chiffres hexadécimaux, par ex. AB:CD:…) ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The server settings typed cannot be saved: %1</source>
        <translation>Les réglages du serveur saisis ne peuvent pas être enregistrés : %1</translation>
    </message>
    <message>
        <source>Saves the server settings typed, then synchronises.</source>
        <translation>Enregistre les réglages du serveur saisis, puis synchronise.</translation>
    </message>
    <message>
        <source>%1 and %2 to review: choose the version to keep.</source>
        <translation>%1 et %2 à revoir : choisissez la version à garder.</translation>
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
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>AB:CD:… of a self-signed certificate</source>
        <translation>AB:CD:… d'un certificat auto-signé</translation>
    </message>
</context>
<context>
    <name>escale::ui::ToursPage</name>
    <message>
        <source>Tours</source>
        <translation>Tournées</translation>
    </message>
    <message>
        <source>The bus's tours and their stops: where and when it stands. The current stop is chosen in the status bar, or detected by the GPS.</source>
        <translation>Les tournées du bus et leurs arrêts : où et quand il stationne. L'arrêt en cours se choisit dans la barre d'état, ou est détecté par le GPS.</translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Tournées</translation>
    </message>
    <message>
        <source>Name of a new tour</source>
        <translation>Nom d'une nouvelle tournée</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Stops of the tour</source>
        <translation>Arrêts de la tournée</translation>
    </message>
    <message>
        <source>Add a &amp;stop…</source>
        <translation>Ajouter un a&amp;rrêt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remove the stop…</source>
        <translation>Supprimer l'arrêt…</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>&amp;Cette semaine</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Schedule of the week</source>
        <translation>Planning de la semaine</translation>
    </message>
    <message>
        <source>Schedule of the day</source>
        <translation>Planning du jour</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Inactive: its stops are not offered as the current stop.</source>
        <translation>Inactive : ses arrêts ne sont pas proposés comme arrêt en cours.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>No tour yet: type the name of the first one on the left.</source>
        <translation>Aucune tournée pour l'instant : tapez le nom de la première à gauche.</translation>
    </message>
    <message>
        <source>Choose a tour on the left.</source>
        <translation>Choisissez une tournée à gauche.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, du %1 au %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, à partir du %1</translation>
    </message>
    <message>
        <source>no coordinates — to be chosen by hand</source>
        <translation>sans coordonnées — à choisir à la main</translation>
    </message>
    <message>
        <source>Without a point the GPS cannot detect this stop: choose it by hand in the status bar.</source>
        <translation>Sans point, le GPS ne peut pas détecter cet arrêt : choisissez-le à la main dans la barre d'état.</translation>
    </message>
    <message>
        <source>Week from %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source> (this week)</source>
        <translation> (cette semaine)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd'hui)</translation>
    </message>
    <message>
        <source>no stop</source>
        <translation>pas d'arrêt</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd'hui, %1</translation>
    </message>
    <message>
        <source>no tour chosen</source>
        <translation>aucune tournée choisie</translation>
    </message>
    <message>
        <source>no stop this day</source>
        <translation>pas d'arrêt ce jour-là</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tour « %1 » and its %Ln stop(s)? Records already made keep their stop.</source>
        <translation>
            <numerusform>Supprimer la tournée « %1 » et son %Ln arrêt ? Les enregistrements déjà faits gardent leur arrêt.</numerusform>
            <numerusform>Supprimer la tournée « %1 » et ses %Ln arrêts ? Les enregistrements déjà faits gardent leur arrêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the stop « %1 »?</source>
        <translation>Supprimer l'arrêt « %1 » ?</translation>
    </message>
    <message>
        <source>%1 — by hand</source>
        <translation>%1 — à la main</translation>
    </message>
    <message>
        <source>Remove the tour « %1 »? It has no stop.</source>
        <translation>Supprimer la tournée « %1 » ? Elle n'a pas d'arrêt.</translation>
    </message>
    <message>
        <source>&amp;Import from the itinerant places…</source>
        <translation>&amp;Importer depuis les lieux itinérants…</translation>
    </message>
    <message>
        <source>Builds the tours and their stops from the places of the register marked « Itinérant » and their opening hours. Importing again updates them, without duplicates.</source>
        <translation>Construit les tournées et leurs arrêts à partir des lieux du registre marqués « Itinérant » et de leurs horaires. Un nouvel import les met à jour, sans doublon.</translation>
    </message>
    <message>
        <source>&amp;Print the timetable…</source>
        <translation>Imprimer la &amp;fiche horaire…</translation>
    </message>
    <message>
        <source>The bus's public timetable for the villages: stops, days, hours and next dates (A4).</source>
        <translation>La fiche horaire publique du bus pour les villages : arrêts, jours, heures et prochaines dates (A4).</translation>
    </message>
    <message>
        <source>No place of the register is marked « Itinérant »: import the bus's places first (Map section), or enter the stops here.</source>
        <translation>Aucun lieu du registre n'est marqué « Itinérant » : importez d'abord les lieux du bus (section Carte), ou saisissez les arrêts ici.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Import from the itinerant places: places read: %1; tours created: %2; stops added: %3, updated: %4, unchanged: %5, removed: %6; not imported: %7.</source>
        <translation>Import depuis les lieux itinérants — lieux lus : %1 ; tournées créées : %2 ; arrêts ajoutés : %3, mis à jour : %4, inchangés : %5, retirés : %6 ; non importés : %7.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (see the tooltip).</source>
        <translation>
            <numerusform>… et %Ln autre (voir l'infobulle).</numerusform>
            <numerusform>… et %Ln autres (voir l'infobulle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops that overlap</source>
        <translation>Arrêts qui se chevauchent</translation>
    </message>
    <message>
        <source>This timetable posts the bus at two stops at the same time. Villagers would wait where the bus does not come.</source>
        <translation>Cette fiche horaire annonce le bus à deux arrêts en même temps. Des habitants attendraient là où le bus ne passera pas.</translation>
    </message>
    <message>
        <source>Correct the stops first</source>
        <translation>Corriger d'abord les arrêts</translation>
    </message>
    <message>
        <source>Print anyway…</source>
        <translation>Imprimer quand même…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stop(s) served until %1 only (%2), then gone from the planning: import the itinerant places again (the button on the left) or edit the stops' dates.</source>
        <translation>
            <numerusform>%Ln arrêt desservi jusqu'au %1 seulement (%2), puis absent du planning : importez à nouveau les lieux itinérants (bouton à gauche) ou modifiez les dates des arrêts.</numerusform>
            <numerusform>%Ln arrêts desservis jusqu'au %1 seulement (%2), puis absents du planning : importez à nouveau les lieux itinérants (bouton à gauche) ou modifiez les dates des arrêts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>escale::validate</name>
    <message>
        <source>A postal code has exactly 5 digits (for example 04000).</source>
        <translation>Un code postal a exactement 5 chiffres (par exemple 04000).</translation>
    </message>
    <message>
        <source>An INSEE code has 5 characters: the département (01 to 95, 2A, 2B, 97x) then 3 digits.</source>
        <translation>Un code INSEE a 5 caractères : le département (01 à 95, 2A, 2B, 97x) puis 3 chiffres.</translation>
    </message>
    <message>
        <source>Expected a SIRET number (14 digits) or an RNA number (W followed by 9 digits).</source>
        <translation>Attendu : un numéro SIRET (14 chiffres) ou un numéro RNA (W suivi de 9 chiffres).</translation>
    </message>
    <message>
        <source>Expected a French phone number such as 04 92 00 00 00 or +33492000000.</source>
        <translation>Attendu : un numéro de téléphone français comme 04 92 00 00 00 ou +33492000000.</translation>
    </message>
    <message>
        <source>Expected an e-mail address such as accueil@example.fr.</source>
        <translation>Attendu : une adresse de courriel comme accueil@exemple.fr.</translation>
    </message>
    <message>
        <source>Expected a web address starting with https:// or http://.</source>
        <translation>Attendu : une adresse web commençant par https:// ou http://.</translation>
    </message>
</context>
</TS>
