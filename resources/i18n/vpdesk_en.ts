<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="16"/>
        <source>Over vpdesk</source>
        <translation>About vpdesk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="23"/>
        <source>Versleutelde aantekeningen voor vertrouwenspersonen. Alles blijft op deze laptop; alleen u opent de kluis. vpdesk stuurt niets naar buiten, behalve reserveringen naar de zalenserver als uw organisatie die heeft ingesteld.</source>
        <translation>Encrypted notes for confidential advisers. Everything stays on this laptop; only you open the vault. vpdesk sends nothing out, except bookings to the room server if your organisation has set one up.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="33"/>
        <source>Uw kluis</source>
        <translation>Your vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="34"/>
        <source>Logboek (zonder inhoud)</source>
        <translation>Log (without content)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="35"/>
        <source>Beleid van de organisatie</source>
        <translation>Organisation&apos;s policy</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="35"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="25"/>
        <source>Agenda: termijnen</source>
        <translation>Agenda: deadlines</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="32"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="36"/>
        <source>{n} dagen te laat</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="38"/>
        <source>nog {n} dagen</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="50"/>
        <source>Geen termijnen die aandacht vragen.</source>
        <translation>No deadlines need attention.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="55"/>
        <source>En nog {n} herinneringen: latere termijnen en meer zaken zonder recente activiteit. Sluit of vernietig wat klaar is, dan schuiven ze op.</source>
        <translation>And {n} more reminders: later deadlines and more cases without recent activity. Close or destroy what is done and they move up.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="29"/>
        <source>Wat aandacht vraagt: termijnen van meldprocessen, terugbelafspraken en bewaartermijnen:</source>
        <translation>What needs attention: reporting-process deadlines, follow-ups and retention periods:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="71"/>
        <source>te vernietigen (bewaartermijn verstreken)</source>
        <translation>to be destroyed (retention period over)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="72"/>
        <source>wordt over {n} dagen vernietigd</source>
        <translation>to be destroyed in {n} days</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="73"/>
        <source>bewaren wegens procedure herbeoordelen</source>
        <translation>review the legal hold</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="74"/>
        <source>geen activiteit sinds deze datum</source>
        <translation>no activity since this date</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="75"/>
        <source>terugbellen: {note}</source>
        <translation>follow up: {note}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../vpdesk/ui/application.py" line="108"/>
        <source>vpdesk kan niet starten. Neem contact op met uw servicedesk en geef hun de melding hieronder. Uw aantekeningen zijn veilig: er is niets gewijzigd.</source>
        <translation>vpdesk cannot start. Please contact your service desk and give them the message below. Your notes are safe: nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/application.py" line="114"/>
        <source>Melding voor de servicedesk:</source>
        <translation>Message for the service desk:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="45"/>
        <source>Auditlogboek</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="48"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="49"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="51"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="52"/>
        <source>alle acties</source>
        <translation>every action</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="55"/>
        <source>&amp;Exporteren als CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="59"/>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="60"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="61"/>
        <source>A&amp;ctie</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="74"/>
        <source>Regels van het auditlogboek</source>
        <translation>Rows of the audit trail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="79"/>
        <source>Het logboek legt vast wie wat deed met welk object, nooit de inhoud.</source>
        <translation>The trail records who did what to which object, never the content.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="41"/>
        <source>vertrouwenspersoon</source>
        <translation>confidential adviser</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../vpdesk/ui/case_audit.py" line="65"/>
        <source>Let op: de hashketen van het logboek is verbroken: {p}</source>
        <translation>Attention: the trail&apos;s hash chain is broken: {p}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_audit.py" line="86"/>
        <source>Auditlogboek exporteren</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_audit.py" line="86"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="18"/>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="20"/>
        <source>Een back-up is één versleuteld bestand met al uw zaken en aantekeningen. Zet het op een USB-stick of netwerkschijf, niet alleen op deze laptop. U opent het later met de wachtwoordzin of de herstelcode die nu bij de kluis hoort. Na het maken leest vpdesk het bestand terug en controleert het.</source>
        <translation>A backup is one encrypted file with all your cases and notes. Put it on a USB stick or network drive, not only on this laptop. You open it later with the passphrase or the recovery code that belongs to the vault now. After making it, vpdesk reads the file back and checks it.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="25"/>
        <source>Back-up &amp;maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="30"/>
        <source>Bestand voor de back-up</source>
        <translation>File for the backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="31"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="42"/>
        <source>Back-up opslaan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="42"/>
        <source>vpdesk-back-up (*.vpbak)</source>
        <translation>vpdesk backup (*.vpbak)</translation>
    </message>
