<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>DatabaseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/main/database_dialog.py" line="165"/>
        <source>Verbonden met {0}. Je ziet %n groep(en).</source>
        <translation>
            <numerusform>Verbonden met {0}. Je ziet %n groep.</numerusform>
            <numerusform>Verbonden met {0}. Je ziet %n groepen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EveningPlanner</name>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="345"/>
        <location filename="../../ui/evening/planner.py" line="488"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
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
            <numerusform>%n open afspraak</numerusform>
            <numerusform>%n open afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="529"/>
        <source>— pauze van %n min —</source>
        <translation>
            <numerusform>— pauze van %n min —</numerusform>
            <numerusform>— pauze van %n min —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="660"/>
        <source>‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).</source>
        <translation>
            <numerusform>‘{0}’ past bij %n leerling: kies die uit de lijst (pijltjes en Enter).</numerusform>
            <numerusform>‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <location filename="../../ui/main/handover_dialog.py" line="184"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/handover_dialog.py" line="186"/>
        <source>%n afspraak/afspraken</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message numerus="yes">
        <location filename="../../ui/reflection/journal.py" line="199"/>
        <source>Gesprekkenavond (%n gesprek(ken) gevoerd)</source>
        <translation>
            <numerusform>Gesprekkenavond (%n gesprek gevoerd)</numerusform>
            <numerusform>Gesprekkenavond (%n gesprekken gevoerd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reflection/journal.py" line="270"/>
        <source>%n terugblik(ken)</source>
        <translation>
            <numerusform>%n terugblik</numerusform>
            <numerusform>%n terugblikken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="306"/>
        <source>%n groep(en)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="308"/>
        <source>%n leerling(en)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="465"/>
        <source>Schooljaar {0}: %n leerling(en) overgezet</source>
        <translation>
            <numerusform>Schooljaar {0}: %n leerling overgezet</numerusform>
            <numerusform>Schooljaar {0}: %n leerlingen overgezet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="466"/>
        <source>%n leerling(en) vertrokken.</source>
        <translation>
            <numerusform>%n leerling vertrokken.</numerusform>
            <numerusform>%n leerlingen vertrokken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="475"/>
        <source>Demoklas geladen: %n leerling(en).</source>
        <translation>
            <numerusform>Demoklas geladen: %n leerling.</numerusform>
            <numerusform>Demoklas geladen: %n leerlingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="515"/>
        <source>{0} ({1}) verwijderen, met alle %n leerling(en) en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>{0} ({1}) verwijderen, met %n leerling en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>{0} ({1}) verwijderen, met alle %n leerlingen en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="577"/>
        <source>Ook %n back-up(s) met deze gegevens worden verwijderd; daarna maakt Oudergesprek meteen een nieuwe back-up zonder.</source>
        <translation>
            <numerusform>Ook %n back-up met deze gegevens wordt verwijderd; daarna maakt Oudergesprek meteen een nieuwe back-up zonder.</numerusform>
            <numerusform>Ook %n back-ups met deze gegevens worden verwijderd; daarna maakt Oudergesprek meteen een nieuwe back-up zonder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="591"/>
        <source>Verwijderd, ook uit %n back-up(s).</source>
        <translation>
            <numerusform>Verwijderd, ook uit %n back-up.</numerusform>
            <numerusform>Verwijderd, ook uit %n back-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveUpDialog</name>
    <message numerus="yes">
        <location filename="../../ui/main/move_up_dialog.py" line="322"/>
        <source>bestaat al: %n leerling(en) komen erbij</source>
        <translation>
            <numerusform>bestaat al: %n leerling komt erbij</numerusform>
            <numerusform>bestaat al: %n leerlingen komen erbij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/move_up_dialog.py" line="324"/>
        <source>nieuw: %n leerling(en)</source>
        <translation>
            <numerusform>nieuw: %n leerling</numerusform>
            <numerusform>nieuw: %n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/move_up_dialog.py" line="337"/>
        <source>%n leerling(en) al eerder vertrokken: blijven in deze groep.</source>
        <translation>
            <numerusform>%n leerling al eerder vertrokken: blijft in deze groep.</numerusform>
            <numerusform>%n leerlingen al eerder vertrokken: blijven in deze groep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="58"/>
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../ui/main/retention_dialog.py" line="151"/>
        <source>%n leerling(en) van wie de bewaartermijn voorbij is:</source>
        <translation>
            <numerusform>%n leerling van wie de bewaartermijn voorbij is:</numerusform>
            <numerusform>%n leerlingen van wie de bewaartermijn voorbij is:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/retention_dialog.py" line="187"/>
        <source>en nog %n</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/retention_dialog.py" line="192"/>
        <source>%n leerling(en) definitief verwijderen, met alle gesprekken, notities en afspraken?</source>
        <translation>
            <numerusform>%n leerling definitief verwijderen, met alle gesprekken, notities en afspraken?</numerusform>
            <numerusform>%n leerlingen definitief verwijderen, met alle gesprekken, notities en afspraken?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="220"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="221"/>
        <source>%n voorbereid</source>
        <translation>
            <numerusform>%n voorbereid</numerusform>
            <numerusform>%n voorbereid</numerusform>
        </translation>
    </message>
</context>
</TS>
