<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>EveningPlanner</name>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="318"/>
        <location filename="../../ui/evening/planner.py" line="413"/>
        <source>%n gesprek(ken)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="439"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="451"/>
        <source>%n open afspraak/afspraken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="454"/>
        <source>— pauze van %n min —</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/planner.py" line="585"/>
        <source>‘{0}’ past bij %n leerlingen: kies er een uit de lijst (pijltjes en Enter).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="195"/>
        <source>%n groep(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="197"/>
        <source>%n leerling(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="291"/>
        <source>Demoklas geladen: %n leerling(en).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.py" line="331"/>
        <source>{0} ({1}) verwijderen, met alle %n leerling(en) en hun gesprekken en afspraken?
Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="58"/>
        <source>%n pagina(&apos;s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="201"/>
        <source>%n gesprek(ken)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evening/tonight.py" line="202"/>
        <source>%n voorbereid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
