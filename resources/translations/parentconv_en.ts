<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Zoek een leerling…</source>
        <translation>Find a pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>Geen leerling gevonden.</source>
        <translation>No pupil found.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Demoklas laden</source>
        <translation>Load demo class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>&amp;Klas</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Nieuwe groep…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Groep bewerken…</source>
        <translation>Edit group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Groep verwijderen…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>Nieuwe leerling…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <location filename="../../ui/main_window.py" line="384" />
        <source>Over Oudergesprek</source>
        <translation>About Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Groepen: {0} · leerlingen: {1}</source>
        <translation>Groups: {0} · pupils: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>Welkom bij Oudergesprek</source>
        <translation>Welcome to Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Er staan nog geen groepen in Oudergesprek.

Wilt u een verzonnen demoklas laden om de app te verkennen? U kunt daarna zelf uw groep aanmaken via Klas → Nieuwe groep.</source>
        <translation>There are no groups in Oudergesprek yet.

Would you like to load a made-up demo class to explore the app? Afterwards you can create your own group via Class → New group.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Demoklas geladen: {0} leerlingen.</source>
        <translation>Demo class loaded: {0} pupils.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <location filename="../../ui/main_window.py" line="276" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <location filename="../../ui/main_window.py" line="276" />
        <source>Kies eerst een groep.</source>
        <translation>Choose a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>{0} ({1}) verwijderen, met alle {2} leerlingen en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0} ({1}), with all {2} pupils and their talks and agreements?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>Maak eerst een groep aan.</source>
        <translation>Create a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>Leerling verwijderen</source>
        <translation>Delete pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324" />
        <source>{0} verwijderen, met alle gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0}, with all talks and agreements?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386" />
        <source>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Oudergesprekken voorbereiden, voeren en vastleggen, met het communicatiemodel (Jansen et al., 2021) en de checklist oudergesprek uit de kaartenset Ouderbetrokkenheid.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven op deze computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Prepare, hold and record parent conversations, with the communication model (Jansen et al., 2021) and the parent-conversation checklist from the card set Ouderbetrokkenheid (parent involvement).&lt;/p&gt;&lt;p&gt;All data stays on this computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <location filename="../../ui/preparation_window.py" line="132" />
        <source>Voorbereiding – {0}</source>
        <translation>Preparation – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="139" />
        <source>Overnemen uit vorig gesprek</source>
        <translation>Copy from previous talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="143" />
        <source>Neemt de relationele boodschap, kwaliteiten en uitstraling over uit het vorige voorbereide gesprek, alleen waar u nog niets schreef. Afspraken worden nooit gekopieerd.</source>
        <translation>Copies the relational message, qualities and what to radiate from the previous prepared talk, only where you have not written anything yet. Agreements are never copied.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="197" />
        <source>Alt+1 … Alt+9: naar een onderdeel.
Alles wordt vanzelf bewaard.</source>
        <translation>Alt+1 … Alt+9: go to a section.
