<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <source>Zoek een leerling…</source>
        <translation>Find a pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Geen leerling gevonden.</source>
        <translation>No pupil found.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>Demoklas laden</source>
        <translation>Load demo class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>&amp;Klas</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Nieuwe groep…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Groep bewerken…</source>
        <translation>Edit group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Groep verwijderen…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Nieuwe leerling…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <location filename="../../ui/main_window.py" line="351" />
        <source>Over Oudergesprek</source>
        <translation>About Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Groepen: {0} · leerlingen: {1}</source>
        <translation>Groups: {0} · pupils: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Welkom bij Oudergesprek</source>
        <translation>Welcome to Oudergesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Er staan nog geen groepen in Oudergesprek.

Wilt u een verzonnen demoklas laden om de app te verkennen? U kunt daarna zelf uw groep aanmaken via Klas → Nieuwe groep.</source>
        <translation>There are no groups in Oudergesprek yet.

Would you like to load a made-up demo class to explore the app? Afterwards you can create your own group via Class → New group.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>Demoklas geladen: {0} leerlingen.</source>
        <translation>Demo class loaded: {0} pupils.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Kies eerst een groep.</source>
        <translation>Choose a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>{0} ({1}) verwijderen, met alle {2} leerlingen en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0} ({1}), with all {2} pupils and their talks and agreements?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Maak eerst een groep aan.</source>
        <translation>Create a group first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Leerling verwijderen</source>
        <translation>Delete pupil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>{0} verwijderen, met alle gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete {0}, with all talks and agreements?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Oudergesprekken voorbereiden, voeren en vastleggen, met het communicatiemodel (Jansen et al., 2021) en de checklist oudergesprek uit de kaartenset Ouderbetrokkenheid.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven op deze computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oudergesprek {0}&lt;/h3&gt;&lt;p&gt;Prepare, hold and record parent conversations, with the communication model (Jansen et al., 2021) and the parent-conversation checklist from the card set Ouderbetrokkenheid (parent involvement).&lt;/p&gt;&lt;p&gt;All data stays on this computer, in:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PupilPanel</name>
    <message>
        <location filename="../../ui/pupil_panel.py" line="51" />
        <source>Leerling bewerken…</source>
        <translation>Edit pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="52" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="53" />
        <source>Ouder/verzorger toevoegen…</source>
        <translation>Add parent/carer…</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="61" />
        <source>Dubbelklik om te bewerken</source>
        <translation>Double-click to edit</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="68" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="68" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="68" />
        <source>Soort gesprek</source>
        <translation>Type of talk</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="68" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="80" />
        <source>Kies links een leerling.</source>
        <translation>Choose a pupil on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="95" />
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="98" />
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="101" />
        <source>Gesprekken</source>
        <translation>Talks</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="140" />
        <source>geboren {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="144" />
        <source>vertrokken {0}</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="158" />
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="160" />
        <source>laaggeletterd: mondeling of met beeld</source>
        <translation>low literacy: spoken or with pictures</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="169" />
        <source>Nog geen ouders/verzorgers vastgelegd.</source>
        <translation>No parents/carers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="180" />
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="181" />
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="182" />
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="183" />
        <source>anderen</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="188" />
        <source>uiterlijk {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="190" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="192" />
        <source>Wie: {0}</source>
        <translation>Who: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="195" />
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="200" />
        <source>Open afspraken ({0})</source>
        <translation>Open agreements ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="202" />
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="213" />
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="214" />
        <source>voorbereid</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="215" />
        <source>gevoerd</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="216" />
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pupil_panel.py" line="221" />
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