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
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="89"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="141"/>
        <source>{shown} van {total} zaken geladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="95"/>
        <source>Geen aantekeningen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="128"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="129"/>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="130"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="131"/>
        <source>Organisatieonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="133"/>
        <source>Geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="134"/>
        <source>Laatste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="112"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="112"/>
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
        <source>N&amp;ieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="43"/>
        <source>Nieuw gesprek (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="44"/>
        <source>Zaak s&amp;luiten…</source>
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
        <location filename="../../vpdesk/ui/controller.py" line="106"/>
        <source>Ingesteld door {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="113"/>
        <source>Wordt actief na herstart / takes effect after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="205"/>
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
        <source>Wann&amp;eer</source>
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
        <location filename="../../vpdesk/ui/desk_controller.py" line="263"/>
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
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="45"/>
        <source>Passende routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="47"/>
        <source>Route om vast te leggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="48"/>
        <source>Verwi&amp;jzing vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="49"/>
        <source>Wegwijzer als PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="50"/>
        <source>Eén pagina voor de melder met de passende routes, zonder zaakgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="100"/>
        <source>(niet van toepassing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="141"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="142"/>
        <source>Past daarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="143"/>
        <source>Past nu niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="162"/>
        <source>Kies de route om vast te leggen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../build/known_errors.py" line="122"/>
        <source>Wrong passphrase.</source>
        <translation>Onjuiste wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="123"/>
        <source>Wrong recovery code.</source>
        <translation>Onjuiste herstelcode.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="102"/>
        <source>The vault is damaged or has been tampered with.</source>
        <translation>De kluis is beschadigd of er is mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="73"/>
        <source>The file {path} cannot be written: {problem}.</source>
        <translation>Het bestand {path} kan niet worden geschreven: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="74"/>
        <source>The fingerprint does not match this key. Check the key and the fingerprint with the adviser.</source>
        <translation>De vingerafdruk hoort niet bij deze sleutel. Controleer de sleutel en de vingerafdruk samen met de vertrouwenspersoon.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="75"/>
        <source>The folder {folder} does not exist or cannot be written.</source>
        <translation>De map {folder} bestaat niet of er kan niet in worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="103"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="59"/>
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
        <location filename="../../build/known_errors.py" line="8"/>
        <source>A coordinator vault has no figures of its own to export.</source>
        <translation>Een coördinatorkluis heeft geen eigen cijfers om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="9"/>
        <source>A date of the meldproces lies in the future.</source>
        <translation>Een datum in het meldproces ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="11"/>
        <source>A main category counts more contacts than its subcategories.</source>
        <translation>Een hoofdcategorie telt meer contacten dan haar subcategorieën.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="12"/>
        <source>A month in the export lies outside its quarter.</source>
        <translation>Een maand in de export valt buiten het kwartaal.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="13"/>
        <source>A month in the export lies outside its year.</source>
        <translation>Een maand in de export valt buiten het jaar.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="14"/>
        <source>A passphrase needs at least {minimum} characters; a few words make a good one.</source>
        <translation>Een wachtwoordzin heeft minstens {minimum} tekens nodig; een paar woorden vormen een goede.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="15"/>
        <source>A quarter in the export lies outside its period.</source>
        <translation>Een kwartaal in de export valt buiten de periode.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="16"/>
        <source>A room pool address starts with https://.</source>
        <translation>Het adres van een ruimtepool begint met https://.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="17"/>
        <source>A room pool server must use https (plain http only on this computer, 127.0.0.1).</source>
        <translation>Een ruimtepoolserver moet https gebruiken (gewoon http alleen op deze computer, 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="18"/>
        <source>A subcategory has no main category.</source>
        <translation>Een subcategorie heeft geen hoofdcategorie.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="19"/>
        <source>An adviser&apos;s own jaarverslag is a PDF only: tables leave the laptop through &apos;export&apos;.</source>
        <translation>Het eigen jaarverslag van een vertrouwenspersoon is alleen een PDF: tabellen verlaten de laptop via &apos;export&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="20"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>Een lege wachtwoordzin is niet toegestaan.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="21"/>
        <source>Booking times need a time zone.</source>
        <translation>Reserveringstijden hebben een tijdzone nodig.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="22"/>
        <source>Booking took too long; nothing was booked. Try again.</source>
        <translation>Reserveren duurde te lang; er is niets gereserveerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="23"/>
        <source>Bookings start and end on a quarter of an hour.</source>
        <translation>Reserveringen beginnen en eindigen op een kwartier.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="24"/>
        <source>Check free space and the disk; everything saved before is intact.</source>
        <translation>Controleer de vrije ruimte en de schijf; alles wat eerder is bewaard, is intact.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="25"/>
        <source>Create one with &apos;vpdesk init&apos; or restore a backup.</source>
        <translation>Maak er een met &apos;vpdesk init&apos; of zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="26"/>
        <source>File descriptor {fd} cannot be read.</source>
        <translation>Bestandsdescriptor {fd} kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="27"/>
        <source>Free some space; everything saved before is intact.</source>
        <translation>Maak ruimte vrij; alles wat eerder is bewaard, is intact.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="28"/>
        <source>Give the coordinator&apos;s key with --to and the FILE to write (or use --preview).</source>
        <translation>Geef de sleutel van de coördinator met --to en het BESTAND om te schrijven (of gebruik --preview).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="29"/>
        <source>Give your adviser code with --vp-code or VPDESK_VP_CODE.</source>
        <translation>Geef uw VP-code met --vp-code of VPDESK_VP_CODE.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="30"/>
        <source>No passphrase given: use a terminal or --passphrase-fd N.</source>
        <translation>Geen wachtwoordzin gegeven: gebruik een terminal of --passphrase-fd N.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="31"/>
        <source>No secret could be read from file descriptor {fd}.</source>
        <translation>Uit bestandsdescriptor {fd} kon geen geheim worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="32"/>
        <source>No trusted adviser has the fingerprint {fingerprint}.</source>
        <translation>Geen vertrouwde vertrouwenspersoon heeft de vingerafdruk {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="33"/>
        <source>Restore it from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Zet een back-up terug met &apos;vpdesk restore BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="34"/>
        <source>Restore it from a backup.</source>
        <translation>Zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="35"/>
        <source>Restore the vault from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation>Zet de kluis terug uit een back-up met &apos;vpdesk restore BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="36"/>
        <source>Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.</source>
        <translation>Zeg wat er geschreven moet worden: --pdf BESTAND, --ods BESTAND en/of --csv MAP.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="37"/>
        <source>That adviser is already trusted ({fingerprint}).</source>
        <translation>Die vertrouwenspersoon wordt al vertrouwd ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="38"/>
        <source>That adviser key is damaged.</source>
        <translation>Die sleutel van de vertrouwenspersoon is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="39"/>
        <source>That booking is not yours to cancel.</source>
        <translation>Die reservering is niet van u; u kunt haar niet annuleren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="41"/>
        <source>That is not a vpdesk adviser key (it starts with &apos;vpdesk-ed25519:&apos;).</source>
        <translation>Dat is geen vpdesk-sleutel van een vertrouwenspersoon (die begint met &apos;vpdesk-ed25519:&apos;).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="42"/>
        <source>That pseudonym is already in use.</source>
        <translation>Dat pseudoniem is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="43"/>
        <source>That room is already booked at that time.</source>
        <translation>Die ruimte is op dat moment al gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="44"/>
        <source>The acknowledgement date lies before the report date.</source>
        <translation>De datum van de ontvangstbevestiging ligt vóór de meldingsdatum.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="45"/>
        <source>The adviser&apos;s fingerprint is malformed.</source>
        <translation>De vingerafdruk van de vertrouwenspersoon is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="46"/>
        <source>The answer to &apos;{qid}&apos; must be true or false.</source>
        <translation>Het antwoord op &apos;{qid}&apos; moet waar of onwaar zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="47"/>
        <source>The answers are not valid JSON: {problem} (line {line}).</source>
        <translation>De antwoorden zijn geen geldige JSON: {problem} (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="48"/>
        <source>The answers must be a JSON object of question id to answer.</source>
        <translation>De antwoorden moeten een JSON-object zijn van vraag-id naar antwoord.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="49"/>
        <source>The backup file {file} did not verify; the current vault is untouched.</source>
        <translation>Het back-upbestand {file} is niet goedgekeurd bij de controle; de huidige kluis is onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="50"/>
        <source>The backup file {file} is damaged or has been tampered with.</source>
        <translation>Het back-upbestand {file} is beschadigd of er is mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="51"/>
        <source>The backup file {file} is damaged or not a vpdesk backup.</source>
        <translation>Het back-upbestand {file} is beschadigd of geen vpdesk-back-up.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="52"/>
        <source>The backup&apos;s key-slot data is damaged.</source>
        <translation>De sleutelgegevens in de back-up zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="53"/>
        <source>The content is nested too deeply: not a vpdesk export.</source>
        <translation>De inhoud is te diep genest: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="54"/>
        <source>The content is not a signed vpdesk export.</source>
        <translation>De inhoud is geen ondertekende vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="55"/>
        <source>The content is not text: not a vpdesk export.</source>
        <translation>De inhoud is geen tekst: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="56"/>
        <source>The content is not valid JSON.</source>
        <translation>De inhoud is geen geldige JSON.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="57"/>
        <source>The content is too large: not a vpdesk export.</source>
        <translation>De inhoud is te groot: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="58"/>
        <source>The decision date lies before the report date.</source>
        <translation>De datum van het besluit ligt vóór de meldingsdatum.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="60"/>
        <source>The evaluation date lies before the decision date.</source>
        <translation>De datum van de evaluatie ligt vóór de datum van het besluit.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="61"/>
        <source>The export does not have the fields of a vpdesk export.</source>
        <translation>De export heeft niet de velden van een vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="62"/>
        <source>The export has been altered (it is not in canonical form).</source>
        <translation>De export is gewijzigd (hij staat niet in canonieke vorm).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="63"/>
        <source>The export is for {year}, a year that has not begun.</source>
        <translation>De export is voor {year}, een jaar dat nog niet begonnen is.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="64"/>
        <source>The export names another adviser than the one who signed it.</source>
        <translation>De export noemt een andere vertrouwenspersoon dan degene die hem ondertekende.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="65"/>
        <source>The export&apos;s tables are not the expected ones.</source>
        <translation>De tabellen van de export zijn niet de verwachte.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="66"/>
        <source>The feedback date lies before the acknowledgement date.</source>
        <translation>De datum van de terugkoppeling ligt vóór de datum van de ontvangstbevestiging.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="67"/>
        <source>The feedback date lies before the report date.</source>
        <translation>De datum van de terugkoppeling ligt vóór de meldingsdatum.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="68"/>
        <source>The field {field} must be a whole number from 0 to {maximum}.</source>
        <translation>Het veld {field} moet een geheel getal van 0 tot en met {maximum} zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="69"/>
        <source>The file cannot be read: {problem}.</source>
        <translation>Het bestand kan niet worden gelezen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="70"/>
        <source>The file is damaged or not a vpdesk export.</source>
        <translation>Het bestand is beschadigd of geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="71"/>
        <source>The file is larger than {kib} KiB: not a vpdesk export.</source>
        <translation>Het bestand is groter dan {kib} KiB: geen vpdesk-export.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="72"/>
        <source>The file is not addressed to this coordinator.</source>
        <translation>Het bestand is niet aan deze coördinator gericht.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="138"/>
        <source>{who}, {period}: imported.</source>
        <translation>{who}, {period}: ingelezen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="139"/>
        <source>{who}, {period}: replaced the earlier import.</source>
        <translation>{who}, {period}: vervangt de eerdere inlezing.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="76"/>
        <source>The key-slot file is damaged.</source>
        <translation>Het sleutelbestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="5"/>
        <source>A booking cannot start in the past.</source>
        <translation>Een reservering kan niet in het verleden beginnen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="40"/>
        <source>That is not a valid coordinator key: it is &apos;age1&apos; followed by 58 letters and digits, as the coordinator gave it.</source>
        <translation>Dat is geen geldige coördinatorsleutel: die bestaat uit &apos;age1&apos; en 58 letters en cijfers, zoals de coördinator hem gaf.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="78"/>
        <source>The minutes must be a whole number of at least 0.</source>
        <translation>Het aantal minuten moet een geheel getal van minstens 0 zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="79"/>
        <source>The policy file {path} cannot be read: {problem}.</source>
        <translation>Het beleidsbestand {path} kan niet worden gelezen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="80"/>
        <source>The quarter must be 0 (whole year) to 4.</source>
        <translation>Het kwartaal moet 0 (heel jaar) tot en met 4 zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="81"/>
        <source>The room pool file {path} is damaged.</source>
        <translation>Het ruimtepoolbestand {path} is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="82"/>
        <source>The room pool refused the login: check the user name and password.</source>
        <translation>De ruimtepool weigerde de aanmelding: controleer gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="83"/>
        <source>The room pool server answered {status} to the booking.</source>
        <translation>De ruimtepoolserver antwoordde {status} op de reservering.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="84"/>
        <source>The room pool server answered {status} to {method}.</source>
        <translation>De ruimtepoolserver antwoordde {status} op {method}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="85"/>
        <source>The room pool server at {host} cannot be reached.</source>
        <translation>De ruimtepoolserver op {host} is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="86"/>
        <source>The signature does not match: the file has been tampered with.</source>
        <translation>De handtekening klopt niet: er is met het bestand geknoeid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="87"/>
        <source>The signer {adviser} is not on the trust list.</source>
        <translation>De ondertekenaar {adviser} staat niet op de lijst van vertrouwde vertrouwenspersonen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="88"/>
        <source>The table category_quarter does not add up to the main categories.</source>
        <translation>De tabel category_quarter telt niet op tot de hoofdcategorieën.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="89"/>
        <source>The table category_quarter is malformed.</source>
        <translation>De tabel category_quarter is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="90"/>
        <source>The table gender counts more contacts than there were conversations.</source>
        <translation>De tabel gender telt meer contacten dan er gesprekken waren.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="91"/>
        <source>The table {name} does not add up to the number of conversations.</source>
        <translation>De tabel {name} telt niet op tot het aantal gesprekken.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="92"/>
        <source>The table {name} has a malformed cell name.</source>
        <translation>De tabel {name} heeft een onjuist gevormde celnaam.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="93"/>
        <source>The table {name} is malformed.</source>
        <translation>De tabel {name} is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="94"/>
        <source>The taxonomy version is malformed.</source>
        <translation>De versie van de taxonomie is onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="95"/>
        <source>The totals are malformed.</source>
        <translation>De totalen zijn onjuist gevormd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="96"/>
        <source>The two entries differ.</source>
        <translation>De twee invoeren verschillen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="97"/>
        <source>The vault cannot be written: check the permissions of the data folder.</source>
        <translation>Er kan niet naar de kluis worden geschreven: controleer de rechten van de gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="98"/>
        <source>The vault could not be written to disk: the last change was not saved.</source>
        <translation>De kluis kon niet naar schijf worden geschreven: de laatste wijziging is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="99"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>De kluis kon niet overschakelen op write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="100"/>
        <source>The vault database is missing.</source>
        <translation>De database van de kluis ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="101"/>
        <source>The vault is busy in another process; try again in a moment.</source>
        <translation>De kluis is bezet door een ander proces; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="104"/>
        <source>The vault is open in another vpdesk window or process: close it first.</source>
        <translation>De kluis is open in een ander vpdesk-venster of -proces: sluit dat eerst.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="105"/>
        <source>The year is out of range.</source>
        <translation>Het jaar valt buiten het bereik.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="106"/>
        <source>The year {year} has not begun yet.</source>
        <translation>Het jaar {year} is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="107"/>
        <source>There is already a vault in {home}.</source>
        <translation>Er staat al een kluis in {home}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="108"/>
        <source>There is no case {case}.</source>
        <translation>Zaak {case} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="109"/>
        <source>There is no client {client}.</source>
        <translation>Cliënt {client} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="110"/>
        <source>There is no conversation {conversation}.</source>
        <translation>Gesprek {conversation} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="111"/>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="112"/>
        <source>There is no formal report {report}.</source>
        <translation>Formele melding {report} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="113"/>
        <source>There is no room &apos;{room}&apos; in the pool.</source>
        <translation>Er is geen ruimte &apos;{room}&apos; in de pool.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="114"/>
        <source>There is no such booking of yours.</source>
        <translation>U heeft geen zodanige reservering.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="115"/>
        <source>There is no such booking.</source>
        <translation>Die reservering bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="116"/>
        <source>There is no vault in {home}.</source>
        <translation>Er staat geen kluis in {home}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="117"/>
        <source>This is an adviser vault; create a coordinator vault with &apos;vpdesk init --coordinator&apos;.</source>
        <translation>Dit is een kluis van een vertrouwenspersoon; maak een coördinatorkluis met &apos;vpdesk init --coordinator&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="118"/>
        <source>Unknown category code &apos;{code}&apos;.</source>
        <translation>Onbekende categoriecode &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="119"/>
        <source>Unknown export version {version}; this vpdesk reads {supported}.</source>
        <translation>Onbekende exportversie {version}; deze vpdesk leest {supported}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="120"/>
        <source>Unknown question &apos;{qid}&apos;.</source>
        <translation>Onbekende vraag &apos;{qid}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="121"/>
        <source>Update vpdesk, or ask the adviser to export with the same version.</source>
        <translation>Werk vpdesk bij, of vraag de vertrouwenspersoon te exporteren met dezelfde versie.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="124"/>
        <source>Your own bookings are shown read-only; nothing was booked or cancelled.</source>
        <translation>Uw eigen reserveringen worden alleen-lezen getoond; er is niets gereserveerd of geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="125"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, regel {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="126"/>
        <source>{file}: cannot be read ({problem}).</source>
        <translation>{file}: kan niet worden gelezen ({problem}).</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="127"/>
        <source>{file}: not a UTF-8 text file.</source>
        <translation>{file}: geen UTF-8-tekstbestand.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="128"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="129"/>
        <source>{source}: &apos;{name}&apos; must be a number.</source>
        <translation>{source}: &apos;{name}&apos; moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="130"/>
        <source>{source}: &apos;{name}&apos; must be a whole number.</source>
        <translation>{source}: &apos;{name}&apos; moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="131"/>
        <source>{source}: &apos;{name}&apos; must be text.</source>
        <translation>{source}: &apos;{name}&apos; moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="132"/>
        <source>{source}: &apos;{name}&apos; must be true or false.</source>
        <translation>{source}: &apos;{name}&apos; moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="133"/>
        <source>{source}: category &apos;{code}&apos; names an unknown parent &apos;{parent}&apos;.</source>
        <translation>{source}: categorie &apos;{code}&apos; noemt een onbekende bovenliggende categorie &apos;{parent}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="134"/>
        <source>{source}: category {number} lacks the field {problem}.</source>
        <translation>{source}: categorie {number} mist het veld {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="135"/>
        <source>{source}: unknown setting &apos;{name}&apos;.</source>
        <translation>{source}: onbekende instelling &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="136"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="137"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="77"/>
        <source>The key-slot file of the vault is missing.</source>
        <translation>Het sleutelbestand van de kluis ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="7"/>
        <source>A case needs at least one category.</source>
        <translation>Een zaak heeft minstens één categorie nodig.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="10"/>
        <source>A duration cannot be negative.</source>
        <translation>Een duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="22"/>
        <source>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</source>
        <translation>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{option} cannot change &apos;{name}&apos;: {organisation} sets it in the machine policy.</source>
        <translation>{option} kan &apos;{name}&apos; niet wijzigen: {organisation} legt die vast in het machinebeleid.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source} is not UTF-8 text (line {line} holds byte 0x{byte}): save it as UTF-8.</source>
        <translation>{source} is geen UTF-8-tekst (regel {line} bevat byte 0x{byte}): sla het bestand op als UTF-8.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source} starts with a byte-order mark (BOM): save it as UTF-8 without BOM.</source>
        <translation>{source} begint met een byte-order mark (BOM): sla het bestand op als UTF-8 zonder BOM.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;organisation&apos; must be the organisation&apos;s name as text.</source>
        <translation>{source}: &apos;organisation&apos; moet de naam van de organisatie als tekst zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;settings&apos; must be the table [settings].</source>
        <translation>{source}: &apos;settings&apos; moet de tabel [settings] zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; is &quot;{value}&quot;; allowed: {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; is &quot;{value}&quot;; toegestaan: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; is no longer used ({why}); remove the line.</source>
        <translation>{source}: &apos;{name}&apos; wordt niet meer gebruikt ({why}); verwijder de regel.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; is {value}, outside the allowed range {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; is {value}, buiten het toegestane bereik {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; must be a number from {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; moet een getal van {allowed} zijn.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; must be text: {allowed}.</source>
        <translation>{source}: &apos;{name}&apos; moet tekst zijn: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; stands above the [settings] table; move it under [settings].</source>
        <translation>{source}: &apos;{name}&apos; staat boven de tabel [settings]; zet de regel onder [settings].</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: unknown table [{name}]; the keys belong under [settings].</source>
        <translation>{source}: onbekende tabel [{name}]; de instellingen horen onder [settings].</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>The policy file {path} does not exist.</source>
        <translation>Het beleidsbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>This is a packaged build: it refuses {name}, which only development builds read. Unset it.</source>
        <translation>Dit is een geïnstalleerde versie: die weigert {name}, dat alleen ontwikkelversies lezen. Verwijder de variabele.</translation>
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
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="40"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="43"/>
        <source>Herhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="66"/>
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
        <location filename="../../vpdesk/ui/rooms_controller.py" line="61"/>
        <source>Ruimtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="96"/>
        <source>Gesprek plannen voor {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="149"/>
        <source>Geen vrije ruimte gevonden in de komende twee weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="167"/>
        <source>Gereserveerd: {room}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="202"/>
        <source>Geannuleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="214"/>
        <source>Afspraak opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="226"/>
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
        <source>Reservering &amp;annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="94"/>
        <source>Naar eigen agenda (.&amp;ics)…</source>
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
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="178"/>
        <source>De kluis wordt aangemaakt en de sleutel afgeleid; dat duurt een paar seconden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="183"/>
        <source>&amp;Terug naar de code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="184"/>
        <source>&amp;Kluis aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="205"/>
        <source>Dat klopt niet. Kijk nog eens naar uw herstelcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="48"/>
        <source>Jaarcijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="62"/>
        <source>coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="62"/>
        <source>vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="64"/>
        <source>Deze kluis: {role}. Sleutel: {key}
Vingerafdruk (voor te lezen aan de telefoon): {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="90"/>
        <source>Vul eerst de sleutel van de coördinator in (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="96"/>
        <source>Export opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="109"/>
        <source>Export geschreven naar {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="115"/>
        <source>Jaarverslag opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="131"/>
        <source>PDF geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="148"/>
        <source>Toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="153"/>
        <source>Exports inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="165"/>
        <source>{ok} ingelezen, {bad} geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="171"/>
        <source>Map voor het jaarverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="193"/>
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
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="82"/>
        <source>Voorbeeld van wat de laptop verlaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="83"/>
        <source>Precies dit verlaat uw laptop: alleen aantallen, geen namen of tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="86"/>
        <source>&amp;Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="87"/>
        <source>&amp;Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="88"/>
        <source>Eigen &amp;jaarverslag (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="101"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="104"/>
        <source>Vertrouwde vertrouwenspersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="110"/>
        <source>voorgelezen door de vertrouwenspersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="112"/>
        <source>Sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="113"/>
        <source>Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="114"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="116"/>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="119"/>
        <source>Exports inlezen (ook door bestanden hierheen te slepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="122"/>
        <source>Resultaat per bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="125"/>
        <source>&amp;Inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
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