Everything is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="218" />
        <source>Gesprek en deelnemers</source>
        <translation>Talk and participants</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="224" />
        <source>Eerdere afspraken</source>
        <translation>Earlier agreements</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="225" />
        <source>Vragen en vaardigheden</source>
        <translation>Questions and skills</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="253" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="256" />
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="259" />
        <source>minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="262" />
        <source>bijv. lokaal 5</source>
        <translation>e.g. classroom 5</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="266" />
        <source>Het kind is bij het gesprek</source>
        <translation>The child takes part in the talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="270" />
        <source>bijv. tolk (telefonisch), intern begeleider</source>
        <translation>e.g. interpreter (by phone), special needs coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="273" />
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="276" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="277" />
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="278" />
        <source>Duur (minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="279" />
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="284" />
        <location filename="../../ui/preparation_window.py" line="287" />
        <location filename="../../ui/preparation_window.py" line="547" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="288" />
        <source>Nog geen ouders/verzorgers vastgelegd bij deze leerling.</source>
        <translation>No parents/carers recorded for this pupil yet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="292" />
        <source>Tolk of anderen</source>
        <translation>Interpreter or others</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="312" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="314" />
        <source>laaggeletterd</source>
        <translation>low literacy</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="320" />
        <source>Mijn boodschap in een paar zinnen…</source>
        <translation>My message in a few sentences…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="327" />
        <location filename="../../ui/preparation_window.py" line="329" />
        <source>Eén per regel</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="331" />
        <source>Wat ik in de klas ga doen…</source>
        <translation>What I will do in class…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="335" />
        <source>Kwaliteiten van het kind</source>
        <translation>The child's qualities</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="336" />
        <source>stap 10: {0}</source>
        <translation>step 10: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="339" />
        <source>Groeikansen</source>
        <translation>Growth opportunities</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="339" />
        <source>stap 11: {0}</source>
        <translation>step 11: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="342" />
        <source>Betekenis voor mijn handelen</source>
        <translation>What this means for my actions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="343" />
        <source>stap 12: {0}</source>
        <translation>step 12: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="355" />
        <source>Wat wil ik aan het eind van dit gesprek bereikt hebben?</source>
        <translation>What do I want to have achieved at the end of this talk?</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="356" />
        <source>invloed op</source>
        <translation>influences</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="366" />
        <source>Hoe zie ik de ouders en het kind?</source>
        <translation>How do I see the parents and the child?</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="391" />
        <source>Of in eigen woorden, bijv. rust, humor</source>
        <translation>Or in your own words, e.g. calm, humour</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="400" />
        <source>Samen: {0} min</source>
        <translation>Total: {0} min</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="410" />
        <source>Bijv. eerst de kwaliteiten, dan de zorgen…</source>
        <translation>E.g. first the qualities, then the concerns…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="419" />
        <source>Geen open afspraken met deze leerling.</source>
        <translation>No open agreements with this pupil.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="424" />
        <source>Vink aan welke afspraken u in dit gesprek wilt nalopen; ze komen terug in de gespreksmodus en op het uitgeprinte blad.</source>
        <translation>Tick the agreements you want to review in this talk; they come back in talk mode and on the printed page.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="439" />
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="440" />
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="441" />
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="442" />
        <source>anderen</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="445" />
        <source>uiterlijk {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="447" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="450" />
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="455" />
        <source>Mijn vragen aan de ouders, één per regel</source>
        <translation>My questions for the parents, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="457" />
        <source>Vragen van de ouders (als ik ze al ken)</source>
        <translation>The parents' questions (if I know them)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="461" />
        <source>Mijn vragen</source>
        <translation>My questions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="463" />
        <source>Vragen van de ouders</source>
        <translation>The parents' questions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="467" />
        <source>Vaardigheden om op te letten (kies 1 tot {0})</source>
        <translation>Skills to focus on (choose 1 to {0})</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="478" />
        <source>Ruimte, geluid, online, tolk…</source>
        <translation>Room, noise, online, interpreter…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="484" />
        <source>Gespreksruimte gereserveerd</source>
        <translation>Meeting room booked</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="485" />
        <source>Lawaai buiten het lokaal</source>
        <translation>Noise outside the classroom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="486" />
        <source>Onlinegesprek: link gestuurd</source>
        <translation>Online talk: link sent</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="487" />
        <source>Tolk geregeld</source>
        <translation>Interpreter arranged</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="546" />
        <source>Wat de app al weet</source>
        <translation>What the app already knows</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="548" />
        <source>Laatste gesprekken</source>
        <translation>Recent talks</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="549" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="560" />
        <source>Nog geen eerdere gesprekken.</source>
        <translation>No earlier talks yet.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="562" />
        <source>doel bereikt</source>
        <translation>goal achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="563" />
        <source>doel deels bereikt</source>
        <translation>goal partly achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="564" />
        <source>doel niet bereikt</source>
        <translation>goal not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="579" />
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="651" />
        <source>De duur moet een heel aantal minuten zijn, bijv. 10.</source>
        <translation>The duration must be a whole number of minutes, e.g. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="710" />
        <source>Bewaard om {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="744" />
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="744" />
        <source>nog niet voorbereid</source>
        <translation>not prepared yet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation_window.py" line="747" />
        <source>{0} van {1} ingevuld · {2}</source>
        <translation>{0} of {1} filled in · {2}</translation>
    </message>
</context>
<context>
    <name>PupilPanel</name>
    <message>
        <location filename="../../ui/pupil_panel.py" line="54" />
        <source>Gesprek voorbereiden…</source>
        <translation>Prepare talk…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="58" />
        <source>Leerling bewerken…</source>
        <translation>Edit pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="59" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="60" />
        <source>Ouder/verzorger toevoegen…</source>
        <translation>Add parent/carer…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="68" />
        <source>Dubbelklik om te bewerken</source>
        <translation>Double-click to edit</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="76" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="77" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="78" />
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="80" />
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="83" />
        <source>Dubbelklik of Enter: voorbereiding openen</source>
        <translation>Double-click or Enter: open the preparation</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="95" />
        <source>Kies links een leerling.</source>
        <translation>Choose a pupil on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="115" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="118" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="121" />
        <source>Gesprekken</source>
        <translation>Talks</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="165" />
        <source>geboren {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="169" />
        <source>vertrokken {0}</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="183" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="185" />
        <source>laaggeletterd: mondeling of met beeld</source>
        <translation>low literacy: spoken or with pictures</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="194" />
        <source>Nog geen ouders/verzorgers vastgelegd.</source>
        <translation>No parents/carers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="205" />
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="206" />
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="207" />
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="208" />
        <source>anderen</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="213" />
        <source>uiterlijk {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="215" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="217" />
        <source>Wie: {0}</source>
        <translation>Who: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="220" />
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="225" />
        <source>Open afspraken ({0})</source>
        <translation>Open agreements ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="227" />
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="238" />
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="239" />
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="240" />
        <source>gevoerd</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="241" />
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="250" />
        <source>Gesprekken ({0})</source>
        <translation>Talks ({0})</translation>
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