<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>EveningPlanner</name>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="319"/>
        <location filename="../../ui/evening/planner.py" line="414"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="440"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="452"/>
        <source>%n open afspraak/afspraken</source>
        <translation>
            <numerusform>%n open afspraak</numerusform>
            <numerusform>%n open afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="455"/>
        <source>— pauze van %n min —</source>
        <translation>
            <numerusform>— pauze van %n min —</numerusform>
            <numerusform>— pauze van %n min —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="586"/>
        <source>‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).</source>
        <translation>
            <numerusform>‘{0}’ past bij %n leerling: kies die uit de lijst (pijltjes en Enter).</numerusform>
            <numerusform>‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="195"/>
        <source>%n groep(en)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="197"/>
        <source>%n leerling(en)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="291"/>
        <source>Demoklas geladen: %n leerling(en).</source>
        <translation>
            <numerusform>Demoklas geladen: %n leerling.</numerusform>
            <numerusform>Demoklas geladen: %n leerlingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="331"/>
        <source>{0} ({1}) verwijderen, met alle %n leerling(en) en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation>
            <numerusform>{0} ({1}) verwijderen, met %n leerling en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>{0} ({1}) verwijderen, met alle %n leerlingen en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</numerusform>
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
    <name>TonightView</name>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="202"/>
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="203"/>
        <source>%n voorbereid</source>
        <translation>
            <numerusform>%n voorbereid</numerusform>
            <numerusform>%n voorbereid</numerusform>
        </translation>
    </message>
</context>
</TS>
