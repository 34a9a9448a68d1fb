<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="71"/>
        <location filename="../../ui/common/agreement_dialog.py" line="87"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="78"/>
        <location filename="../../ui/common/agreement_dialog.py" line="88"/>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="81"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="82"/>
        <source>Uiterlijk (datum, niet verplicht)</source>
        <translation>Due (date, optional)</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="86"/>
        <location filename="../../ui/common/agreement_dialog.py" line="92"/>
        <source>Toelichting (niet verplicht)</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="89"/>
        <source>Uiterlijk (niet verplicht)</source>
        <translation>Due (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="112"/>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/common/agreement_dialog.py" line="119"/>
        <source>De afspraak</source>
        <translation>The agreement</translation>
    </message>
</context>
<context>
    <name>CardLibrary</name>
    <message>
        <location filename="../../ui/help/card_library.py" line="49"/>
        <source>Kaarten – Ouderbetrokkenheid</source>
        <translation>Cards – Parent involvement</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="53"/>
        <source>De gespreks-, opdracht- en definitiekaarten van de kaartenset Ouderbetrokkenheid, om je voor te bereiden of om met collega&apos;s te bespreken.</source>
        <translation>The conversation, assignment and definition cards of the card set Parent involvement (Ouderbetrokkenheid), to prepare yourself or to discuss with colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="64"/>
        <source>&amp;Zoeken in de kaarten:</source>
        <translation>&amp;Search the cards:</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="67"/>
        <source>bijv. thuis, verwachtingen</source>
        <translation>e.g. home, expectations</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="69"/>
        <source>Zoeken in de kaarten</source>
        <translation>Search the cards</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="81"/>
        <source>Kaartensets en kaarten</source>
        <translation>Card sets and cards</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="90"/>
        <source>De gekozen kaart</source>
        <translation>The chosen card</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="98"/>
        <source>Kaarten &amp;afdrukken…</source>
        <translation>&amp;Print cards…</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="101"/>
        <source>De gekozen kaartenset (of alle sets) als kaarten van A6, vier per A4.</source>
        <translation>The chosen card set (or all sets) as A6 cards, four to an A4.</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="104"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="148"/>
        <source>{0} kaartensets, {1} kaarten</source>
        <translation>{0} card sets, {1} cards</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="153"/>
        <source>{0} kaarten gevonden</source>
        <translation>{0} cards found</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="159"/>
        <source>Geen kaart met deze woorden.</source>
        <translation>No card with these words.</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="208"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="213"/>
        <source>Werkwijze</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/help/card_library.py" line="215"/>
        <source>Kaarten</source>
        <translation>Cards</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="44"/>
        <location filename="../../ui/main/database_dialog.py" line="64"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="52"/>
        <source>Op &amp;deze computer (standaard)</source>
        <translation>On &amp;this computer (default)</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="53"/>
        <source>Op de &amp;server van de school (teammodus)</source>
        <translation>On the school&apos;s &amp;server (team mode)</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="59"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="61"/>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="65"/>
        <source>Inlognaam</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="67"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="70"/>
        <source>Wachtwoord onthouden in de sleutelbos van deze computer</source>
        <translation>Remember the password in this computer&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="79"/>
        <source>onthouden</source>
        <translation>remembered</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="82"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="83"/>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="84"/>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="85"/>
        <source>&amp;Inlognaam:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="86"/>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="91"/>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="103"/>
        <source>Opslaan en &amp;openen</source>
        <translation>Save and &amp;open</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="104"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="112"/>
        <source>Op deze computer staat alles in één bestand, en gaat niets de deur uit. Op de server van de school delen leerkrachten de gegevens: ieder ziet alleen de eigen groepen, de intern begeleider alle. Vraag de beheerder om je inlog.</source>
        <translation>On this computer everything is in one file, and nothing leaves it. On the school&apos;s server teachers share the data: each sees only their own groups, the care coordinator all of them. Ask the administrator for your login.</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="127"/>
        <source>Let op: {0} is gezet; die gaat bij het starten voor deze keuze.</source>
        <translation>Note: {0} is set; at start-up it goes before this choice.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/database_dialog.py" line="165"/>
        <source>Verbonden met {0}. Je ziet %n groep(en).</source>
        <translation>
            <numerusform>Connected to {0}. You see %n group.</numerusform>
            <numerusform>Connected to {0}. You see %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="185"/>
        <source>Deze computer heeft geen sleutelbos: het wachtwoord is niet onthouden. Je typt het bij het starten, of de beheerder zet het in een .pgpass-bestand.</source>
        <translation>This computer has no keyring: the password was not remembered. Type it at start-up, or the administrator puts it in a .pgpass file.</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_dialog.py" line="198"/>
        <source>De instelling kon niet worden opgeslagen: {0}</source>
        <translation>The setting could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>EveningPlanner</name>
    <message>
        <location filename="../../ui/evening/planner.py" line="94"/>
        <source>Avond verwijderen…</source>
        <translation>Delete evening…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="88"/>
        <location filename="../../ui/evening/planner.py" line="99"/>
        <source>Gesprekkenavonden</source>
        <translation>Parents&apos; evenings</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="91"/>
        <source>Nieuwe avond</source>
        <translation>New evening</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="107"/>
        <source>Avond</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="110"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="111"/>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="113"/>
        <source>bijv. lokaal 5</source>
        <translation>e.g. classroom 5</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="114"/>
        <location filename="../../ui/evening/planner.py" line="115"/>
        <location filename="../../ui/evening/planner.py" line="118"/>
        <location filename="../../ui/evening/planner.py" line="202"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="117"/>
        <source>geen pauze</source>
        <translation>no break</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="120"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="121"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="123"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="124"/>
        <source>Duur van een gesprek</source>
        <translation>Length of a talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="125"/>
        <source>Tijd tussen gesprekken</source>
        <translation>Time between talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="126"/>
        <source>Pauze na elke … gesprekken</source>
        <translation>Break after every … talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="127"/>
        <source>Duur van de pauze</source>
        <translation>Length of the break</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="146"/>
        <source>Gesprekken van de avond</source>
        <translation>The evening&apos;s talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="160"/>
        <source>Leerling toevoegen: typ een deel van de naam</source>
        <translation>Add a pupil: type part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="161"/>
        <source>typ een naam…</source>
        <translation>type a name…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="166"/>
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="170"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="178"/>
        <source>Nog niet geplande leerlingen toevoegen</source>
        <translation>Add pupils not planned yet</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="182"/>
        <source>Voegt iedere leerling van de groep toe die deze periode nog geen gesprek had of gepland heeft.</source>
        <translation>Adds every pupil of the group who has had no talk, and has none planned, this term.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="188"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="192"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="196"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="198"/>
        <source>Delete-toets</source>
        <translation>Delete key</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="200"/>
        <source>Eigen duur</source>
        <translation>Custom length</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="203"/>
        <source>Eigen duur van dit gesprek</source>
        <translation>Custom length of this talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="206"/>
        <source>Voorbereiden</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="209"/>
        <source>Gesprek starten</source>
        <translation>Start talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="212"/>
        <source>Naar agenda (.ics)…</source>
        <translation>To calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="215"/>
        <source>Avondpakket (PDF)…</source>
        <translation>Evening pack (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="220"/>
        <source>Antwoord invoeren…</source>
        <translation>Enter reply…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="223"/>
        <source>Uitnodigingen (PDF)…</source>
        <translation>Invitations (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="234"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="270"/>
        <source>Gesprekken (slepen of Alt+↑/↓ om te verplaatsen)</source>
        <translation>Talks (drag, or Alt+↑/↓ to move)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="282"/>
        <source>Nog geen gesprekkenavond. Kies ‘Nieuwe avond’.</source>
        <translation>No parents&apos; evening yet. Choose ‘New evening’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="345"/>
        <location filename="../../ui/evening/planner.py" line="488"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="514"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="526"/>
        <source>%n open afspraak/afspraken</source>
        <translation>
            <numerusform>%n open agreement</numerusform>
            <numerusform>%n open agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="529"/>
        <source>— pauze van %n min —</source>
        <translation>
            <numerusform>— break of %n min —</numerusform>
            <numerusform>— break of %n min —</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="657"/>
        <source>Geen leerling gevonden met ‘{0}’.</source>
        <translation>No pupil found with ‘{0}’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="660"/>
        <source>‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).</source>
        <translation>
            <numerusform>‘{0}’ matches %n pupil: choose from the list (arrows and Enter).</numerusform>
            <numerusform>‘{0}’ matches %n pupils: choose one from the list (arrows and Enter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="790"/>
        <source>Agendabestand opgeslagen: {0}</source>
        <translation>Calendar file saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="177"/>
        <location filename="../../ui/evening/planner.py" line="241"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="112"/>
        <source>uu:mm (niet verplicht)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="122"/>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="515"/>
        <source>geen ouders vastgelegd</source>
        <translation>no parents recorded</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="518"/>
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="523"/>
        <source>voorbereiding {0}</source>
        <translation>preparation {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="537"/>
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="620"/>
        <source>Avond verwijderen</source>
        <translation>Delete evening</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="622"/>
        <source>De avond van {0} verwijderen? Gesprekken die al voorbereid of gevoerd zijn blijven bewaard bij de leerling.</source>
        <translation>Delete the evening of {0}? Talks already prepared or held stay with the pupil.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="779"/>
        <source>Naar agenda</source>
        <translation>To calendar</translation>
    </message>
    <message>
        <location filename="../../ui/evening/planner.py" line="779"/>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>EveningReflectionDialog</name>
    <message>
        <location filename="../../ui/reflection/journal.py" line="50"/>
        <source>Terugblik op een gesprekkenavond</source>
        <translation>Looking back on a parents&apos; evening</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="54"/>
        <source>Gesprekkenavond</source>
        <translation>Parents&apos; evening</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="65"/>
        <source>Wat ging goed?</source>
        <translation>What went well?</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="68"/>
        <source>Wat doe je volgende keer anders?</source>
        <translation>What will you do differently next time?</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="70"/>
        <source>&amp;Avond</source>
        <translation>&amp;Evening</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="71"/>
        <source>Wat ging &amp;goed?</source>
        <translation>What went &amp;well?</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="72"/>
        <source>Wat doe je &amp;volgende keer anders?</source>
        <translation>What will you do differently &amp;next time?</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="91"/>
        <source>Er is nog geen gesprekkenavond om op terug te kijken.</source>
        <translation>There is no parents&apos; evening to look back on yet.</translation>
    </message>
</context>
<context>
    <name>GroupOverview</name>
    <message>
        <location filename="../../ui/history/group_overview.py" line="61"/>
        <source>Contact per leerling</source>
        <translation>Contact per pupil</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="65"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="66"/>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="67"/>
        <source>Gesprekken dit jaar</source>
        <translation>Talks this year</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="68"/>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="69"/>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="70"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="84"/>
        <location filename="../../ui/history/group_overview.py" line="86"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="119"/>
        <source>nog geen contact dit schooljaar</source>
        <translation>no contact yet this school year</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="121"/>
        <source>alleen gesprekken over zorgen</source>
        <translation>only talks about concerns</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="125"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/history/group_overview.py" line="152"/>
        <source>Schooljaar {0}: {1} leerlingen, {2} zonder contact, {3} alleen over zorgen</source>
        <translation>School year {0}: {1} pupils, {2} without contact, {3} only about concerns</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="52"/>
        <source>Overdracht inlezen</source>
        <translation>Read in a handover</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="56"/>
        <source>Overdracht van {0} ({1}), gemaakt op {2} ({3}). Je ziet eerst wat er wordt toegevoegd; er wordt pas iets opgeslagen als je op Inlezen klikt. Privénotities, reflecties en voorbereidingen zitten niet in een overdrachtsbestand.</source>
        <translation>Handover of {0} ({1}), made on {2} ({3}). You first see what will be added; nothing is stored until you click Read in. Private notes, reflections and preparations are never in a handover file.</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="75"/>
        <source>Groep voor de leerlingen</source>
        <translation>Group for the pupils</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="76"/>
        <source>De naam van de groep waarin de leerlingen komen; een nieuwe wordt gemaakt.</source>
        <translation>The name of the group the pupils go into; a new one is made.</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="80"/>
        <source>Schooljaar van die groep</source>
        <translation>School year of that group</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="83"/>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="84"/>
        <source>&amp;Schooljaar:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="89"/>
        <source>Leerlingen die je al hebt (zelfde leerlingnummer, of naam en geboortedatum) blijven in hun groep en krijgen alleen wat er nog niet is.</source>
        <translation>Pupils you already have (same pupil number, or name and date of birth) stay in their group and only get what is not there yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="102"/>
        <source>Voorbeeld van de overdracht, per leerling</source>
        <translation>Preview of the handover, per pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="104"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="104"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="104"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="104"/>
        <source>Erbij</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="121"/>
        <source>Inlezen</source>
        <translation>Read in</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="124"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="154"/>
        <source>{0} leerlingen: {1} nieuw, {2} al bekend · {3} gesprekken, {4} afspraken en {5} ouders/verzorgers erbij.</source>
        <translation>{0} pupils: {1} new, {2} already known · {3} talks, {4} agreements and {5} parents/carers added.</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="165"/>
        <source>Nieuwe groep: {0}.</source>
        <translation>New group: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="167"/>
        <source>Alles uit dit bestand staat er al.</source>
        <translation>Everything in this file is already here.</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="173"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="173"/>
        <source>al bekend</source>
        <translation>already known</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="173"/>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/handover_dialog.py" line="184"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/handover_dialog.py" line="186"/>
        <source>%n afspraak/afspraken</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="189"/>
        <source>aangevuld: {0}</source>
        <translation>filled in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/handover_dialog.py" line="191"/>
        <source>vertrokken op {0}</source>
        <translation>left on {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="73"/>
        <source>Klassenlijst importeren</source>
        <translation>Import class list</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="88"/>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="91"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="98"/>
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="105"/>
        <source>Groep voor de leerlingen</source>
        <translation>Group for the pupils</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="106"/>
        <source>Kies een groep of typ de naam van een nieuwe groep.</source>
        <translation>Choose a group or type the name of a new group.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="129"/>
        <source>Kolommen in het bestand</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="133"/>
        <source>Kolommen en wat ze bevatten</source>
        <translation>Columns and what they contain</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="134"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="134"/>
        <source>Bevat</source>
        <translation>Contains</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="149"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="153"/>
        <source>Voorbeeld van de import, per regel</source>
        <translation>Preview of the import, line by line</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="156"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="157"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="158"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="159"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="160"/>
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="161"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="78"/>
        <source>Lees leerlingen en ouders/verzorgers in uit een export van de leerlingadministratie (EDEXML, CSV of Excel). Je ziet eerst wat er gebeurt; er wordt pas iets opgeslagen als je op Importeren klikt. Kolommen als adres, geslacht en opmerkingen worden niet overgenomen.</source>
        <translation>Read pupils and parents/carers from an export of the pupil administration system (EDEXML, CSV or Excel). You first see what will happen; nothing is saved until you click Import. Columns such as address, gender and remarks are not taken over.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="178"/>
        <source>Niet meer in het bestand — vink aan wie vertrokken is:</source>
        <translation>No longer in the file — tick who has left:</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="184"/>
        <source>Leerlingen die niet meer in het bestand staan</source>
        <translation>Pupils who are no longer in the file</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="194"/>
        <source>Afgewezen regels opslaan…</source>
        <translation>Save rejected lines…</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="197"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="200"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="217"/>
        <source>(de groepen uit het bestand)</source>
        <translation>(the groups in the file)</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="226"/>
        <source>Klassenlijst kiezen</source>
        <translation>Choose a class list</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="245"/>
        <source>Het bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="267"/>
        <source>Kolom {0} bevat</source>
        <translation>Column {0} contains</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="325"/>
        <source>Met een groep gekozen komen alleen de leerlingen van die groep binnen.</source>
        <translation>With a group chosen, only the pupils of that group are imported.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="327"/>
        <source>Dit bestand noemt geen groep: kies of typ de groep.</source>
        <translation>This file names no group: choose or type the group.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="330"/>
        <source>Kies een bestand om te zien wat er wordt ingelezen.</source>
        <translation>Choose a file to see what will be read in.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="333"/>
        <source>Kies in de kolommenlijst welke kolom dit bevat: {0}.</source>
        <translation>In the column list, choose which column contains: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="362"/>
        <source>{0} leerlingen: {1} nieuw, {2} bijgewerkt, {3} ongewijzigd · {4} ouders/verzorgers ({5} nieuw) · {6} regels afgewezen of overgeslagen.</source>
        <translation>{0} pupils: {1} new, {2} updated, {3} unchanged · {4} parents/carers ({5} new) · {6} lines rejected or skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="374"/>
        <source>Nieuwe groep(en): {0}.</source>
        <translation>New group(s): {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="376"/>
        <source>Andere groepen overgeslagen: {0}.</source>
        <translation>Other groups skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="383"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="384"/>
        <source>bijwerken</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="385"/>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="397"/>
        <source>verandert: {0}</source>
        <translation>changes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="404"/>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="407"/>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="454"/>
        <source>Afgewezen regels opslaan</source>
        <translation>Save rejected lines</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="456"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main/import_dialog.py" line="471"/>
        <source>Het bestand kon niet worden opgeslagen: {0}</source>
        <translation>The file could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <location filename="../../ui/reflection/journal.py" line="118"/>
        <location filename="../../ui/reflection/journal.py" line="141"/>
        <source>Reflectielogboek</source>
        <translation>Reflection journal</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="123"/>
        <source>Je terugblik na elk gesprek en na elke gesprekkenavond, de nieuwste bovenaan. Enter opent een gesprek of de terugblik op een avond.</source>
        <translation>Your look back after every talk and every parents&apos; evening, newest first. Enter opens a talk or the look back on an evening.</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="131"/>
        <source>Zoeken in het logboek…</source>
        <translation>Search the journal…</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="132"/>
        <source>Zoeken in het logboek</source>
        <translation>Search the journal</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="147"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="148"/>
        <source>Gesprek of avond</source>
        <translation>Talk or evening</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="149"/>
        <source>Doel bereikt</source>
        <translation>Goal achieved</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="150"/>
        <source>Ging goed</source>
        <translation>Went well</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="151"/>
        <source>Volgende keer</source>
        <translation>Next time</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="152"/>
        <source>Aandachtspunten</source>
        <translation>Focus points</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="170"/>
        <source>Terugblik op een &amp;avond…</source>
        <translation>Look back on an &amp;evening…</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="173"/>
        <source>&amp;Zelfevaluatie…</source>
        <translation>&amp;Self-assessment…</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="176"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="191"/>
        <location filename="../../ui/reflection/journal.py" line="244"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="192"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="193"/>
        <location filename="../../ui/reflection/journal.py" line="244"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reflection/journal.py" line="199"/>
        <source>Gesprekkenavond (%n gesprek(ken) gevoerd)</source>
        <translation>
            <numerusform>Parents&apos; evening (%n talk held)</numerusform>
            <numerusform>Parents&apos; evening (%n talks held)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="239"/>
        <source>Doel bereikt: {0}</source>
        <translation>Goal reached: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="243"/>
        <source>Tweezijdig: {0}</source>
        <translation>Two-way: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="249"/>
        <source>Ging goed:</source>
        <translation>Went well:</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="250"/>
        <source>Volgende keer:</source>
        <translation>Next time:</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/journal.py" line="252"/>
        <source>Aandachtspunten:</source>
        <translation>Focus points:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reflection/journal.py" line="270"/>
        <source>%n terugblik(ken)</source>
        <translation>
            <numerusform>%n look back</numerusform>
            <numerusform>%n look backs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main/main_window.py" line="93"/>
        <source>Zoek een leerling…</source>
        <translation>Find a pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="108"/>
        <source>Geen leerling gevonden.</source>
        <translation>No pupil found.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="234"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="235"/>
        <location filename="../../ui/main/main_window.py" line="431"/>
        <source>Demoklas laden</source>
        <translation>Load demo class</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="244"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="92"/>
        <location filename="../../ui/main/main_window.py" line="114"/>
        <source>Zoek een leerling</source>
        <translation>Search for a pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="97"/>
        <source>Groepen en leerlingen</source>
        <translation>Groups and pupils</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="149"/>
        <source>G&amp;roep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="155"/>
        <source>&amp;Vanavond</source>
        <translation>&amp;Tonight</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="156"/>
        <source>&amp;Gesprekkenavonden</source>
        <translation>Parents&apos; &amp;evenings</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="157"/>
        <source>&amp;Contactoverzicht</source>
        <translation>Contact &amp;overview</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="158"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="246"/>
        <source>Gr&amp;oep</source>
        <translation>G&amp;roup</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="247"/>
        <source>Nieuwe groep…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="248"/>
        <source>Groep bewerken…</source>
        <translation>Edit group…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="249"/>
        <source>Groep verwijderen…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="255"/>
        <source>Nieuwe leerling…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="256"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="306"/>
        <source>%n groep(en)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="308"/>
        <source>%n leerling(en)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="475"/>
        <source>Demoklas geladen: %n leerling(en).</source>
        <translation>
            <numerusform>Demo class loaded: %n pupil.</numerusform>
            <numerusform>Demo class loaded: %n pupils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="515"/>
        <source>{0} ({1}) verwijderen, met alle %n leerling(en) en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>Delete {0} ({1}), with its %n pupil and their talks and agreements?
This cannot be undone.</numerusform>
            <numerusform>Delete {0} ({1}), with all %n pupils and their talks and agreements?
This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="267"/>
        <source>&amp;Instellingen</source>
        <translation>Setti&amp;ngs</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="238"/>
        <source>Back-up &amp;maken…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="239"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="241"/>
        <source>Overdracht ma&amp;ken…</source>
        <translation>&amp;Make a handover…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="242"/>
        <source>Overdracht &amp;inlezen…</source>
        <translation>Read in a hando&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="251"/>
        <source>Klassenlijst &amp;importeren…</source>
        <translation>&amp;Import class list…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="253"/>
        <source>Nieuw &amp;schooljaar…</source>
        <translation>New &amp;school year…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="259"/>
        <source>Vragenlijsten startgesprek afdrukken…</source>
        <translation>Print start-of-year questionnaires…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="263"/>
        <source>&amp;Inzage exporteren…</source>
        <translation>Export &amp;subject access…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="264"/>
        <source>Be&amp;waartermijn…</source>
        <translation>&amp;Retention period…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="268"/>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="269"/>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="279"/>
        <source>&amp;Terugblik</source>
        <translation>Look &amp;back</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="280"/>
        <source>&amp;Reflectielogboek…</source>
        <translation>&amp;Reflection journal…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="282"/>
        <source>&amp;Zelfevaluatie…</source>
        <translation>&amp;Self-assessment…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="285"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="286"/>
        <source>&amp;Kaarten…</source>
        <translation>&amp;Cards…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="288"/>
        <location filename="../../ui/main/main_window.py" line="991"/>
        <source>Over Oudergesprek</source>
        <translation>About Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="298"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="417"/>
        <source>Welkom bij Oudergesprek</source>
        <translation>Welcome to Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="419"/>
        <source>Er staan nog geen groepen in Oudergesprek.

Lees je groep in uit een export van de leerlingadministratie (ParnasSys, ESIS: EDEXML, CSV of Excel), of laad een fictieve demoklas om de app te verkennen. Een groep zelf aanmaken kan ook, via Groep → Nieuwe groep.</source>
        <translation>There are no groups in Oudergesprek yet.

Read in your group from an export of the pupil administration system (ParnasSys, ESIS: EDEXML, CSV or Excel), or load a fictional demo class to explore the app. You can also create a group yourself, via Group → New group.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="428"/>
        <source>Klassenlijst importeren…</source>
        <translation>Import class list…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="433"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="451"/>
        <source>Geïmporteerd: {0} nieuwe en {1} bijgewerkte leerlingen, {2} nieuwe ouders/verzorgers.</source>
        <translation>Imported: {0} new and {1} updated pupils, {2} new parents/carers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="465"/>
        <source>Schooljaar {0}: %n leerling(en) overgezet</source>
        <translation>
            <numerusform>School year {0}: %n pupil moved up</numerusform>
            <numerusform>School year {0}: %n pupils moved up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="466"/>
        <source>%n leerling(en) vertrokken.</source>
        <translation>
            <numerusform>%n pupil left.</numerusform>
            <numerusform>%n pupils left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="491"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="491"/>
        <source>Kies eerst een groep.</source>
        <translation>Choose a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="513"/>
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="535"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="535"/>
        <source>Maak eerst een groep aan.</source>
        <translation>Create a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="559"/>
        <source>Leerling verwijderen</source>
        <translation>Delete pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="561"/>
        <source>{0} verwijderen, met alle gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0}, with all talks and agreements?
This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="577"/>
        <source>Ook %n back-up(s) met deze gegevens worden verwijderd; daarna maakt Oudergesprek meteen een nieuwe back-up zonder.</source>
        <translation>
            <numerusform>%n backup with this data is deleted too; Oudergesprek then makes a new backup without it at once.</numerusform>
            <numerusform>%n backups with this data are deleted too; Oudergesprek then makes a new backup without it at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="591"/>
        <source>Verwijderd, ook uit %n back-up(s).</source>
        <translation>
            <numerusform>Deleted, also from %n backup.</numerusform>
            <numerusform>Deleted, also from %n backups.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="700"/>
        <source>Gesprek starten</source>
        <translation>Start talk</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="702"/>
        <source>Het gesprek met {0} staat gepland op {1}, niet vandaag. Nu toch beginnen?</source>
        <translation>The talk with {0} is planned for {1}, not today. Start it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="719"/>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="735"/>
        <source>Verslag voor ouders – {0}</source>
        <translation>Parents&apos; copy – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="737"/>
        <source>Gespreksverslag – {0}</source>
        <translation>Talk summary – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="739"/>
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="739"/>
        <source>leerkracht</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="741"/>
        <source>verslag</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="758"/>
        <source>Avondpakket – {0}</source>
        <translation>Evening pack – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="759"/>
        <source>avondpakket</source>
        <translation>evening-pack</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="771"/>
        <source>Verslagen voor ouders – {0}</source>
        <translation>Parents&apos; copies – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="772"/>
        <source>verslagen-ouders</source>
        <translation>parents-copies</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="784"/>
        <source>Uitnodigingen – {0}</source>
        <translation>Invitations – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="785"/>
        <source>uitnodigingen</source>
        <translation>invitations</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="797"/>
        <source>Vragenlijst startgesprek – {0}</source>
        <translation>Start-of-year questionnaire – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="798"/>
        <source>vragenlijst-startgesprek</source>
        <translation>start-of-year-questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="812"/>
        <source>Vragenlijsten startgesprek – {0}</source>
        <translation>Start-of-year questionnaires – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="813"/>
        <source>vragenlijsten-startgesprek</source>
        <translation>start-of-year-questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="824"/>
        <source>Inzage</source>
        <translation>Subject access</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="824"/>
        <source>Kies eerst een leerling.</source>
        <translation>Choose a pupil first.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="826"/>
        <source>Map voor de inzage kiezen</source>
        <translation>Choose a folder for the subject access files</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="836"/>
        <source>Inzage opgeslagen</source>
        <translation>Subject access files saved</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="838"/>
        <source>Opgeslagen:
{0}

De bestanden bevatten alles wat over deze leerling en de ouders/verzorgers is vastgelegd, ook de privénotities. Alleen jij kunt ze lezen; geef ze zelf aan de ouders.</source>
        <translation>Saved:
{0}

The files hold everything recorded about this pupil and the parents/carers, the private notes included. Only you can read them; hand them to the parents yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="866"/>
        <source>Overdracht opslaan</source>
        <translation>Save the handover</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="868"/>
        <source>Overdrachtsbestand (*.json)</source>
        <translation>Handover file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="878"/>
        <source>Overdracht opgeslagen: {0} (zonder privénotities en reflecties).</source>
        <translation>Handover saved: {0} (without private notes and reflections).</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="895"/>
        <source>Overdrachtsbestand kiezen</source>
        <translation>Choose a handover file</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="896"/>
        <source>Overdrachtsbestand (*.json);;Alle bestanden (*)</source>
        <translation>Handover file (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="911"/>
        <source>Overdracht ingelezen in {0}: {1} nieuwe leerlingen, {2} gesprekken en {3} afspraken erbij.</source>
        <translation>Handover read into {0}: {1} new pupils, {2} talks and {3} agreements added.</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="981"/>
        <source>kaarten</source>
        <translation>cards</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="981"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="982"/>
        <source>Kaartenset {0}</source>
        <translation>Card set {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="982"/>
        <source>Alle kaartensets</source>
        <translation>All card sets</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.py" line="993"/>
        <source>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Oudergesprekken voorbereiden, voeren en vastleggen, met het communicatiemodel (Jansen et al., 2021) en de checklist oudergesprek uit de kaartenset Ouderbetrokkenheid.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven op deze computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Prepare, hold and record talks with parents, with the communication model (Jansen et al., 2021) and the parent conversation checklist from the card set Ouderbetrokkenheid (parent involvement).&lt;/p&gt;&lt;p&gt;All data stays on this computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MoveUpDialog</name>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="54"/>
        <source>Nieuw schooljaar</source>
        <translation>New school year</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="66"/>
        <source>De groepen gaan een schooljaar verder. Leerlingen nemen hun gesprekken en afspraken mee. Leerlingen van groep 8 verlaten de school: ze worden niet verwijderd. Er wordt pas iets opgeslagen als je op Overzetten klikt.</source>
        <translation>The groups move up one school year. Pupils take their talks and agreements with them. Pupils of group 8 leave the school: they are not deleted. Nothing is stored until you click Move up.</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="75"/>
        <source>Van schooljaar:</source>
        <translation>From school year:</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="78"/>
        <source>Van schooljaar</source>
        <translation>From school year</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="113"/>
        <source>Overzetten</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="116"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="162"/>
        <source>naar schooljaar {0}</source>
        <translation>to school year {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="173"/>
        <source>Er zijn geen groepen met leerlingen om over te zetten.</source>
        <translation>There are no groups with pupils to move up.</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="241"/>
        <source>Bij elkaar houden</source>
        <translation>Keep together</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="243"/>
        <source>{0} bij elkaar houden</source>
        <translation>Keep {0} together</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="244"/>
        <source>Splitsen per leerjaar</source>
        <translation>Split by year level</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="246"/>
        <source>{0} splitsen per leerjaar</source>
        <translation>Split {0} by year level</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="255"/>
        <source>Combinatiegroep:</source>
        <translation>Combination group:</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="259"/>
        <source>{0} verlaat de school</source>
        <translation>{0} leaves the school</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="268"/>
        <source>Vertrokken op {0}. Haal het vinkje weg bij wie blijft zitten: die gaat in hetzelfde leerjaar naar de nieuwe groep.</source>
        <translation>Left on {0}. Untick a pupil who stays back: they go to the new group in the same year level.</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="283"/>
        <source>Nieuwe groep:</source>
        <translation>New group:</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="285"/>
        <source>Leerjaar {0} naar:</source>
        <translation>Year level {0} to:</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="295"/>
        <source>Nieuwe naam voor {0}</source>
        <translation>New name for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/move_up_dialog.py" line="297"/>
        <source>Nieuwe naam voor leerjaar {0} van {1}</source>
        <translation>New name for year level {0} of {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/move_up_dialog.py" line="322"/>
        <source>bestaat al: %n leerling(en) komen erbij</source>
        <translation>
            <numerusform>exists already: %n pupil is added</numerusform>
            <numerusform>exists already: %n pupils are added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/move_up_dialog.py" line="324"/>
        <source>nieuw: %n leerling(en)</source>
        <translation>
            <numerusform>new: %n pupil</numerusform>
            <numerusform>new: %n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/move_up_dialog.py" line="337"/>
        <source>%n leerling(en) al eerder vertrokken: blijven in deze groep.</source>
        <translation>
            <numerusform>%n pupil left earlier: stays in this group.</numerusform>
            <numerusform>%n pupils left earlier: stay in this group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParentsToldDialog</name>
    <message>
        <location filename="../../ui/main/parents_told.py" line="23"/>
        <source>Wat ouders vertelden – {0}</source>
        <translation>What the parents told – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/parents_told.py" line="27"/>
        <source>Typ hier wat de ouders op de vragenlijst &apos;Vertel ons over uw kind&apos; schreven. Elke voorbereiding van dit schooljaar laat het zien. Leeg maken wist het.</source>
        <translation>Type in here what the parents wrote on the questionnaire &apos;Tell us about your child&apos;. Every preparation of this school year shows it. Emptying it erases it.</translation>
    </message>
    <message>
        <location filename="../../ui/main/parents_told.py" line="37"/>
        <source>Ingevuld op {0}</source>
        <translation>Filled in on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/parents_told.py" line="43"/>
        <source>Wat ouders vertelden</source>
        <translation>What the parents told</translation>
    </message>
    <message>
        <location filename="../../ui/main/parents_told.py" line="44"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/main/parents_told.py" line="49"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/main/parents_told.py" line="51"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="58"/>
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="62"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="65"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="68"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="95"/>
        <source>De printer kan niet worden gebruikt.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="121"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="123"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="132"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <location filename="../../ui/preparation/window.py" line="149"/>
        <source>Voorbereiding – {0}</source>
        <translation>Preparation – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="157"/>
        <source>Overnemen uit vorig gesprek</source>
        <translation>Copy from previous talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="243"/>
        <source>Gesprek en deelnemers</source>
        <translation>Talk and participants</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="249"/>
        <source>Eerdere afspraken</source>
        <translation>Earlier agreements</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="250"/>
        <source>Vragen en vaardigheden</source>
        <translation>Questions and skills</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="252"/>
        <source>Gespreksnotities</source>
        <translation>Talk notes</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="279"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="282"/>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="285"/>
        <source>minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="288"/>
        <source>bijv. lokaal 5</source>
        <translation>e.g. classroom 5</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="292"/>
        <source>Het kind is bij het gesprek</source>
        <translation>The child takes part in the talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="296"/>
        <source>bijv. tolk (telefonisch), intern begeleider</source>
        <translation>e.g. interpreter (by phone), special needs coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="311"/>
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="314"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="315"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="316"/>
        <source>Duur (minuten)</source>
        <translation>Length (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="317"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="322"/>
        <location filename="../../ui/preparation/window.py" line="325"/>
        <location filename="../../ui/preparation/window.py" line="729"/>
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="326"/>
        <source>Nog geen ouders/verzorgers vastgelegd bij deze leerling.</source>
        <translation>No parents/carers recorded for this pupil yet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="330"/>
        <source>Tolk of anderen</source>
        <translation>Interpreter or others</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="359"/>
        <location filename="../../ui/preparation/window.py" line="361"/>
        <source>Eén per regel</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="365"/>
        <location filename="../../ui/preparation/window.py" line="370"/>
        <source>Kwaliteiten van het kind</source>
        <translation>The child&apos;s qualities</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="371"/>
        <source>stap 10: {0}</source>
        <translation>step 10: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="366"/>
        <location filename="../../ui/preparation/window.py" line="374"/>
        <source>Groeikansen</source>
        <translation>Growth opportunities</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="161"/>
        <source>Neemt de relationele boodschap, kwaliteiten en uitstraling over uit het vorige voorbereide gesprek, alleen waar je nog niets schreef. Afspraken worden nooit gekopieerd.</source>
        <translation>Copies the relational message, qualities and what to convey from the previous prepared talk, only where you have not written anything yet. Agreements are never copied.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="220"/>
        <source>Alt+1 … Alt+9, Alt+0: naar een onderdeel.
Alles wordt vanzelf opgeslagen.</source>
        <translation>Alt+1 … Alt+9, Alt+0: go to a section.
Everything is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="351"/>
        <location filename="../../ui/preparation/window.py" line="353"/>
        <source>Je boodschap in een paar zinnen…</source>
        <translation>Your message in a few sentences…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="363"/>
        <source>Wat je in de klas gaat doen…</source>
        <translation>What you will do in class…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="367"/>
        <location filename="../../ui/preparation/window.py" line="377"/>
        <source>Betekenis voor jouw handelen</source>
        <translation>What this means for what you do</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="374"/>
        <source>stap 11: {0}</source>
        <translation>step 11: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="175"/>
        <source>Onderdelen van de voorbereiding</source>
        <translation>Sections of the preparation</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="378"/>
        <source>stap 12: {0}</source>
        <translation>step 12: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="391"/>
        <source>invloed op</source>
        <translation>influences</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="450"/>
        <source>Of in eigen woorden, bijv. rust, humor</source>
        <translation>Or in your own words, e.g. calm, humour</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="469"/>
        <source>Bijv. eerst de kwaliteiten, dan de zorgen…</source>
        <translation>E.g. first the qualities, then the concerns…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="478"/>
        <source>Geen open afspraken met deze leerling.</source>
        <translation>No open agreements with this pupil.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="499"/>
        <source>uiterlijk {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="501"/>
        <source>geen datum</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="504"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="514"/>
        <location filename="../../ui/preparation/window.py" line="519"/>
        <source>Vragen van de ouders</source>
        <translation>The parents&apos; questions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="390"/>
        <source>Wat wil je aan het eind van dit gesprek bereikt hebben?</source>
        <translation>What do you want to have achieved by the end of this talk?</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="401"/>
        <source>Hoe zie je de ouders en het kind?</source>
        <translation>How do you see the parents and the child?</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="423"/>
        <source>kaart lezen</source>
        <translation>read the card</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="459"/>
        <source>Totaal: {0} min</source>
        <translation>Total: {0} min</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="483"/>
        <source>Vink aan welke afspraken je in dit gesprek wilt nalopen; ze komen terug in de gespreksmodus en op het uitgeprinte blad.</source>
        <translation>Tick the agreements you want to review in this talk; they come back in talk mode and on the printed sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="509"/>
        <source>Jouw vragen aan de ouders, één per regel</source>
        <translation>Your questions for the parents, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="511"/>
        <source>Vragen van de ouders (als je ze al kent)</source>
        <translation>The parents&apos; questions (if you know them)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="513"/>
        <location filename="../../ui/preparation/window.py" line="517"/>
        <source>Jouw vragen</source>
        <translation>Your questions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="523"/>
        <source>Vaardigheden om op te letten (kies 1 tot en met {0})</source>
        <translation>Skills to focus on (choose 1 to {0})</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="535"/>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="547"/>
        <source>Ruimte, geluid, online, tolk…</source>
        <translation>Room, noise, online, interpreter…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="553"/>
        <source>Gespreksruimte gereserveerd</source>
        <translation>Meeting room booked</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="554"/>
        <source>Lawaai buiten het lokaal</source>
        <translation>Noise outside the classroom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="555"/>
        <source>Onlinegesprek: link gestuurd</source>
        <translation>Online talk: link sent</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="556"/>
        <source>Tolk geregeld</source>
        <translation>Interpreter arranged</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="569"/>
        <source>Wat besproken is en je privénotitie. Tijdens het gesprek typ je ze in de gespreksmodus; na het gesprek kun je ze hier verbeteren. De eerdere tekst blijft bewaard in de geschiedenis van het gesprek.</source>
        <translation>What was discussed and your private note. During the talk you type them in talk mode; after the talk you can correct them here. The earlier text is kept in the talk&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="577"/>
        <source>Gedeelde notitie (mag op het verslag voor ouders)</source>
        <translation>Shared note (may appear on the parents&apos; copy)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="580"/>
        <source>Privénotitie (alleen voor jou, nooit voor ouders)</source>
        <translation>Private note (only for you, never for parents)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="583"/>
        <source>Gedeelde notitie — mag op het verslag voor ouders</source>
        <translation>Shared note — may appear on the parents&apos; copy</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="587"/>
        <source>Privénotitie — alleen voor jou</source>
        <translation>Private note — only for you</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="615"/>
        <source>De tijd volgt uit de gesprekkenavond; verplaats het gesprek in de planner.</source>
        <translation>The time follows from the parents&apos; evening; move the talk in the planner.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="673"/>
        <source>Tips voor dit soort gesprek</source>
        <translation>Tips for this type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="688"/>
        <location filename="../../ui/preparation/window.py" line="702"/>
        <source>Tips bij deze situatie</source>
        <translation>Tips for this situation</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="690"/>
        <source>verbergen</source>
        <translation>hide</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="728"/>
        <source>Wat de app al weet</source>
        <translation>What the app already knows</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="730"/>
        <source>Laatste gesprekken</source>
        <translation>Recent talks</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="731"/>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="742"/>
        <source>Wat ouders vertelden ({0})</source>
        <translation>What the parents told ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="747"/>
        <source>Nog geen eerdere gesprekken.</source>
        <translation>No earlier talks yet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="749"/>
        <source>doel bereikt</source>
        <translation>goal achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="750"/>
        <source>doel deels bereikt</source>
        <translation>goal partly achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="751"/>
        <source>doel niet bereikt</source>
        <translation>goal not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="769"/>
        <source>Vorige keer met deze ouders ({0})</source>
        <translation>Last time with these parents ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="776"/>
        <source>Gesprek over {0}</source>
        <translation>Talk about {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="777"/>
        <source>Ging goed:</source>
        <translation>Went well:</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="777"/>
        <source>Volgende keer:</source>
        <translation>Next time:</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="784"/>
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="789"/>
        <source>… en nog {0} (zie 7. Eerdere afspraken)</source>
        <translation>… and {0} more (see 7. Earlier agreements)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="804"/>
        <source>Je wilt oefenen (zelfevaluatie van {0}): {1}</source>
        <translation>You want to practise (self-assessment of {0}): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="808"/>
        <source>Overnemen: {0}</source>
        <translation>Take over: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="950"/>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="972"/>
        <source>Opgeslagen. Een ander venster had hier intussen ook in geschreven: beide teksten zijn bewaard. Kijk ze na.</source>
        <translation>Saved. Another window had written here in the meantime too: both texts are kept. Please check them.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="979"/>
        <source>Opgeslagen om {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="1033"/>
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="1033"/>
        <source>nog niet voorbereid</source>
        <translation>not prepared yet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="1036"/>
        <source>{0} van {1} ingevuld · {2}</source>
        <translation>{0} of {1} filled in · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/window.py" line="1078"/>
        <source>Een veld is nog niet goed ingevuld.</source>
        <translation>A field is not filled in correctly yet.</translation>
    </message>
</context>
<context>
    <name>PupilHistoryWindow</name>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="87"/>
        <source>Zorgsignaal: automatisch</source>
        <translation>Concern signal: automatic</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="88"/>
        <source>Ging vooral over zorgen</source>
        <translation>Was mostly about concerns</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="89"/>
        <source>Ging niet vooral over zorgen</source>
        <translation>Was not mostly about concerns</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="91"/>
        <location filename="../../ui/history/pupil_history.py" line="418"/>
        <source>Gesprek heropenen</source>
        <translation>Reopen talk</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="94"/>
        <source>Maakt ‘gevoerd’, ‘afgezegd’ of ‘niet verschenen’ ongedaan.</source>
        <translation>Undoes ‘held’, ‘cancelled’ or ‘no-show’.</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="97"/>
        <source>Notities verbeteren…</source>
        <translation>Correct notes…</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="100"/>
        <source>Verslag afdrukken</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="104"/>
        <source>Voor jezelf (leerkrachtversie)…</source>
        <translation>For yourself (teacher&apos;s copy)…</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="106"/>
        <source>Voor de ouders…</source>
        <translation>For the parents…</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="128"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="129"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="130"/>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="131"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="132"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="138"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="161"/>
        <source>Toelichting bij de nieuwe status (niet verplicht)</source>
        <translation>Explanation of the new status (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="162"/>
        <source>toelichting (niet verplicht)</source>
        <translation>explanation (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="163"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="126"/>
        <location filename="../../ui/history/pupil_history.py" line="174"/>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="75"/>
        <source>Gesprekken, nieuwste eerst</source>
        <translation>Talks, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="81"/>
        <source>Verslag van het gekozen gesprek</source>
        <translation>Summary of the chosen talk</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="86"/>
        <source>Zorgsignaal van dit gesprek</source>
        <translation>This talk&apos;s concern signal</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="137"/>
        <location filename="../../ui/history/pupil_history.py" line="175"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="145"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="151"/>
        <source>Geschiedenis van de gekozen afspraak</source>
        <translation>History of the chosen agreement</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="156"/>
        <location filename="../../ui/history/pupil_history.py" line="183"/>
        <source>Nieuwe status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="166"/>
        <source>Afspraak bewerken…</source>
        <translation>Edit agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="169"/>
        <source>Afspraak verwijderen…</source>
        <translation>Delete agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="210"/>
        <source>&amp;Gesprekken</source>
        <translation>&amp;Talks</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="211"/>
        <source>&amp;Afspraken</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="232"/>
        <source>Geschiedenis – {0}</source>
        <translation>History – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="235"/>
        <source>Nog geen ouders/verzorgers vastgelegd.</source>
        <translation>No parents/carers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="241"/>
        <source>Nog geen gesprekken met deze leerling.</source>
        <translation>No talks with this pupil yet.</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="269"/>
        <source>doel bereikt</source>
        <translation>goal achieved</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="270"/>
        <source>doel deels bereikt</source>
        <translation>goal partly achieved</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="271"/>
        <source>doel niet bereikt</source>
        <translation>goal not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="276"/>
        <source>vooral zorgen</source>
        <translation>mostly concerns</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="327"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="333"/>
        <source>Boodschap</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="334"/>
        <source>Kwaliteiten</source>
        <translation>Qualities</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="335"/>
        <source>Groeikansen</source>
        <translation>Growth opportunities</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="336"/>
        <source>Relationele boodschap</source>
        <translation>Relational message</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="337"/>
        <source>Gedeelde notitie</source>
        <translation>Shared note</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="338"/>
        <source>Privénotitie</source>
        <translation>Private note</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="340"/>
        <source>Afspraken gemaakt</source>
        <translation>Agreements made</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="348"/>
        <source>Eerdere afspraken besproken</source>
        <translation>Earlier agreements reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="355"/>
        <source>Volgende keer</source>
        <translation>Next time</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="357"/>
        <source>gedeelde notitie</source>
        <translation>shared note</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="358"/>
        <source>privénotitie</source>
        <translation>private note</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="361"/>
        <source>Verbeterd na het gesprek</source>
        <translation>Corrected after the talk</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="364"/>
        <source>{0}: {1}, eerder: “{2}”</source>
        <translation>{0}: {1}, before: “{2}”</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="378"/>
        <source>gemaakt</source>
        <translation>made</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="379"/>
        <source>loopt door</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="380"/>
        <source>bijgesteld</source>
        <translation>adjusted</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="381"/>
        <source>aangepast</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="384"/>
        <source>(eerder: “{0}”)</source>
        <translation>(before: “{0}”)</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="388"/>
        <source>nu uiterlijk {0}</source>
        <translation>now due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="420"/>
        <source>Het gesprek van {0} weer op ‘gepland’ zetten? Notities en afspraken blijven bewaard; je kunt het gesprek daarna opnieuw starten.</source>
        <translation>Set the talk of {0} back to ‘planned’? Notes and agreements are kept; you can then start the talk again.</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="454"/>
        <location filename="../../ui/history/pupil_history.py" line="493"/>
        <source>uiterlijk {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="456"/>
        <location filename="../../ui/history/pupil_history.py" line="495"/>
        <source>geen datum</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="462"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="476"/>
        <source>Geen afspraken bij dit filter.</source>
        <translation>No agreements with this filter.</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="489"/>
        <source>Gemaakt in</source>
        <translation>Made in</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="490"/>
        <source>in gesprek</source>
        <translation>in talk</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="491"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="520"/>
        <source>Afspraak bewerken: {0}</source>
        <translation>Edit agreement: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="521"/>
        <source>Afspraak verwijderen: {0}</source>
        <translation>Delete agreement: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="543"/>
        <source>Afspraak bewerken</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="547"/>
        <source>De eerdere tekst blijft zichtbaar in de geschiedenis van de afspraak.</source>
        <translation>The earlier text stays visible in the agreement&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="567"/>
        <source>Afspraak verwijderen</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../ui/history/pupil_history.py" line="569"/>
        <source>“{0}” helemaal verwijderen, met de geschiedenis ervan? Gebruik dit voor een vergissing; een afspraak die niet doorgaat zet je op ‘vervallen’.</source>
        <translation>Delete “{0}” completely, with its history? Use this for a mistake; an agreement that does not go ahead is set to ‘dropped’.</translation>
    </message>
</context>
<context>
    <name>PupilPanel</name>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="61"/>
        <source>Gesprek voorbereiden…</source>
        <translation>Prepare talk…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="65"/>
        <source>Verslag afdrukken</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="67"/>
        <source>Het gekozen gesprek (of het laatste) op één A4</source>
        <translation>The chosen talk (or the latest) on one A4 page</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="72"/>
        <source>Voor de ouders…</source>
        <translation>For the parents…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="74"/>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="77"/>
        <source>Leerling bewerken…</source>
        <translation>Edit pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="78"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="79"/>
        <source>Ouder/verzorger toevoegen…</source>
        <translation>Add parent/carer…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="83"/>
        <source>Wat ouders vertelden…</source>
        <translation>What the parents told…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="86"/>
        <source>De antwoorden van de vragenlijst startgesprek intypen</source>
        <translation>Type in the answers of the start-of-year questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="91"/>
        <source>Vragenlijst startgesprek afdrukken…</source>
        <translation>Print start-of-year questionnaire…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="94"/>
        <source>&apos;Vertel ons over uw kind&apos;: een A4 voor de ouders om in te vullen</source>
        <translation>&apos;Tell us about your child&apos;: one A4 for the parents to fill in</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="104"/>
        <source>Dubbelklik om te bewerken</source>
        <translation>Double-click to edit</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="113"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="114"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="115"/>
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="117"/>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="120"/>
        <source>Dubbelklik of Enter: voorbereiding openen</source>
        <translation>Double-click or Enter: open the preparation</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="134"/>
        <source>Kies links een leerling.</source>
        <translation>Choose a pupil on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="102"/>
        <location filename="../../ui/main/pupil_panel.py" line="161"/>
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="130"/>
        <location filename="../../ui/main/pupil_panel.py" line="164"/>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="110"/>
        <location filename="../../ui/main/pupil_panel.py" line="167"/>
        <source>Gesprekken</source>
        <translation>Talks</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="70"/>
        <source>Voor jezelf (leerkrachtversie)…</source>
        <translation>For yourself (teacher&apos;s copy)…</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="225"/>
        <source>geboren {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="229"/>
        <source>vertrokken {0}</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="233"/>
        <source>ouders vertelden {0}</source>
        <translation>parents told {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="264"/>
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="266"/>
        <source>laaggeletterd: mondeling of met beeld</source>
        <translation>low literacy: spoken or with pictures</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="275"/>
        <source>Nog geen ouders/verzorgers vastgelegd.</source>
        <translation>No parents/carers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="286"/>
        <source>uiterlijk {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="288"/>
        <source>geen datum</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="290"/>
        <source>Wie: {0}</source>
        <translation>Who: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="293"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="298"/>
        <source>Open afspraken ({0})</source>
        <translation>Open agreements ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="300"/>
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../ui/main/pupil_panel.py" line="311"/>
        <source>Gesprekken ({0})</source>
        <translation>Talks ({0})</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="39"/>
        <source>Antwoord op de uitnodiging</source>
        <translation>Reply to the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="41"/>
        <source>de ouders</source>
        <translation>the parents</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="45"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="49"/>
        <source>Antwoord</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="53"/>
        <source>&amp;Komt</source>
        <translation>&amp;Coming</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="54"/>
        <source>Komt &amp;niet</source>
        <translation>&amp;Not coming</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="55"/>
        <source>&amp;Ander moment</source>
        <translation>&amp;Another moment</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="67"/>
        <source>bijv. donderdag na 15.00 uur of vrijdagochtend</source>
        <translation>e.g. Thursday after 3 pm or Friday morning</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="68"/>
        <source>Wanneer de ouders wel kunnen</source>
        <translation>When the parents can come</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="75"/>
        <source>&amp;Tolk gewenst</source>
        <translation>&amp;Interpreter wanted</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="79"/>
        <source>Taal van de tolk</source>
        <translation>Language of the interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="80"/>
        <source>taal</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="86"/>
        <source>&amp;Vragen van ouders en wat ze over hun kind vertellen</source>
        <translation>&amp;Parents&apos; questions and what they tell about their child</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="87"/>
        <source>Eén vraag per regel, zoals op het strookje</source>
        <translation>One question per line, as on the slip</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="89"/>
        <source>Vragen van ouders</source>
        <translation>Parents&apos; questions</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="113"/>
        <source>Kies wat de ouders antwoordden.</source>
        <translation>Choose what the parents replied.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/reply_dialog.py" line="123"/>
        <source>Voor welke taal is een tolk nodig?</source>
        <translation>Which language is the interpreter for?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="109"/>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="114"/>
        <source>Kies de back-up die je wilt terugzetten. Wat er nu in Oudergesprek staat, wordt eerst zelf als back-up bewaard, zodat je ook dat terug kunt halen.</source>
        <translation>Choose the backup to restore. What is in Oudergesprek now is kept as a backup first, so you can get that back too.</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="122"/>
        <source>Back-ups, nieuwste eerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="133"/>
        <source>Er zijn nog geen back-ups in de gegevensmap.</source>
        <translation>There are no backups in the data folder yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="137"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="138"/>
        <source>De gekozen back-up terugzetten</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="141"/>
        <source>&amp;Ander bestand…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="142"/>
        <source>Een back-upbestand van elders kiezen</source>
        <translation>Choose a backup file from elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="160"/>
        <source>Back-upbestand kiezen</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="162"/>
        <source>Oudergesprek-back-up (*.sqlite3);;Alle bestanden (*)</source>
        <translation>Oudergesprek backup (*.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="50"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="54"/>
        <source>Gegevens van een leerling die de school heeft verlaten, worden bewaard tot het einde van de bewaartermijn: het aantal hele schooljaren na het schooljaar van vertrek. Daarna horen ze te worden verwijderd: de leerling, de gesprekken, notities en afspraken, en ouders/verzorgers zonder andere leerling.</source>
        <translation>The data of a pupil who has left the school is kept until the end of the retention period: a number of whole school years after the school year in which they left. Then it should be erased: the pupil, the talks, notes and agreements, and parents/carers with no other pupil.</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="64"/>
        <source>Bewaren na vertrek (schooljaren):</source>
        <translation>Keep after leaving (school years):</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="69"/>
        <source>Bewaren na vertrek, in schooljaren</source>
        <translation>Keep after leaving, in school years</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="84"/>
        <source>Leerlingen van wie de bewaartermijn voorbij is</source>
        <translation>Pupils whose retention period is over</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="85"/>
        <source>Vink een leerling uit om die nu nog te bewaren.</source>
        <translation>Untick a pupil to keep them for now.</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="89"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="90"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="91"/>
        <source>Vertrokken op</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="92"/>
        <source>Verwijderen sinds</source>
        <translation>Due since</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="104"/>
        <source>Verwijderen kan niet ongedaan worden gemaakt, ook niet uit de back-ups.</source>
        <translation>Erasing cannot be undone, not even from the backups.</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="108"/>
        <source>Definitief verwijderen…</source>
        <translation>Erase for good…</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="110"/>
        <source>Aangevinkte leerlingen definitief verwijderen</source>
        <translation>Erase the ticked pupils for good</translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="113"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/retention_dialog.py" line="151"/>
        <source>%n leerling(en) van wie de bewaartermijn voorbij is:</source>
        <translation>
            <numerusform>%n pupil whose retention period is over:</numerusform>
            <numerusform>%n pupils whose retention period is over:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="154"/>
        <source>Niemand is aan de beurt om te worden verwijderd.</source>
        <translation>Nobody is due for erasure.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/retention_dialog.py" line="187"/>
        <source>en nog %n</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="190"/>
        <source>Definitief verwijderen</source>
        <translation>Erase for good</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/retention_dialog.py" line="192"/>
        <source>%n leerling(en) definitief verwijderen, met alle gesprekken, notities en afspraken?</source>
        <translation>
            <numerusform>Erase %n pupil for good, with all talks, notes and agreements?</numerusform>
            <numerusform>Erase %n pupils for good, with all talks, notes and agreements?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/retention_dialog.py" line="200"/>
        <source>Dit kan niet ongedaan worden gemaakt.</source>
        <translation>This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/history/search_view.py" line="28"/>
        <source>Zoek in namen, notities en afspraken…</source>
        <translation>Search names, notes and agreements…</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="30"/>
        <source>Zoeken in namen, notities en afspraken</source>
        <translation>Search names, notes and agreements</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="42"/>
        <source>Gevonden, per leerling</source>
        <translation>Found, by pupil</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="53"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="54"/>
        <source>gesprek</source>
        <translation>talk</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="55"/>
        <source>afspraak</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="68"/>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../ui/history/search_view.py" line="70"/>
        <source>{0} leerlingen</source>
        <translation>{0} pupils</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentWindow</name>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="90"/>
        <location filename="../../ui/reflection/self_assessment.py" line="475"/>
        <source>Zelfevaluatie</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="106"/>
        <source>Kijk terug op hoe je met ouders werkt, bijvoorbeeld na een gesprekkenavond. De vragen komen uit de checklists voor leerkrachten ({0}). Niets is verplicht.</source>
        <translation>Look back on how you work with parents, for example after a parents&apos; evening. The questions come from the checklists for teachers ({0}). Nothing is required.</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="116"/>
        <source>Datum (dd-mm-jjjj)</source>
        <translation>Date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="118"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="131"/>
        <source>1. Vaardigheden</source>
        <translation>1. Skills</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="132"/>
        <source>2. Interventies</source>
        <translation>2. Interventions</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="133"/>
        <source>3. Oefenen</source>
        <translation>3. Practice</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="134"/>
        <source>4. Geschiedenis</source>
        <translation>4. History</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="145"/>
        <source>&amp;Nieuwe zelfevaluatie</source>
        <translation>&amp;New self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="148"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="138"/>
        <source>Alles wordt vanzelf opgeslagen.</source>
        <translation>Everything is saved as you go.</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="161"/>
        <source>Per vaardigheid: {0} {1} {2}</source>
        <translation>Per skill: {0} {1} {2}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="177"/>
        <source>wil je uitbreiden</source>
        <translation>want to develop</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="179"/>
        <source>{0}: wil je uitbreiden</source>
        <translation>{0}: want to develop</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="242"/>
        <source>Welke gespreksvaardigheden wil je oefenen? Kies er hoogstens {0}: je volgende voorbereidingen stellen ze voor als vaardigheden om op te letten.</source>
        <translation>Which conversation skills do you want to practise? Choose at most {0}: your next preparations suggest them as skills to focus on.</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="266"/>
        <source>Je scores per zelfevaluatie, de oudste links (1 = {0}, {1} = {2}).</source>
        <translation>Your scores per self-assessment, oldest on the left (1 = {0}, {1} = {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="276"/>
        <source>Scores per zelfevaluatie</source>
        <translation>Scores per self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="283"/>
        <source>Hoek van de tabel</source>
        <translation>Table corner</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="285"/>
        <location filename="../../ui/reflection/self_assessment.py" line="288"/>
        <source>Eerdere zelfevaluaties</source>
        <translation>Earlier self-assessments</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="292"/>
        <source>Deze &amp;openen</source>
        <translation>&amp;Open this one</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="327"/>
        <source>{0} · {1} van {2} vaardigheden gescoord</source>
        <translation>{0} · {1} of {2} skills scored</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="332"/>
        <source>oefenen: {0}</source>
        <translation>practise: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="366"/>
        <location filename="../../ui/reflection/self_assessment.py" line="453"/>
        <source>Opgeslagen om {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="378"/>
        <source>Nieuwe zelfevaluatie</source>
        <translation>New self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="380"/>
        <source>Zelfevaluatie bekijken en aanvullen</source>
        <translation>View and complete the self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="388"/>
        <source>Wil je uitbreiden (uit 1. Vaardigheden): {0}</source>
        <translation>You want to develop (from 1. Skills): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="398"/>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="442"/>
        <location filename="../../ui/reflection/self_assessment.py" line="446"/>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reflection/self_assessment.py" line="477"/>
        <source>Je laatste antwoorden zijn niet opgeslagen: {0}

Toch verdergaan zonder ze?</source>
        <translation>Your last answers were not saved: {0}

Go on without them?</translation>
    </message>
</context>
<context>
    <name>TalkModeWindow</name>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="258"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="286"/>
        <source>Eerdere afspraken nalopen</source>
        <translation>Review earlier agreements</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="308"/>
        <location filename="../../ui/evening/talk_mode.py" line="564"/>
        <source>Gesprek klaar · volgende ▶</source>
        <translation>Talk done · next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="313"/>
        <source>Afgezegd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="316"/>
        <source>Niet verschenen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="375"/>
        <source>Communicatief doel bereikt?</source>
        <translation>Communicative goal achieved?</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="377"/>
        <location filename="../../ui/evening/talk_mode.py" line="384"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="377"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="377"/>
        <location filename="../../ui/evening/talk_mode.py" line="384"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="382"/>
        <source>Tweezijdig: brachten de ouders hun kijk in?</source>
        <translation>Two-way: did the parents bring in their view?</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="408"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="532"/>
        <source>Gesprek – {0}</source>
        <translation>Talk – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="576"/>
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="582"/>
        <source>kind is erbij</source>
        <translation>child present</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="566"/>
        <source>Gesprek klaar ✓</source>
        <translation>Talk done ✓</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="136"/>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="194"/>
        <source>Vaardigheden, het hele gesprek</source>
        <translation>Skills, the whole talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="209"/>
        <source>Stap {0}: {1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="220"/>
        <source>Gedeelde notitie (mag op het verslag voor ouders)</source>
        <translation>Shared note (may appear on the parents&apos; copy)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="228"/>
        <source>Privénotitie (alleen voor jou, nooit voor ouders)</source>
        <translation>Private note (only for you, never for parents)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="236"/>
        <source>Gedeelde notitie — mag op het verslag voor ouders</source>
        <translation>Shared note — may appear on the parents&apos; copy</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="239"/>
        <source>Privénotitie — alleen voor jou, nooit voor ouders</source>
        <translation>Private note — only for you, never for parents</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="247"/>
        <location filename="../../ui/evening/talk_mode.py" line="272"/>
        <source>Nieuwe afspraak</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="250"/>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="256"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="267"/>
        <source>Afspraken uit dit gesprek</source>
        <translation>Agreements from this talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="270"/>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="273"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="280"/>
        <source>Typ, Tab, kies wie, Tab, datum, Enter.</source>
        <translation>Type, Tab, choose who, Tab, date, Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="372"/>
        <source>Korte terugblik (mag je ook overslaan)</source>
        <translation>A short look back (you can skip this)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="391"/>
        <source>Wat ging goed? (één regel)</source>
        <translation>What went well? (one line)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="392"/>
        <source>Wat ging &amp;goed? (één regel)</source>
        <translation>What went &amp;well? (one line)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="396"/>
        <location filename="../../ui/evening/talk_mode.py" line="397"/>
        <source>Volgende keer (één regel)</source>
        <translation>Next time (one line)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="400"/>
        <source>Terug naar het gesprek</source>
        <translation>Back to the talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="403"/>
        <source>Verslag voor ouders afdrukken…</source>
        <translation>Print parents&apos; copy…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="411"/>
        <source>Opslaan en verder ▶</source>
        <translation>Save and continue ▶</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="445"/>
        <source>Dat was het laatste gesprek van de avond.</source>
        <translation>That was the last talk of the evening.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="451"/>
        <source>Verslagen voor ouders van deze avond afdrukken…</source>
        <translation>Print this evening&apos;s parents&apos; copies…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="457"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="471"/>
        <source>Terugblik op de avond (mag je ook overslaan)</source>
        <translation>Look back on the evening (you can skip this)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="476"/>
        <source>Wat ging goed deze avond?</source>
        <translation>What went well this evening?</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="479"/>
        <source>Wat doe je volgende keer anders?</source>
        <translation>What will you do differently next time?</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="480"/>
        <source>Wat ging goed deze &amp;avond?</source>
        <translation>What went well this &amp;evening?</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="483"/>
        <source>Wat doe je &amp;volgende keer anders?</source>
        <translation>What will you do differently &amp;next time?</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="494"/>
        <source>&amp;Zelfevaluatie invullen…</source>
        <translation>Fill in a &amp;self-assessment…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="517"/>
        <source>Opgeslagen in het reflectielogboek.</source>
        <translation>Saved in the reflection journal.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="597"/>
        <source>Tip: {0}</source>
        <translation>Tip: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="611"/>
        <source>Doel: {0}</source>
        <translation>Goal: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="612"/>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="616"/>
        <source>Boodschap: {0}</source>
        <translation>Message: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="623"/>
        <source>Vragen van ouders: {0}</source>
        <translation>Parents&apos; questions: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="794"/>
        <source>Wordt opgeslagen…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="822"/>
        <location filename="../../ui/evening/talk_mode.py" line="834"/>
        <source>Niet opgeslagen: probeer het opnieuw.</source>
        <translation>Not saved: try again.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="827"/>
        <source>Niet verbonden met de server. Je notities staan veilig op deze computer en worden opgeslagen zodra de verbinding terug is.</source>
        <translation>Not connected to the server. Your notes are safe on this computer and will be saved as soon as the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="843"/>
        <source>Opgeslagen: de verbinding met de server is terug.</source>
        <translation>Saved: the connection to the server is back.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="848"/>
        <source>Opgeslagen. Ook in een ander venster was hier intussen geschreven: beide teksten staan in de notitie. Kijk ze na.</source>
        <translation>Saved. Another window had written here in the meantime too: both texts are in the note. Please check them.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="854"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="620"/>
        <source>Kwaliteiten: {0}</source>
        <translation>Qualities: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="633"/>
        <source>geen datum</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="934"/>
        <source>Pas de afspraak aan zoals je die nu samen maakt.</source>
        <translation>Change the agreement to what you now agree together.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="943"/>
        <source>Afspraak loopt door</source>
        <translation>Agreement ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="1027"/>
        <source>Gesprek met {0} is klaar.</source>
        <translation>Talk with {0} is done.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="1043"/>
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="1043"/>
        <source>niet verschenen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="1044"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="659"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="255"/>
        <source>Uiterlijk (datum, niet verplicht)</source>
        <translation>Due (date, optional)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="491"/>
        <source>Terugblik &amp;opslaan</source>
        <translation>&amp;Save look back</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="618"/>
        <source>Aandachtspunten: {0}</source>
        <translation>Focus points: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="655"/>
        <source>toelichting (niet verplicht)</source>
        <translation>explanation (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="660"/>
        <source>Loopt door</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="661"/>
        <source>Bijstellen…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="662"/>
        <source>Niet gelukt</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="663"/>
        <source>Vervalt</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="683"/>
        <source>nu: {0}</source>
        <translation>now: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="685"/>
        <source>loopt door</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="687"/>
        <source>bijgesteld</source>
        <translation>adjusted</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="692"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="714"/>
        <source>{0} over tijd</source>
        <translation>{0} over time</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="721"/>
        <source>{0} · {1} over tijd</source>
        <translation>{0} · {1} over time</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="723"/>
        <source>{0} · nog {1}</source>
        <translation>{0} · {1} left</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="735"/>
        <source>Verder (spatie)</source>
        <translation>Continue (space)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="735"/>
        <source>Start (spatie)</source>
        <translation>Start (space)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="738"/>
        <source>Pauze (spatie)</source>
        <translation>Pause (space)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="274"/>
        <location filename="../../ui/evening/talk_mode.py" line="894"/>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="654"/>
        <source>Toelichting bij: {0}</source>
        <translation>Explanation for: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="930"/>
        <source>Afspraak bijstellen</source>
        <translation>Adjust agreement</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="948"/>
        <source>Deze afspraak moest uiterlijk {0} klaar zijn. Tot wanneer loopt ze nu door? (Laat de datum leeg als er geen datum is.)</source>
        <translation>This agreement was due {0}. When is it due now? (Leave the date empty if there is no due date.)</translation>
    </message>
    <message>
        <location filename="../../ui/evening/talk_mode.py" line="996"/>
        <source>Gesprek met {0} afgerond</source>
        <translation>Talk with {0} finished</translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message>
        <location filename="../../ui/evening/tonight.py" line="69"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="70"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="71"/>
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="72"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="74"/>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="75"/>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="97"/>
        <source>Verslag voor ouders…</source>
        <translation>Parents&apos; copy…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="100"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="103"/>
        <source>Maakt ‘afgezegd’, ‘niet verschenen’ of ‘gevoerd’ ongedaan.</source>
        <translation>Undoes ‘cancelled’, ‘no-show’ or ‘held’.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="106"/>
        <source>Antwoord &amp;invoeren…</source>
        <translation>Enter &amp;reply…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="109"/>
        <source>Het antwoordstrookje van de uitnodiging: komt, komt niet, ander moment.</source>
        <translation>The invitation&apos;s reply slip: coming, not coming, another moment.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="112"/>
        <source>Uitnodigingen afdrukken…</source>
        <translation>Print invitations…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="114"/>
        <source>Eén A4 per gezin, met een antwoordstrookje.</source>
        <translation>One A4 per household, with a reply slip.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="118"/>
        <source>Avondpakket afdrukken…</source>
        <translation>Print evening pack…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="123"/>
        <source>Alle verslagen voor ouders…</source>
        <translation>All parents&apos; copies…</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="126"/>
        <source>Eén PDF met het verslag voor ouders van elk gevoerd gesprek van deze avond.</source>
        <translation>One PDF with the parents&apos; copy of every talk held this evening.</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="186"/>
        <source>Morgen ({0})</source>
        <translation>Tomorrow ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="206"/>
        <source>Geen gesprekkenavond gepland</source>
        <translation>No parents&apos; evening planned</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="208"/>
        <source>Plan er een op het tabblad ‘Gesprekkenavonden’.</source>
        <translation>Plan one on the ‘Parents&apos; evenings’ tab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="220"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="221"/>
        <source>%n voorbereid</source>
        <translation>
            <numerusform>%n prepared</numerusform>
            <numerusform>%n prepared</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="265"/>
        <source>komt</source>
        <translation>coming</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="267"/>
        <source>ander moment gevraagd</source>
        <translation>asked for another moment</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="291"/>
        <source>Antwoord invoeren: {0}</source>
        <translation>Enter reply: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="292"/>
        <source>Voorbereiden: {0}</source>
        <translation>Prepare: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="293"/>
        <source>Start gesprek met {0}</source>
        <translation>Start talk with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="294"/>
        <source>Verslag voor ouders van {0}</source>
        <translation>Parents&apos; copy for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="295"/>
        <source>Heropenen: gesprek met {0}</source>
        <translation>Reopen: talk with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="184"/>
        <source>Vanavond</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="66"/>
        <source>Gesprekken van de avond</source>
        <translation>The evening&apos;s talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="211"/>
        <source>{0} · {1}–{2}</source>
        <translation>{0} · {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="246"/>
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="91"/>
        <source>Voorbereiden</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../ui/evening/tonight.py" line="94"/>
        <source>Start gesprek</source>
        <translation>Start talk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>Dagelijkse back-up gemaakt.</source>
        <translation>Daily backup made.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Back-up teruggezet. De vorige gegevens staan in {0}</source>
        <translation>Backup restored. The previous data is in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>Geopend: {0}</source>
        <translation>Opened: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="251"/>
        <source>Wachtwoord voor de server van de school:</source>
        <translation>Password for the school&apos;s server:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="267"/>
        <source>De nieuwste goede back-up is van {0}. Oudergesprek kan die terugzetten; het beschadigde bestand wordt dan opzij gezet in de map backups, niet verwijderd.</source>
        <translation>The newest good backup is from {0}. Oudergesprek can restore it; the damaged file is then set aside in the backups folder, not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="274"/>
        <source>Back-up &amp;terugzetten</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="277"/>
        <source>Nu &amp;niet</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="279"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="50"/>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="51"/>
        <source>na een gesprekkenavond</source>
        <translation>after a parents&apos; evening</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="52"/>
        <source>zelf gemaakt</source>
        <translation>made by you</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="53"/>
        <source>na definitief verwijderen</source>
        <translation>after a permanent deletion</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="54"/>
        <source>vóór terugzetten</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="55"/>
        <source>beschadigd, opzij gezet</source>
        <translation>damaged, set aside</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="58"/>
        <source>vóór een update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="79"/>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="81"/>
        <source>Oudergesprek-back-up (*.sqlite3)</source>
        <translation>Oudergesprek backup (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="95"/>
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="96"/>
        <source>De back-up is gecontroleerd en opgeslagen als:
{0}</source>
        <translation>The backup was checked and saved as:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="176"/>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.py" line="177"/>
        <source>Oudergesprek zet deze back-up terug:
{0}

Wat er nu in staat wordt eerst als back-up bewaard. Alle vensters gaan even dicht en weer open. Doorgaan?</source>
        <translation>Oudergesprek will restore this backup:
{0}

What is in it now is kept as a backup first. All windows close and open again. Continue?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="20"/>
        <location filename="../../ui/common/errors.py" line="44"/>
        <source>Oudergesprek</source>
        <translation>Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="45"/>
        <source>Er ging iets mis in Oudergesprek. Wat je had opgeslagen is bewaard.
De details staan in het logbestand in:
{0}</source>
        <translation>Something went wrong in Oudergesprek. What you had saved is kept.
The details are in the log file in:
{0}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/main/forms.py" line="80"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="82"/>
        <source>bijv. groep 5</source>
        <translation>e.g. group 5</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="84"/>
        <location filename="../../ui/main/forms.py" line="132"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="85"/>
        <source>Schooljaar</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="90"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="93"/>
        <source>bijv. van den</source>
        <translation>e.g. van den</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="98"/>
        <location filename="../../ui/main/forms.py" line="100"/>
        <source>dd-mm-jjjj (niet verplicht)</source>
        <translation>dd-mm-yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="101"/>
        <source>Roepnaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="102"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="103"/>
        <source>Achternaam</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="104"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="106"/>
        <source>Van school vertrokken op</source>
        <translation>Left school on</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="130"/>
        <source>Ouder/verzorger</source>
        <translation>Parent/carer</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="136"/>
        <source>bijv. moeder, vader, verzorger, oma</source>
        <translation>e.g. mother, father, carer, grandmother</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="138"/>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="141"/>
        <source>bijv. Nederlands, Turks, Arabisch</source>
        <translation>e.g. Dutch, Turkish, Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="143"/>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="144"/>
        <source>Tolk nodig bij gesprekken</source>
        <translation>Needs an interpreter for talks</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="148"/>
        <source>Laaggeletterd: liever mondeling of met beeld</source>
        <translation>Low literacy: prefers spoken or pictures</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="152"/>
        <source>Verslag in eenvoudige taal</source>
        <translation>Report in plain language</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="156"/>
        <source>Het verslag voor ouders in korte zinnen en grotere letters, met plaatjes bij de afspraken. Voor een laaggeletterde ouder gebeurt dit altijd.</source>
        <translation>The parents&apos; report in short sentences and larger letters, with pictures beside the agreements. A parent with low literacy always gets it this way.</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="164"/>
        <source>Woont apart: eigen uitnodiging</source>
        <translation>Lives apart: own invitation</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="168"/>
        <source>Deze ouder krijgt een eigen uitnodiging, los van de andere ouder.</source>
        <translation>This parent gets an invitation of their own, apart from the other parent.</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="176"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="181"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="187"/>
        <source>bijv. co-ouderschap, bereikbaarheid</source>
        <translation>e.g. co-parenting, when to reach</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="190"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/main/forms.py" line="199"/>
        <source>Ouder/verzorger van</source>
        <translation>Parent/carer of</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="16"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="17"/>
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="18"/>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="19"/>
        <source>anderen</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="25"/>
        <source>niet verschenen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="27"/>
        <source>komt niet</source>
        <translation>not coming</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="29"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="30"/>
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="31"/>
        <source>gevoerd</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="32"/>
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="38"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="39"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="40"/>
        <source>niet gelukt</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="41"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="57"/>
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="59"/>
        <source>laaggeletterd</source>
        <translation>low literacy</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/common/unsaved.py" line="35"/>
        <source>Wat je typte kon niet worden opgeslagen.</source>
        <translation>What you typed could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="40"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="43"/>
        <source>De tekst staat op het klembord. Je kunt hem ergens anders plakken.</source>
        <translation>The text is on the clipboard. You can paste it somewhere else.</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="47"/>
        <source>Het venster blijft open met je tekst, zodat je niets kwijtraakt.</source>
        <translation>The window stays open with your text, so you lose nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="52"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="56"/>
        <source>Tekst &amp;kopiëren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="60"/>
        <source>Open &amp;laten</source>
        <translation>&amp;Keep open</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="64"/>
        <source>&amp;Sluiten zonder opslaan</source>
        <translation>C&amp;lose without saving</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.py" line="80"/>
        <source>Nog steeds niet opgeslagen.</source>
        <translation>Still not saved.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="135"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="137"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
