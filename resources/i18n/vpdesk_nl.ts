<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="17"/>
        <source>Agenda: termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="20"/>
        <source>Termijnen die verlopen zijn of binnen twee weken verlopen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="22"/>
        <source>Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="26"/>
        <source>{n} dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="28"/>
        <source>nog {n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="38"/>
        <source>Geen termijnen die aandacht vragen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="39"/>
        <source>Filter op status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="40"/>
        <source>Alle zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="41"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="42"/>
        <source>Gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="44"/>
        <source>Filter op categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="45"/>
        <source>Alle categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="51"/>
        <source>Filter op periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="52"/>
        <source>Elke periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="53"/>
        <source>Afgelopen 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="54"/>
        <source>Afgelopen 12 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="55"/>
        <source>Dit jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="56"/>
        <source>Vorig jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="63"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="88"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="140"/>
        <source>{shown} van {total} zaken geladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="94"/>
        <source>Geen aantekeningen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="119"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="120"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="121"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="122"/>
        <source>Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="123"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="124"/>
        <source>Geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="125"/>
        <source>Laatste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="103"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="103"/>
        <source>gesloten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="81"/>
        <source>Wegwijzer opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="38"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="41"/>
        <source>Gegevens van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="42"/>
        <source>Nieuw &amp;gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="43"/>
        <source>Nieuw gesprek (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="44"/>
        <source>Zaak &amp;sluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="45"/>
        <source>Gesprek &amp;plannen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="46"/>
        <source>Een ruimte reserveren voor een gesprek over deze zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="48"/>
        <source>Tijdlijn van gesprekken en verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="54"/>
        <source>&amp;Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="55"/>
        <source>&amp;Wegwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="56"/>
        <source>&amp;Meldproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="57"/>
        <source>Kies links een zaak, of maak een nieuwe zaak met Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="106"/>
        <source>Zaak {id} · {categories} · {org} · geopend {opened} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="109"/>
        <source>geen organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="120"/>
        <source>{when} · gesprek, {kind}, {channel}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="131"/>
        <source>{when} · verwezen naar {route}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="17"/>
        <source>Zaak sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="20"/>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="26"/>
        <source>Datum van sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="27"/>
        <source>&amp;Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="28"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="105"/>
        <source>Ingesteld door {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="112"/>
        <source>Wordt actief na herstart / takes effect after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="190"/>
        <source>Bij het vergrendelen is niet alles bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="38"/>
        <source>Datum en tijd van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="42"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="43"/>
        <source>Duur in minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="45"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="49"/>
        <source>Eerste of vervolgcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="53"/>
        <source>Aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="55"/>
        <source>Aantekeningen van het gesprek. vpdesk bewaart ze vanzelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="57"/>
        <source>Opslagstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="62"/>
        <source>&amp;Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="63"/>
        <source>&amp;Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="65"/>
        <source>&amp;Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="66"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="88"/>
        <source>Wijzigingen worden bewaard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="127"/>
        <source>Bewaard om {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="97"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="262"/>
        <source>Niet bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="23"/>
        <source>Zoeken in alle aantekeningen (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="24"/>
        <source>Zoeken in aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="26"/>
        <source>&amp;Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="27"/>
        <source>Nieuwe zaak (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="28"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="29"/>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="33"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="34"/>
        <source>Termijnen van meldprocessen (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="42"/>
        <source>Passende routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="44"/>
        <source>Route om vast te leggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="45"/>
        <source>Verwijzing &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="46"/>
        <source>Wegwijzer als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="47"/>
        <source>Eén pagina voor de melder met de passende routes, zonder zaakgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="82"/>
        <source>(niet van toepassing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="122"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="123"/>
        <source>Past daarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="124"/>
        <source>Past nu niet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="15"/>
        <source>Wrong passphrase.</source>
        <translation>Onjuiste wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="16"/>
        <source>Wrong recovery code.</source>
        <translation>Onjuiste herstelcode.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="17"/>
        <source>The vault is damaged or has been tampered with.</source>
        <translation>De kluis is beschadigd of er is mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="18"/>
        <source>Restore it from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Zet een reservekopie terug met &apos;vpdesk restore BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="19"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="20"/>
        <source>The disk is full: the last change was not saved.</source>
        <translation>De schijf is vol: de laatste wijziging is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="21"/>
        <source>The vault could not be written to disk: the last change was not saved.</source>
        <translation>De kluis kon niet naar schijf worden geschreven: de laatste wijziging is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="22"/>
        <source>The vault is open in another vpdesk window or process: close it first.</source>
        <translation>De kluis is open in een ander vpdesk-venster of -proces: sluit dat eerst.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="23"/>
        <source>The key-slot file of the vault is missing.</source>
        <translation>Het sleutelbestand van de kluis ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="24"/>
        <source>A case needs at least one category.</source>
        <translation>Een zaak heeft minstens één categorie nodig.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="25"/>
        <source>A duration cannot be negative.</source>
        <translation>Een duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="37"/>
        <source>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="19"/>
        <source>OEFENKLUIS · alle zaken en namen zijn verzonnen · niet voor echte aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="22"/>
        <source>Oefenkluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="27"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="32"/>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="75"/>
        <source>OEFENKLUIS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldproces</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="29"/>
        <source>voorfase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="30"/>
        <source>melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="31"/>
        <source>onderzoek (BIPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="32"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="33"/>
        <source>evaluatie en nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="39"/>
        <source>ontvangstbevestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="40"/>
        <source>terugkoppeling over de beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="41"/>
        <source>evaluatiegesprek met de melder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldprocesPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="52"/>
        <source>Formele melding &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="54"/>
        <source>Soort melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="55"/>
        <source>integriteitsschending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="56"/>
        <source>misstand (klokkenluidersregeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="58"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="75"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="63"/>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="64"/>
        <source>Ontvangst bevestigd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="65"/>
        <source>Teruggekoppeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="66"/>
        <source>Besluit op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="67"/>
        <source>Geëvalueerd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="70"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="86"/>
        <source>Procesbegeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="71"/>
        <source>rol, bijvoorbeeld P&amp;O-adviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="74"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="89"/>
        <source>Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="90"/>
        <source>Melding &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="121"/>
        <source>gedaan op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="123"/>
        <source>TE LAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="125"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="128"/>
        <source>Nog geen termijnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="22"/>
        <source>Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="27"/>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="40"/>
        <source>Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="41"/>
        <source>bijvoorbeeld DGOO/Directie Arbeidszaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="43"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="44"/>
        <source>leeg laten: vpdesk kiest er een</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="45"/>
        <source>&amp;Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="46"/>
        <source>&amp;Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="47"/>
        <source>&amp;Pseudoniem</source>
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
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="39"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="42"/>
        <source>Herhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="65"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
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
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="17"/>
        <source>vpdesk herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="34"/>
        <source>Herstelcode voor uw vpdesk-kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="36"/>
        <source>Aangemaakt op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="41"/>
        <source>Met deze code opent u uw kluis als u uw wachtwoordzin vergeten bent. Niemand anders heeft hem: ook IT of uw organisatie niet. Bewaar dit blad op een veilige plek, gescheiden van uw laptop, bijvoorbeeld in een afgesloten kast. Wie deze code en uw kluisbestand heeft, kan uw aantekeningen lezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsController</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="60"/>
        <source>Ruimtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="94"/>
        <source>Gesprek plannen voor {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="146"/>
        <source>Geen vrije ruimte gevonden in de komende twee weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="164"/>
        <source>Gereserveerd: {room}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="199"/>
        <source>Geannuleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="211"/>
        <source>Afspraak opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="218"/>
        <source>Afspraak opgeslagen in {p} (zonder zaakgegevens).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="40"/>
        <source>Ruimte zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="45"/>
        <source>Aantal personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="47"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="63"/>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="49"/>
        <source>{n} minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="52"/>
        <source>geluiddicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="53"/>
        <source>uit het zicht van collega&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="54"/>
        <source>toegankelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="55"/>
        <source>dicht bij de uitgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="62"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="64"/>
        <source>&amp;Zoek vrije tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="67"/>
        <source>Vrije tijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="69"/>
        <source>&amp;Reserveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="72"/>
        <source>Ruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="75"/>
        <source>Weekoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="80"/>
        <source>Vorige week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="82"/>
        <source>Volgende week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="87"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="90"/>
        <source>Mijn reserveringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="93"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="94"/>
        <source>Naar eigen &amp;agenda (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="68"/>
        <source>Welkom bij vpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="72"/>
        <source>vpdesk bewaart uw aantekeningen als vertrouwenspersoon versleuteld op deze laptop. Alleen u kunt ze openen, met een wachtwoordzin die u nu kiest. Kies een zin van een paar woorden die u onthoudt; hoofdletters of cijfers zijn niet nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="81"/>
        <source>&amp;Oefenkluis openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="82"/>
        <source>Een kluis met verzonnen zaken om het programma te leren kennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="83"/>
        <source>&amp;Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="103"/>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="104"/>
        <source>Groep {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="112"/>
        <source>Uw herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="116"/>
        <source>Vergeet u uw wachtwoordzin, dan opent deze code uw kluis. U ziet hem maar één keer. Sla hem op als PDF en print hem, of schrijf hem over, en bewaar hem gescheiden van uw laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="128"/>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="132"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="133"/>
        <source>Ik heb de code &amp;bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="146"/>
        <source>Herstelcode opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="159"/>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="160"/>
        <source>Typ ter controle twee groepen van uw herstelcode over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="167"/>
        <source>Groep van de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="177"/>
        <source>Bezig met aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="180"/>
        <source>&amp;Terug naar de code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="181"/>
        <source>&amp;Kluis aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="202"/>
        <source>Dat klopt niet. Kijk nog eens naar uw herstelcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="47"/>
        <source>Jaarcijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="57"/>
        <source>coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="57"/>
        <source>vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="59"/>
        <source>Deze kluis: {role}. Sleutel: {key}
Vingerafdruk (voor te lezen aan de telefoon): {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="83"/>
        <source>Vul eerst de sleutel van de coördinator in (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="89"/>
        <source>Export opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="100"/>
        <source>Export geschreven naar {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="106"/>
        <source>Jaarverslag opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="122"/>
        <source>PDF geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="139"/>
        <source>Toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="144"/>
        <source>Exports inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="156"/>
        <source>{ok} ingelezen, {bad} geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="162"/>
        <source>Map voor het jaarverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="184"/>
        <source>Jaarverslag (PDF, ODS en CSV) geschreven in {p}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="40"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="56"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="42"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="43"/>
        <source>heel jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="45"/>
        <source>kwartaal {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="52"/>
        <source>Bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="76"/>
        <source>Sleutel van de coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="77"/>
        <source>Sleutel van de &amp;coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="81"/>
        <source>Voorbeeld van wat de laptop verlaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="82"/>
        <source>Precies dit verlaat uw laptop: alleen aantallen, geen namen of tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="85"/>
        <source>&amp;Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="86"/>
        <source>&amp;Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="87"/>
        <source>Eigen &amp;jaarverslag (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="100"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="103"/>
        <source>Vertrouwde vertrouwenspersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="109"/>
        <source>voorgelezen door de vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="111"/>
        <source>Sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="112"/>
        <source>Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="113"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="115"/>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="118"/>
        <source>Exports inlezen (ook door bestanden hierheen te slepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="121"/>
        <source>Resultaat per bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="124"/>
        <source>&amp;Inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="125"/>
        <source>&amp;Jaarverslag maken…</source>
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
    <name>WeekModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="63"/>
        <source>Mijn afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="63"/>
        <source>Gereserveerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
