<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="17"/>
        <source>Agenda: termijnen</source>
        <translation>Agenda: deadlines</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="20"/>
        <source>Termijnen die verlopen zijn of binnen twee weken verlopen:</source>
        <translation>Deadlines that have passed or pass within two weeks:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="22"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="26"/>
        <source>{n} dagen te laat</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="28"/>
        <source>nog {n} dagen</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/agenda_dialog.py" line="38"/>
        <source>Geen termijnen die aandacht vragen.</source>
        <translation>No deadlines need attention.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="39"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="40"/>
        <source>Alle zaken</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="41"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="42"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="44"/>
        <source>Filter op categorie</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="45"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="51"/>
        <source>Filter op periode</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="52"/>
        <source>Elke periode</source>
        <translation>Any period</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="53"/>
        <source>Afgelopen 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="54"/>
        <source>Afgelopen 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="55"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="56"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="63"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="89"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="141"/>
        <source>{shown} van {total} zaken geladen</source>
        <translation>{shown} of {total} cases loaded</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_list_panel.py" line="95"/>
        <source>Geen aantekeningen gevonden.</source>
        <translation>No notes found.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="128"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="129"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="130"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="131"/>
        <source>Organisatieonderdeel</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="133"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="134"/>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="112"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/case_table.py" line="112"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="81"/>
        <source>Wegwijzer opslaan</source>
        <translation>Save signpost</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/case_tools.py" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="38"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="41"/>
        <source>Gegevens van de zaak</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="42"/>
        <source>N&amp;ieuw gesprek</source>
        <translation>New con&amp;versation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="43"/>
        <source>Nieuw gesprek (Ctrl+Shift+N)</source>
        <translation>New conversation (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="44"/>
        <source>Zaak s&amp;luiten…</source>
        <translation>Cl&amp;ose case…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="45"/>
        <source>Gesprek &amp;plannen…</source>
        <translation>&amp;Plan conversation…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="46"/>
        <source>Een ruimte reserveren voor een gesprek over deze zaak</source>
        <translation>Book a room for a conversation on this case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="48"/>
        <source>Tijdlijn van gesprekken en verwijzingen</source>
        <translation>Timeline of conversations and referrals</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="54"/>
        <source>&amp;Gesprek</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="55"/>
        <source>&amp;Wegwijzer</source>
        <translation>&amp;Signpost</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="56"/>
        <source>&amp;Meldproces</source>
        <translation>&amp;Reporting process</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="57"/>
        <source>Kies links een zaak, of maak een nieuwe zaak met Ctrl+N.</source>
        <translation>Pick a case on the left, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="106"/>
        <source>Zaak {id} · {categories} · {org} · geopend {opened} · {status}</source>
        <translation>Case {id} · {categories} · {org} · opened {opened} · {status}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="109"/>
        <source>geen organisatieonderdeel</source>
        <translation>no org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="120"/>
        <source>{when} · gesprek, {kind}, {channel}, {minutes} min</source>
        <translation>{when} · conversation, {kind}, {channel}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/case_view.py" line="131"/>
        <source>{when} · verwezen naar {route}</source>
        <translation>{when} · referred to {route}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="17"/>
        <source>Zaak sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="20"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="26"/>
        <source>Datum van sluiten</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="27"/>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/close_case_dialog.py" line="28"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="106"/>
        <source>Ingesteld door {org}</source>
        <translation>Set by {org}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="113"/>
        <source>Wordt actief na herstart / takes effect after a restart</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/controller.py" line="205"/>
        <source>Bij het vergrendelen is niet alles bewaard: {reason}</source>
        <translation>Not everything was saved when locking: {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="38"/>
        <source>Datum en tijd van het gesprek</source>
        <translation>Date and time of the conversation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="42"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="43"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="45"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="49"/>
        <source>Eerste of vervolgcontact</source>
        <translation>First or follow-up contact</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="53"/>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="55"/>
        <source>Aantekeningen van het gesprek. vpdesk bewaart ze vanzelf.</source>
        <translation>Notes of the conversation. vpdesk saves them by itself.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="57"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="62"/>
        <source>Wann&amp;eer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="63"/>
        <source>&amp;Duur</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="65"/>
        <source>&amp;Kanaal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="66"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="88"/>
        <source>Wijzigingen worden bewaard…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/conversation_editor.py" line="127"/>
        <source>Bewaard om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="97"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/desk_controller.py" line="263"/>
        <source>Niet bewaard: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="23"/>
        <source>Zoeken in alle aantekeningen (Ctrl+F)</source>
        <translation>Search all notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="24"/>
        <source>Zoeken in aantekeningen</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="26"/>
        <source>&amp;Nieuwe zaak</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="27"/>
        <source>Nieuwe zaak (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="28"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="29"/>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="33"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/desk_page.py" line="34"/>
        <source>Termijnen van meldprocessen (Ctrl+G)</source>
        <translation>Deadlines of reporting processes (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="45"/>
        <source>Passende routes</source>
        <translation>Fitting routes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="47"/>
        <source>Route om vast te leggen</source>
        <translation>Route to record</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="48"/>
        <source>Verwi&amp;jzing vastleggen</source>
        <translation>Record re&amp;ferral</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="49"/>
        <source>Wegwijzer als PD&amp;F…</source>
        <translation>Signpost as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="50"/>
        <source>Eén pagina voor de melder met de passende routes, zonder zaakgegevens</source>
        <translation>One page for the melder with the fitting routes, without case details</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="100"/>
        <source>(niet van toepassing)</source>
        <translation>(not applicable)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="141"/>
        <source>Past</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="142"/>
        <source>Past daarna</source>
        <translation>Fits afterwards</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="143"/>
        <source>Past nu niet</source>
        <translation>Does not fit now</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/guide_panel.py" line="162"/>
        <source>Kies de route om vast te leggen…</source>
        <translation>Choose the route to record…</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../build/known_errors.py" line="122"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="123"/>
        <source>Wrong recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="102"/>
        <source>The vault is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="73"/>
        <source>The file {path} cannot be written: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="74"/>
        <source>The fingerprint does not match this key. Check the key and the fingerprint with the adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="75"/>
        <source>The folder {folder} does not exist or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="103"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="59"/>
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
        <location filename="../../build/known_errors.py" line="8"/>
        <source>A coordinator vault has no figures of its own to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="9"/>
        <source>A date of the meldproces lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="11"/>
        <source>A main category counts more contacts than its subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="12"/>
        <source>A month in the export lies outside its quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="13"/>
        <source>A month in the export lies outside its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="14"/>
        <source>A passphrase needs at least {minimum} characters; a few words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="15"/>
        <source>A quarter in the export lies outside its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="16"/>
        <source>A room pool address starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="17"/>
        <source>A room pool server must use https (plain http only on this computer, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="18"/>
        <source>A subcategory has no main category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="19"/>
        <source>An adviser&apos;s own jaarverslag is a PDF only: tables leave the laptop through &apos;export&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="20"/>
        <source>An empty passphrase is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="21"/>
        <source>Booking times need a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="22"/>
        <source>Booking took too long; nothing was booked. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="23"/>
        <source>Bookings start and end on a quarter of an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="24"/>
        <source>Check free space and the disk; everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="25"/>
        <source>Create one with &apos;vpdesk init&apos; or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="26"/>
        <source>File descriptor {fd} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="27"/>
        <source>Free some space; everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="28"/>
        <source>Give the coordinator&apos;s key with --to and the FILE to write (or use --preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="29"/>
        <source>Give your adviser code with --vp-code or VPDESK_VP_CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="30"/>
        <source>No passphrase given: use a terminal or --passphrase-fd N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="31"/>
        <source>No secret could be read from file descriptor {fd}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="32"/>
        <source>No trusted adviser has the fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="33"/>
        <source>Restore it from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="34"/>
        <source>Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="35"/>
        <source>Restore the vault from a backup with &apos;vpdesk restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="36"/>
        <source>Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="37"/>
        <source>That adviser is already trusted ({fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="38"/>
        <source>That adviser key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="39"/>
        <source>That booking is not yours to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="41"/>
        <source>That is not a vpdesk adviser key (it starts with &apos;vpdesk-ed25519:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="42"/>
        <source>That pseudonym is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="43"/>
        <source>That room is already booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="44"/>
        <source>The acknowledgement date lies before the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="45"/>
        <source>The adviser&apos;s fingerprint is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="46"/>
        <source>The answer to &apos;{qid}&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="47"/>
        <source>The answers are not valid JSON: {problem} (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="48"/>
        <source>The answers must be a JSON object of question id to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="49"/>
        <source>The backup file {file} did not verify; the current vault is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="50"/>
        <source>The backup file {file} is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="51"/>
        <source>The backup file {file} is damaged or not a vpdesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="52"/>
        <source>The backup&apos;s key-slot data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="53"/>
        <source>The content is nested too deeply: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="54"/>
        <source>The content is not a signed vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="55"/>
        <source>The content is not text: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="56"/>
        <source>The content is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="57"/>
        <source>The content is too large: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="58"/>
        <source>The decision date lies before the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="60"/>
        <source>The evaluation date lies before the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="61"/>
        <source>The export does not have the fields of a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="62"/>
        <source>The export has been altered (it is not in canonical form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="63"/>
        <source>The export is for {year}, a year that has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="64"/>
        <source>The export names another adviser than the one who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="65"/>
        <source>The export&apos;s tables are not the expected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="66"/>
        <source>The feedback date lies before the acknowledgement date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="67"/>
        <source>The feedback date lies before the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="68"/>
        <source>The field {field} must be a whole number from 0 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="69"/>
        <source>The file cannot be read: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="70"/>
        <source>The file is damaged or not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="71"/>
        <source>The file is larger than {kib} KiB: not a vpdesk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="72"/>
        <source>The file is not addressed to this coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="138"/>
        <source>{who}, {period}: imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="139"/>
        <source>{who}, {period}: replaced the earlier import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="76"/>
        <source>The key-slot file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="5"/>
        <source>A booking cannot start in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="40"/>
        <source>That is not a valid coordinator key: it is &apos;age1&apos; followed by 58 letters and digits, as the coordinator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="78"/>
        <source>The minutes must be a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="79"/>
        <source>The policy file {path} cannot be read: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="80"/>
        <source>The quarter must be 0 (whole year) to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="81"/>
        <source>The room pool file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="82"/>
        <source>The room pool refused the login: check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="83"/>
        <source>The room pool server answered {status} to the booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="84"/>
        <source>The room pool server answered {status} to {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="85"/>
        <source>The room pool server at {host} cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="86"/>
        <source>The signature does not match: the file has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="87"/>
        <source>The signer {adviser} is not on the trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="88"/>
        <source>The table category_quarter does not add up to the main categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="89"/>
        <source>The table category_quarter is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="90"/>
        <source>The table gender counts more contacts than there were conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="91"/>
        <source>The table {name} does not add up to the number of conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="92"/>
        <source>The table {name} has a malformed cell name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="93"/>
        <source>The table {name} is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="94"/>
        <source>The taxonomy version is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="95"/>
        <source>The totals are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="96"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="97"/>
        <source>The vault cannot be written: check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="98"/>
        <source>The vault could not be written to disk: the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="99"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="100"/>
        <source>The vault database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="101"/>
        <source>The vault is busy in another process; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="104"/>
        <source>The vault is open in another vpdesk window or process: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="105"/>
        <source>The year is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="106"/>
        <source>The year {year} has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="107"/>
        <source>There is already a vault in {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="108"/>
        <source>There is no case {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="109"/>
        <source>There is no client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="110"/>
        <source>There is no conversation {conversation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="111"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="112"/>
        <source>There is no formal report {report}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="113"/>
        <source>There is no room &apos;{room}&apos; in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="114"/>
        <source>There is no such booking of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="115"/>
        <source>There is no such booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="116"/>
        <source>There is no vault in {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="117"/>
        <source>This is an adviser vault; create a coordinator vault with &apos;vpdesk init --coordinator&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="118"/>
        <source>Unknown category code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="119"/>
        <source>Unknown export version {version}; this vpdesk reads {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="120"/>
        <source>Unknown question &apos;{qid}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="121"/>
        <source>Update vpdesk, or ask the adviser to export with the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="124"/>
        <source>Your own bookings are shown read-only; nothing was booked or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="125"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="126"/>
        <source>{file}: cannot be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="127"/>
        <source>{file}: not a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="128"/>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="129"/>
        <source>{source}: &apos;{name}&apos; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="130"/>
        <source>{source}: &apos;{name}&apos; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="131"/>
        <source>{source}: &apos;{name}&apos; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="132"/>
        <source>{source}: &apos;{name}&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="133"/>
        <source>{source}: category &apos;{code}&apos; names an unknown parent &apos;{parent}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="134"/>
        <source>{source}: category {number} lacks the field {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="135"/>
        <source>{source}: unknown setting &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="136"/>
        <source>{source}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="137"/>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="77"/>
        <source>The key-slot file of the vault is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="7"/>
        <source>A case needs at least one category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="10"/>
        <source>A duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/errors.py" line="22"/>
        <source>Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand.</source>
        <translation>Something unexpected went wrong. Your data is safe; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{option} cannot change &apos;{name}&apos;: {organisation} sets it in the machine policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source} is not UTF-8 text (line {line} holds byte 0x{byte}): save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source} starts with a byte-order mark (BOM): save it as UTF-8 without BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;organisation&apos; must be the organisation&apos;s name as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;settings&apos; must be the table [settings].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; is &quot;{value}&quot;; allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; is no longer used ({why}); remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; is {value}, outside the allowed range {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; must be a number from {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; must be text: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: &apos;{name}&apos; stands above the [settings] table; move it under [settings].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>{source}: unknown table [{name}]; the keys belong under [settings].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>The policy file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/known_errors.py" line="1"/>
        <source>This is a packaged build: it refuses {name}, which only development builds read. Unset it.</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="19"/>
        <source>OEFENKLUIS · alle zaken en namen zijn verzonnen · niet voor echte aantekeningen</source>
        <translation>PRACTICE VAULT · all cases and names are made up · not for real notes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="22"/>
        <source>Oefenkluis</source>
        <translation>Practice vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="27"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="32"/>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/main_window.py" line="75"/>
        <source>OEFENKLUIS</source>
        <translation>PRACTICE VAULT</translation>
    </message>
</context>
<context>
    <name>Meldproces</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="29"/>
        <source>voorfase</source>
        <translation>before the report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="30"/>
        <source>melding</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="31"/>
        <source>onderzoek (BIPO)</source>
        <translation>investigation (BIPO)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="32"/>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="33"/>
        <source>evaluatie en nazorg</source>
        <translation>evaluation and aftercare</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="39"/>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="40"/>
        <source>terugkoppeling over de beoordeling</source>
        <translation>feedback on the assessment</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="41"/>
        <source>evaluatiegesprek met de melder</source>
        <translation>evaluation conversation with the melder</translation>
    </message>
</context>
<context>
    <name>MeldprocesPanel</name>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="52"/>
        <source>Formele melding &amp;toevoegen</source>
        <translation>&amp;Add a formal report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="54"/>
        <source>Soort melding</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="55"/>
        <source>integriteitsschending</source>
        <translation>integrity violation</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="56"/>
        <source>misstand (klokkenluidersregeling)</source>
        <translation>wrongdoing (whistleblower scheme)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="58"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="75"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="63"/>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="64"/>
        <source>Ontvangst bevestigd op</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="65"/>
        <source>Teruggekoppeld op</source>
        <translation>Feedback given on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="66"/>
        <source>Besluit op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="67"/>
        <source>Geëvalueerd op</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="70"/>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="86"/>
        <source>Procesbegeleider</source>
        <translation>Process guide</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="71"/>
        <source>rol, bijvoorbeeld P&amp;O-adviseur</source>
        <translation>role, for example HR adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="74"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="89"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="90"/>
        <source>Melding &amp;opslaan</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="121"/>
        <source>gedaan op {d}</source>
        <translation>done on {d}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="123"/>
        <source>TE LAAT</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="125"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/meldproces_panel.py" line="128"/>
        <source>Nog geen termijnen.</source>
        <translation>No deadlines yet.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="22"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="27"/>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="40"/>
        <source>Organisatieonderdeel</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="41"/>
        <source>bijvoorbeeld DGOO/Directie Arbeidszaken</source>
        <translation>for example DGOO/Directie Arbeidszaken</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="43"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="44"/>
        <source>leeg laten: vpdesk kiest er een</source>
        <translation>leave empty: vpdesk picks one</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="45"/>
        <source>&amp;Categorieën</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="46"/>
        <source>&amp;Organisatieonderdeel</source>
        <translation>&amp;Org unit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/dialogs/new_case_dialog.py" line="47"/>
        <source>&amp;Pseudoniem</source>
        <translation>&amp;Pseudonym</translation>
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
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="40"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="43"/>
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/widgets/passphrase_field.py" line="66"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
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
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="17"/>
        <source>vpdesk herstelcode</source>
        <translation>vpdesk recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="34"/>
        <source>Herstelcode voor uw vpdesk-kluis</source>
        <translation>Recovery code for your vpdesk vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="36"/>
        <source>Aangemaakt op {date}</source>
        <translation>Created on {date}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/recovery_sheet.py" line="41"/>
        <source>Met deze code opent u uw kluis als u uw wachtwoordzin vergeten bent. Niemand anders heeft hem: ook IT of uw organisatie niet. Bewaar dit blad op een veilige plek, gescheiden van uw laptop, bijvoorbeeld in een afgesloten kast. Wie deze code en uw kluisbestand heeft, kan uw aantekeningen lezen.</source>
        <translation>This code opens your vault if you forget your passphrase. Nobody else has it: not IT, not your organisation. Keep this sheet somewhere safe, apart from your laptop, for example in a locked cabinet. Whoever has this code and your vault file can read your notes.</translation>
    </message>
</context>
<context>
    <name>RoomsController</name>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="61"/>
        <source>Ruimtes</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="96"/>
        <source>Gesprek plannen voor {case}</source>
        <translation>Planning a conversation for {case}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="149"/>
        <source>Geen vrije ruimte gevonden in de komende twee weken.</source>
        <translation>No free room found in the next two weeks.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="167"/>
        <source>Gereserveerd: {room}, {when}.</source>
        <translation>Booked: {room}, {when}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="202"/>
        <source>Geannuleerd.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="214"/>
        <source>Afspraak opslaan</source>
        <translation>Save appointment</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/rooms_controller.py" line="226"/>
        <source>Afspraak opgeslagen in {p} (zonder zaakgegevens).</source>
        <translation>Appointment saved in {p} (without case details).</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="40"/>
        <source>Ruimte zoeken</source>
        <translation>Find a room</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="45"/>
        <source>Aantal personen</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="47"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="63"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="49"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="52"/>
        <source>geluiddicht</source>
        <translation>soundproof</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="53"/>
        <source>uit het zicht van collega&apos;s</source>
        <translation>out of sight of colleagues</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="54"/>
        <source>toegankelijk</source>
        <translation>accessible</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="55"/>
        <source>dicht bij de uitgang</source>
        <translation>near an exit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="62"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="64"/>
        <source>&amp;Zoek vrije tijd</source>
        <translation>&amp;Find free time</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="67"/>
        <source>Vrije tijden</source>
        <translation>Free times</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="69"/>
        <source>&amp;Reserveren</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="72"/>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="75"/>
        <source>Weekoverzicht</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="80"/>
        <source>Vorige week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="82"/>
        <source>Volgende week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="87"/>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="90"/>
        <source>Mijn reserveringen</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="93"/>
        <source>Reservering &amp;annuleren</source>
        <translation>&amp;Cancel booking</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/rooms_page.py" line="94"/>
        <source>Naar eigen agenda (.&amp;ics)…</source>
        <translation>To my own calendar (.&amp;ics)…</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="68"/>
        <source>Welkom bij vpdesk</source>
        <translation>Welcome to vpdesk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="72"/>
        <source>vpdesk bewaart uw aantekeningen als vertrouwenspersoon versleuteld op deze laptop. Alleen u kunt ze openen, met een wachtwoordzin die u nu kiest. Kies een zin van een paar woorden die u onthoudt; hoofdletters of cijfers zijn niet nodig.</source>
        <translation>vpdesk keeps your notes as a confidential adviser encrypted on this laptop. Only you can open them, with a passphrase you choose now. Pick a phrase of a few words you will remember; capitals or digits are not needed.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="81"/>
        <source>&amp;Oefenkluis openen</source>
        <translation>Open a &amp;practice vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="82"/>
        <source>Een kluis met verzonnen zaken om het programma te leren kennen</source>
        <translation>A vault with made-up cases to learn the program</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="83"/>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="103"/>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="104"/>
        <source>Groep {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="112"/>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="116"/>
        <source>Vergeet u uw wachtwoordzin, dan opent deze code uw kluis. U ziet hem maar één keer. Sla hem op als PDF en print hem, of schrijf hem over, en bewaar hem gescheiden van uw laptop.</source>
        <translation>If you forget your passphrase, this code opens your vault. You see it only once. Save it as PDF and print it, or copy it by hand, and keep it apart from your laptop.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="128"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="132"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="133"/>
        <source>Ik heb de code &amp;bewaard</source>
        <translation>I have &amp;kept the code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="146"/>
        <source>Herstelcode opslaan</source>
        <translation>Save recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="159"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="160"/>
        <source>Typ ter controle twee groepen van uw herstelcode over.</source>
        <translation>To check, type two groups of your recovery code.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="167"/>
        <source>Groep van de herstelcode</source>
        <translation>Group of the recovery code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="177"/>
        <source>Bezig met aanmaken</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="178"/>
        <source>De kluis wordt aangemaakt en de sleutel afgeleid; dat duurt een paar seconden.</source>
        <translation>Creating the vault and deriving its key; this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="183"/>
        <source>&amp;Terug naar de code</source>
        <translation>&amp;Back to the code</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="184"/>
        <source>&amp;Kluis aanmaken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/setup_page.py" line="205"/>
        <source>Dat klopt niet. Kijk nog eens naar uw herstelcode.</source>
        <translation>That is not right. Look at your recovery code again.</translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="48"/>
        <source>Jaarcijfers</source>
        <translation>Annual figures</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="62"/>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="62"/>
        <source>vertrouwenspersoon</source>
        <translation>confidential adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="64"/>
        <source>Deze kluis: {role}. Sleutel: {key}
Vingerafdruk (voor te lezen aan de telefoon): {fp}</source>
        <translation>This vault: {role}. Key: {key}
Fingerprint (to read out over the phone): {fp}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="90"/>
        <source>Vul eerst de sleutel van de coördinator in (age1…).</source>
        <translation>First fill in the coordinator&apos;s key (age1…).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="96"/>
        <source>Export opslaan</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="109"/>
        <source>Export geschreven naar {p}.</source>
        <translation>Export written to {p}.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="115"/>
        <source>Jaarverslag opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="131"/>
        <source>PDF geschreven.</source>
        <translation>PDF written.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="148"/>
        <source>Toegevoegd.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="153"/>
        <source>Exports inlezen</source>
        <translation>Import exports</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="165"/>
        <source>{ok} ingelezen, {bad} geweigerd.</source>
        <translation>{ok} imported, {bad} refused.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="171"/>
        <source>Map voor het jaarverslag</source>
        <translation>Folder for the annual report</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/stats_controller.py" line="193"/>
        <source>Jaarverslag (PDF, ODS en CSV) geschreven in {p}.</source>
        <translation>Annual report (PDF, ODS and CSV) written to {p}.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="40"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="56"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="42"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="43"/>
        <source>heel jaar</source>
        <translation>whole year</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="45"/>
        <source>kwartaal {q}</source>
        <translation>quarter {q}</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="52"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="76"/>
        <source>Sleutel van de coördinator</source>
        <translation>Coordinator&apos;s key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="77"/>
        <source>Sleutel van de &amp;coördinator</source>
        <translation>&amp;Coordinator&apos;s key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="82"/>
        <source>Voorbeeld van wat de laptop verlaat</source>
        <translation>Preview of what leaves the laptop</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="83"/>
        <source>Precies dit verlaat uw laptop: alleen aantallen, geen namen of tekst.</source>
        <translation>Exactly this leaves your laptop: counts only, no names or text.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="86"/>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="87"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="88"/>
        <source>Eigen &amp;jaarverslag (PDF)…</source>
        <translation>Own annual &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="101"/>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="104"/>
        <source>Vertrouwde vertrouwenspersonen</source>
        <translation>Trusted advisers</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="110"/>
        <source>voorgelezen door de vertrouwenspersoon</source>
        <translation>read out by the adviser</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="112"/>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="113"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="114"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="116"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="119"/>
        <source>Exports inlezen (ook door bestanden hierheen te slepen)</source>
        <translation>Import exports (or drag files here)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="122"/>
        <source>Resultaat per bestand</source>
        <translation>Result per file</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="125"/>
        <source>&amp;Inlezen…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/pages/stats_page.py" line="126"/>
        <source>&amp;Jaarverslag maken…</source>
        <translation>Make annual &amp;report…</translation>
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
        <translation>&amp;Forgot passphrase?</translation>
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
    <name>WeekModel</name>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="63"/>
        <source>Mijn afspraak</source>
        <translation>My appointment</translation>
    </message>
    <message>
        <location filename="../../vpdesk/ui/models/week_model.py" line="63"/>
        <source>Gereserveerd</source>
        <translation>Reserved</translation>
    </message>
</context>
</TS>
