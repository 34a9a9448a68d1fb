<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>EveningPlanner</name>
    <message>
        <location filename="../../ui/evening_planner.py" line="73" />
        <source>Nieuwe avond…</source>
        <translation>New evening…</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="76" />
        <source>Avond verwijderen…</source>
        <translation>Delete evening…</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="80" />
        <source>Gesprekkenavonden</source>
        <translation>Conference evenings</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="86" />
        <source>Avond</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="88" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="89" />
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="90" />
        <source>uu:mm (mag leeg)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="91" />
        <source>bijv. lokaal 5</source>
        <translation>e.g. classroom 5</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="95" />
        <source>geen pauze</source>
        <translation>no break</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="98" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="99" />
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="100" />
        <source>Uiterlijk klaar om</source>
        <translation>Finished by</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="101" />
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="102" />
        <source>Duur van een gesprek</source>
        <translation>Length of a talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="103" />
        <source>Tijd tussen gesprekken</source>
        <translation>Time between talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="104" />
        <source>Pauze na elke … gesprekken</source>
        <translation>Break after every … talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="105" />
        <source>Duur van de pauze</source>
        <translation>Length of the break</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="139" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="145" />
        <source>Nog niet geplande leerlingen toevoegen</source>
        <translation>Add pupils not planned yet</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="149" />
        <source>Voegt iedere leerling van de groep toe die deze periode nog geen gesprek had of gepland heeft.</source>
        <translation>Adds every pupil of the group who has had no talk, and has none planned, this term.</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="155" />
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="158" />
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="161" />
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="162" />
        <source>Delete-toets</source>
        <translation>Delete key</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="164" />
        <source>Eigen duur</source>
        <translation>Own length</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="169" />
        <source>Voorbereiden</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="171" />
        <source>Gesprek starten</source>
        <translation>Start talk</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="173" />
        <source>Naar agenda (.ics)…</source>
        <translation>To calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="176" />
        <source>Avondpakket (PDF)…</source>
        <translation>Evening pack (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="183" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="188" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="209" />
        <source>Gesprekken (sleep of Alt+↑/↓ om te verplaatsen)</source>
        <translation>Talks (drag or Alt+↑/↓ to move)</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="221" />
        <source>Nog geen gesprekkenavond. Klik op ‘Nieuwe avond…’.</source>
        <translation>No conference evening yet. Click ‘New evening…’.</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="279" />
        <location filename="../../ui/evening_planner.py" line="429" />
        <source>{0} {1} · {2} gesprekken</source>
        <translation>{0} {1} · {2} talks</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="329" />
        <source>{0} gesprekken · {1}–{2}</source>
        <translation>{0} talks · {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="353" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="354" />
        <source>geen ouders vastgelegd</source>
        <translation>no parents recorded</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="357" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="359" />
        <source>voorbereiding {0}</source>
        <translation>preparation {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="362" />
        <source>{0} open afspraken</source>
        <translation>{0} open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="367" />
        <source>— pauze {0} min —</source>
        <translation>— break {0} min —</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="375" />
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="460" />
        <source>Avond verwijderen</source>
        <translation>Delete evening</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="462" />
        <source>De avond van {0} verwijderen? Gesprekken die al voorbereid of gevoerd zijn blijven bewaard bij de leerling.</source>
        <translation>Delete the evening of {0}? Talks already prepared or held stay with the pupil.</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="498" />
        <source>Kies een leerling uit de lijst.</source>
        <translation>Choose a pupil from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="605" />
        <location filename="../../ui/evening_planner.py" line="615" />
        <source>Naar agenda</source>
        <translation>To calendar</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="605" />
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/evening_planner.py" line="615" />
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>GroupOverview</name>
    <message>
        <location filename="../../ui/group_overview.py" line="60" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="61" />
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="62" />
        <source>Gesprekken dit jaar</source>
        <translation>Talks this year</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="63" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="64" />
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="65" />
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="79" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="111" />
        <source>nog geen contact dit schooljaar</source>
        <translation>no contact yet this school year</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="113" />
        <source>alleen gesprekken over zorgen</source>
        <translation>only talks about concerns</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="117" />
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/group_overview.py" line="144" />
        <source>Schooljaar {0}: {1} leerlingen, {2} zonder contact, {3} alleen over zorgen</source>
        <translation>School year {0}: {1} pupils, {2} without contact, {3} only about concerns</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>Zoek een leerling…</source>
        <translation>Find a pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Geen leerling gevonden.</source>
        <translation>No pupil found.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Vanavond</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Gesprekkenavonden</source>
        <translation>Conference evenings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Demoklas laden</source>
        <translation>Load demo class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;Klas</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Nieuwe groep…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>Groep bewerken…</source>
        <translation>Edit group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Groep verwijderen…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <source>Nieuwe leerling…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <location filename="../../ui/main_window.py" line="159" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Contactoverzicht</source>
        <translation>Contact overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <location filename="../../ui/main_window.py" line="492" />
        <source>Over Oudergesprek</source>
        <translation>About Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Groepen: {0} · leerlingen: {1}</source>
        <translation>Groups: {0} · pupils: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <source>Welkom bij Oudergesprek</source>
        <translation>Welcome to Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Er staan nog geen groepen in Oudergesprek.

Wilt u een verzonnen demoklas laden om de app te verkennen? U kunt daarna zelf uw groep aanmaken via Klas → Nieuwe groep.</source>
        <translation>There are no groups in Oudergesprek yet.

Would you like to load a made-up demo class to explore the app? Afterwards you can create your own group via Class → New group.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>Demoklas geladen: {0} leerlingen.</source>
        <translation>Demo class loaded: {0} pupils.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <location filename="../../ui/main_window.py" line="312" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <location filename="../../ui/main_window.py" line="312" />
        <source>Kies eerst een groep.</source>
        <translation>Choose a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>{0} ({1}) verwijderen, met alle {2} leerlingen en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0} ({1}), with all {2} pupils and their talks and agreements?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>Maak eerst een groep aan.</source>
        <translation>Create a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>Leerling verwijderen</source>
        <translation>Delete pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>{0} verwijderen, met alle gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0}, with all talks and agreements?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437" />
        <source>Verslag voor ouders – {0}</source>
        <translation>Summary for parents – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439" />
        <source>Gespreksverslag – {0}</source>
        <translation>Talk summary – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>Avondpakket – {0}</source>
        <translation>Evening pack – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494" />
        <source>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Oudergesprekken voorbereiden, voeren en vastleggen, met het communicatiemodel (Jansen et al., 2021) en de checklist oudergesprek uit de kaartenset Ouderbetrokkenheid.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven op deze computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Prepare, hold and record parent conversations, with the communication model (Jansen et al., 2021) and the parent-conversation checklist from the card set Ouderbetrokkenheid (parent involvement).&lt;/p&gt;&lt;p&gt;All data stays on this computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/print_preview.py" line="50" />
        <source>{0} pagina('s)</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="51" />
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="54" />
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="57" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="83" />
        <source>De printer kan niet worden gebruikt.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="107" />
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="107" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <location filename="../../ui/preparation_window.py" line="134" />
        <source>Voorbereiding – {0}</source>
        <translation>Preparation – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="141" />
        <source>Overnemen uit vorig gesprek</source>
        <translation>Copy from previous talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="145" />
        <source>Neemt de relationele boodschap, kwaliteiten en uitstraling over uit het vorige voorbereide gesprek, alleen waar u nog niets schreef. Afspraken worden nooit gekopieerd.</source>
        <translation>Copies the relational message, qualities and what to radiate from the previous prepared talk, only where you have not written anything yet. Agreements are never copied.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="199" />
        <source>Alt+1 … Alt+9: naar een onderdeel.
Alles wordt vanzelf bewaard.</source>
        <translation>Alt+1 … Alt+9: go to a section.
Everything is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="220" />
        <source>Gesprek en deelnemers</source>
        <translation>Talk and participants</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="226" />
        <source>Eerdere afspraken</source>
        <translation>Earlier agreements</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="227" />
        <source>Vragen en vaardigheden</source>
        <translation>Questions and skills</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="255" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="258" />
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="261" />
        <source>minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="264" />
        <source>bijv. lokaal 5</source>
        <translation>e.g. classroom 5</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="268" />
        <source>Het kind is bij het gesprek</source>
        <translation>The child takes part in the talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="272" />
        <source>bijv. tolk (telefonisch), intern begeleider</source>
        <translation>e.g. interpreter (by phone), special needs coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="275" />
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="278" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="279" />
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="280" />
        <source>Duur (minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="281" />
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="286" />
        <location filename="../../ui/preparation_window.py" line="289" />
        <location filename="../../ui/preparation_window.py" line="546" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="290" />
        <source>Nog geen ouders/verzorgers vastgelegd bij deze leerling.</source>
        <translation>No parents/carers recorded for this pupil yet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="294" />
        <source>Tolk of anderen</source>
        <translation>Interpreter or others</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="314" />
        <source>Mijn boodschap in een paar zinnen…</source>
        <translation>My message in a few sentences…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="321" />
        <location filename="../../ui/preparation_window.py" line="323" />
        <source>Eén per regel</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="325" />
        <source>Wat ik in de klas ga doen…</source>
        <translation>What I will do in class…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="329" />
        <source>Kwaliteiten van het kind</source>
        <translation>The child's qualities</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="330" />
        <source>stap 10: {0}</source>
        <translation>step 10: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="333" />
        <source>Groeikansen</source>
        <translation>Growth opportunities</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="333" />
        <source>stap 11: {0}</source>
        <translation>step 11: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="336" />
        <source>Betekenis voor mijn handelen</source>
        <translation>What this means for my actions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="337" />
        <source>stap 12: {0}</source>
        <translation>step 12: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="349" />
        <source>Wat wil ik aan het eind van dit gesprek bereikt hebben?</source>
        <translation>What do I want to have achieved at the end of this talk?</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="350" />
        <source>invloed op</source>
        <translation>influences</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="360" />
        <source>Hoe zie ik de ouders en het kind?</source>
        <translation>How do I see the parents and the child?</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="385" />
        <source>Of in eigen woorden, bijv. rust, humor</source>
        <translation>Or in your own words, e.g. calm, humour</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="394" />
        <source>Samen: {0} min</source>
        <translation>Total: {0} min</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="404" />
        <source>Bijv. eerst de kwaliteiten, dan de zorgen…</source>
        <translation>E.g. first the qualities, then the concerns…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="413" />
        <source>Geen open afspraken met deze leerling.</source>
        <translation>No open agreements with this pupil.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="418" />
        <source>Vink aan welke afspraken u in dit gesprek wilt nalopen; ze komen terug in de gespreksmodus en op het uitgeprinte blad.</source>
        <translation>Tick the agreements you want to review in this talk; they come back in talk mode and on the printed page.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="434" />
        <source>uiterlijk {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="436" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="439" />
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="444" />
        <source>Mijn vragen aan de ouders, één per regel</source>
        <translation>My questions for the parents, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="446" />
        <source>Vragen van de ouders (als ik ze al ken)</source>
        <translation>The parents' questions (if I know them)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="450" />
        <source>Mijn vragen</source>
        <translation>My questions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="452" />
        <source>Vragen van de ouders</source>
        <translation>The parents' questions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="456" />
        <source>Vaardigheden om op te letten (kies 1 tot {0})</source>
        <translation>Skills to focus on (choose 1 to {0})</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="467" />
        <source>Ruimte, geluid, online, tolk…</source>
        <translation>Room, noise, online, interpreter…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="473" />
        <source>Gespreksruimte gereserveerd</source>
        <translation>Meeting room booked</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="474" />
        <source>Lawaai buiten het lokaal</source>
        <translation>Noise outside the classroom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="475" />
        <source>Onlinegesprek: link gestuurd</source>
        <translation>Online talk: link sent</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="476" />
        <source>Tolk geregeld</source>
        <translation>Interpreter arranged</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="497" />
        <source>De tijd volgt uit de gesprekkenavond; verplaats het gesprek in de planner.</source>
        <translation>The time follows from the conference evening; move the talk in the planner.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="545" />
        <source>Wat de app al weet</source>
        <translation>What the app already knows</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="547" />
        <source>Laatste gesprekken</source>
        <translation>Recent talks</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="548" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="559" />
        <source>Nog geen eerdere gesprekken.</source>
        <translation>No earlier talks yet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="561" />
        <source>doel bereikt</source>
        <translation>goal achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="562" />
        <source>doel deels bereikt</source>
        <translation>goal partly achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="563" />
        <source>doel niet bereikt</source>
        <translation>goal not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="578" />
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="583" />
        <source>… en nog {0} (zie 7. Eerdere afspraken)</source>
        <translation>… and {0} more (see 7. Earlier agreements)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="654" />
        <source>De duur moet een heel aantal minuten zijn, bijv. 10.</source>
        <translation>The duration must be a whole number of minutes, e.g. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="713" />
        <source>Bewaard om {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="747" />
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="747" />
        <source>nog niet voorbereid</source>
        <translation>not prepared yet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="750" />
        <source>{0} van {1} ingevuld · {2}</source>
        <translation>{0} of {1} filled in · {2}</translation>
    </message>
</context>
<context>
    <name>PupilHistoryWindow</name>
    <message>
        <location filename="../../ui/pupil_history.py" line="68" />
        <source>Zorgsignaal: automatisch</source>
        <translation>Concern signal: automatic</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="69" />
        <source>Ging vooral over zorgen</source>
        <translation>Was mostly about concerns</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="70" />
        <source>Ging niet vooral over zorgen</source>
        <translation>Was not mostly about concerns</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="85" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="86" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="87" />
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="88" />
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="89" />
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="94" />
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="116" />
        <source>toelichting (mag leeg)</source>
        <translation>note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="117" />
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="121" />
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="123" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="144" />
        <source>Gesprekken</source>
        <translation>Talks</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="145" />
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="157" />
        <source>Geschiedenis – {0}</source>
        <translation>History – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="160" />
        <source>Nog geen ouders/verzorgers vastgelegd.</source>
        <translation>No parents/carers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="164" />
        <source>Nog geen gesprekken met deze leerling.</source>
        <translation>No talks with this pupil yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="185" />
        <source>doel bereikt</source>
        <translation>goal achieved</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="186" />
        <source>doel deels bereikt</source>
        <translation>goal partly achieved</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="187" />
        <source>doel niet bereikt</source>
        <translation>goal not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="192" />
        <source>vooral zorgen</source>
        <translation>mostly concerns</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="241" />
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="247" />
        <source>Boodschap</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="248" />
        <source>Kwaliteiten</source>
        <translation>Qualities</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="249" />
        <source>Groeikansen</source>
        <translation>Growth opportunities</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="250" />
        <source>Relationele boodschap</source>
        <translation>Relational message</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="251" />
        <source>Gedeelde notitie</source>
        <translation>Shared note</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="252" />
        <source>Privénotitie</source>
        <translation>Private note</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="254" />
        <source>Afspraken gemaakt</source>
        <translation>Agreements made</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="262" />
        <source>Eerdere afspraken besproken</source>
        <translation>Earlier agreements reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="271" />
        <source>Volgende keer</source>
        <translation>Next time</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="307" />
        <source>uiterlijk {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="309" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="314" />
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="325" />
        <source>Geen afspraken bij dit filter.</source>
        <translation>No agreements with this filter.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="332" />
        <source>Gemaakt in</source>
        <translation>Made in</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="333" />
        <source>in gesprek</source>
        <translation>in talk</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_history.py" line="334" />
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>PupilPanel</name>
    <message>
        <location filename="../../ui/pupil_panel.py" line="57" />
        <source>Gesprek voorbereiden…</source>
        <translation>Prepare talk…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="61" />
        <source>Verslag afdrukken</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="63" />
        <source>Het gekozen gesprek (of het laatste) op één A4</source>
        <translation>The chosen talk (or the latest) on one A4 page</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="66" />
        <source>Voor mijzelf (leerkrachtversie)…</source>
        <translation>For myself (teacher copy)…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="68" />
        <source>Voor de ouders…</source>
        <translation>For the parents…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="70" />
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="73" />
        <source>Leerling bewerken…</source>
        <translation>Edit pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="74" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="75" />
        <source>Ouder/verzorger toevoegen…</source>
        <translation>Add parent/carer…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="83" />
        <source>Dubbelklik om te bewerken</source>
        <translation>Double-click to edit</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="91" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="92" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="93" />
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="94" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="95" />
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="98" />
        <source>Dubbelklik of Enter: voorbereiding openen</source>
        <translation>Double-click or Enter: open the preparation</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="110" />
        <source>Kies links een leerling.</source>
        <translation>Choose a pupil on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="132" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="135" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="138" />
        <source>Gesprekken</source>
        <translation>Talks</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="196" />
        <source>geboren {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="200" />
        <source>vertrokken {0}</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="215" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="217" />
        <source>laaggeletterd: mondeling of met beeld</source>
        <translation>low literacy: spoken or with pictures</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="226" />
        <source>Nog geen ouders/verzorgers vastgelegd.</source>
        <translation>No parents/carers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="237" />
        <source>uiterlijk {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="239" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="241" />
        <source>Wie: {0}</source>
        <translation>Who: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="244" />
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="249" />
        <source>Open afspraken ({0})</source>
        <translation>Open agreements ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="251" />
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="262" />
        <source>Gesprekken ({0})</source>
        <translation>Talks ({0})</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/search_view.py" line="25" />
        <source>Zoek in namen, notities en afspraken…</source>
        <translation>Search names, notes and agreements…</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="48" />
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="49" />
        <source>gesprek</source>
        <translation>talk</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="50" />
        <source>afspraak</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="63" />
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../ui/search_view.py" line="65" />
        <source>{0} leerlingen</source>
        <translation>{0} pupils</translation>
    </message>
</context>
<context>
    <name>TalkModeWindow</name>
    <message>
        <location filename="../../ui/talk_mode.py" line="143" />
        <source>Houding, het hele gesprek</source>
        <translation>Attitude, throughout the talk</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="164" />
        <source>Wat besproken is; mag op het verslag voor ouders</source>
        <translation>What was discussed; may go on the parents' summary</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="171" />
        <source>Alleen voor mij; komt nooit op het verslag voor ouders</source>
        <translation>Only for me; never on the parents' summary</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="175" />
        <source>Gedeelde notitie (ook voor ouders)</source>
        <translation>Shared note (also for parents)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="177" />
        <source>Privénotitie (alleen voor mij)</source>
        <translation>Private note (only for me)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="182" />
        <source>Nieuwe afspraak… (Enter om toe te voegen)</source>
        <translation>New agreement… (Enter to add)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="189" />
        <source>uiterlijk dd-mm-jjjj</source>
        <translation>by dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="191" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="201" />
        <source>Afspraken (wie doet wat, wanneer)</source>
        <translation>Agreements (who does what, by when)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="212" />
        <source>Eerdere afspraken nalopen</source>
        <translation>Review earlier agreements</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="228" />
        <location filename="../../ui/talk_mode.py" line="362" />
        <source>Gesprek klaar · volgende ▶</source>
        <translation>Talk done · next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="233" />
        <source>Afgezegd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="236" />
        <source>Niet verschenen</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="266" />
        <source>Korte terugblik (mag ook overslaan)</source>
        <translation>Short reflection (you may skip it)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="269" />
        <source>Communicatief doel bereikt?</source>
        <translation>Communicative goal achieved?</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="271" />
        <location filename="../../ui/talk_mode.py" line="281" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="271" />
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="271" />
        <location filename="../../ui/talk_mode.py" line="281" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="279" />
        <source>Tweezijdig: brachten de ouders hun kijk in?</source>
        <translation>Two-way: did the parents bring in their view?</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="291" />
        <source>Volgende keer… (één regel)</source>
        <translation>Next time… (one line)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="294" />
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="297" />
        <source>Bewaren en verder ▶</source>
        <translation>Save and continue ▶</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="317" />
        <source>Gesprek – {0}</source>
        <translation>Talk – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="322" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="329" />
        <source>kind is erbij</source>
        <translation>child present</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="364" />
        <source>Gesprek klaar ✓</source>
        <translation>Talk done ✓</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="375" />
        <source>Doel: {0}</source>
        <translation>Goal: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="375" />
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="378" />
        <source>Boodschap: {0}</source>
        <translation>Message: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="380" />
        <source>Let op: {0}</source>
        <translation>Focus: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="382" />
        <source>Kwaliteiten: {0}</source>
        <translation>Qualities: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="391" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="411" />
        <source>toelichting (mag leeg)</source>
        <translation>note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="416" />
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="417" />
        <source>Loopt door</source>
        <translation>Continues</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="418" />
        <source>Bijstellen…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="419" />
        <source>Niet gelukt</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="420" />
        <source>Vervalt</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="438" />
        <source>nu: {0}</source>
        <translation>now: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="467" />
        <source>{0} · nog {1}</source>
        <translation>{0} · {1} left</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="472" />
        <source>Verder (spatie)</source>
        <translation>Continue (space)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="472" />
        <source>Pauze (spatie)</source>
        <translation>Pause (space)</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="538" />
        <source>Uiterlijk</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="569" />
        <source>Afspraak bijstellen</source>
        <translation>Adjust agreement</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="569" />
        <source>Nieuwe tekst:</source>
        <translation>New wording:</translation>
    </message>
    <message>
        <location filename="../../ui/talk_mode.py" line="607" />
        <source>Gesprek met {0} afgerond</source>
        <translation>Talk with {0} finished</translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message>
        <location filename="../../ui/tonight_view.py" line="52" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="53" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="54" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="55" />
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="56" />
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="57" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="76" />
        <source>Avondpakket afdrukken…</source>
        <translation>Print evening pack…</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="103" />
        <source>Geen gesprekkenavond gepland</source>
        <translation>No conference evening planned</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="105" />
        <source>Plan er een op het tabblad ‘Gesprekkenavonden’.</source>
        <translation>Plan one on the ‘Conference evenings’ tab.</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="108" />
        <source>Vanavond</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="113" />
        <source>{0} · {1}–{2}</source>
        <translation>{0} · {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="122" />
        <source>{0} gesprekken, {1} voorbereid</source>
        <translation>{0} talks, {1} prepared</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="135" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="149" />
        <source>Voorbereiden</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../ui/tonight_view.py" line="152" />
        <source>Start gesprek</source>
        <translation>Start talk</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/forms.py" line="85" />
        <source>bijv. groep 5</source>
        <translation>e.g. groep 5</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="87" />
        <location filename="../../ui/forms.py" line="132" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="88" />
        <source>Schooljaar</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="96" />
        <source>bijv. van den</source>
        <translation>e.g. van den</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="101" />
        <location filename="../../ui/forms.py" line="103" />
        <source>dd-mm-jjjj (mag leeg)</source>
        <translation>dd-mm-yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="104" />
        <source>Roepnaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="105" />
        <source>Tussenvoegsel</source>
        <translation>Name prefix (tussenvoegsel)</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="106" />
        <source>Achternaam</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="107" />
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="108" />
        <source>Van school vertrokken op</source>
        <translation>Left school on</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="134" />
        <source>bijv. moeder, vader, verzorger, oma</source>
        <translation>e.g. mother, father, carer, grandmother</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="135" />
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="137" />
        <source>bijv. Nederlands, Turks, Arabisch</source>
        <translation>e.g. Dutch, Turkish, Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="138" />
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="139" />
        <source>Tolk nodig bij gesprekken</source>
        <translation>Needs an interpreter for talks</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="142" />
        <source>Laaggeletterd: liever mondeling of met beeld</source>
        <translation>Low literacy: prefers spoken or pictures</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="145" />
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="146" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="149" />
        <source>bijv. co-ouderschap, bereikbaarheid</source>
        <translation>e.g. co-parenting, when to reach</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="151" />
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="159" />
        <source>Ouder/verzorger van</source>
        <translation>Parent/carer of</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="19" />
        <location filename="../../ui/errors.py" line="33" />
        <source>Oudergesprek</source>
        <translation>Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>Er ging iets mis in Oudergesprek. Wat u had opgeslagen is bewaard.
De details staan in het logbestand in:
{0}</source>
        <translation>Something went wrong in Oudergesprek. What you had saved is kept.
The details are in the log file in:
{0}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>anderen</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>niet verschenen</source>
        <translation>did not come</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>gevoerd</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>niet gelukt</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>laaggeletterd</source>
        <translation>low literacy</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/forms.py" line="83" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="93" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="131" />
        <source>Ouder/verzorger</source>
        <translation>Parent/carer</translation>
    </message>
</context>
</TS>