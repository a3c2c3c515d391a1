<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="16"/>
        <source>Over vpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="23"/>
        <source>Versleutelde aantekeningen voor vertrouwenspersonen. Alles blijft op deze laptop; alleen u opent de kluis. vpdesk stuurt niets naar buiten, behalve reserveringen naar de zalenserver als uw organisatie die heeft ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="33"/>
        <source>Uw kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="34"/>
        <source>Logboek (zonder inhoud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="35"/>
        <source>Beleid van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/about_dialog.py" line="35"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="25"/>
        <source>Agenda: termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="32"/>
        <source>Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="36"/>
        <source>{n} dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="38"/>
        <source>nog {n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="50"/>
        <source>Geen termijnen die aandacht vragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="55"/>
        <source>En nog {n} herinneringen: latere termijnen en meer zaken zonder recente activiteit. Sluit of vernietig wat klaar is, dan schuiven ze op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="29"/>
        <source>Wat aandacht vraagt: termijnen van meldprocessen, terugbelafspraken en bewaartermijnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="71"/>
        <source>te vernietigen (bewaartermijn verstreken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="72"/>
        <source>wordt over {n} dagen vernietigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="73"/>
        <source>bewaren wegens procedure herbeoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="74"/>
        <source>geen activiteit sinds deze datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="75"/>
        <source>terugbellen: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../vpdesk/ui/application.py" line="108"/>
        <source>vpdesk kan niet starten. Neem contact op met uw servicedesk en geef hun de melding hieronder. Uw aantekeningen zijn veilig: er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/application.py" line="114"/>
        <source>Melding voor de servicedesk:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="45"/>
        <source>Auditlogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="48"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="49"/>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="51"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="52"/>
        <source>alle acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="55"/>
        <source>&amp;Exporteren als CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="59"/>
        <source>&amp;Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="60"/>
        <source>&amp;Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="61"/>
        <source>A&amp;ctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="74"/>
        <source>Regels van het auditlogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/audit_dialog.py" line="79"/>
        <source>Het logboek legt vast wie wat deed met welk object, nooit de inhoud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="17"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/audit_table.py" line="41"/>
        <source>vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../vpdesk/ui/case_audit.py" line="65"/>
        <source>Let op: de hashketen van het logboek is verbroken: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_audit.py" line="86"/>
        <source>Auditlogboek exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_audit.py" line="86"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="18"/>
        <source>Back-up maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="20"/>
        <source>Een back-up is één versleuteld bestand met al uw zaken en aantekeningen. Zet het op een USB-stick of netwerkschijf, niet alleen op deze laptop. U opent het later met de wachtwoordzin of de herstelcode die nu bij de kluis hoort. Na het maken leest vpdesk het bestand terug en controleert het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="25"/>
        <source>Back-up &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="30"/>
        <source>Bestand voor de back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="31"/>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="42"/>
        <source>Back-up opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/backup_dialog.py" line="42"/>
        <source>vpdesk-back-up (*.vpbak)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Booker</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="45"/>
        <source>Dat tijdstip is al voorbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="49"/>
        <source>{room} is niet vrij van {start} tot {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="54"/>
        <source>{room} reserveren op {day} van {start} tot {end}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="73"/>
        <source>U heeft van {start} tot {end} al {room} gereserveerd. Toch ook {new} reserveren van {from_} tot {to}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="94"/>
        <source>Gereserveerd: {room}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_booking.py" line="121"/>
        <source>Iemand reserveert deze ruimte op dit moment. Om {time} opnieuw proberen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="187"/>
        <source>Bewaren wegens lopende procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="189"/>
        <source>Zolang een procedure loopt, wordt deze zaak niet vernietigd. Noem de procedure (geen namen) en kies wanneer u opnieuw beoordeelt of bewaren nog nodig is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="192"/>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="193"/>
        <source>&amp;Herbeoordelen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="216"/>
        <source>Terugbelafspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="217"/>
        <source>De agenda herinnert u eraan vanaf een week ervoor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="218"/>
        <source>&amp;Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="219"/>
        <source>&amp;Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="222"/>
        <source>terugbellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="242"/>
        <source>Inzagedocument opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="244"/>
        <source>PDF (*.pdf);;OpenDocument-tekst (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="266"/>
        <source>Het inzagedocument staat in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="268"/>
        <source>{n} regels geschreven naar {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="290"/>
        <source>Bij het terugzetten van een back-up bewaarde vpdesk de vervangen kluis in {folders}. Die bevat de zaak ook nog (met de wachtwoordzin van toen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="295"/>
        <source>Zaak vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="284"/>
        <source>Zaak {id} ({name}) en alles daarin worden vernietigd: gesprekken, aantekeningen, verwijzingen, meldingen en reserveringskoppelingen. Dit kan niet ongedaan worden gemaakt.

Oudere back-ups bevatten de zaak nog. De jaarcijfers blijven gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="305"/>
        <source>Vervangen kluizen verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_actions.py" line="306"/>
        <source>De vervangen kluizen ({n}) ook verwijderen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="54"/>
        <source>Filter op status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="55"/>
        <source>Alle zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="56"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="57"/>
        <source>Gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="59"/>
        <source>Filter op categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="60"/>
        <source>Alle categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="66"/>
        <source>Filter op periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="67"/>
        <source>Elke periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="68"/>
        <source>Afgelopen 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="69"/>
        <source>Afgelopen 12 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="70"/>
        <source>Dit jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="71"/>
        <source>Vorig jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="81"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="113"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="119"/>
        <source>Geen aantekeningen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="180"/>
        <source>Maak de lijst breder voor meer kolommen ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="303"/>
        <source>Geen zaken die bij deze keuze passen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="304"/>
        <source>Nog geen zaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="307"/>
        <source>1 zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="308"/>
        <source>{total} zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="309"/>
        <source>De eerste {shown} van {total} zaken; scroll voor meer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="240"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="241"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="242"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="243"/>
        <source>Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="244"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="245"/>
        <source>Geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="246"/>
        <source>Laatste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="223"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="223"/>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="153"/>
        <source>gesloten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="97"/>
        <source>De bewaarde antwoorden konden niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="114"/>
        <source>Gegeven onder wegwijzer {old}; de regels van nu ({new}) kennen deze antwoorden niet meer, ze zijn weggelaten: {questions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="141"/>
        <source>Antwoorden niet bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="168"/>
        <source>Wegwijzer opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="168"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="263"/>
        <source>&amp;Agenda ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="263"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="264"/>
        <source>{n} termijnen vragen aandacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="210"/>
        <source>Niet bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="50"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="53"/>
        <source>Gegevens van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="54"/>
        <source>N&amp;ieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="55"/>
        <source>Nieuw gesprek (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="56"/>
        <source>Zaak s&amp;luiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="57"/>
        <source>Gesprek &amp;plannen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="58"/>
        <source>Een ruimte reserveren voor een gesprek over deze zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="87"/>
        <source>Tijdlijn van gesprekken en verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="99"/>
        <source>&amp;Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="100"/>
        <source>&amp;Wegwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="101"/>
        <source>&amp;Meldproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="102"/>
        <source>Kies links een zaak, of maak een nieuwe zaak met Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="158"/>
        <source>Zaak {id} · {categories} · {org} · geopend {opened} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="161"/>
        <source>geen organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="221"/>
        <source>{when} · gesprek, {kind}, {channel}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="227"/>
        <source>{when} · verwezen naar {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="60"/>
        <source>De gesloten zaak weer openen om iets te wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="62"/>
        <source>A&amp;cties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="63"/>
        <source>Acties voor deze zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="68"/>
        <source>Zaak &amp;bewerken… (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="69"/>
        <source>&amp;Terugbelafspraak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="70"/>
        <source>B&amp;ewaren wegens lopende procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="71"/>
        <source>Bewaren wegens procedure o&amp;pheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="72"/>
        <source>&amp;Inzagedocument voor de melder… (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="73"/>
        <source>Zaak &amp;vernietigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="74"/>
        <source>&amp;Auditlogboek… (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="83"/>
        <source>Status van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="192"/>
        <source>Deze zaak is gesloten en alleen te lezen. Kies Heropenen om iets te wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="195"/>
        <source>Bewaard wegens lopende procedure: {reason} (herbeoordelen op {review}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="200"/>
        <source>Wordt vernietigd op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="203"/>
        <source>Terugbelafspraak op {date}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="229"/>
        <source>{when} · ruimte gereserveerd: {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="261"/>
        <source>Verwijzing bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="262"/>
        <source>Verwijderen (Delete; ongedaan maken met Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="59"/>
        <source>Her&amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="18"/>
        <source>Zaak sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="21"/>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="30"/>
        <source>Datum van sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="31"/>
        <source>&amp;Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="32"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="306"/>
        <source>Bij het vergrendelen is niet alles bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="197"/>
        <source>Oefenkluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="198"/>
        <source>De oefenkluis heeft geen geheime sleutels om te vervangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="220"/>
        <source>Nieuwe sleutels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="131"/>
        <location filename="../../vpdesk/ui/controller.py" line="141"/>
        <source>ingesteld door uw organisatie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="41"/>
        <source>Datum en tijd van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="45"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="46"/>
        <source>Duur in minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="48"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="52"/>
        <source>Eerste of vervolgcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="56"/>
        <source>Aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="58"/>
        <source>Aantekeningen van het gesprek. vpdesk bewaart ze vanzelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="60"/>
        <source>Opslagstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="66"/>
        <source>&amp;Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="69"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="97"/>
        <source>Wijzigingen worden bewaard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="181"/>
        <source>Bewaard om {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="65"/>
        <source>Wannee&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="68"/>
        <source>Kanaa&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateNoteDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/date_note_dialog.py" line="44"/>
        <source>&amp;Wissen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="118"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="318"/>
        <source>----- Hierboven: intussen elders bewaard. Hieronder: de tekst uit dit venster -----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="323"/>
        <source>Niet bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="332"/>
        <source>Deze aantekening was intussen elders gewijzigd. Beide teksten zijn bewaard, de uwe onderaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="337"/>
        <source>Dit gesprek was intussen elders verwijderd. Uw tekst is bewaard als nieuw gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="24"/>
        <source>Zoeken in alle aantekeningen (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="25"/>
        <source>Zoeken in aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="27"/>
        <source>&amp;Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="28"/>
        <source>Nieuwe zaak (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="29"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="30"/>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="34"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="35"/>
        <source>Termijnen van meldprocessen (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="48"/>
        <source>Zakenlijst tonen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideController</name>
    <message>
        <location filename="../../vpdesk/ui/guide_controller.py" line="43"/>
        <source>Wegwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/guide_controller.py" line="54"/>
        <source>Wegwijzer opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/guide_controller.py" line="54"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="96"/>
        <source>Passende routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="67"/>
        <source>Route om vast te leggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="41"/>
        <source>route niet meer in de wegwijzer: {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="62"/>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="68"/>
        <source>Verwi&amp;jzing vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="69"/>
        <source>Wegwijzer als PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="70"/>
        <source>Eén pagina voor de melder met de passende routes, zonder zaakgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="79"/>
        <source>Bewaarde antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="86"/>
        <source>Hier wordt niets bewaard. Een verwijzing legt u vast in een zaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="95"/>
        <source>Vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="147"/>
        <source>(nog niet bekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="200"/>
        <source>Gegeven antwoorden (wegwijzer {version}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="197"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="276"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="277"/>
        <source>Past daarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="278"/>
        <source>Open vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="279"/>
        <source>Past nu niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="282"/>
        <source>na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="283"/>
        <source>Eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="284"/>
        <source>Zo bereikt u het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="285"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="286"/>
        <source>gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="260"/>
        <source>Kies de route om vast te leggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="74"/>
        <source>Vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="235"/>
        <source>Vastgelegd in de tijdlijn: verwijzing naar {route} op {on}. Vergist? Kies hem in de tijdlijn en druk op Delete; Ctrl+Z zet hem terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="265"/>
        <source>Nog geen route om vast te leggen: beantwoord eerst de vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="71"/>
        <source>&amp;Opnieuw beginnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/help_dialog.py" line="27"/>
        <location filename="../../vpdesk/ui/dialogs/help_dialog.py" line="33"/>
        <source>Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../build/known_errors.py" line="207"/>
        <source>Wrong passphrase.</source>
        <translation>Onjuiste wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="208"/>
        <source>Wrong recovery code.</source>
        <translation>Onjuiste herstelcode.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="175"/>
        <source>The vault is damaged or has been tampered with.</source>
        <translation>De kluis is beschadigd of er is mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="130"/>
        <source>The file {path} cannot be written: {problem}.</source>
        <translation>Het bestand {path} kan niet worden geschreven: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="131"/>
        <source>The fingerprint does not match this key. Check the key and the fingerprint with the adviser.</source>
        <translation>De vingerafdruk hoort niet bij deze sleutel. Controleer de sleutel en de vingerafdruk samen met de vertrouwenspersoon.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="132"/>
        <source>The folder {folder} does not exist or cannot be written.</source>
        <translation>De map {folder} bestaat niet of er kan niet in worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="176"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="110"/>
        <source>The disk is full: the last change was not saved.</source>
        <translation>De schijf is vol: de laatste wijziging is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="3"/>
        <source>&apos;{value}&apos; is not a choice of &apos;{qid}&apos;.</source>
        <translation>&apos;{value}&apos; is geen keuze bij &apos;{qid}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="4"/>
        <source>A booking can last at most ten hours.</source>
        <translation>Een reservering duurt hoogstens tien uur.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="6"/>
        <source>A booking must end after it starts.</source>
        <translation>Een reservering moet eindigen na het begin.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="11"/>
        <source>A coordinator vault has no figures of its own to export.</source>
        <translation>Een coördinatorkluis heeft geen eigen cijfers om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="12"/>
        <source>A date of the meldproces lies in the future.</source>
        <translation>Een datum in het meldproces ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="15"/>
        <source>A main category counts more contacts than its subcategories.</source>
        <translation>Een hoofdcategorie telt meer contacten dan haar subcategorieën.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="16"/>
        <source>A month in the export lies outside its quarter.</source>
        <translation>Een maand in de export valt buiten het kwartaal.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="17"/>
        <source>A month in the export lies outside its year.</source>
        <translation>Een maand in de export valt buiten het jaar.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="18"/>
        <source>A passphrase needs at least {minimum} characters; a few words make a good one.</source>
        <translation>Een wachtwoordzin heeft minstens {minimum} tekens nodig; een paar woorden vormen een goede.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="20"/>
        <source>A quarter in the export lies outside its period.</source>
        <translation>Een kwartaal in de export valt buiten de periode.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="24"/>
        <source>A room pool address starts with https://.</source>
        <translation>Het adres van een ruimtepool begint met https://.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="25"/>
        <source>A room pool server must use https (plain http only on this computer, 127.0.0.1).</source>
        <translation>Een ruimtepoolserver moet https gebruiken (gewoon http alleen op deze computer, 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="29"/>
        <source>A subcategory has no main category.</source>
        <translation>Een subcategorie heeft geen hoofdcategorie.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="32"/>
        <source>An adviser&apos;s own jaarverslag is a PDF only: tables leave the laptop through &apos;export&apos;.</source>
        <translation>Het eigen jaarverslag van een vertrouwenspersoon is alleen een PDF: tabellen verlaten de laptop via &apos;export&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="34"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>Een lege wachtwoordzin is niet toegestaan.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="38"/>
        <source>Booking times need a time zone.</source>
        <translation>Reserveringstijden hebben een tijdzone nodig.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="39"/>
        <source>Booking took too long; nothing was booked. Try again.</source>
        <translation>Reserveren duurde te lang; er is niets gereserveerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="40"/>
        <source>Bookings start and end on a quarter of an hour.</source>
        <translation>Reserveringen beginnen en eindigen op een kwartier.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="47"/>
        <source>Check free space and the disk; everything saved before is intact.</source>
        <translation>Controleer de vrije ruimte en de schijf; alles wat eerder is bewaard, is intact.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="53"/>
        <source>Create one with &apos;vpdesk init&apos; or restore a backup.</source>
        <translation>Maak er een met &apos;vpdesk init&apos; of zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="54"/>
        <source>File descriptor {fd} cannot be read.</source>
        <translation>Bestandsdescriptor {fd} kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="55"/>
        <source>Free some space; everything saved before is intact.</source>
        <translation>Maak ruimte vrij; alles wat eerder is bewaard, is intact.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="59"/>
        <source>Give the coordinator&apos;s key with --to and the FILE to write (or use --preview).</source>
        <translation>Geef de sleutel van de coördinator met --to en het BESTAND om te schrijven (of gebruik --preview).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="61"/>
        <source>No passphrase given: use a terminal or --passphrase-fd N.</source>
        <translation>Geen wachtwoordzin gegeven: gebruik een terminal of --passphrase-fd N.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="64"/>
        <source>No secret could be read from file descriptor {fd}.</source>
        <translation>Uit bestandsdescriptor {fd} kon geen geheim worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="65"/>
        <source>No trusted adviser has the fingerprint {fingerprint}.</source>
        <translation>Geen vertrouwde vertrouwenspersoon heeft de vingerafdruk {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="66"/>
        <source>Nothing was booked or cancelled.</source>
        <translation>Er is niets gereserveerd of geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="73"/>
        <source>Restore it from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Zet een back-up terug met &apos;vpdesk restore BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="74"/>
        <source>Restore it from a backup.</source>
        <translation>Zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="76"/>
        <source>Restore the vault from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Zet de kluis terug uit een back-up met &apos;vpdesk restore BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="78"/>
        <source>Rooms are booked between {first} and {last} on one day.</source>
        <translation>Ruimtes worden op één dag tussen {first} en {last} gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="80"/>
        <source>Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.</source>
        <translation>Zeg wat er geschreven moet worden: --pdf BESTAND, --ods BESTAND en/of --csv MAP.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="83"/>
        <source>That adviser is already trusted ({fingerprint}).</source>
        <translation>Die vertrouwenspersoon wordt al vertrouwd ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="84"/>
        <source>That adviser key is damaged.</source>
        <translation>Die sleutel van de vertrouwenspersoon is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="85"/>
        <source>That booking is not yours to cancel.</source>
        <translation>Die reservering is niet van u; u kunt haar niet annuleren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="87"/>
        <source>That is not a vpdesk adviser key (it starts with &apos;vpdesk-ed25519:&apos;).</source>
        <translation>Dat is geen vpdesk-sleutel van een vertrouwenspersoon (die begint met &apos;vpdesk-ed25519:&apos;).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="88"/>
        <source>That pseudonym is already in use.</source>
        <translation>Dat pseudoniem is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="89"/>
        <source>That room is already booked at that time.</source>
        <translation>Die ruimte is op dat moment al gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="91"/>
        <source>The acknowledgement date lies before the report date.</source>
        <translation>De datum van de ontvangstbevestiging ligt vóór de meldingsdatum.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="92"/>
        <source>The adviser&apos;s fingerprint is malformed.</source>
        <translation>De vingerafdruk van de vertrouwenspersoon is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="94"/>
        <source>The answer to &apos;{qid}&apos; must be true or false.</source>
        <translation>Het antwoord op &apos;{qid}&apos; moet waar of onwaar zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="95"/>
        <source>The answers are not valid JSON: {problem} (line {line}).</source>
        <translation>De antwoorden zijn geen geldige JSON: {problem} (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="96"/>
        <source>The answers must be a JSON object of question id to answer.</source>
        <translation>De antwoorden moeten een JSON-object zijn van vraag-id naar antwoord.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="99"/>
        <source>The backup file {file} did not verify; the current vault is untouched.</source>
        <translation>Het back-upbestand {file} is niet goedgekeurd bij de controle; de huidige kluis is onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="100"/>
        <source>The backup file {file} is damaged or has been tampered with.</source>
        <translation>Het back-upbestand {file} is beschadigd of er is mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="101"/>
        <source>The backup file {file} is damaged or not a vpdesk backup.</source>
        <translation>Het back-upbestand {file} is beschadigd of geen vpdesk-back-up.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="103"/>
        <source>The backup&apos;s key-slot data is damaged.</source>
        <translation>De sleutelgegevens in de back-up zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="104"/>
        <source>The content is nested too deeply: not a vpdesk export.</source>
        <translation>De inhoud is te diep genest: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="105"/>
        <source>The content is not a signed vpdesk export.</source>
        <translation>De inhoud is geen ondertekende vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="106"/>
        <source>The content is not text: not a vpdesk export.</source>
        <translation>De inhoud is geen tekst: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="107"/>
        <source>The content is not valid JSON.</source>
        <translation>De inhoud is geen geldige JSON.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="108"/>
        <source>The content is too large: not a vpdesk export.</source>
        <translation>De inhoud is te groot: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="109"/>
        <source>The decision date lies before the report date.</source>
        <translation>De datum van het besluit ligt vóór de meldingsdatum.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="112"/>
        <source>The evaluation date lies before the decision date.</source>
        <translation>De datum van de evaluatie ligt vóór de datum van het besluit.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="115"/>
        <source>The export does not have the fields of a vpdesk export.</source>
        <translation>De export heeft niet de velden van een vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="116"/>
        <source>The export has been altered (it is not in canonical form).</source>
        <translation>De export is gewijzigd (hij staat niet in canonieke vorm).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="117"/>
        <source>The export is for {year}, a year that has not begun.</source>
        <translation>De export is voor {year}, een jaar dat nog niet begonnen is.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="118"/>
        <source>The export names another adviser than the one who signed it.</source>
        <translation>De export noemt een andere vertrouwenspersoon dan degene die hem ondertekende.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="121"/>
        <source>The export&apos;s tables are not the expected ones.</source>
        <translation>De tabellen van de export zijn niet de verwachte.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="122"/>
        <source>The feedback date lies before the acknowledgement date.</source>
        <translation>De datum van de terugkoppeling ligt vóór de datum van de ontvangstbevestiging.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="123"/>
        <source>The feedback date lies before the report date.</source>
        <translation>De datum van de terugkoppeling ligt vóór de meldingsdatum.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="124"/>
        <source>The field {field} must be a whole number from 0 to {maximum}.</source>
        <translation>Het veld {field} moet een geheel getal van 0 tot en met {maximum} zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="126"/>
        <source>The file cannot be read: {problem}.</source>
        <translation>Het bestand kan niet worden gelezen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="127"/>
        <source>The file is damaged or not a vpdesk export.</source>
        <translation>Het bestand is beschadigd of geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="128"/>
        <source>The file is larger than {kib} KiB: not a vpdesk export.</source>
        <translation>Het bestand is groter dan {kib} KiB: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="129"/>
        <source>The file is not addressed to this coordinator.</source>
        <translation>Het bestand is niet aan deze coördinator gericht.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="199"/>
        <source>This vault was written by a newer version of vpdesk (vault form {found}; this version knows up to {known}): install that version again.</source>
        <translation>Deze kluis is geschreven door een nieuwere versie van vpdesk (kluisvorm {found}; deze versie kent tot en met {known}): installeer die versie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="210"/>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="211"/>
        <source>it already exists</source>
        <translation>het bestaat al</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="212"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="213"/>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="214"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="215"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="216"/>
        <source>the disk reported a read or write error</source>
        <translation>de schijf meldde een lees- of schrijffout</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="217"/>
        <source>the file is in use</source>
        <translation>het bestand is in gebruik</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="218"/>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="219"/>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="220"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="221"/>
        <source>the operation is not permitted</source>
        <translation>die handeling is niet toegestaan</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="223"/>
        <source>{day} is a weekend day; rooms are booked on weekdays.</source>
        <translation>{day} valt in het weekend; ruimtes worden op werkdagen gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="251"/>
        <source>{who}, {period}: imported.</source>
        <translation>{who}, {period}: ingelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="133"/>
        <source>The key-slot file is damaged.</source>
        <translation>Het sleutelbestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="5"/>
        <source>A booking cannot start in the past.</source>
        <translation>Een reservering kan niet in het verleden beginnen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="86"/>
        <source>That is not a valid coordinator key: it is &apos;age1&apos; followed by 58 letters and digits, as the coordinator gave it.</source>
        <translation>Dat is geen geldige coördinatorsleutel: die bestaat uit &apos;age1&apos; en 58 letters en cijfers, zoals de coördinator hem gaf.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="119"/>
        <source>The export uses taxonomy {version}, which this vpdesk does not know.</source>
        <translation>De export gebruikt taxonomie {version}, die deze vpdesk niet kent.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="136"/>
        <source>The policy file {path} cannot be read: {problem}.</source>
        <translation>Het beleidsbestand {path} kan niet worden gelezen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="138"/>
        <source>The quarter must be 0 (whole year) to 4.</source>
        <translation>Het kwartaal moet 0 (heel jaar) tot en met 4 zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="143"/>
        <source>The room pool file {path} is damaged.</source>
        <translation>Het ruimtepoolbestand {path} is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="146"/>
        <source>The room pool refused the login: check the user name and password.</source>
        <translation>De ruimtepool weigerde de aanmelding: controleer gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="147"/>
        <source>The room pool server answered {status} to {method}.</source>
        <translation>De ruimtepoolserver antwoordde {status} op {method}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="148"/>
        <source>The room pool server at {host} cannot be reached.</source>
        <translation>De ruimtepoolserver op {host} is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="155"/>
        <source>The signature does not match: the file has been tampered with.</source>
        <translation>De handtekening klopt niet: er is met het bestand geknoeid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="156"/>
        <source>The signer {adviser} is not on the trust list.</source>
        <translation>De ondertekenaar {adviser} staat niet op de lijst van vertrouwde vertrouwenspersonen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="157"/>
        <source>The table category_quarter does not add up to the main categories.</source>
        <translation>De tabel category_quarter telt niet op tot de hoofdcategorieën.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="158"/>
        <source>The table category_quarter is malformed.</source>
        <translation>De tabel category_quarter is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="162"/>
        <source>The table {name} does not add up to the number of conversations.</source>
        <translation>De tabel {name} telt niet op tot het aantal gesprekken.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="163"/>
        <source>The table {name} has a malformed cell name.</source>
        <translation>De tabel {name} heeft een onjuist gevormde celnaam.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="165"/>
        <source>The table {name} is malformed.</source>
        <translation>De tabel {name} is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="166"/>
        <source>The taxonomy version is malformed.</source>
        <translation>De versie van de taxonomie is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="167"/>
        <source>The totals are malformed.</source>
        <translation>De totalen zijn onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="168"/>
        <source>The two entries differ.</source>
        <translation>De twee invoeren verschillen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="169"/>
        <source>The vault cannot be written: check the permissions of the data folder.</source>
        <translation>Er kan niet naar de kluis worden geschreven: controleer de rechten van de gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="170"/>
        <source>The vault could not be written to disk: the last change was not saved.</source>
        <translation>De kluis kon niet naar schijf worden geschreven: de laatste wijziging is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="171"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>De kluis kon niet overschakelen op write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="172"/>
        <source>The vault database is missing.</source>
        <translation>De database van de kluis ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="174"/>
        <source>The vault is busy in another process; try again in a moment.</source>
        <translation>De kluis is bezet door een ander proces; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="177"/>
        <source>The vault is open in another vpdesk window or process: close it first.</source>
        <translation>De kluis is open in een ander vpdesk-venster of -proces: sluit dat eerst.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="178"/>
        <source>The year is out of range.</source>
        <translation>Het jaar valt buiten het bereik.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="179"/>
        <source>The year {year} has not begun yet.</source>
        <translation>Het jaar {year} is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="180"/>
        <source>There is already a vault in {home}.</source>
        <translation>Er staat al een kluis in {home}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="181"/>
        <source>There is no case {case}.</source>
        <translation>Zaak {case} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="182"/>
        <source>There is no client {client}.</source>
        <translation>Cliënt {client} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="183"/>
        <source>There is no conversation {conversation}.</source>
        <translation>Gesprek {conversation} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="184"/>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="185"/>
        <source>There is no formal report {report}.</source>
        <translation>Formele melding {report} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="188"/>
        <source>There is no room &apos;{room}&apos; in the pool.</source>
        <translation>Er is geen ruimte &apos;{room}&apos; in de pool.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="192"/>
        <source>There is no such booking of yours.</source>
        <translation>U heeft geen zodanige reservering.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="193"/>
        <source>There is no such booking.</source>
        <translation>Die reservering bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="194"/>
        <source>There is no vault in {home}.</source>
        <translation>Er staat geen kluis in {home}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="196"/>
        <source>This is an adviser vault; create a coordinator vault with &apos;vpdesk init --coordinator&apos;.</source>
        <translation>Dit is een kluis van een vertrouwenspersoon; maak een coördinatorkluis met &apos;vpdesk init --coordinator&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="201"/>
        <source>Unknown category code &apos;{code}&apos;.</source>
        <translation>Onbekende categoriecode &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="202"/>
        <source>Unknown export version {version}; this vpdesk reads {supported}.</source>
        <translation>Onbekende exportversie {version}; deze vpdesk leest {supported}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="203"/>
        <source>Unknown question &apos;{qid}&apos;.</source>
        <translation>Onbekende vraag &apos;{qid}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="204"/>
        <source>Unknown taxonomy version {version}; this vpdesk knows {known}.</source>
        <translation>Onbekende taxonomieversie {version}; deze vpdesk kent {known}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="205"/>
        <source>Update vpdesk, or ask the adviser to export with the same version.</source>
        <translation>Werk vpdesk bij, of vraag de vertrouwenspersoon te exporteren met dezelfde versie.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="209"/>
        <source>Your own bookings are shown read-only; nothing was booked or cancelled.</source>
        <translation>Uw eigen reserveringen worden alleen-lezen getoond; er is niets gereserveerd of geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="224"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, regel {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="225"/>
        <source>{file}: cannot be read ({problem}).</source>
        <translation>{file}: kan niet worden gelezen ({problem}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="226"/>
        <source>{file}: not a UTF-8 text file.</source>
        <translation>{file}: geen UTF-8-tekstbestand.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="227"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="242"/>
        <source>{source}: &apos;{name}&apos; must be true or false.</source>
        <translation>{source}: &apos;{name}&apos; moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="244"/>
        <source>{source}: category &apos;{code}&apos; names an unknown parent &apos;{parent}&apos;.</source>
        <translation>{source}: categorie &apos;{code}&apos; noemt een onbekende bovenliggende categorie &apos;{parent}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="245"/>
        <source>{source}: category {number} lacks the field {problem}.</source>
        <translation>{source}: categorie {number} mist het veld {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="246"/>
        <source>{source}: unknown setting &apos;{name}&apos;.</source>
        <translation>{source}: onbekende instelling &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="248"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="249"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="134"/>
        <source>The key-slot file of the vault is missing.</source>
        <translation>Het sleutelbestand van de kluis ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="9"/>
        <source>A case needs at least one category.</source>
        <translation>Een zaak heeft minstens één categorie nodig.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="13"/>
        <source>A duration cannot be negative.</source>
        <translation>Een duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="48"/>
        <source>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</source>
        <translation>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="21"/>
        <source>A recovery code holds only the letters A-Z and the digits 2-9 printed on the sheet.</source>
        <translation>Een herstelcode bestaat alleen uit de letters A-Z en de cijfers 2-9 die op het blad staan.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="49"/>
        <source>Choose a new passphrase: the one you typed is the passphrase that may be known.</source>
        <translation>Kies een nieuwe wachtwoordzin: de getypte is de wachtwoordzin die misschien bekend is.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="60"/>
        <source>Move the vault folder elsewhere, or make {folder} writable by you alone (chmod go-w).</source>
        <translation>Verplaats de kluismap, of maak {folder} alleen voor u schrijfbaar (chmod go-w).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="173"/>
        <source>The vault folder {home} is in a folder other users can change ({folder}); vpdesk does not use it.</source>
        <translation>De kluismap {home} staat in een map die andere gebruikers kunnen wijzigen ({folder}); vpdesk gebruikt hem niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="232"/>
        <source>{path} is a symbolic link; choose a file name that is not one.</source>
        <translation>{path} is een symbolische koppeling; kies een bestandsnaam die dat niet is.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="30"/>
        <source>A time window ends after it starts, between {first} and {last}.</source>
        <translation>Een tijdvak eindigt na het begin, tussen {first} en {last}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="31"/>
        <source>A time window starts and ends on a quarter of an hour.</source>
        <translation>Een tijdvak begint en eindigt op een kwartier.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="57"/>
        <source>Give a time window as HH:MM-HH:MM, for example 10:00-12:30.</source>
        <translation>Geef een tijdvak als UU:MM-UU:MM, bijvoorbeeld 10:00-12:30.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="33"/>
        <source>An adviser&apos;s own jaarverslag is a PDF only: the figures leave the laptop as an export (Export…).</source>
        <translation>Het eigen jaarverslag van een vertrouwenspersoon is alleen een PDF: de cijfers verlaten de laptop als export (Exporteren…).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="50"/>
        <source>Choose at least one of PDF, ODS or CSV to write.</source>
        <translation>Kies ten minste één van PDF, ODS of CSV om te schrijven.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="52"/>
        <source>Create one on the welcome page, or restore a backup: File &gt; Restore backup.</source>
        <translation>Maak er een op de welkomstpagina, of zet een back-up terug: Bestand &gt; Back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="75"/>
        <source>Restore it from a backup: File &gt; Restore backup.</source>
        <translation>Zet een back-up terug: Bestand &gt; Back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="77"/>
        <source>Restore the vault from a backup: File &gt; Restore backup.</source>
        <translation>Zet de kluis terug uit een back-up: Bestand &gt; Back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="135"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="197"/>
        <source>This is an adviser vault; the coordinator&apos;s work needs a coordinator vault (see the manual, F1).</source>
        <translation>Dit is de kluis van een vertrouwenspersoon; het werk van de coördinator vraagt een coördinatorkluis (zie de handleiding, F1).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="14"/>
        <source>A legal hold needs a reason.</source>
        <translation>Een bewaarplicht wegens een lopende procedure heeft een reden nodig.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="19"/>
        <source>A pseudonym cannot be empty.</source>
        <translation>Een pseudoniem kan niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="41"/>
        <source>Case {case} has no client.</source>
        <translation>Zaak {case} heeft geen melder.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="42"/>
        <source>Case {case} has no legal hold.</source>
        <translation>Zaak {case} wordt niet bewaard wegens een lopende procedure.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="43"/>
        <source>Case {case} is already open.</source>
        <translation>Zaak {case} is al open.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="44"/>
        <source>Case {case} is closed; reopen it to change it.</source>
        <translation>Zaak {case} is gesloten; heropen de zaak om iets te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="45"/>
        <source>Case {case} is still open; close it before destroying it.</source>
        <translation>Zaak {case} is nog open; sluit de zaak voordat u haar vernietigt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="46"/>
        <source>Case {case} is under a legal hold; release it before destroying it.</source>
        <translation>Zaak {case} wordt bewaard wegens een lopende procedure; hef dat eerst op voordat u de zaak vernietigt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="51"/>
        <source>Choose where to write the access document (PDF, ODT or both).</source>
        <translation>Kies waar het inzagedocument komt (PDF, ODT of allebei).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="93"/>
        <source>The adviser&apos;s own support is not a referral.</source>
        <translation>De steun van de vertrouwenspersoon zelf is geen verwijzing.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="98"/>
        <source>The audit trail&apos;s hash chain is broken: {problems}.</source>
        <translation>De hashketen van het auditlogboek is verbroken: {problems}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="111"/>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt voor het begin.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="139"/>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>De reden is te lang (hoogstens {n} tekens).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="140"/>
        <source>The review date must lie in the future.</source>
        <translation>De herbeoordelingsdatum moet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="187"/>
        <source>There is no referral {referral}.</source>
        <translation>Er is geen verwijzing {referral}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="206"/>
        <source>What file descriptor {fd} gave is not UTF-8 text.</source>
        <translation>Wat bestandsdescriptor {fd} gaf, is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="23"/>
        <source>A room pool address must not contain a user name or password.</source>
        <translation>Een adres van de ruimtepool mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="28"/>
        <source>A secure connection to the room pool server {host} failed: {reason}.</source>
        <translation>Een beveiligde verbinding met de server van de ruimtepool {host} is mislukt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="36"/>
        <source>Ask the pool&apos;s admin for the rights the admin guide lists for advisers.</source>
        <translation>Vraag de beheerder van de pool om de rechten die de beheerhandleiding voor vertrouwenspersonen noemt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="37"/>
        <source>Ask the pool&apos;s admin to create it (installer/pool/create_rooms.py does).</source>
        <translation>Vraag de beheerder van de pool om deze aan te maken (installer/pool/create_rooms.py doet dat).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="48"/>
        <source>Check the pool address (policy setting room_pool) with IT.</source>
        <translation>Controleer het adres van de pool (beleidsinstelling room_pool) met IT.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="67"/>
        <source>Nothing was booked or cancelled. Try again later.</source>
        <translation>Er is niets gereserveerd of geannuleerd. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="68"/>
        <source>Nothing was booked. Try again at {time}.</source>
        <translation>Er is niets gereserveerd. Probeer het om {time} opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="69"/>
        <source>Nothing was sent.</source>
        <translation>Er is niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="70"/>
        <source>Nothing was sent. Ask IT to install a valid certificate on the server.</source>
        <translation>Er is niets verstuurd. Vraag IT om een geldig certificaat op de server te zetten.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="81"/>
        <source>Set the pool address to the one the server expects (ask IT).</source>
        <translation>Stel het adres van de pool in op het adres dat de server verwacht (vraag IT).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="82"/>
        <source>Someone is booking this room at that time right now; it frees up at {time} if they do not finish.</source>
        <translation>Iemand is deze ruimte voor dat tijdstip nu aan het reserveren; als dat niet wordt afgerond, komt ze om {time} vrij.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="141"/>
        <source>The room pool address {host} has a port that is not a number.</source>
        <translation>Het adres van de ruimtepool {host} heeft een poort die geen getal is.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="142"/>
        <source>The room pool does not give your login access to &apos;{what}&apos;.</source>
        <translation>De ruimtepool geeft uw login geen toegang tot &apos;{what}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="144"/>
        <source>The room pool has no &apos;_locks&apos; calendar and your login may not create it; nothing was booked.</source>
        <translation>De ruimtepool heeft geen agenda &apos;_locks&apos; en uw login mag die niet aanmaken; er is niets gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="145"/>
        <source>The room pool on this computer needs no login.</source>
        <translation>De ruimtepool op deze computer heeft geen login nodig.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="149"/>
        <source>The room pool server at {host} did not answer within {seconds} seconds.</source>
        <translation>De server van de ruimtepool op {host} antwoordde niet binnen {seconds} seconden.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="150"/>
        <source>The room pool server is busy; nothing was booked.</source>
        <translation>De server van de ruimtepool is bezet; er is niets gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="151"/>
        <source>The room pool server sent an answer vpdesk cannot read.</source>
        <translation>De server van de ruimtepool stuurde een antwoord dat vpdesk niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="152"/>
        <source>The room pool server {host} answered with a redirect ({status}); vpdesk does not follow redirects.</source>
        <translation>De server van de ruimtepool {host} antwoordde met een doorverwijzing ({status}); vpdesk volgt geen doorverwijzingen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="153"/>
        <source>The room pool server {host} has a certificate this computer does not trust: {reason}.</source>
        <translation>De server van de ruimtepool {host} heeft een certificaat dat deze computer niet vertrouwt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="154"/>
        <source>The room pool server {host} sent an answer larger than {limit} MiB; it was not read.</source>
        <translation>De server van de ruimtepool {host} stuurde een antwoord groter dan {limit} MiB; het is niet gelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="190"/>
        <source>There is no room pool at {address}, or your login may not read it.</source>
        <translation>Er is geen ruimtepool op {address}, of uw login mag die niet lezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="191"/>
        <source>There is no room pool at {address}: the server knows no such address.</source>
        <translation>Er is geen ruimtepool op {address}: de server kent dat adres niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="200"/>
        <source>Try again in a moment.</source>
        <translation>Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="222"/>
        <source>vpdesk keeps the pool&apos;s login in the system keyring or in the vault, never in the address.</source>
        <translation>vpdesk bewaart de login van de pool in de sleutelbos van het systeem of in de kluis, nooit in het adres.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="159"/>
        <source>The table gender counts more melders than there were cases.</source>
        <translation>De tabel gender telt meer melders dan er zaken waren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="160"/>
        <source>The table {name} counts {cell} more often than there were conversations or cases.</source>
        <translation>De tabel {name} telt {cell} vaker dan er gesprekken of zaken waren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="161"/>
        <source>The table {name} does not add up to the number of cases.</source>
        <translation>De tabel {name} telt niet op tot het aantal zaken.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="71"/>
        <source>Removed {who}, with every figure imported from them.</source>
        <translation>{who} verwijderd, met alle cijfers die van deze vertrouwenspersoon zijn ingelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="72"/>
        <source>Removed {who}; the figures already imported from them stay in the reports.</source>
        <translation>{who} verwijderd; de al ingelezen cijfers blijven in de jaarverslagen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="113"/>
        <source>The export counts more cases than conversations, or cases without conversations.</source>
        <translation>De export telt meer zaken dan gesprekken, of zaken zonder gesprekken.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="114"/>
        <source>The export counts more than {limit} minutes per conversation: not plausible.</source>
        <translation>De export telt meer dan {limit} minuten per gesprek: niet aannemelijk.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="120"/>
        <source>The export&apos;s creation time is malformed.</source>
        <translation>Het aanmaakmoment van de export is onjuist.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="125"/>
        <source>The field {field} must be a whole number from 1 to {maximum}.</source>
        <translation>Het veld {field} moet een geheel getal van 1 tot en met {maximum} zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="164"/>
        <source>The table {name} has an unknown code {code}.</source>
        <translation>De tabel {name} bevat een onbekende code {code}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="230"/>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="250"/>
        <source>{who}, {period}: already imported.</source>
        <translation>{who}, {period}: al ingelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="252"/>
        <source>{who}, {period}: replaced the earlier import.</source>
        <translation>{who}, {period}: de eerdere inlezing vervangen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="253"/>
        <source>{who}, {period}: this export (made {made}) is older than the one already imported (made {kept}); the newer one is kept.</source>
        <translation>{who}, {period}: deze export (gemaakt {made}) is ouder dan de al ingelezen export (gemaakt {kept}); de nieuwere blijft staan.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="198"/>
        <source>This is not a file: not a vpdesk export.</source>
        <translation>Dit is geen bestand: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="229"/>
        <source>{option} cannot change &apos;{name}&apos;: {organisation} sets it in the machine policy.</source>
        <translation>{option} kan &apos;{name}&apos; niet wijzigen: {organisation} legt die vast in het machinebeleid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="233"/>
        <source>{source} is not UTF-8 text (line {line} holds byte 0x{byte}): save it as UTF-8.</source>
        <translation>{source} is geen UTF-8-tekst (regel {line} bevat byte 0x{byte}): sla het bestand op als UTF-8.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="234"/>
        <source>{source} starts with a byte-order mark (BOM): save it as UTF-8 without BOM.</source>
        <translation>{source} begint met een byte-order mark (BOM): sla het bestand op als UTF-8 zonder BOM.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="235"/>
        <source>{source}: &apos;organisation&apos; must be the organisation&apos;s name as text.</source>
        <translation>{source}: &apos;organisation&apos; moet de naam van de organisatie als tekst zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="236"/>
        <source>{source}: &apos;settings&apos; must be the table [settings].</source>
        <translation>{source}: &apos;settings&apos; moet de tabel [settings] zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="237"/>
        <source>{source}: &apos;{name}&apos; is &quot;{value}&quot;; allowed: {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; is &quot;{value}&quot;; toegestaan: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="238"/>
        <source>{source}: &apos;{name}&apos; is no longer used ({why}); remove the line.</source>
        <translation>{source}: &apos;{name}&apos; wordt niet meer gebruikt ({why}); verwijder de regel.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="239"/>
        <source>{source}: &apos;{name}&apos; is {value}, outside the allowed range {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; is {value}, buiten het toegestane bereik {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="240"/>
        <source>{source}: &apos;{name}&apos; must be a number from {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; moet een getal van {allowed} zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="241"/>
        <source>{source}: &apos;{name}&apos; must be text: {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; moet tekst zijn: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="243"/>
        <source>{source}: &apos;{name}&apos; stands above the [settings] table; move it under [settings].</source>
        <translation>{source}: &apos;{name}&apos; staat boven de tabel [settings]; zet de regel onder [settings].</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="247"/>
        <source>{source}: unknown table [{name}]; the keys belong under [settings].</source>
        <translation>{source}: onbekende tabel [{name}]; de instellingen horen onder [settings].</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="137"/>
        <source>The policy file {path} does not exist.</source>
        <translation>Het beleidsbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="195"/>
        <source>This is a packaged build: it refuses {name}, which only development builds read. Unset it.</source>
        <translation>Dit is een geïnstalleerde versie: die weigert {name}, dat alleen ontwikkelversies lezen. Verwijder de variabele.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="7"/>
        <source>A case cannot be closed before the day it was opened ({opened}).</source>
        <translation>Een zaak kan niet worden gesloten vóór de dag waarop hij is geopend ({opened}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="8"/>
        <source>A case cannot be closed on a day still to come ({on}).</source>
        <translation>Een zaak kan niet worden gesloten op een dag die nog moet komen ({on}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="10"/>
        <source>A conversation without notes is counted only with its real length or channel; write a note or give them.</source>
        <translation>Een gesprek zonder aantekeningen telt alleen mee met zijn echte duur of kanaal; schrijf een aantekening of geef die op.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="102"/>
        <source>The backup file {path} cannot be read.</source>
        <translation>Het back-upbestand {path} kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="231"/>
        <source>{path} is a folder; choose the backup file (.vpbak) in it.</source>
        <translation>{path} is een map; kies het back-upbestand (.vpbak) daarin.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="22"/>
        <source>A room is for at least one person, not {capacity}.</source>
        <translation>Een ruimte is voor minstens één persoon, niet {capacity}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="26"/>
        <source>A search for a free room cannot start in the past ({first}); today is {today}.</source>
        <translation>Zoeken naar een vrije ruimte kan niet in het verleden beginnen ({first}); vandaag is het {today}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="27"/>
        <source>A search for a free room looks 1 to {most} days ahead, not {days}.</source>
        <translation>Zoeken naar een vrije ruimte kijkt 1 tot {most} dagen vooruit, niet {days}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="35"/>
        <source>Ask for at least one free slot, not {limit}.</source>
        <translation>Vraag om minstens één vrij tijdstip, niet {limit}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="56"/>
        <source>From {first} to {last} there are only weekend days; rooms are booked on weekdays.</source>
        <translation>Van {first} tot en met {last} zijn er alleen weekenddagen; ruimtes worden op werkdagen gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="58"/>
        <source>Give one or more words to search for.</source>
        <translation>Geef een of meer woorden om op te zoeken.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="62"/>
        <source>No room in the pool has at least {capacity} places and all of: {features}.</source>
        <translation>Geen ruimte in de pool heeft minstens {capacity} plaatsen en alles van: {features}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="63"/>
        <source>No room in the pool has at least {capacity} places.</source>
        <translation>Geen ruimte in de pool heeft minstens {capacity} plaatsen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="79"/>
        <source>Rooms are booked in whole quarters of an hour (15, 30, 45, 60 ... minutes), not for {minutes} minutes.</source>
        <translation>Ruimtes worden gereserveerd in hele kwartieren (15, 30, 45, 60 ... minuten), niet voor {minutes} minuten.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="90"/>
        <source>The CSV holds the whole trail of the period: leave out --action, or --csv.</source>
        <translation>De CSV bevat het hele logboek van de periode: laat --action weg, of --csv.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="97"/>
        <source>The audit trail has no action &apos;{action}&apos;; the actions in it are {known}.</source>
        <translation>Het auditlogboek heeft geen actie &apos;{action}&apos;; de acties erin zijn {known}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="186"/>
        <source>There is no kind of room &apos;{owner}&apos;; the known ones are {known}.</source>
        <translation>Er is geen soort ruimte &apos;{owner}&apos;; de bekende zijn {known}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="189"/>
        <source>There is no room feature &apos;{feature}&apos;; the known ones are {known}.</source>
        <translation>Er is geen kenmerk van een ruimte &apos;{feature}&apos;; de bekende zijn {known}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="228"/>
        <source>{first} is a weekend day; rooms are booked on weekdays.</source>
        <translation>{first} is een weekenddag; ruimtes worden op werkdagen gereserveerd.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="12"/>
        <source>in persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="13"/>
        <source>telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="14"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="15"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="21"/>
        <source>eerste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="22"/>
        <source>vervolgcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="28"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="29"/>
        <location filename="../../vpdesk/ui/labels.py" line="70"/>
        <source>gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="35"/>
        <source>luisterend oor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="36"/>
        <source>advies, melder handelt zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="37"/>
        <source>doorverwezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="38"/>
        <source>informeel opgelost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="39"/>
        <source>formele melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="40"/>
        <source>melder ziet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="41"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="47"/>
        <source>medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="48"/>
        <source>leidinggevende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="49"/>
        <source>omstander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="50"/>
        <source>oud-medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="51"/>
        <source>ingehuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="57"/>
        <source>vrouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="58"/>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="59"/>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="66"/>
        <source>aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="67"/>
        <source>gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="68"/>
        <source>bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="69"/>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="71"/>
        <source>heropend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="72"/>
        <source>bewaard wegens procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="73"/>
        <source>bewaren beëindigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="74"/>
        <source>vernietigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="75"/>
        <source>geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="76"/>
        <source>ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="77"/>
        <source>vertrouwen ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="78"/>
        <source>back-up gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="79"/>
        <source>ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="80"/>
        <source>geopend met de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="81"/>
        <source>wachtwoordzin gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="82"/>
        <source>nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="83"/>
        <source>sleutels vernieuwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="84"/>
        <source>databasesleutel vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="91"/>
        <source>gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="92"/>
        <source>mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="101"/>
        <source>zaak {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="102"/>
        <source>melder {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="103"/>
        <source>gesprek {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="104"/>
        <source>verwijzing {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="105"/>
        <source>formele melding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="108"/>
        <source>de kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="109"/>
        <source>het auditlogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="110"/>
        <source>de sleutel voor het age-programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="117"/>
        <source>inzagedocument, melder {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="124"/>
        <source>{figures} van {adviser}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="129"/>
        <source>vertrouwenspersoon {key} (cijfers bewaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="130"/>
        <source>vertrouwenspersoon {key} (cijfers verwijderd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="142"/>
        <source>jaarcijfers {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/labels.py" line="143"/>
        <source>cijfers {year}, kwartaal {q}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="37"/>
        <source>OEFENKLUIS · alle zaken en namen zijn verzonnen · niet voor echte aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="40"/>
        <source>Oefenkluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="45"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="55"/>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="159"/>
        <source>OEFENKLUIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="50"/>
        <source>Herinnering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="100"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="101"/>
        <source>&amp;Back-up maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="102"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="104"/>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="106"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="107"/>
        <source>&amp;Kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="109"/>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="110"/>
        <source>&amp;Nieuwe sleutels en herstelcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="112"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="113"/>
        <source>B&amp;eeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="118"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="119"/>
        <source>&amp;Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="120"/>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="122"/>
        <source>&amp;Over vpdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldproces</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="33"/>
        <source>voorfase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="34"/>
        <source>melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="35"/>
        <source>onderzoek (BIPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="36"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="37"/>
        <source>evaluatie en nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="43"/>
        <source>ontvangstbevestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="44"/>
        <source>terugkoppeling over de beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="45"/>
        <source>evaluatiegesprek met de melder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldprocesPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="59"/>
        <source>Formele melding &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="61"/>
        <source>Soort melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="62"/>
        <source>integriteitsschending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="63"/>
        <source>misstand (klokkenluidersregeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="65"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="82"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="70"/>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="71"/>
        <source>Ontvangst bevestigd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="72"/>
        <source>Teruggekoppeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="73"/>
        <source>Besluit op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="74"/>
        <source>Geëvalueerd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="77"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="95"/>
        <source>Procesbegeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="78"/>
        <source>rol, bijvoorbeeld P&amp;O-adviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="81"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="98"/>
        <source>Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="99"/>
        <source>Melding &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="177"/>
        <source>gedaan op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="179"/>
        <source>TE LAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="181"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="184"/>
        <source>Nog geen termijnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="112"/>
        <source>vpdesk bewaart de melding ook vanzelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="123"/>
        <source>Wijzigingen worden bewaard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="171"/>
        <source>Bewaard om {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuController</name>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="96"/>
        <source>Momentopname van de kluis maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="97"/>
        <source>Back-up teruglezen en controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="98"/>
        <source>Klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="117"/>
        <source>Back-up gemaakt en gecontroleerd: {path} ({size}). Bewaar het bestand buiten deze laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="132"/>
        <source>Back-up controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="156"/>
        <source>Back-up terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="162"/>
        <source>De back-up van {created} is teruggezet. Open de kluis met de wachtwoordzin van die back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="166"/>
        <source>De vorige kluis staat, nog versleuteld, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="190"/>
        <source>De sleutel wordt opnieuw afgeleid; dat duurt een paar seconden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="196"/>
        <source>Uw wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="266"/>
        <source>U heeft nog geen back-up gemaakt. Maak er een via Bestand &gt; Back-up maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="270"/>
        <source>Uw laatste back-up is {n} dagen oud. Maak een nieuwe via Bestand &gt; Back-up maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/menu_controller.py" line="143"/>
        <source>Niets teruggezet; de kluis op deze laptop is ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="26"/>
        <source>Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="31"/>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="44"/>
        <source>Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="45"/>
        <source>bijvoorbeeld DGOO/Directie Arbeidszaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="47"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="48"/>
        <source>leeg laten: vpdesk kiest er een</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="49"/>
        <source>&amp;Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="50"/>
        <source>&amp;Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="51"/>
        <source>&amp;Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="59"/>
        <source>Positie van de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="60"/>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="65"/>
        <source>niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="64"/>
        <source>Gender van de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="68"/>
        <source>Po&amp;sitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="69"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="79"/>
        <source>Zaak bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="53"/>
        <source>Nooit de echte naam van de melder: een verzonnen naam of code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="99"/>
        <source>Uw nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="105"/>
        <source>Het maken van nieuwe sleutels werd onderbroken voordat u de nieuwe herstelcode zag. vpdesk heeft het nu afgemaakt en een nieuwe herstelcode gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="113"/>
        <source>Uw kluis heeft nieuwe sleutels. Dit is uw nieuwe herstelcode; u ziet hem maar één keer. Druk hem af of schrijf hem over, bewaar het papier op een veilige plek, gescheiden van uw laptop, en vernietig het oude blad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="125"/>
        <source>Nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="128"/>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="129"/>
        <source>Ik heb de code &amp;bewaard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnBookings</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="40"/>
        <source>geen zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="42"/>
        <source>zaak {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="62"/>
        <source>Reservering van {what} annuleren? De ruimte komt weer vrij voor anderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="68"/>
        <source>Geannuleerd: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="86"/>
        <source>Afspraak opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_mine.py" line="97"/>
        <source>Afspraak opgeslagen in {p} (zonder zaakgegevens).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="11"/>
        <source>Kies een wachtwoordzin van een paar woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="12"/>
        <source>Gebruik minstens 15 tekens, bijvoorbeeld vier losse woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="13"/>
        <source>Te voorspelbaar: vermijd herhaling en bekende woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="14"/>
        <source>Goed genoeg; een woord extra maakt hem sterker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="15"/>
        <source>Sterk genoeg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="17"/>
        <source>Wachtwoordzin wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="19"/>
        <source>Uw aantekeningen blijven zoals ze zijn; alleen de zin waarmee u de kluis opent verandert. Uw herstelcode blijft geldig. Back-ups die u eerder maakte openen met de oude wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="22"/>
        <source>&amp;Wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="27"/>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="31"/>
        <source>Huidige wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/passphrase_dialog.py" line="32"/>
        <source>Nieuwe wachtwoordzin, twee keer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="26"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="29"/>
        <source>Herhaal de wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="34"/>
        <source>Sterkte van de wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="41"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="44"/>
        <source>Herhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="67"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolLoginDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="11"/>
        <source>Inloggen bij de ruimtepool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="16"/>
        <source>De ruimtepool vraagt uw gebruikersnaam en wachtwoord. vpdesk bewaart ze in de sleutelbos van uw computer, of in uw kluis als die er niet is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="23"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="26"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="27"/>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/pool_login_dialog.py" line="28"/>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/recovery_dialog.py" line="13"/>
        <source>Kluis openen met de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/recovery_dialog.py" line="15"/>
        <source>Typ de herstelcode van uw blad over en kies een nieuwe wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/recovery_dialog.py" line="20"/>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="111"/>
        <source>vpdesk herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="44"/>
        <source>Herstelcode voor uw vpdesk-kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="46"/>
        <source>Aangemaakt op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="51"/>
        <source>Met deze code opent u uw kluis als u uw wachtwoordzin vergeten bent. Niemand anders heeft hem: ook IT of uw organisatie niet. Bewaar dit blad op een veilige plek, gescheiden van uw laptop, bijvoorbeeld in een afgesloten kast. Wie deze code en uw kluisbestand heeft, kan uw aantekeningen lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="61"/>
        <source>Maak geen foto, scan of kopie van dit blad en bewaar de code niet in een bestand of e-mail. Een eerder blad is ongeldig zodra u een nieuwe code hebt gekregen: vernietig het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="77"/>
        <source>Herstelcode afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="102"/>
        <source>Geen printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="103"/>
        <source>Er is geen printer ingesteld op deze computer. Schrijf de code met de hand over op papier; bewaar hem niet als bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="118"/>
        <source>Afdrukken mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="119"/>
        <source>De printer kon het blad niet afdrukken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="17"/>
        <source>Verwijzing bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="20"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="29"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="31"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="32"/>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="33"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/referral_dialog.py" line="34"/>
        <source>&amp;Notitie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewKeysDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="26"/>
        <source>Mijn wachtwoordzin of herstelcode is misschien bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="32"/>
        <source>vpdesk maakt nieuwe sleutels voor uw kluis, met een nieuwe wachtwoordzin en een nieuwe herstelcode. Daarna openen de oude wachtwoordzin en de oude herstelcode deze kluis niet meer. De kluis wordt eerst vergrendeld; dit duurt enkele seconden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="41"/>
        <source>Let op: back-ups van vóór vandaag openen nog wel met de oude wachtwoordzin of herstelcode. Vernietig ze, of bewaar ze even veilig als de oude code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="47"/>
        <source>De vervangen kluizen ook &amp;verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="64"/>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="67"/>
        <source>Huidige wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="69"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="74"/>
        <source>&amp;Nieuwe sleutels maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/renew_keys_dialog.py" line="53"/>
        <source>Bij het terugzetten van een back-up bewaarde vpdesk de vervangen kluis in {folders}. Die opent nog met de wachtwoordzin van toen. Let op: daarin kan werk staan dat niet in uw huidige kluis staat (wat u vastlegde na de datum van de teruggezette back-up). Heeft u dat nog nodig, vink dan uit en vraag uw beheerder het eerst terug te halen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="27"/>
        <source>Zet een back-up terug, bijvoorbeeld op een nieuwe laptop. vpdesk controleert het hele bestand voordat het iets vervangt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="37"/>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="81"/>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="37"/>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="41"/>
        <source>Back-upbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="42"/>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="45"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="48"/>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="63"/>
        <source>Wachtwoordzin van de back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="49"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="50"/>
        <source>Ik gebruik de &amp;herstelcode in plaats van de wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="63"/>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="70"/>
        <source>Back-up kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="70"/>
        <source>vpdesk-back-up (*.vpbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="32"/>
        <source>De kluis die nu op deze laptop staat wordt niet gewist: die blijft versleuteld bewaard in een map naast de kluis. Is de kluis open, dan wordt hij pas vergrendeld als de back-up in orde is. Wat u na het maken van de back-up vastlegde, staat niet in de teruggezette kluis; vpdesk noemt de datum van de back-up en vraagt het u voordat het iets vervangt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/restore_dialog.py" line="84"/>
        <source>Deze back-up is van {created}. Wat u daarna vastlegde, staat niet in de teruggezette kluis. De kluis die nu op deze laptop staat, blijft versleuteld bewaard in {folder} (in een map die begint met replaced-); uw beheerder kan hem daaruit terughalen.

De back-up nu terugzetten?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsController</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="68"/>
        <source>Ruimtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="122"/>
        <source>Gesprek plannen voor {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="193"/>
        <source>{n} mogelijkheden op {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="197"/>
        <source>Op {day} is tussen {start} en {end} geen ruimte beschikbaar die past.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="59"/>
        <source>Ruimte zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="81"/>
        <source>Aantal personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="83"/>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="85"/>
        <source>{n} minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="95"/>
        <source>geluiddicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="96"/>
        <source>uit het zicht van collega&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="97"/>
        <source>toegankelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="98"/>
        <source>dicht bij de uitgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="114"/>
        <source>&amp;Reserveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="117"/>
        <source>Ruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="122"/>
        <source>Weekoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="135"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="136"/>
        <source>Vorige week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="138"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="139"/>
        <source>Volgende week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="147"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="150"/>
        <source>Mijn reserveringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="154"/>
        <source>Reservering &amp;annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="155"/>
        <source>Naar eigen agenda (.&amp;ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="64"/>
        <source>Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="66"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="68"/>
        <source>Tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="76"/>
        <source>tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="87"/>
        <source>&amp;Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="88"/>
        <source>Tussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="91"/>
        <source>personen,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="93"/>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="108"/>
        <source>Beschikbare tijden zoeken (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="111"/>
        <source>Beschikbare tijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="124"/>
        <source>Klik op een vrij kwartier, of kies het met de pijltjes en Enter, om te reserveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="227"/>
        <source>Reserveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="115"/>
        <source>De gekozen tijd reserveren (ook: Enter of dubbelklik op een tijd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="233"/>
        <source>Reservering annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="107"/>
        <source>Beschikbare tijden &amp;zoeken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="26"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="33"/>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="35"/>
        <source>Vergrendelen na zoveel minuten zonder gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="37"/>
        <source>Hoogstens {n} minuten (Baseline Informatiebeveiliging Overheid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="43"/>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="53"/>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="46"/>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="47"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="49"/>
        <source>Herinnering aan een back-up na zoveel dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Back-up herinneren na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="68"/>
        <source>ingesteld door uw organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="73"/>
        <source>De taal wisselt meteen. De kluis blijft open en u blijft waar u was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/settings_dialog.py" line="66"/>
        <source>ingesteld door {org}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="69"/>
        <source>Welkom bij vpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="73"/>
        <source>vpdesk bewaart uw aantekeningen als vertrouwenspersoon versleuteld op deze laptop. Alleen u kunt ze openen, met een wachtwoordzin die u nu kiest. Kies een zin van een paar woorden die u onthoudt; hoofdletters of cijfers zijn niet nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="84"/>
        <source>&amp;Oefenkluis openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="85"/>
        <source>Een kluis met verzonnen zaken om het programma te leren kennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="86"/>
        <source>&amp;Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="110"/>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="111"/>
        <source>Groep {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="119"/>
        <source>Uw herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="136"/>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="164"/>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="165"/>
        <source>Typ ter controle twee groepen van uw herstelcode over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="172"/>
        <source>Groep van de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="182"/>
        <source>Bezig met aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="184"/>
        <source>De kluis wordt aangemaakt en de sleutel afgeleid; dat duurt een paar seconden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="190"/>
        <source>&amp;Terug naar de code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="212"/>
        <source>Dat klopt niet. Kijk nog eens naar uw herstelcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="123"/>
        <source>Vergeet u uw wachtwoordzin, dan opent deze code uw kluis. U ziet hem maar één keer. Druk hem af of schrijf hem over, en bewaar het papier op een veilige plek, gescheiden van uw laptop. Bewaar hem niet als bestand of foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="140"/>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="89"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="90"/>
        <source>Op een nieuwe laptop: uw kluis terugzetten uit een back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="81"/>
        <source>Ik ben &amp;coördinator: deze kluis ontvangt de jaarcijfers van anderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="141"/>
        <source>Ik heb de code be&amp;waard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="191"/>
        <source>Kluis &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="12"/>
        <source>Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="13"/>
        <source>Nieuw gesprek in de open zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="14"/>
        <source>Zoeken in alle aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="15"/>
        <source>Agenda: termijnen van meldprocessen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="16"/>
        <source>Wegwijzer zonder zaak: welke route bij een situatie past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Gegevens van de open zaak wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="18"/>
        <source>Inzagedocument voor de melder van de open zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Auditlogboek: wie deed wat, nooit de inhoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="20"/>
        <source>Laatst verwijderde gesprek of verwijzing terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="21"/>
        <source>Nieuwe sleutels en een nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Ruimtes: naar het zoeken van beschikbare tijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Jaarcijfers: naar de keuze van het jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="25"/>
        <source>Afsluiten (bewaart en vergrendelt eerst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="26"/>
        <source>Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>Naar het volgende onderdeel; Shift+Tab terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="28"/>
        <source>Met de onderstreepte letter: die knop of dat menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="69"/>
        <source>Jaarcijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="140"/>
        <source>Vul eerst de sleutel van de coördinator in (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="145"/>
        <source>Export opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="171"/>
        <source>Export geschreven naar {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="179"/>
        <source>Jaarverslag opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="184"/>
        <source>PDF geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="283"/>
        <source>Toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="289"/>
        <source>Exports inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="323"/>
        <source>{ok} ingelezen, {again} al ingelezen, {bad} geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="326"/>
        <source>{ok} ingelezen, {bad} geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="331"/>
        <source>Map voor het jaarverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="345"/>
        <source>Jaarverslag (PDF, ODS en CSV) geschreven in {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="195"/>
        <source>ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="103"/>
        <source>Geef de vertrouwenspersonen deze sleutel; zij vullen hem in bij hun export.
Sleutel: {key}
Vingerafdruk: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="108"/>
        <source>De coördinator vraagt hier één keer om, om uw exports te kunnen controleren.
Sleutel: {key}
Vingerafdruk (voor te lezen aan de telefoon): {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="134"/>
        <source>Vingerafdruk: {fp} (vergelijk met wat de coördinator voorleest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="199"/>
        <source>{name} (verwijderd, cijfers behouden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="204"/>
        <source>K{q}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="207"/>
        <source>Naam wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="207"/>
        <source>Nieuwe naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="221"/>
        <source>Vertrouwenspersoon verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="224"/>
        <source>Nieuwe exports van deze vertrouwenspersoon worden daarna geweigerd. Blijven de cijfers die al zijn ingelezen in de jaarverslagen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="228"/>
        <source>Verwijderen, cijfers &amp;behouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="229"/>
        <source>Verwijderen met alle &amp;cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="249"/>
        <source>Sleutel voor het age-programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="251"/>
        <source>Met dit bestand opent iedereen elke export die aan u is gericht. Bewaar het alleen zolang u het nodig hebt, op een versleutelde schijf of een losse drager; nooit in een gedeelde map of e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="260"/>
        <source>Sleutel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="271"/>
        <source>Sleutel geschreven naar {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="347"/>
        <source>{h} van de {n} cijfers zijn afgeschermd (te klein om te publiceren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="350"/>
        <source>Met de exports van meer vertrouwenspersonen wordt minder afgeschermd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="47"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="72"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="49"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="50"/>
        <source>heel jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="52"/>
        <source>kwartaal {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="68"/>
        <source>Bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="93"/>
        <source>age1… (krijgt u van de coördinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="94"/>
        <source>Sleutel van de coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="95"/>
        <source>Sleutel van de &amp;coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="103"/>
        <source>Voorbeeld van wat de laptop verlaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="104"/>
        <source>Precies dit verlaat uw laptop: alleen aantallen, geen namen of tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="107"/>
        <source>&amp;Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="109"/>
        <source>Eigen &amp;jaarverslag (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="152"/>
        <source>voorgelezen door de vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="154"/>
        <source>Sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="211"/>
        <source>Deze kluis is van de coördinator. Hier leest u de exports van de vertrouwenspersonen in en maakt u het jaarverslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="215"/>
        <source>Gegevens voor de vertrouwenspersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="219"/>
        <source>Hier maakt u de jaarcijfers voor de coördinator: alleen aantallen, geen namen of tekst. Kies het jaar, bekijk het voorbeeld en exporteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="223"/>
        <source>Gegevens voor de coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="155"/>
        <source>Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="156"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="158"/>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="161"/>
        <source>Exports inlezen (ook door bestanden hierheen te slepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="164"/>
        <source>Resultaat per bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="167"/>
        <source>&amp;Inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="168"/>
        <source>&amp;Jaarverslag maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="122"/>
        <source>Vertrouwenspersonen en hun levering over het gekozen jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <source>Geleverd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <source>Vervangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="136"/>
        <source>Levering per vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="139"/>
        <source>Naam &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="140"/>
        <source>Verwij&amp;deren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="141"/>
        <source>Sleutel voor het age-programma &amp;opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="142"/>
        <source>Om een export buiten vpdesk te openen met: age -d -i BESTAND export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="188"/>
        <source>Kies eerst een vertrouwenspersoon in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="108"/>
        <source>Ex&amp;porteren…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="20"/>
        <source>vpdesk is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="26"/>
        <source>Voer uw wachtwoordzin in om uw kluis te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="31"/>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="32"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="37"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="44"/>
        <source>Bezig met ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="47"/>
        <source>Wachtwoordzin &amp;vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="49"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="55"/>
        <source>Oefenkluis openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/unlock_page.py" line="59"/>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="12"/>
        <source>Tekst niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="15"/>
        <source>Deze tekst kon niet worden bewaard: {reason}
Kopieer hem (Ctrl+A, Ctrl+C) naar een andere zaak of kies Niet afsluiten; bij afsluiten zonder bewaren gaat hij verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="23"/>
        <source>De tekst die niet is bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="26"/>
        <source>&amp;Niet afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/unsaved_dialog.py" line="27"/>
        <source>&amp;Afsluiten zonder bewaren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="68"/>
        <source>Mijn afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="68"/>
        <source>Gereserveerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="35"/>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="40"/>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="45"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/work_dialog.py" line="123"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