</context>
<context>
    <name>Booker</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="45"/>
        <source>Dat tijdstip is al voorbij.</source>
        <translation>That time has already passed.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="49"/>
        <source>{room} is niet vrij van {start} tot {end}.</source>
        <translation>{room} is not free from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="54"/>
        <source>{room} reserveren op {day} van {start} tot {end}?</source>
        <translation>Book {room} on {day} from {start} to {end}?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="73"/>
        <source>U heeft van {start} tot {end} al {room} gereserveerd. Toch ook {new} reserveren van {from_} tot {to}?</source>
        <translation>You have already booked {room} from {start} to {end}. Book {new} from {from_} to {to} as well?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="94"/>
        <source>Gereserveerd: {room}, {when}.</source>
        <translation>Booked: {room}, {when}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="121"/>
        <source>Iemand reserveert deze ruimte op dit moment. Om {time} opnieuw proberen?</source>
        <translation>Someone is booking this room right now. Try again at {time}?</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="187"/>
        <source>Bewaren wegens lopende procedure</source>
        <translation>Legal hold (pending procedure)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="189"/>
        <source>Zolang een procedure loopt, wordt deze zaak niet vernietigd. Noem de procedure (geen namen) en kies wanneer u opnieuw beoordeelt of bewaren nog nodig is.</source>
        <translation>While a procedure is pending, this case is not destroyed. Name the procedure (no names of people) and choose when you review whether keeping it is still needed.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="192"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="193"/>
        <source>&amp;Herbeoordelen op</source>
        <translation>Re&amp;view on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="216"/>
        <source>Terugbelafspraak</source>
        <translation>Follow-up reminder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="217"/>
        <source>De agenda herinnert u eraan vanaf een week ervoor.</source>
        <translation>The agenda reminds you from a week before.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="218"/>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="219"/>
        <source>&amp;Op</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="222"/>
        <source>terugbellen</source>
        <translation>call back</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="242"/>
        <source>Inzagedocument opslaan</source>
        <translation>Save access document</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="244"/>
        <source>PDF (*.pdf);;OpenDocument-tekst (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="266"/>
        <source>Het inzagedocument staat in {path}.</source>
        <translation>The access document is in {path}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="268"/>
        <source>{n} regels geschreven naar {path}.</source>
        <translation>{n} rows written to {path}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="290"/>
        <source>Bij het terugzetten van een back-up bewaarde vpdesk de vervangen kluis in {folders}. Die bevat de zaak ook nog (met de wachtwoordzin van toen).</source>
        <translation>When a backup was restored, vpdesk kept the replaced vault in {folders}. It still holds the case too (under the passphrase of that time).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="295"/>
        <source>Zaak vernietigen</source>
        <translation>Destroy case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="284"/>
        <source>Zaak {id} ({name}) en alles daarin worden vernietigd: gesprekken, aantekeningen, verwijzingen, meldingen en reserveringskoppelingen. Dit kan niet ongedaan worden gemaakt.

Oudere back-ups bevatten de zaak nog. De jaarcijfers blijven gelijk.</source>
        <translation>Case {id} ({name}) and everything in it will be destroyed: conversations, notes, referrals, formal reports and room-booking links. This cannot be undone.

Older backups still hold the case. The annual figures stay the same.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="305"/>
        <source>Vervangen kluizen verwijderen</source>
        <translation>Delete replaced vaults</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="306"/>
        <source>De vervangen kluizen ({n}) ook verwijderen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation>Delete the replaced vaults ({n}) too? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="54"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="55"/>
        <source>Alle zaken</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="56"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="57"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="59"/>
        <source>Filter op categorie</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="60"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="66"/>
        <source>Filter op periode</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="67"/>
        <source>Elke periode</source>
        <translation>Any period</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="68"/>
        <source>Afgelopen 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="69"/>
        <source>Afgelopen 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="70"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="71"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="81"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="113"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="119"/>
        <source>Geen aantekeningen gevonden.</source>
        <translation>No notes found.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="180"/>
        <source>Maak de lijst breder voor meer kolommen ({names}).</source>
        <translation>Make the list wider for more columns ({names}).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="303"/>
        <source>Geen zaken die bij deze keuze passen.</source>
        <translation>No cases match this choice.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="304"/>
        <source>Nog geen zaken.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="307"/>
        <source>1 zaak</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="308"/>
        <source>{total} zaken</source>
        <translation>{total} cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="309"/>
        <source>De eerste {shown} van {total} zaken; scroll voor meer.</source>
        <translation>The first {shown} of {total} cases; scroll for more.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="240"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="241"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="242"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="243"/>
        <source>Organisatieonderdeel</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="244"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="245"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="246"/>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="223"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="223"/>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="153"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="97"/>
        <source>De bewaarde antwoorden konden niet worden gelezen.</source>
        <translation>The kept answers could not be read.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="114"/>
        <source>Gegeven onder wegwijzer {old}; de regels van nu ({new}) kennen deze antwoorden niet meer, ze zijn weggelaten: {questions}.</source>
        <translation>Given under guide {old}; the rules in force ({new}) no longer know these answers, they were left out: {questions}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="141"/>
        <source>Antwoorden niet bewaard: {reason}</source>
        <translation>Answers not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="168"/>
        <source>Wegwijzer opslaan</source>
        <translation>Save signpost</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="168"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="263"/>
        <source>&amp;Agenda ({n})</source>
        <translation>A&amp;genda ({n})</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="263"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="264"/>
        <source>{n} termijnen vragen aandacht</source>
        <translation>{n} deadlines need attention</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="210"/>
        <source>Niet bewaard: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="50"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="53"/>
        <source>Gegevens van de zaak</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="54"/>
        <source>N&amp;ieuw gesprek</source>
        <translation>New con&amp;versation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="55"/>
        <source>Nieuw gesprek (Ctrl+Shift+N)</source>
        <translation>New conversation (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="56"/>
        <source>Zaak s&amp;luiten…</source>
        <translation>Cl&amp;ose case…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="57"/>
        <source>Gesprek &amp;plannen…</source>
        <translation>&amp;Plan conversation…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="58"/>
        <source>Een ruimte reserveren voor een gesprek over deze zaak</source>
        <translation>Book a room for a conversation on this case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="87"/>
        <source>Tijdlijn van gesprekken en verwijzingen</source>
        <translation>Timeline of conversations and referrals</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="99"/>
        <source>&amp;Gesprek</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="100"/>
        <source>&amp;Wegwijzer</source>
        <translation>&amp;Signpost</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="101"/>
        <source>&amp;Meldproces</source>
        <translation>&amp;Reporting process</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="102"/>
        <source>Kies links een zaak, of maak een nieuwe zaak met Ctrl+N.</source>
        <translation>Pick a case on the left, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="158"/>
        <source>Zaak {id} · {categories} · {org} · geopend {opened} · {status}</source>
        <translation>Case {id} · {categories} · {org} · opened {opened} · {status}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="161"/>
        <source>geen organisatieonderdeel</source>
        <translation>no org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="221"/>
        <source>{when} · gesprek, {kind}, {channel}, {minutes} min</source>
        <translation>{when} · conversation, {kind}, {channel}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="227"/>
        <source>{when} · verwezen naar {route}</source>
        <translation>{when} · referred to {route}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="60"/>
        <source>De gesloten zaak weer openen om iets te wijzigen</source>
        <translation>Open the closed case again to change something</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="62"/>
        <source>A&amp;cties</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="63"/>
        <source>Acties voor deze zaak</source>
        <translation>Actions for this case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="68"/>
        <source>Zaak &amp;bewerken… (Ctrl+Shift+E)</source>
        <translation>&amp;Edit case… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="69"/>
        <source>&amp;Terugbelafspraak…</source>
        <translation>&amp;Follow-up reminder…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="70"/>
        <source>B&amp;ewaren wegens lopende procedure…</source>
        <translation>Legal &amp;hold (pending procedure)…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="71"/>
        <source>Bewaren wegens procedure o&amp;pheffen</source>
        <translation>Re&amp;lease legal hold</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="72"/>
        <source>&amp;Inzagedocument voor de melder… (Ctrl+Shift+I)</source>
        <translation>&amp;Access document for the melder… (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="73"/>
        <source>Zaak &amp;vernietigen…</source>
        <translation>&amp;Destroy case…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="74"/>
        <source>&amp;Auditlogboek… (Ctrl+Shift+A)</source>
        <translation>Audit &amp;trail… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="83"/>
        <source>Status van de zaak</source>
        <translation>State of the case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="192"/>
        <source>Deze zaak is gesloten en alleen te lezen. Kies Heropenen om iets te wijzigen.</source>
        <translation>This case is closed and read-only. Choose Reopen to change something.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="195"/>
        <source>Bewaard wegens lopende procedure: {reason} (herbeoordelen op {review}).</source>
        <translation>Kept for a pending procedure: {reason} (review on {review}).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="200"/>
        <source>Wordt vernietigd op {date}.</source>
        <translation>To be destroyed on {date}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="203"/>
        <source>Terugbelafspraak op {date}: {note}</source>
        <translation>Follow-up on {date}: {note}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="229"/>
        <source>{when} · ruimte gereserveerd: {room}</source>
        <translation>{when} · room booked: {room}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="261"/>
        <source>Verwijzing bewerken…</source>
        <translation>Edit referral…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="262"/>
        <source>Verwijderen (Delete; ongedaan maken met Ctrl+Z)</source>
        <translation>Delete (Delete; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="59"/>
        <source>Her&amp;openen</source>
        <translation>Re&amp;open</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="18"/>
        <source>Zaak sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="21"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="30"/>
        <source>Datum van sluiten</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="31"/>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="32"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="306"/>
        <source>Bij het vergrendelen is niet alles bewaard: {reason}</source>
        <translation>Not everything was saved when locking: {reason}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="197"/>
        <source>Oefenkluis</source>
        <translation>Practice vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="198"/>
        <source>De oefenkluis heeft geen geheime sleutels om te vervangen.</source>
        <translation>The practice vault has no secret keys to replace.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="220"/>
        <source>Nieuwe sleutels</source>
        <translation>New keys</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="131"/>
        <location filename="../../vpdesk/ui/controller.py" line="141"/>
        <source>ingesteld door uw organisatie</source>
        <translation>set by your organisation</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="41"/>
        <source>Datum en tijd van het gesprek</source>
        <translation>Date and time of the conversation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="45"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="46"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="48"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="52"/>
        <source>Eerste of vervolgcontact</source>
        <translation>First or follow-up contact</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="56"/>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="58"/>
        <source>Aantekeningen van het gesprek. vpdesk bewaart ze vanzelf.</source>
        <translation>Notes of the conversation. vpdesk saves them by itself.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="60"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="66"/>
        <source>&amp;Duur</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="69"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="97"/>
        <source>Wijzigingen worden bewaard…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="181"/>
        <source>Bewaard om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="65"/>
        <source>Wannee&amp;r</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="68"/>
        <source>Kanaa&amp;l</source>
        <translation>Ch&amp;annel</translation>
    </message>
</context>
<context>
    <name>DateNoteDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/date_note_dialog.py" line="44"/>
        <source>&amp;Wissen</source>
        <translation>&amp;Clear</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="118"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="318"/>
        <source>----- Hierboven: intussen elders bewaard. Hieronder: de tekst uit dit venster -----</source>
        <translation>----- Above: saved elsewhere meanwhile. Below: the text of this window -----</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="323"/>
        <source>Niet bewaard: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="332"/>
        <source>Deze aantekening was intussen elders gewijzigd. Beide teksten zijn bewaard, de uwe onderaan.</source>
        <translation>This note was changed elsewhere meanwhile. Both texts are saved, yours at the bottom.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="337"/>
        <source>Dit gesprek was intussen elders verwijderd. Uw tekst is bewaard als nieuw gesprek.</source>
        <translation>This conversation was deleted elsewhere meanwhile. Your text was saved as a new conversation.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="24"/>
        <source>Zoeken in alle aantekeningen (Ctrl+F)</source>
        <translation>Search all notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="25"/>
        <source>Zoeken in aantekeningen</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="27"/>
        <source>&amp;Nieuwe zaak</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="28"/>
        <source>Nieuwe zaak (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="29"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="30"/>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="34"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="35"/>
        <source>Termijnen van meldprocessen (Ctrl+G)</source>
        <translation>Deadlines of reporting processes (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="48"/>
        <source>Zakenlijst tonen</source>
        <translation>Show the case list</translation>
    </message>
</context>
<context>
    <name>GuideController</name>
    <message>
        <location filename="../../vpdesk/ui/guide_controller.py" line="43"/>
        <source>Wegwijzer</source>
        <translation>Signpost</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/guide_controller.py" line="54"/>
        <source>Wegwijzer opslaan</source>
        <translation>Save signpost</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/guide_controller.py" line="54"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="96"/>
        <source>Passende routes</source>
        <translation>Fitting routes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="67"/>
        <source>Route om vast te leggen</source>
        <translation>Route to record</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="41"/>
        <source>route niet meer in de wegwijzer: {route}</source>
        <translation>route no longer in the guide: {route}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="62"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="68"/>
        <source>Verwi&amp;jzing vastleggen</source>
        <translation>Record r&amp;eferral</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="69"/>
        <source>Wegwijzer als PD&amp;F…</source>
        <translation>Signpost as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="70"/>
        <source>Eén pagina voor de melder met de passende routes, zonder zaakgegevens</source>
        <translation>One page for the melder with the fitting routes, without case details</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="79"/>
        <source>Bewaarde antwoorden</source>
        <translation>Kept answers</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="86"/>
        <source>Hier wordt niets bewaard. Een verwijzing legt u vast in een zaak.</source>
        <translation>Nothing is stored here. A referral is recorded in a case.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="95"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="147"/>
        <source>(nog niet bekend)</source>
        <translation>(not known yet)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="200"/>
        <source>Gegeven antwoorden (wegwijzer {version}):</source>
        <translation>Answers given (guide {version}):</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="197"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="276"/>
        <source>Past</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="277"/>
        <source>Past daarna</source>
        <translation>Fits afterwards</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="278"/>
        <source>Open vraag</source>
        <translation>Open question</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="279"/>
        <source>Past nu niet</source>
        <translation>Does not fit now</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="282"/>
        <source>na</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="283"/>
        <source>Eerst</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="284"/>
        <source>Zo bereikt u het</source>
        <translation>How to reach it</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="285"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="286"/>
        <source>gecontroleerd</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="260"/>
        <source>Kies de route om vast te leggen…</source>
        <translation>Choose the route to record…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="74"/>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="235"/>
        <source>Vastgelegd in de tijdlijn: verwijzing naar {route} op {on}. Vergist? Kies hem in de tijdlijn en druk op Delete; Ctrl+Z zet hem terug.</source>
        <translation>Recorded in the timeline: referral to {route} on {on}. A mistake? Select it in the timeline and press Delete; Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="265"/>
        <source>Nog geen route om vast te leggen: beantwoord eerst de vragen</source>
        <translation>No route to record yet: answer the questions first</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="71"/>
        <source>&amp;Opnieuw beginnen</source>
        <translation>Start &amp;over</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/help_dialog.py" line="27"/>
        <location filename="../../vpdesk/ui/dialogs/help_dialog.py" line="33"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../build/known_errors.py" line="207"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="208"/>
        <source>Wrong recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="175"/>
        <source>The vault is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="130"/>
        <source>The file {path} cannot be written: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="131"/>
        <source>The fingerprint does not match this key. Check the key and the fingerprint with the adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="132"/>
        <source>The folder {folder} does not exist or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="176"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="110"/>
        <source>The disk is full: the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="3"/>
        <source>&apos;{value}&apos; is not a choice of &apos;{qid}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="4"/>
        <source>A booking can last at most ten hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="6"/>
        <source>A booking must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="11"/>
        <source>A coordinator vault has no figures of its own to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="12"/>
        <source>A date of the meldproces lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="15"/>
        <source>A main category counts more contacts than its subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="16"/>
        <source>A month in the export lies outside its quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="17"/>
        <source>A month in the export lies outside its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="18"/>
        <source>A passphrase needs at least {minimum} characters; a few words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="20"/>
        <source>A quarter in the export lies outside its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="24"/>
        <source>A room pool address starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="25"/>
        <source>A room pool server must use https (plain http only on this computer, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="29"/>
        <source>A subcategory has no main category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="34"/>
        <source>An empty passphrase is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="38"/>
        <source>Booking times need a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="39"/>
        <source>Booking took too long; nothing was booked. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="40"/>
        <source>Bookings start and end on a quarter of an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="47"/>
        <source>Check free space and the disk; everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="54"/>
        <source>File descriptor {fd} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="55"/>
        <source>Free some space; everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="64"/>
        <source>No secret could be read from file descriptor {fd}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="65"/>
        <source>No trusted adviser has the fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="66"/>
        <source>Nothing was booked or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="74"/>
        <source>Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="78"/>
        <source>Rooms are booked between {first} and {last} on one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="83"/>
        <source>That adviser is already trusted ({fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="84"/>
        <source>That adviser key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="85"/>
        <source>That booking is not yours to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="87"/>
        <source>That is not a vpdesk adviser key (it starts with &apos;vpdesk-ed25519:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="88"/>
        <source>That pseudonym is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="89"/>
        <source>That room is already booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="91"/>
        <source>The acknowledgement date lies before the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="92"/>
        <source>The adviser&apos;s fingerprint is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="94"/>
        <source>The answer to &apos;{qid}&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="95"/>
        <source>The answers are not valid JSON: {problem} (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="96"/>
        <source>The answers must be a JSON object of question id to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="99"/>
        <source>The backup file {file} did not verify; the current vault is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="100"/>
        <source>The backup file {file} is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="101"/>
        <source>The backup file {file} is damaged or not a vpdesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="103"/>
        <source>The backup&apos;s key-slot data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="104"/>
        <source>The content is nested too deeply: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="105"/>
        <source>The content is not a signed vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="106"/>
        <source>The content is not text: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="107"/>
        <source>The content is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="108"/>
        <source>The content is too large: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="109"/>
        <source>The decision date lies before the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="112"/>
        <source>The evaluation date lies before the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="115"/>
        <source>The export does not have the fields of a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="116"/>
        <source>The export has been altered (it is not in canonical form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="117"/>
        <source>The export is for {year}, a year that has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="118"/>
        <source>The export names another adviser than the one who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="121"/>
        <source>The export&apos;s tables are not the expected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="122"/>
        <source>The feedback date lies before the acknowledgement date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="123"/>
        <source>The feedback date lies before the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="124"/>
        <source>The field {field} must be a whole number from 0 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="126"/>
        <source>The file cannot be read: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="127"/>
        <source>The file is damaged or not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="128"/>
        <source>The file is larger than {kib} KiB: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="129"/>
        <source>The file is not addressed to this coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="199"/>
        <source>This vault was written by a newer version of vpdesk (vault form {found}; this version knows up to {known}): install that version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="210"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="211"/>
        <source>it already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="212"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="213"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="214"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="215"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="216"/>
        <source>the disk reported a read or write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="217"/>
        <source>the file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="218"/>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="219"/>
        <source>the file or folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="220"/>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="221"/>
        <source>the operation is not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="223"/>
        <source>{day} is a weekend day; rooms are booked on weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="251"/>
        <source>{who}, {period}: imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="133"/>
        <source>The key-slot file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="5"/>
        <source>A booking cannot start in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="86"/>
        <source>That is not a valid coordinator key: it is &apos;age1&apos; followed by 58 letters and digits, as the coordinator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="119"/>
        <source>The export uses taxonomy {version}, which this vpdesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="136"/>
        <source>The policy file {path} cannot be read: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="138"/>
        <source>The quarter must be 0 (whole year) to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="143"/>
        <source>The room pool file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="146"/>
        <source>The room pool refused the login: check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="147"/>
        <source>The room pool server answered {status} to {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="148"/>
        <source>The room pool server at {host} cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="155"/>
        <source>The signature does not match: the file has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="156"/>
        <source>The signer {adviser} is not on the trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="157"/>
        <source>The table category_quarter does not add up to the main categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="158"/>
        <source>The table category_quarter is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="162"/>
        <source>The table {name} does not add up to the number of conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="163"/>
        <source>The table {name} has a malformed cell name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="165"/>
        <source>The table {name} is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="166"/>
        <source>The taxonomy version is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="167"/>
        <source>The totals are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="168"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="169"/>
        <source>The vault cannot be written: check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="170"/>
        <source>The vault could not be written to disk: the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="171"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="172"/>
        <source>The vault database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="174"/>
        <source>The vault is busy in another process; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="177"/>
        <source>The vault is open in another vpdesk window or process: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="178"/>
        <source>The year is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="179"/>
        <source>The year {year} has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="180"/>
        <source>There is already a vault in {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="181"/>
        <source>There is no case {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="182"/>
        <source>There is no client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="183"/>
        <source>There is no conversation {conversation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="184"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="185"/>
        <source>There is no formal report {report}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="188"/>
        <source>There is no room &apos;{room}&apos; in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="192"/>
        <source>There is no such booking of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="193"/>
        <source>There is no such booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="194"/>
        <source>There is no vault in {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="201"/>
        <source>Unknown category code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="202"/>
        <source>Unknown export version {version}; this vpdesk reads {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="203"/>
        <source>Unknown question &apos;{qid}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="204"/>
        <source>Unknown taxonomy version {version}; this vpdesk knows {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="205"/>
        <source>Update vpdesk, or ask the adviser to export with the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="209"/>
        <source>Your own bookings are shown read-only; nothing was booked or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="224"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="225"/>
        <source>{file}: cannot be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="226"/>
        <source>{file}: not a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="227"/>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="242"/>
        <source>{source}: &apos;{name}&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="244"/>
        <source>{source}: category &apos;{code}&apos; names an unknown parent &apos;{parent}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="245"/>
        <source>{source}: category {number} lacks the field {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="246"/>
        <source>{source}: unknown setting &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="248"/>
        <source>{source}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="249"/>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="134"/>
        <source>The key-slot file of the vault is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="9"/>
        <source>A case needs at least one category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="13"/>
        <source>A duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="48"/>
        <source>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</source>
        <translation>Something unexpected went wrong. Your data is safe; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="21"/>
        <source>A recovery code holds only the letters A-Z and the digits 2-9 printed on the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="49"/>
        <source>Choose a new passphrase: the one you typed is the passphrase that may be known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="60"/>
        <source>Move the vault folder elsewhere, or make {folder} writable by you alone (chmod go-w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="173"/>
        <source>The vault folder {home} is in a folder other users can change ({folder}); vpdesk does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="232"/>
        <source>{path} is a symbolic link; choose a file name that is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="32"/>
        <source>An adviser&apos;s own jaarverslag is a PDF only: tables leave the laptop through &apos;export&apos;.</source>
        <translation>An adviser&apos;s own jaarverslag is a PDF only: tables leave the laptop as an encrypted export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="53"/>
        <source>Create one with &apos;vpdesk init&apos; or restore a backup.</source>
        <translation>Create a new vault or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="59"/>
        <source>Give the coordinator&apos;s key with --to and the FILE to write (or use --preview).</source>
        <translation>Give the coordinator&apos;s key and the file to write.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="61"/>
        <source>No passphrase given: use a terminal or --passphrase-fd N.</source>
        <translation>No passphrase given.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="73"/>
        <source>Restore it from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="76"/>
        <source>Restore the vault from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Restore the vault from a backup.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="80"/>
        <source>Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.</source>
        <translation>Say what to write: a PDF, an ODS file and/or CSV files.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="30"/>
        <source>A time window ends after it starts, between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="31"/>
        <source>A time window starts and ends on a quarter of an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="57"/>
        <source>Give a time window as HH:MM-HH:MM, for example 10:00-12:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="196"/>
        <source>This is an adviser vault; create a coordinator vault with &apos;vpdesk init --coordinator&apos;.</source>
        <translation>This is an adviser vault; the coordinator works in a coordinator vault of their own.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="33"/>
        <source>An adviser&apos;s own jaarverslag is a PDF only: the figures leave the laptop as an export (Export…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="50"/>
        <source>Choose at least one of PDF, ODS or CSV to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="52"/>
        <source>Create one on the welcome page, or restore a backup: File &gt; Restore backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="75"/>
        <source>Restore it from a backup: File &gt; Restore backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="77"/>
        <source>Restore the vault from a backup: File &gt; Restore backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="135"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="197"/>
        <source>This is an adviser vault; the coordinator&apos;s work needs a coordinator vault (see the manual, F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="14"/>
        <source>A legal hold needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="19"/>
        <source>A pseudonym cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="41"/>
        <source>Case {case} has no client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="42"/>
        <source>Case {case} has no legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="43"/>
        <source>Case {case} is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="44"/>
        <source>Case {case} is closed; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="45"/>
        <source>Case {case} is still open; close it before destroying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="46"/>
        <source>Case {case} is under a legal hold; release it before destroying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="51"/>
        <source>Choose where to write the access document (PDF, ODT or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="93"/>
        <source>The adviser&apos;s own support is not a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="98"/>
        <source>The audit trail&apos;s hash chain is broken: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="111"/>
        <source>The end of the period lies before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="139"/>
        <source>The reason is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="140"/>
        <source>The review date must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="187"/>
        <source>There is no referral {referral}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="206"/>
        <source>What file descriptor {fd} gave is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="23"/>
        <source>A room pool address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="28"/>
        <source>A secure connection to the room pool server {host} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="36"/>
        <source>Ask the pool&apos;s admin for the rights the admin guide lists for advisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="37"/>
        <source>Ask the pool&apos;s admin to create it (installer/pool/create_rooms.py does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="48"/>
        <source>Check the pool address (policy setting room_pool) with IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="67"/>
        <source>Nothing was booked or cancelled. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="68"/>
        <source>Nothing was booked. Try again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="69"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="70"/>
        <source>Nothing was sent. Ask IT to install a valid certificate on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="81"/>
        <source>Set the pool address to the one the server expects (ask IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="82"/>
        <source>Someone is booking this room at that time right now; it frees up at {time} if they do not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="141"/>
        <source>The room pool address {host} has a port that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="142"/>
        <source>The room pool does not give your login access to &apos;{what}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="144"/>
        <source>The room pool has no &apos;_locks&apos; calendar and your login may not create it; nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="145"/>
        <source>The room pool on this computer needs no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="149"/>
        <source>The room pool server at {host} did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="150"/>
        <source>The room pool server is busy; nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="151"/>
        <source>The room pool server sent an answer vpdesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="152"/>
        <source>The room pool server {host} answered with a redirect ({status}); vpdesk does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="153"/>
        <source>The room pool server {host} has a certificate this computer does not trust: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="154"/>
        <source>The room pool server {host} sent an answer larger than {limit} MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="190"/>
        <source>There is no room pool at {address}, or your login may not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="191"/>
        <source>There is no room pool at {address}: the server knows no such address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="200"/>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="222"/>
        <source>vpdesk keeps the pool&apos;s login in the system keyring or in the vault, never in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="159"/>
        <source>The table gender counts more melders than there were cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="160"/>
        <source>The table {name} counts {cell} more often than there were conversations or cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="161"/>
        <source>The table {name} does not add up to the number of cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="71"/>
        <source>Removed {who}, with every figure imported from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="72"/>
        <source>Removed {who}; the figures already imported from them stay in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="113"/>
        <source>The export counts more cases than conversations, or cases without conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="114"/>
        <source>The export counts more than {limit} minutes per conversation: not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="120"/>
        <source>The export&apos;s creation time is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="125"/>
        <source>The field {field} must be a whole number from 1 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="164"/>
        <source>The table {name} has an unknown code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="230"/>
        <source>{path} exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="250"/>
        <source>{who}, {period}: already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="252"/>
        <source>{who}, {period}: replaced the earlier import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="253"/>
        <source>{who}, {period}: this export (made {made}) is older than the one already imported (made {kept}); the newer one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="198"/>
        <source>This is not a file: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="229"/>
        <source>{option} cannot change &apos;{name}&apos;: {organisation} sets it in the machine policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="233"/>
        <source>{source} is not UTF-8 text (line {line} holds byte 0x{byte}): save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="234"/>
        <source>{source} starts with a byte-order mark (BOM): save it as UTF-8 without BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="235"/>
        <source>{source}: &apos;organisation&apos; must be the organisation&apos;s name as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="236"/>
        <source>{source}: &apos;settings&apos; must be the table [settings].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="237"/>
        <source>{source}: &apos;{name}&apos; is &quot;{value}&quot;; allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="238"/>
        <source>{source}: &apos;{name}&apos; is no longer used ({why}); remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="239"/>
        <source>{source}: &apos;{name}&apos; is {value}, outside the allowed range {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="240"/>
        <source>{source}: &apos;{name}&apos; must be a number from {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="241"/>
        <source>{source}: &apos;{name}&apos; must be text: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="243"/>
        <source>{source}: &apos;{name}&apos; stands above the [settings] table; move it under [settings].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="247"/>
        <source>{source}: unknown table [{name}]; the keys belong under [settings].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="137"/>
        <source>The policy file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="195"/>
        <source>This is a packaged build: it refuses {name}, which only development builds read. Unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="7"/>
        <source>A case cannot be closed before the day it was opened ({opened}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="8"/>
        <source>A case cannot be closed on a day still to come ({on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="10"/>
        <source>A conversation without notes is counted only with its real length or channel; write a note or give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="102"/>
        <source>The backup file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="231"/>
        <source>{path} is a folder; choose the backup file (.vpbak) in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="22"/>
        <source>A room is for at least one person, not {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="26"/>
        <source>A search for a free room cannot start in the past ({first}); today is {today}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="27"/>
        <source>A search for a free room looks 1 to {most} days ahead, not {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="35"/>
        <source>Ask for at least one free slot, not {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="56"/>
        <source>From {first} to {last} there are only weekend days; rooms are booked on weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="58"/>
        <source>Give one or more words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="62"/>
        <source>No room in the pool has at least {capacity} places and all of: {features}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="63"/>
        <source>No room in the pool has at least {capacity} places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="79"/>
        <source>Rooms are booked in whole quarters of an hour (15, 30, 45, 60 ... minutes), not for {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="90"/>
        <source>The CSV holds the whole trail of the period: leave out --action, or --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="97"/>
        <source>The audit trail has no action &apos;{action}&apos;; the actions in it are {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="186"/>
        <source>There is no kind of room &apos;{owner}&apos;; the known ones are {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="189"/>
        <source>There is no room feature &apos;{feature}&apos;; the known ones are {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="228"/>
        <source>{first} is a weekend day; rooms are booked on weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="12"/>
        <source>in persoon</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="13"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="14"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="15"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="21"/>
        <source>eerste contact</source>
        <translation>first contact</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="22"/>
        <source>vervolgcontact</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="28"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="29"/>
        <location filename="../../vpdesk/ui/labels.py" line="70"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="35"/>
        <source>luisterend oor</source>
        <translation>listening ear</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="36"/>
        <source>advies, melder handelt zelf</source>
        <translation>advice, the reporter acts</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="37"/>
        <source>doorverwezen</source>
        <translation>referred</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="38"/>
        <source>informeel opgelost</source>
        <translation>resolved informally</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="39"/>
        <source>formele melding</source>
        <translation>formal report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="40"/>
        <source>melder ziet af</source>
        <translation>reporter withdrew</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="41"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="47"/>
        <source>medewerker</source>
        <translation>employee</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="48"/>
        <source>leidinggevende</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="49"/>
        <source>omstander</source>
        <translation>bystander</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="50"/>
        <source>oud-medewerker</source>
        <translation>former employee</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="51"/>
        <source>ingehuurd</source>
        <translation>hired staff</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="57"/>
        <source>vrouw</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="58"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="59"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="66"/>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="67"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="68"/>
        <source>bewaard</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="69"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="71"/>
        <source>heropend</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="72"/>
        <source>bewaard wegens procedure</source>
        <translation>kept for a procedure (legal hold)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="73"/>
        <source>bewaren beëindigd</source>
        <translation>legal hold released</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="74"/>
        <source>vernietigd</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="75"/>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="76"/>
        <source>ingelezen</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="77"/>
        <source>vertrouwen ingetrokken</source>
        <translation>trust withdrawn</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="78"/>
        <source>back-up gemaakt</source>
        <translation>backup made</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="79"/>
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="80"/>
        <source>geopend met de herstelcode</source>
        <translation>opened with the recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="81"/>
        <source>wachtwoordzin gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="82"/>
        <source>nieuwe herstelcode</source>
        <translation>new recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="83"/>
        <source>sleutels vernieuwd</source>
        <translation>keys renewed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="84"/>
        <source>databasesleutel vervangen</source>
        <translation>database key replaced</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="91"/>
        <source>gelukt</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="92"/>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="101"/>
        <source>zaak {n}</source>
        <translation>case {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="102"/>
        <source>melder {n}</source>
        <translation>melder {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="103"/>
        <source>gesprek {n}</source>
        <translation>conversation {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="104"/>
        <source>verwijzing {n}</source>
        <translation>referral {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="105"/>
        <source>formele melding {n}</source>
        <translation>formal report {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="108"/>
        <source>de kluis</source>
        <translation>the vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="109"/>
        <source>het auditlogboek</source>
        <translation>the audit trail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="110"/>
        <source>de sleutel voor het age-programma</source>
        <translation>the key for the age program</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="117"/>
        <source>inzagedocument, melder {n}</source>
        <translation>access document, melder {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="124"/>
        <source>{figures} van {adviser}</source>
        <translation>{figures} of {adviser}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="129"/>
        <source>vertrouwenspersoon {key} (cijfers bewaard)</source>
        <translation>adviser {key} (figures kept)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="130"/>
        <source>vertrouwenspersoon {key} (cijfers verwijderd)</source>
        <translation>adviser {key} (figures removed)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="142"/>
        <source>jaarcijfers {year}</source>
        <translation>annual figures {year}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="143"/>
        <source>cijfers {year}, kwartaal {q}</source>
        <translation>figures {year}, quarter {q}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="37"/>
        <source>OEFENKLUIS · alle zaken en namen zijn verzonnen · niet voor echte aantekeningen</source>
        <translation>PRACTICE VAULT · all cases and names are made up · not for real notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="40"/>
        <source>Oefenkluis</source>
        <translation>Practice vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="45"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="55"/>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="159"/>
        <source>OEFENKLUIS</source>
        <translation>PRACTICE VAULT</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="50"/>
        <source>Herinnering</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="100"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="101"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="102"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="104"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="106"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="107"/>
        <source>&amp;Kluis</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="109"/>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="110"/>
        <source>&amp;Nieuwe sleutels en herstelcode…</source>
        <translation>&amp;New keys and recovery code…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="112"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="113"/>
        <source>B&amp;eeld</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="119"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="120"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="122"/>
        <source>&amp;Over vpdesk</source>
        <translation>&amp;About vpdesk</translation>
    </message>
</context>
<context>
    <name>Meldproces</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="33"/>
        <source>voorfase</source>
        <translation>before the report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="34"/>
        <source>melding</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="35"/>
        <source>onderzoek (BIPO)</source>
        <translation>investigation (BIPO)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="36"/>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="37"/>
        <source>evaluatie en nazorg</source>
        <translation>evaluation and aftercare</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="43"/>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="44"/>
        <source>terugkoppeling over de beoordeling</source>
        <translation>feedback on the assessment</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="45"/>
        <source>evaluatiegesprek met de melder</source>
        <translation>evaluation conversation with the melder</translation>
    </message>
</context>
<context>
    <name>MeldprocesPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="59"/>
        <source>Formele melding &amp;toevoegen</source>
        <translation>&amp;Add a formal report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="61"/>
        <source>Soort melding</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="62"/>
        <source>integriteitsschending</source>
        <translation>integrity violation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="63"/>
        <source>misstand (klokkenluidersregeling)</source>
        <translation>wrongdoing (whistleblower scheme)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="65"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="82"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="70"/>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="71"/>
        <source>Ontvangst bevestigd op</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="72"/>
        <source>Teruggekoppeld op</source>
        <translation>Feedback given on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="73"/>
        <source>Besluit op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="74"/>
        <source>Geëvalueerd op</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="77"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="95"/>
        <source>Procesbegeleider</source>
        <translation>Process guide</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="78"/>
        <source>rol, bijvoorbeeld P&amp;O-adviseur</source>
        <translation>role, for example HR adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="81"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="98"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="99"/>
        <source>Melding &amp;opslaan</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="177"/>
        <source>gedaan op {d}</source>
        <translation>done on {d}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="179"/>
        <source>TE LAAT</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="181"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="184"/>
        <source>Nog geen termijnen.</source>
        <translation>No deadlines yet.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="112"/>
        <source>vpdesk bewaart de melding ook vanzelf</source>
        <translation>vpdesk also saves the report by itself</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="123"/>
        <source>Wijzigingen worden bewaard…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="171"/>
        <source>Bewaard om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>MenuController</name>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="96"/>
        <source>Momentopname van de kluis maken…</source>
        <translation>Taking a snapshot of the vault…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="97"/>
        <source>Back-up teruglezen en controleren…</source>
        <translation>Reading the backup back and checking it…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="98"/>
        <source>Klaar.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="117"/>
        <source>Back-up gemaakt en gecontroleerd: {path} ({size}). Bewaar het bestand buiten deze laptop.</source>
        <translation>Backup made and checked: {path} ({size}). Keep the file off this laptop.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="132"/>
        <source>Back-up controleren…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="156"/>
        <source>Back-up terugzetten…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="162"/>
        <source>De back-up van {created} is teruggezet. Open de kluis met de wachtwoordzin van die back-up.</source>
        <translation>The backup of {created} has been restored. Open the vault with that backup&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="166"/>
        <source>De vorige kluis staat, nog versleuteld, in {folder}.</source>
        <translation>The previous vault is kept, still encrypted, in {folder}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="190"/>
        <source>De sleutel wordt opnieuw afgeleid; dat duurt een paar seconden.</source>
        <translation>The key is being derived again; that takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="196"/>
        <source>Uw wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</source>
        <translation>Your passphrase has been changed. Use the new one from now on.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="266"/>
        <source>U heeft nog geen back-up gemaakt. Maak er een via Bestand &gt; Back-up maken.</source>
        <translation>You have not made a backup yet. Make one with File &gt; Make a backup.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="270"/>
        <source>Uw laatste back-up is {n} dagen oud. Maak een nieuwe via Bestand &gt; Back-up maken.</source>
        <translation>Your last backup is {n} days old. Make a new one with File &gt; Make a backup.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="143"/>
        <source>Niets teruggezet; de kluis op deze laptop is ongewijzigd.</source>
        <translation>Nothing restored; the vault on this laptop is unchanged.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="26"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="31"/>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="44"/>
        <source>Organisatieonderdeel</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="45"/>
        <source>bijvoorbeeld DGOO/Directie Arbeidszaken</source>
        <translation>for example DGOO/Directie Arbeidszaken</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="47"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="48"/>
        <source>leeg laten: vpdesk kiest er een</source>
        <translation>leave empty: vpdesk picks one</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="49"/>
        <source>&amp;Categorieën</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="50"/>
        <source>&amp;Organisatieonderdeel</source>
        <translation>&amp;Org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="51"/>
        <source>&amp;Pseudoniem</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="59"/>
        <source>Positie van de melder</source>
        <translation>The melder&apos;s position</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="60"/>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="65"/>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="64"/>
        <source>Gender van de melder</source>
        <translation>The melder&apos;s gender</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="68"/>
        <source>Po&amp;sitie</source>
        <translation>Po&amp;sition</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="69"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="79"/>
        <source>Zaak bewerken</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="53"/>
        <source>Nooit de echte naam van de melder: een verzonnen naam of code.</source>
        <translation>Never the melder&apos;s real name: a made-up name or code.</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="99"/>
        <source>Uw nieuwe herstelcode</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="105"/>
        <source>Het maken van nieuwe sleutels werd onderbroken voordat u de nieuwe herstelcode zag. vpdesk heeft het nu afgemaakt en een nieuwe herstelcode gemaakt.</source>
        <translation>Making new keys was interrupted before you saw the new recovery code. vpdesk has now finished it and made a new recovery code.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="113"/>
        <source>Uw kluis heeft nieuwe sleutels. Dit is uw nieuwe herstelcode; u ziet hem maar één keer. Druk hem af of schrijf hem over, bewaar het papier op een veilige plek, gescheiden van uw laptop, en vernietig het oude blad.</source>
        <translation>Your vault has new keys. This is your new recovery code; you see it only once. Print it or copy it by hand, keep the paper somewhere safe, away from your laptop, and destroy the old sheet.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="125"/>
        <source>Nieuwe herstelcode</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="128"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="129"/>
        <source>Ik heb de code &amp;bewaard</source>
        <translation>I have &amp;kept the code</translation>
    </message>
</context>
<context>
    <name>OwnBookings</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="40"/>
        <source>geen zaak</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="42"/>
        <source>zaak {id}</source>
        <translation>case {id}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="62"/>
        <source>Reservering van {what} annuleren? De ruimte komt weer vrij voor anderen.</source>
        <translation>Cancel the booking of {what}? The room becomes free for others again.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="68"/>
        <source>Geannuleerd: {what}.</source>
        <translation>Cancelled: {what}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="86"/>
        <source>Afspraak opslaan</source>
        <translation>Save appointment</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="97"/>
        <source>Afspraak opgeslagen in {p} (zonder zaakgegevens).</source>
        <translation>Appointment saved in {p} (without case details).</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="11"/>
        <source>Kies een wachtwoordzin van een paar woorden.</source>
        <translation>Choose a passphrase of a few words.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="12"/>
        <source>Gebruik minstens 15 tekens, bijvoorbeeld vier losse woorden.</source>
        <translation>Use at least 15 characters, for example four separate words.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="13"/>
        <source>Te voorspelbaar: vermijd herhaling en bekende woorden.</source>
        <translation>Too predictable: avoid repetition and common words.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="14"/>
        <source>Goed genoeg; een woord extra maakt hem sterker.</source>
        <translation>Good enough; one more word makes it stronger.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="15"/>
        <source>Sterk genoeg.</source>
        <translation>Strong enough.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="17"/>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="19"/>
        <source>Uw aantekeningen blijven zoals ze zijn; alleen de zin waarmee u de kluis opent verandert. Uw herstelcode blijft geldig. Back-ups die u eerder maakte openen met de oude wachtwoordzin.</source>
        <translation>Your notes stay as they are; only the phrase that opens the vault changes. Your recovery code stays valid. Backups made earlier open with the old passphrase.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="22"/>
        <source>&amp;Wijzigen</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="27"/>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="31"/>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="32"/>
        <source>Nieuwe wachtwoordzin, twee keer:</source>
        <translation>New passphrase, twice:</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="26"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="29"/>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="34"/>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="41"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="44"/>
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="67"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PoolLoginDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="11"/>
        <source>Inloggen bij de ruimtepool</source>
        <translation>Log in to the room pool</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="16"/>
        <source>De ruimtepool vraagt uw gebruikersnaam en wachtwoord. vpdesk bewaart ze in de sleutelbos van uw computer, of in uw kluis als die er niet is.</source>
        <translation>The room pool asks for your user name and password. vpdesk keeps them in your computer&apos;s keyring, or in your vault where there is none.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="23"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="26"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="27"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="28"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/recovery_dialog.py" line="13"/>
        <source>Kluis openen met de herstelcode</source>
        <translation>Open the vault with the recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/recovery_dialog.py" line="15"/>
        <source>Typ de herstelcode van uw blad over en kies een nieuwe wachtwoordzin.</source>
        <translation>Type the recovery code from your sheet and choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/recovery_dialog.py" line="20"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="111"/>
        <source>vpdesk herstelcode</source>
        <translation>vpdesk recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="44"/>
        <source>Herstelcode voor uw vpdesk-kluis</source>
        <translation>Recovery code for your vpdesk vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="46"/>
        <source>Aangemaakt op {date}</source>
        <translation>Created on {date}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="51"/>
        <source>Met deze code opent u uw kluis als u uw wachtwoordzin vergeten bent. Niemand anders heeft hem: ook IT of uw organisatie niet. Bewaar dit blad op een veilige plek, gescheiden van uw laptop, bijvoorbeeld in een afgesloten kast. Wie deze code en uw kluisbestand heeft, kan uw aantekeningen lezen.</source>
        <translation>This code opens your vault if you forget your passphrase. Nobody else has it: not IT, not your organisation. Keep this sheet somewhere safe, apart from your laptop, for example in a locked cabinet. Whoever has this code and your vault file can read your notes.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="61"/>
        <source>Maak geen foto, scan of kopie van dit blad en bewaar de code niet in een bestand of e-mail. Een eerder blad is ongeldig zodra u een nieuwe code hebt gekregen: vernietig het.</source>
        <translation>Do not photograph, scan or copy this sheet, and do not keep the code in a file or an e-mail. An earlier sheet is void once you have been given a new code: destroy it.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="77"/>
        <source>Herstelcode afdrukken</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="102"/>
        <source>Geen printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="103"/>
        <source>Er is geen printer ingesteld op deze computer. Schrijf de code met de hand over op papier; bewaar hem niet als bestand.</source>
        <translation>No printer is set up on this computer. Copy the code onto paper by hand; do not keep it in a file.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="118"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="119"/>
        <source>De printer kon het blad niet afdrukken.</source>
        <translation>The printer could not print the sheet.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="17"/>
        <source>Verwijzing bewerken</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="20"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="29"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="31"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="32"/>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="33"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="34"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>RenewKeysDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="26"/>
        <source>Mijn wachtwoordzin of herstelcode is misschien bekend</source>
        <translation>My passphrase or recovery code may be known</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="32"/>
        <source>vpdesk maakt nieuwe sleutels voor uw kluis, met een nieuwe wachtwoordzin en een nieuwe herstelcode. Daarna openen de oude wachtwoordzin en de oude herstelcode deze kluis niet meer. De kluis wordt eerst vergrendeld; dit duurt enkele seconden.</source>
        <translation>vpdesk makes new keys for your vault, with a new passphrase and a new recovery code. After that the old passphrase and the old recovery code no longer open this vault. The vault is locked first; this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="41"/>
        <source>Let op: back-ups van vóór vandaag openen nog wel met de oude wachtwoordzin of herstelcode. Vernietig ze, of bewaar ze even veilig als de oude code.</source>
        <translation>Note: backups made before today still open with the old passphrase or recovery code. Destroy them, or keep them as safe as the old code.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="47"/>
        <source>De vervangen kluizen ook &amp;verwijderen</source>
        <translation>Also &amp;delete the replaced vaults</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="64"/>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="67"/>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="69"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="74"/>
        <source>&amp;Nieuwe sleutels maken</source>
        <translation>Make &amp;new keys</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="53"/>
        <source>Bij het terugzetten van een back-up bewaarde vpdesk de vervangen kluis in {folders}. Die opent nog met de wachtwoordzin van toen. Let op: daarin kan werk staan dat niet in uw huidige kluis staat (wat u vastlegde na de datum van de teruggezette back-up). Heeft u dat nog nodig, vink dan uit en vraag uw beheerder het eerst terug te halen.</source>
        <translation>When a backup was restored, vpdesk kept the replaced vault in {folders}. It still opens with the passphrase of that time. Note: it may hold work that is not in your current vault (what you recorded after the date of the restored backup). If you still need that, untick the box and ask your IT administrator to retrieve it first.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="27"/>
        <source>Zet een back-up terug, bijvoorbeeld op een nieuwe laptop. vpdesk controleert het hele bestand voordat het iets vervangt.</source>
        <translation>Restore a backup, for example on a new laptop. vpdesk checks the whole file before it replaces anything.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="37"/>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="81"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="37"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="41"/>
        <source>Back-upbestand</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="42"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="45"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="48"/>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="63"/>
        <source>Wachtwoordzin van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="49"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="50"/>
        <source>Ik gebruik de &amp;herstelcode in plaats van de wachtwoordzin</source>
        <translation>I &amp;use the recovery code instead of the passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="63"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="70"/>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="70"/>
        <source>vpdesk-back-up (*.vpbak)</source>
        <translation>vpdesk backup (*.vpbak)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="32"/>
        <source>De kluis die nu op deze laptop staat wordt niet gewist: die blijft versleuteld bewaard in een map naast de kluis. Is de kluis open, dan wordt hij pas vergrendeld als de back-up in orde is. Wat u na het maken van de back-up vastlegde, staat niet in de teruggezette kluis; vpdesk noemt de datum van de back-up en vraagt het u voordat het iets vervangt.</source>
        <translation>The vault now on this laptop is not erased: it is kept, still encrypted, in a folder beside the vault. If the vault is open, it is locked only once the backup has been found in order. What you recorded after the backup was made is not in the restored vault; vpdesk names the backup&apos;s date and asks you before it replaces anything.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="84"/>
        <source>Deze back-up is van {created}. Wat u daarna vastlegde, staat niet in de teruggezette kluis. De kluis die nu op deze laptop staat, blijft versleuteld bewaard in {folder} (in een map die begint met replaced-); uw beheerder kan hem daaruit terughalen.

De back-up nu terugzetten?</source>
        <translation>This backup is from {created}. What you recorded after that is not in the restored vault. The vault now on this laptop is kept, still encrypted, in {folder} (in a folder whose name starts with replaced-); your IT administrator can bring it back from there.

Restore the backup now?</translation>
    </message>
</context>
<context>
    <name>RoomsController</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="68"/>
        <source>Ruimtes</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="122"/>
        <source>Gesprek plannen voor {case}</source>
        <translation>Planning a conversation for {case}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="193"/>
        <source>{n} mogelijkheden op {day}.</source>
        <translation>{n} options on {day}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="197"/>
        <source>Op {day} is tussen {start} en {end} geen ruimte beschikbaar die past.</source>
        <translation>No suitable room is available on {day} between {start} and {end}.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="59"/>
        <source>Ruimte zoeken</source>
        <translation>Find a room</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="81"/>
        <source>Aantal personen</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="83"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="85"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="95"/>
        <source>geluiddicht</source>
        <translation>soundproof</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="96"/>
        <source>uit het zicht van collega&apos;s</source>
        <translation>out of sight of colleagues</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="97"/>
        <source>toegankelijk</source>
        <translation>accessible</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="98"/>
        <source>dicht bij de uitgang</source>
        <translation>near an exit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="114"/>
        <source>&amp;Reserveren</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="117"/>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="122"/>
        <source>Weekoverzicht</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="135"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="136"/>
        <source>Vorige week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="138"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="139"/>
        <source>Volgende week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="147"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="150"/>
        <source>Mijn reserveringen</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="154"/>
        <source>Reservering &amp;annuleren</source>
        <translation>&amp;Cancel booking</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="155"/>
        <source>Naar eigen agenda (.&amp;ics)…</source>
        <translation>To my own calendar (.ic&amp;s)…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="64"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="66"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="68"/>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="76"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="87"/>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="88"/>
        <source>Tussen</source>
        <translation>Between</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="91"/>
        <source>personen,</source>
        <translation>people,</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="93"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="108"/>
        <source>Beschikbare tijden zoeken (Ctrl+R)</source>
        <translation>Find available times (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="111"/>
        <source>Beschikbare tijden</source>
        <translation>Available times</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="124"/>
        <source>Klik op een vrij kwartier, of kies het met de pijltjes en Enter, om te reserveren</source>
        <translation>Click a free quarter of an hour to book it, or choose it with the arrow keys and press Enter</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="227"/>
        <source>Reserveren</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="115"/>
        <source>De gekozen tijd reserveren (ook: Enter of dubbelklik op een tijd)</source>
        <translation>Book the chosen time (also: Enter or double-click on a time)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="233"/>
        <source>Reservering annuleren</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="107"/>
        <source>Beschikbare tijden &amp;zoeken</source>
        <translation>Find available &amp;times</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="26"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="33"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="35"/>
        <source>Vergrendelen na zoveel minuten zonder gebruik</source>
        <translation>Lock after this many minutes without use</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="37"/>
        <source>Hoogstens {n} minuten (Baseline Informatiebeveiliging Overheid)</source>
        <translation>At most {n} minutes (Baseline Informatiebeveiliging Overheid)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="43"/>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="53"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="46"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="47"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="49"/>
        <source>Herinnering aan een back-up na zoveel dagen</source>
        <translation>Backup reminder after this many days</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Back-up herinneren na</source>
        <translation>Remind of a backup after</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="68"/>
        <source>ingesteld door uw organisatie</source>
        <translation>set by your organisation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="73"/>
        <source>De taal wisselt meteen. De kluis blijft open en u blijft waar u was.</source>
        <translation>The language changes at once. The vault stays open and you stay where you were.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="66"/>
        <source>ingesteld door {org}</source>
        <translation>set by {org}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="69"/>
        <source>Welkom bij vpdesk</source>
        <translation>Welcome to vpdesk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="73"/>
        <source>vpdesk bewaart uw aantekeningen als vertrouwenspersoon versleuteld op deze laptop. Alleen u kunt ze openen, met een wachtwoordzin die u nu kiest. Kies een zin van een paar woorden die u onthoudt; hoofdletters of cijfers zijn niet nodig.</source>
        <translation>vpdesk keeps your notes as a confidential adviser encrypted on this laptop. Only you can open them, with a passphrase you choose now. Pick a phrase of a few words you will remember; capitals or digits are not needed.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="84"/>
        <source>&amp;Oefenkluis openen</source>
        <translation>Open a &amp;practice vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="85"/>
        <source>Een kluis met verzonnen zaken om het programma te leren kennen</source>
        <translation>A vault with made-up cases to learn the program</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="86"/>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="110"/>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="111"/>
        <source>Groep {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="119"/>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="136"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="164"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="165"/>
        <source>Typ ter controle twee groepen van uw herstelcode over.</source>
        <translation>To check, type two groups of your recovery code.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="172"/>
        <source>Groep van de herstelcode</source>
        <translation>Group of the recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="182"/>
        <source>Bezig met aanmaken</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="184"/>
        <source>De kluis wordt aangemaakt en de sleutel afgeleid; dat duurt een paar seconden.</source>
        <translation>Creating the vault and deriving its key; this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="190"/>
        <source>&amp;Terug naar de code</source>
        <translation>&amp;Back to the code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="212"/>
        <source>Dat klopt niet. Kijk nog eens naar uw herstelcode.</source>
        <translation>That is not right. Look at your recovery code again.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="123"/>
        <source>Vergeet u uw wachtwoordzin, dan opent deze code uw kluis. U ziet hem maar één keer. Druk hem af of schrijf hem over, en bewaar het papier op een veilige plek, gescheiden van uw laptop. Bewaar hem niet als bestand of foto.</source>
        <translation>If you forget your passphrase, this code opens your vault. You see it only once. Print it or copy it by hand, and keep the paper somewhere safe, away from your laptop. Do not keep it as a file or a photo.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="140"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="89"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="90"/>
        <source>Op een nieuwe laptop: uw kluis terugzetten uit een back-up</source>
        <translation>On a new laptop: bring your vault back from a backup</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="81"/>
        <source>Ik ben &amp;coördinator: deze kluis ontvangt de jaarcijfers van anderen</source>
        <translation>I am the &amp;coordinator: this vault receives the annual figures of others</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="141"/>
        <source>Ik heb de code be&amp;waard</source>
        <translation>I have &amp;kept the code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="191"/>
        <source>Kluis &amp;aanmaken</source>
        <translation>&amp;Create vault</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="12"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="13"/>
        <source>Nieuw gesprek in de open zaak</source>
        <translation>New conversation in the open case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="14"/>
        <source>Zoeken in alle aantekeningen</source>
        <translation>Search all notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="15"/>
        <source>Agenda: termijnen van meldprocessen</source>
        <translation>Agenda: deadlines of formal reports</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="16"/>
        <source>Wegwijzer zonder zaak: welke route bij een situatie past</source>
        <translation>Guide without a case: which route fits a situation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Gegevens van de open zaak wijzigen</source>
        <translation>Edit the open case&apos;s details</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="18"/>
        <source>Inzagedocument voor de melder van de open zaak</source>
        <translation>Access document for the open case&apos;s melder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Auditlogboek: wie deed wat, nooit de inhoud</source>
        <translation>Audit trail: who did what, never the content</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="20"/>
        <source>Laatst verwijderde gesprek of verwijzing terugzetten</source>
        <translation>Bring back the conversation or referral deleted last</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="21"/>
        <source>Nieuwe sleutels en een nieuwe herstelcode</source>
        <translation>New keys and a new recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Ruimtes: naar het zoeken van beschikbare tijden</source>
        <translation>Rooms: go to finding available times</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Jaarcijfers: naar de keuze van het jaar</source>
        <translation>Annual figures: go to choosing the year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="25"/>
        <source>Afsluiten (bewaart en vergrendelt eerst)</source>
        <translation>Quit (saves and locks first)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="26"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>Naar het volgende onderdeel; Shift+Tab terug</source>
        <translation>To the next control; Shift+Tab goes back</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="28"/>
        <source>Met de onderstreepte letter: die knop of dat menu</source>
        <translation>With the underlined letter: that button or menu</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="69"/>
        <source>Jaarcijfers</source>
        <translation>Annual figures</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="140"/>
        <source>Vul eerst de sleutel van de coördinator in (age1…).</source>
        <translation>First fill in the coordinator&apos;s key (age1…).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="145"/>
        <source>Export opslaan</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="171"/>
        <source>Export geschreven naar {p}.</source>
        <translation>Export written to {p}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="179"/>
        <source>Jaarverslag opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="184"/>
        <source>PDF geschreven.</source>
        <translation>PDF written.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="283"/>
        <source>Toegevoegd.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="289"/>
        <source>Exports inlezen</source>
        <translation>Import exports</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="323"/>
        <source>{ok} ingelezen, {again} al ingelezen, {bad} geweigerd.</source>
        <translation>{ok} imported, {again} already imported, {bad} refused.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="326"/>
        <source>{ok} ingelezen, {bad} geweigerd.</source>
        <translation>{ok} imported, {bad} refused.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="331"/>
        <source>Map voor het jaarverslag</source>
        <translation>Folder for the annual report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="345"/>
        <source>Jaarverslag (PDF, ODS en CSV) geschreven in {p}.</source>
        <translation>Annual report (PDF, ODS and CSV) written to {p}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="195"/>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="103"/>
        <source>Geef de vertrouwenspersonen deze sleutel; zij vullen hem in bij hun export.
Sleutel: {key}
Vingerafdruk: {fp}</source>
        <translation>Give the advisers this key; they enter it when they export.
Key: {key}
Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="108"/>
        <source>De coördinator vraagt hier één keer om, om uw exports te kunnen controleren.
Sleutel: {key}
Vingerafdruk (voor te lezen aan de telefoon): {fp}</source>
        <translation>The coordinator asks for this once, to be able to check your exports.
Key: {key}
Fingerprint (to read out on the phone): {fp}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="134"/>
        <source>Vingerafdruk: {fp} (vergelijk met wat de coördinator voorleest)</source>
        <translation>Fingerprint: {fp} (compare it with what the coordinator reads out)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="199"/>
        <source>{name} (verwijderd, cijfers behouden)</source>
        <translation>{name} (removed, figures kept)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="204"/>
        <source>K{q}: </source>
        <translation>Q{q}: </translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="207"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="207"/>
        <source>Nieuwe naam</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="221"/>
        <source>Vertrouwenspersoon verwijderen</source>
        <translation>Remove adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="224"/>
        <source>Nieuwe exports van deze vertrouwenspersoon worden daarna geweigerd. Blijven de cijfers die al zijn ingelezen in de jaarverslagen?</source>
        <translation>New exports from this adviser will be refused afterwards. Do the figures already imported stay in the annual reports?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="228"/>
        <source>Verwijderen, cijfers &amp;behouden</source>
        <translation>Remove, &amp;keep the figures</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="229"/>
        <source>Verwijderen met alle &amp;cijfers</source>
        <translation>Remove with all &amp;figures</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="249"/>
        <source>Sleutel voor het age-programma</source>
        <translation>Key for the age program</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="251"/>
        <source>Met dit bestand opent iedereen elke export die aan u is gericht. Bewaar het alleen zolang u het nodig hebt, op een versleutelde schijf of een losse drager; nooit in een gedeelde map of e-mail.</source>
        <translation>With this file anyone opens every export addressed to you. Keep it only as long as you need it, on an encrypted disk or a removable medium; never in a shared folder or e-mail.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="260"/>
        <source>Sleutel opslaan</source>
        <translation>Save key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="271"/>
        <source>Sleutel geschreven naar {p}.</source>
        <translation>Key written to {p}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="347"/>
        <source>{h} van de {n} cijfers zijn afgeschermd (te klein om te publiceren).</source>
        <translation>{h} of the {n} figures are hidden (too small to publish).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="350"/>
        <source>Met de exports van meer vertrouwenspersonen wordt minder afgeschermd.</source>
        <translation>With the exports of more confidential advisers, less is hidden.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="47"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="72"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="49"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="50"/>
        <source>heel jaar</source>
        <translation>whole year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="52"/>
        <source>kwartaal {q}</source>
        <translation>quarter {q}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="68"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="93"/>
        <source>age1… (krijgt u van de coördinator)</source>
        <translation>age1… (the coordinator gives it to you)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="94"/>
        <source>Sleutel van de coördinator</source>
        <translation>Coordinator&apos;s key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="95"/>
        <source>Sleutel van de &amp;coördinator</source>
        <translation>&amp;Coordinator&apos;s key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="103"/>
        <source>Voorbeeld van wat de laptop verlaat</source>
        <translation>Preview of what leaves the laptop</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="104"/>
        <source>Precies dit verlaat uw laptop: alleen aantallen, geen namen of tekst.</source>
        <translation>Exactly this leaves your laptop: counts only, no names or text.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="107"/>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="109"/>
        <source>Eigen &amp;jaarverslag (PDF)…</source>
        <translation>Own annual &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="152"/>
        <source>voorgelezen door de vertrouwenspersoon</source>
        <translation>read out by the adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="154"/>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="211"/>
        <source>Deze kluis is van de coördinator. Hier leest u de exports van de vertrouwenspersonen in en maakt u het jaarverslag.</source>
        <translation>This is the coordinator&apos;s vault. Here you import the advisers&apos; exports and make the annual report.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="215"/>
        <source>Gegevens voor de vertrouwenspersonen</source>
        <translation>Details for the advisers</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="219"/>
        <source>Hier maakt u de jaarcijfers voor de coördinator: alleen aantallen, geen namen of tekst. Kies het jaar, bekijk het voorbeeld en exporteer.</source>
        <translation>Here you make the annual figures for the coordinator: counts only, no names or text. Choose the year, look at the preview and export.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="223"/>
        <source>Gegevens voor de coördinator</source>
        <translation>Details for the coordinator</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="155"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="156"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="158"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="161"/>
        <source>Exports inlezen (ook door bestanden hierheen te slepen)</source>
        <translation>Import exports (or drag files here)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="164"/>
        <source>Resultaat per bestand</source>
        <translation>Result per file</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="167"/>
        <source>&amp;Inlezen…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="168"/>
        <source>&amp;Jaarverslag maken…</source>
        <translation>Make annual &amp;report…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="122"/>
        <source>Vertrouwenspersonen en hun levering over het gekozen jaar</source>
        <translation>Advisers and their delivery for the chosen year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <source>Geleverd op</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <source>Vervangen op</source>
        <translation>Replaced on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="136"/>
        <source>Levering per vertrouwenspersoon</source>
        <translation>Delivery per adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="139"/>
        <source>Naam &amp;wijzigen…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="140"/>
        <source>Verwij&amp;deren…</source>
        <translation>Remo&amp;ve…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="141"/>
        <source>Sleutel voor het age-programma &amp;opslaan…</source>
        <translation>Save the key for the age pr&amp;ogram…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="142"/>
        <source>Om een export buiten vpdesk te openen met: age -d -i BESTAND export</source>
        <translation>To open an export outside vpdesk with: age -d -i FILE export</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="188"/>
        <source>Kies eerst een vertrouwenspersoon in de lijst.</source>
        <translation>First choose an adviser in the list.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="108"/>
        <source>Ex&amp;porteren…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="20"/>
        <source>vpdesk is vergrendeld</source>
        <translation>vpdesk is locked</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="26"/>
        <source>Voer uw wachtwoordzin in om uw kluis te openen.</source>
        <translation>Enter your passphrase to open your vault.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="31"/>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="32"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="37"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="44"/>
        <source>Bezig met ontgrendelen</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="47"/>
        <source>Wachtwoordzin &amp;vergeten?</source>
        <translation>F&amp;orgot passphrase?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="49"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="55"/>
        <source>Oefenkluis openen</source>
        <translation>Open practice vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="59"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="12"/>
        <source>Tekst niet bewaard</source>
        <translation>Text not saved</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="15"/>
        <source>Deze tekst kon niet worden bewaard: {reason}
Kopieer hem (Ctrl+A, Ctrl+C) naar een andere zaak of kies Niet afsluiten; bij afsluiten zonder bewaren gaat hij verloren.</source>
        <translation>This text could not be saved: {reason}
Copy it (Ctrl+A, Ctrl+C) to another case or choose Don&apos;t quit; quitting without saving loses it.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="23"/>
        <source>De tekst die niet is bewaard</source>
        <translation>The text that was not saved</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="26"/>
        <source>&amp;Niet afsluiten</source>
        <translation>&amp;Don&apos;t quit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="27"/>
        <source>&amp;Afsluiten zonder bewaren</source>
        <translation>&amp;Quit without saving</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="68"/>
        <source>Mijn afspraak</source>
        <translation>My appointment</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="68"/>
        <source>Gereserveerd</source>
        <translation>Reserved</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="35"/>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="40"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="45"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="123"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
